// Export (/api/projects/{id}/export): the project as a streamed zip, for projects of any size.
// Invariants: contents are read in pages under Neon's response limit, each page checking the
// credential again (a revoked session stops the export); rate-limited per user and per network.
// The files are defined once (files.ts): the GitHub push reads the same ones (readExport).
export { type Export, type ExportedFile, exportFiles, readExport } from "./files";
export { exportRoutes } from "./routes";
