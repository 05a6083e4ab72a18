// /api/me/connections: the user's OAuth connections (the agents they approved on the consent page,
// src/mcp/consent.tsx). A connection is a grant in the MCP worker's OAuth store and the API key it
// holds; its id is the key's. Revoking deletes the key (its tokens get 401 at the next /mcp request)
// and the grant (its refresh token stops working).
import { z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { forgetCredential } from "../platform/auth/credential-cache";
import { authed } from "../platform/auth/session";
import type { AppEnv } from "../platform/http/context";
import { notFound } from "../platform/http/errors";
import { router } from "../platform/http/openapi-router";
import { defineRoute, type Handler, jsonResponse } from "../platform/http/route";
import { mcpBinding } from "./forward";
import { callerId, connectionKeyIds, deleteConnectionKey } from "./queries";

const ConnectionSchema = z
  .object({
    id: z.uuid().openapi({ description: "The connection's id (that of the API key it holds)" }),
    clientId: z
      .string()
      .openapi({ description: "The OAuth client's id (a URL for a Client ID Metadata Document client)" }),
    clientName: z.string().openapi({ description: "The name the client gave; self-asserted" }),
    scopes: z.array(z.string()),
    createdAt: z.iso.datetime(),
  })
  .openapi("Connection");

const listConnectionsRoute = defineRoute({
  operationId: "listConnections",
  description:
    "Lists the agents connected to the account over OAuth (docs/mcp.md): each client's name and id, the scopes granted and when. Needs a session.",
  tags: ["account"],
  summary: "The signed-in user's OAuth connections (agents approved on the consent page)",
  method: "get",
  path: "/api/me/connections",
  roundTrips: 1,
  auth: "session",
  responses: { 200: jsonResponse("Connections", z.object({ connections: z.array(ConnectionSchema) })) },
});

const revokeConnectionRoute = defineRoute({
  operationId: "revokeConnection",
  description:
    "Revokes one OAuth connection: its access tokens get 401 at /mcp from the next request, its refresh token no longer works. Needs a session.",
  tags: ["account"],
  summary: "Revoke an OAuth connection (its tokens stop working at once)",
  method: "delete",
  path: "/api/me/connections/{id}",
  roundTrips: 1,
  auth: "session",
  request: { params: z.object({ id: z.uuid() }) },
  responses: { 204: { description: "Revoked" } },
  errors: ["not_found"],
});

const originOf = (c: Context<AppEnv>) => new URL(c.req.url).origin;

const listConnections: Handler<typeof listConnectionsRoute> = async (c) => {
  const { results } = await authed(c, ({ userId }) => ({
    me: callerId(c.var.db, userId),
    keys: connectionKeyIds(c.var.db, userId),
  }));
  const userId = results.me.rows[0]?.id as string;
  const live = new Set(results.keys.map((k) => k.id));
  const grants = await mcpBinding(c.env).connections(originOf(c), userId);
  return c.json({ connections: grants.filter((g) => live.has(g.id)) }, 200);
};

const revokeConnection: Handler<typeof revokeConnectionRoute> = async (c) => {
  const { id } = c.req.valid("param");
  const { results } = await authed(c, ({ userId }) => ({
    me: callerId(c.var.db, userId),
    revoked: deleteConnectionKey(c.var.db, userId, id),
  }));
  const [revoked] = results.revoked;
  if (!revoked) throw notFound("connection");
  // This isolate stops skipping the key's pre-check at once (src/platform/auth/credential-cache.ts).
  forgetCredential(revoked.tokenHash);
  await mcpBinding(c.env).revokeConnection(originOf(c), results.me.rows[0]?.id as string, id);
  return c.body(null, 204);
};

export const connectionRoutes = router()
  .openapi(listConnectionsRoute, listConnections)
  .openapi(revokeConnectionRoute, revokeConnection);
