// Export (/api/projects/{id}/export): the project as a streamed zip, for projects of any size.
// Invariants: contents are read in pages under Neon's response limit, each page checking the
// credential again (a revoked session stops the export); rate-limited per user and per network.
export { exportRoutes } from "./routes";
