// The MCP route's sample for the cross-cutting suites (test/worker/route-fixtures.ts). /mcp is JSON-RPC
// registered for every method (only POST serves), outside the OpenAPI document and defineRoute, so its
// budget is stated here: the key's check at /mcp, before any MCP work and for every MCP method, then one
// API request per tool call with its own round trip (two here; initialize, tools/list and notifications
// make one, a resource read three: test/worker/mcp/mcp.test.ts).
// The connections routes act on the caller's own account; a connection's key is arranged in SQL
// (the whole OAuth flow is test/worker/mcp/oauth.test.ts).
import { MCP_PATH } from "../../../src/mcp/forward";
import { apiKeyFor } from "../api-key-fixtures";
import { signedInUser, sql } from "../helpers";
import { type RouteSamples, withProject } from "../route-fixtures";

/** A connection's API key for `userId`, as the consent page mints it (no grant in the OAuth store). */
async function connectionKeyFor(userId: string) {
  const key = await apiKeyFor(userId, ["projects:read"]);
  await sql.query("update api_keys set kind = 'connection' where id = $1", [key.id]);
  return key;
}

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
  "GET /api/me/connections": {
    status: 200,
    typedClient: 200,
    run: async (t) => {
      const u = await signedInUser();
      return t.request("/api/me/connections", { headers: u.auth });
    },
    authz: { request: () => ({ path: "/api/me/connections" }), ownStatus: 200 },
  },
  "DELETE /api/me/connections/:id": {
    status: 204,
    typedClient: 404,
    run: async (t) => {
      const u = await signedInUser();
      const key = await connectionKeyFor(u.id);
      return t.request(`/api/me/connections/${key.id}`, { method: "DELETE", headers: u.auth });
    },
    authz: { request: (o) => ({ path: `/api/me/connections/${o.keyId}` }), owned: true },
  },
};
