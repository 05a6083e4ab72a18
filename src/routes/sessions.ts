// /api/me/sessions: the signed-in user's sessions. Every statement is scoped to the session's
// user in SQL, so another user's session id is simply not found (404).
import { createRoute, z } from "@hono/zod-openapi";
import { and, desc, eq, gt, sql } from "drizzle-orm";
import { authed, clearSessionCookie } from "../auth/session";
import { authSessions } from "../db/schema";
import { notFound } from "../http/errors";
import { withDb } from "../http/middleware";
import { errorResponses, router } from "../http/openapi";

const SessionSchema = z
  .object({
    id: z.uuid(),
    createdAt: z.string(),
    lastUsedAt: z.string(),
    expiresAt: z.string(),
    userAgent: z.string().nullable(),
    ip: z.string().nullable(),
    current: z.boolean(),
  })
  .openapi("Session");

const listSessions = createRoute({
  method: "get",
  path: "/api/me/sessions",
  summary: "The signed-in user's active sessions, most recently used first",
  middleware: [withDb] as const,
  responses: {
    200: {
      description: "Sessions",
      content: { "application/json": { schema: z.object({ sessions: z.array(SessionSchema) }) } },
    },
    ...errorResponses(401, 503),
  },
});

const revokeSession = createRoute({
  method: "delete",
  path: "/api/me/sessions/{id}",
  summary: "Revoke one of the user's sessions (the current one too: that signs out)",
  middleware: [withDb] as const,
  request: { params: z.object({ id: z.uuid() }) },
  responses: { 204: { description: "Revoked" }, ...errorResponses(400, 401, 403, 404, 503) },
});

const revokeOthers = createRoute({
  method: "post",
  path: "/api/me/sessions/revoke-others",
  summary: "Revoke every session of the user except the current one",
  middleware: [withDb] as const,
  responses: {
    200: {
      description: "Revoked",
      content: { "application/json": { schema: z.object({ revoked: z.number().int() }) } },
    },
    ...errorResponses(401, 403, 503),
  },
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
        .returning({ id: authSessions.id }),
    ]);
    if (results[0].length === 0) throw notFound("session");
    if (id === session.id) clearSessionCookie(c);
    return c.body(null, 204);
  })
  .openapi(revokeOthers, async (c) => {
    const { results } = await authed(c, ({ userId, sessionId }) => [
      c.var.db
        .delete(authSessions)
        .where(and(eq(authSessions.userId, userId), sql`${authSessions.id} <> ${sessionId}`))
        .returning({ id: authSessions.id }),
    ]);
    return c.json({ revoked: results[0].length }, 200);
  });
