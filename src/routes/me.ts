import { createRoute, z } from "@hono/zod-openapi";
import { eq } from "drizzle-orm";
import { authed } from "../auth/session";
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

export const meRoutes = router().openapi(getMe, async (c) => {
  const { results } = await authed(c, ({ userId }) => [
    c.var.db.select(publicUserColumns).from(users).where(eq(users.id, userId)),
  ]);
  const user = results[0][0];
  if (!user) throw notFound("user");
  return c.json({ user: toPublicUser(user) }, 200);
});
