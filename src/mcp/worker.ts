// What the MCP worker (src/workers/mcp.ts) hosts: the MCP server and its contract with the API.
// Apart from index.ts so that the API bundle never loads the MCP SDK.
export type { ApiFetch, Connection, McpService } from "./contract";
export { OAUTH_PATHS } from "./contract";
export type { OAuthEnv, ProviderEnv } from "./grant";
export { keyOfToken, listConnections, providerFor, revokeConnection } from "./oauth";
export { handleMcp } from "./server";
