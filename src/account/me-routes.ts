import { z } from "@hono/zod-openapi";
import { eq, sql } from "drizzle-orm";
import { givenPasswordSchema } from "../platform/auth/password";
import { confirmPassword } from "../platform/auth/reauth";
import { authed, clearSessionCookie } from "../platform/auth/session";
import { users } from "../platform/db/schema";
import { notFound } from "../platform/http/errors";
import { router } from "../platform/http/openapi-router";
import { defineRoute, jsonBody, jsonResponse } from "../platform/http/route";
import { getUsage, getUsageHandler } from "./usage";

export const UserSchema = z
  .object({
    id: z.uuid(),
    email: z.string(),
    name: z.string(),
    emailVerified: z.boolean(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi("User");

export const publicUserColumns = {
  id: users.id,
  email: users.email,
  name: users.name,
  emailVerified: users.emailVerified,
  createdAt: users.createdAt,
  updatedAt: users.updatedAt,
};

export function toPublicUser(u: {
  id: string;
  email: string;
  name: string;
  emailVerified: boolean;
  createdAt: Date;
  updatedAt: Date;
}) {
  return { ...u, createdAt: u.createdAt.toISOString(), updatedAt: u.updatedAt.toISOString() };
}

const UserBody = z.object({ user: UserSchema });

const getMe = defineRoute({
  operationId: "getMe",
  tags: ["account"],
  summary: "The signed-in user",
  method: "get",
  path: "/api/me",
  roundTrips: 1,
  auth: "session",
  // The session's user always exists (sessions cascade with it): the handler's 404 is a safety net.
  responses: { 200: jsonResponse("The user", UserBody) },
});

const patchMe = defineRoute({
  operationId: "updateMe",
  tags: ["account"],
  summary: "Update the signed-in user's profile",
  method: "patch",
  path: "/api/me",
  roundTrips: 1,
  auth: "session",
  request: {
    body: jsonBody(
      z.object({ name: z.string().trim().min(1).max(255) }).openapi({ example: { name: "Ada Lovelace" } }),
    ),
  },
  responses: { 200: jsonResponse("Updated", UserBody) },
  errors: ["not_found"],
});

const deleteMe = defineRoute({
  operationId: "deleteMe",
  tags: ["account"],
  summary: "Delete the account and everything it owns (requires the password)",
  method: "delete",
  path: "/api/me",
  roundTrips: 2,
  auth: "session",
  request: { body: jsonBody(z.object({ password: givenPasswordSchema })) },
  responses: { 204: { description: "Deleted" } },
  errors: ["wrong_password", "rate_limited", "server_busy"],
  headers: ["RateLimit"],
});

export const meRoutes = router()
  .openapi(getMe, async (c) => {
    const { results } = await authed(c, ({ userId }) => [
      c.var.db.select(publicUserColumns).from(users).where(eq(users.id, userId)),
    ]);
    const user = results[0][0];
    if (!user) throw notFound("user");
    return c.json({ user: toPublicUser(user) }, 200);
  })
  .openapi(patchMe, async (c) => {
    const { name } = c.req.valid("json");
    const { results } = await authed(c, ({ userId }) => [
      c.var.db
        .update(users)
        .set({ name, updatedAt: sql`now()` })
        .where(eq(users.id, userId))
        .returning(publicUserColumns),
    ]);
    const user = results[0][0];
    if (!user) throw notFound("user");
    return c.json({ user: toPublicUser(user) }, 200);
  })
  .openapi(deleteMe, async (c) => {
    const { password } = c.req.valid("json");
    const db = c.var.db;
    await confirmPassword(c, password);
    // Foreign keys cascade: sessions, projects and everything under them go with the user.
    await authed(c, ({ userId }) => [db.delete(users).where(eq(users.id, userId))]);
    clearSessionCookie(c);
    return c.body(null, 204);
  })
  .openapi(getUsage, getUsageHandler);
