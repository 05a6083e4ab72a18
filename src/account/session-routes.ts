// /api/me/sessions: the signed-in user's sessions. Every statement is scoped to the session's
// user in SQL, so another user's session id is simply not found (404).
import { z } from "@hono/zod-openapi";
import { forgetCredential } from "../platform/auth/credential-cache";
import { authed, clearSessionCookie } from "../platform/auth/session";
import { notFound } from "../platform/http/errors";
import { router } from "../platform/http/openapi-router";
import { defineRoute, type Handler, jsonResponse } from "../platform/http/route";
import { deleteOtherSessions, deleteUserSession, listLiveSessions } from "./queries";

const SessionSchema = z
  .object({
    id: z.uuid(),
    createdAt: z.iso.datetime(),
    lastUsedAt: z.iso.datetime(),
    expiresAt: z.iso.datetime(),
    userAgent: z.string().nullable(),
    ip: z.string().nullable(),
    current: z.boolean(),
  })
  .openapi("Session");

const listSessions = defineRoute({
  operationId: "listSessions",
  description:
    "Lists the user's active sessions with their client, last use and expiry, marking the current one. Needs a session.",
  tags: ["account"],
  summary: "The signed-in user's active sessions, most recently used first",
  method: "get",
  path: "/api/me/sessions",
  roundTrips: 1,
  auth: "session",
  responses: { 200: jsonResponse("Sessions", z.object({ sessions: z.array(SessionSchema) })) },
});

const revokeSession = defineRoute({
  operationId: "revokeSession",
  description: "Revokes one session of the signed-in user by id; revoking the current one signs out. Needs a session.",
  tags: ["account"],
  summary: "Revoke one of the user's sessions (the current one too: that signs out)",
  method: "delete",
  path: "/api/me/sessions/{id}",
  roundTrips: 1,
  auth: "session",
  request: { params: z.object({ id: z.uuid() }) },
  responses: { 204: { description: "Revoked" } },
  errors: ["not_found"],
});

const revokeOthers = defineRoute({
  operationId: "revokeOtherSessions",
  description:
    "Revokes every session of the user except the one making the request, e.g. after a lost device. Needs a session.",
  tags: ["account"],
  summary: "Revoke every session of the user except the current one",
  method: "post",
  path: "/api/me/sessions/revoke-others",
  roundTrips: 1,
  auth: "session",
  responses: { 200: jsonResponse("Revoked", z.object({ revoked: z.number().int() })) },
});

const listSessionsHandler: Handler<typeof listSessions> = async (c) => {
  const { results } = await authed(c, ({ userId, sessionId }) => ({
    sessions: listLiveSessions(c.var.db, userId, sessionId),
  }));
  const sessions = results.sessions.map((s) => ({
    ...s,
    createdAt: s.createdAt.toISOString(),
    lastUsedAt: s.lastUsedAt.toISOString(),
    expiresAt: s.expiresAt.toISOString(),
  }));
  return c.json({ sessions }, 200);
};

const revokeSessionHandler: Handler<typeof revokeSession> = async (c) => {
  const { id } = c.req.valid("param");
  const { session, results } = await authed(c, ({ userId }) => ({
    revoked: deleteUserSession(c.var.db, userId, id),
  }));
  const [revoked] = results.revoked;
  if (!revoked) throw notFound("session");
  forgetCredential(revoked.tokenHash);
  if (id === session.id) clearSessionCookie(c);
  return c.body(null, 204);
};

const revokeOtherSessions: Handler<typeof revokeOthers> = async (c) => {
  const { results } = await authed(c, ({ userId, sessionId }) => ({
    revoked: deleteOtherSessions(c.var.db, userId, sessionId),
  }));
  for (const { tokenHash } of results.revoked) forgetCredential(tokenHash);
  return c.json({ revoked: results.revoked.length }, 200);
};

export const sessionRoutes = router()
  .openapi(listSessions, listSessionsHandler)
  .openapi(revokeSession, revokeSessionHandler)
  .openapi(revokeOthers, revokeOtherSessions);
