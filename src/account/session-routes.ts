// /api/me/sessions: the signed-in user's sessions. Every statement is scoped to the session's
// user in SQL, so another user's session id is simply not found (404).
import { z } from "@hono/zod-openapi";
import { and, desc, eq, gt, sql } from "drizzle-orm";
import { forgetCredential } from "../platform/auth/credential-cache";
import { authed, clearSessionCookie } from "../platform/auth/session";
import { authSessions } from "../platform/db/schema";
import { notFound } from "../platform/http/errors";
import { router } from "../platform/http/openapi-router";
import { defineRoute, jsonResponse } from "../platform/http/route";

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
  tags: ["account"],
  summary: "Revoke every session of the user except the current one",
  method: "post",
  path: "/api/me/sessions/revoke-others",
  roundTrips: 1,
  auth: "session",
  responses: { 200: jsonResponse("Revoked", z.object({ revoked: z.number().int() })) },
});

export const sessionRoutes = router()
  .openapi(listSessions, async (c) => {
    const { results } = await authed(c, ({ userId, sessionId }) => [
      c.var.db
        .select({
          id: authSessions.id,
          createdAt: authSessions.createdAt,
          lastUsedAt: authSessions.lastUsedAt,
          expiresAt: authSessions.expiresAt,
          userAgent: authSessions.userAgent,
          ip: authSessions.ip,
          current: sql<boolean>`${authSessions.id} = ${sessionId}`.mapWith(Boolean),
        })
        .from(authSessions)
        .where(and(eq(authSessions.userId, userId), gt(authSessions.expiresAt, sql`now()`)))
        .orderBy(desc(authSessions.lastUsedAt), desc(authSessions.id)),
    ]);
    const sessions = results[0].map((s) => ({
      ...s,
      createdAt: s.createdAt.toISOString(),
      lastUsedAt: s.lastUsedAt.toISOString(),
      expiresAt: s.expiresAt.toISOString(),
    }));
    return c.json({ sessions }, 200);
  })
  .openapi(revokeSession, async (c) => {
    const { id } = c.req.valid("param");
    const { session, results } = await authed(c, ({ userId }) => [
      c.var.db
        .delete(authSessions)
        .where(and(eq(authSessions.id, id), eq(authSessions.userId, userId)))
        .returning({ id: authSessions.id, tokenHash: authSessions.tokenHash }),
    ]);
    const [revoked] = results[0];
    if (!revoked) throw notFound("session");
    forgetCredential(revoked.tokenHash);
    if (id === session.id) clearSessionCookie(c);
    return c.body(null, 204);
  })
  .openapi(revokeOthers, async (c) => {
    const { results } = await authed(c, ({ userId, sessionId }) => [
      c.var.db
        .delete(authSessions)
        .where(and(eq(authSessions.userId, userId), sql`${authSessions.id} <> ${sessionId}`))
        .returning({ id: authSessions.id, tokenHash: authSessions.tokenHash }),
    ]);
    for (const { tokenHash } of results[0]) forgetCredential(tokenHash);
    return c.json({ revoked: results[0].length }, 200);
  });
