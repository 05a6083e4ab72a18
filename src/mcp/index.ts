// MCP, the API's side (/mcp): answers what needs no MCP work (405, 401, 400 for a batch) and forwards the
// rest to the MCP worker over its service binding; forwards the OAuth endpoints (OAUTH_PATHS) to the
// MCP worker's OAuth provider; /api/me/connections lists and revokes the user's OAuth connections. The server itself (the MCP SDK and the tools) is
// reached through worker.ts by the MCP worker only, so none of it is in the API bundle.
// Invariants: the server is a client of the API: every tool calls the API's own route with the caller's
// key, so scopes, validation, errors and round-trip budgets are exactly the HTTP API's.
export { OAUTH_CORS_PATHS, OAUTH_PATHS } from "./contract";
export { forwardMcp, forwardOAuth, MCP_BODY_MAX, MCP_PATH, OAUTH_BODY_MAX } from "./forward";
export { connectionRoutes } from "./routes";
