// The MCP route's sample for the cross-cutting suites (test/worker/route-fixtures.ts). /mcp is JSON-RPC
// registered for every method (only POST serves), outside the OpenAPI document and defineRoute, so its
// budget is stated here: the key's check at /mcp, before any MCP work and for every MCP method, then one
// API request per tool call with its own round trip (two here; initialize, tools/list and notifications
// make one, a resource read three: test/worker/mcp/mcp.test.ts).
import { MCP_PATH } from "../../../src/mcp/forward";
import { apiKeyFor } from "../api-key-fixtures";
import { type RouteSamples, withProject } from "../route-fixtures";

export const samples: RouteSamples = {
  [`POST ${MCP_PATH}`]: {
    roundTrips: 2,
    status: 200,
    run: async (t) => {
      const { user, project } = await withProject();
      const key = await apiKeyFor(user.id, ["projects:read"]);
      return t.request(
        MCP_PATH,
        {
          method: "POST",
          headers: { ...key.auth, "content-type": "application/json", accept: "application/json, text/event-stream" },
          body: JSON.stringify({
            jsonrpc: "2.0",
            id: 1,
            method: "tools/call",
            params: { name: "get_project", arguments: { id: project.id } },
          }),
        },
        { skipContract: "MCP is JSON-RPC at /mcp, outside the OpenAPI document (docs/mcp.md)" },
      );
    },
  },
};
