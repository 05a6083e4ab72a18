import { createRoute, z } from "@hono/zod-openapi";
import { eq, sql } from "drizzle-orm";
import { givenPasswordSchema } from "../auth/password";
import { confirmPassword } from "../auth/reauth";
import { authed, clearSessionCookie } from "../auth/session";
import { users } from "../db/schema";
import { notFound } from "../http/errors";
import { withDb } from "../http/middleware";
import { errorResponses, requiresAuth, router } from "../http/openapi";

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

const getMe = createRoute({
  ...requiresAuth,
  method: "get",
  path: "/api/me",
  summary: "The signed-in user",
  middleware: [withDb] as const,
  responses: {
    200: { description: "The user", content: { "application/json": { schema: z.object({ user: UserSchema }) } } },
    ...errorResponses(401, 503),
  },
});

const patchMe = createRoute({
  method: "patch",
  path: "/api/me",
  summary: "Update the signed-in user's profile",
  middleware: [withDb] as const,
  request: {
    body: {
      content: { "application/json": { schema: z.object({ name: z.string().trim().min(1).max(255) }) } },
      required: true,
    },
  },
  responses: {
    200: { description: "Updated", content: { "application/json": { schema: z.object({ user: UserSchema }) } } },
    ...errorResponses(400, 401, 403, 503),
  },
});

const deleteMe = createRoute({
  method: "delete",
  path: "/api/me",
  summary: "Delete the account and everything it owns (requires the password)",
  middleware: [withDb] as const,
  request: {
    body: { content: { "application/json": { schema: z.object({ password: givenPasswordSchema }) } }, required: true },
  },
  responses: { 204: { description: "Deleted" }, ...errorResponses(400, 401, 403, 429, 503) },
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
  });
