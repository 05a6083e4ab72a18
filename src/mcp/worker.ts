// What the MCP worker (src/workers/mcp.ts) hosts: the MCP server and its contract with the API.
// Apart from index.ts so that the API bundle never loads the MCP SDK.
export type { ApiFetch, Connection, McpService } from "./contract";
export { handleMcp } from "./server";
