import { z } from "@hono/zod-openapi";
import { notExists } from "drizzle-orm";
import { givenPasswordSchema } from "../platform/auth/password";
import { confirmPassword } from "../platform/auth/reauth";
import { authed, clearSessionCookie } from "../platform/auth/session";
import { ApiError, notFound } from "../platform/http/errors";
import { router } from "../platform/http/openapi-router";
import { defineRoute, type Handler, jsonBody, jsonResponse } from "../platform/http/route";
import { deleteSoleWorkspaces, strandedWorkspaces } from "../workspaces";
import { deleteUser, findPublicUser, renameUser } from "./queries";
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
  description: "Returns the signed-in user's profile. Needs a session.",
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
  description: "Changes the signed-in user's display name. Needs a session.",
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
  description:
    "Deletes the account with its sessions and API keys, and the workspaces it is the only member of (its personal one) with their projects; this cannot be undone. Projects it created in shared workspaces stay there. Refused (409 `last_owner`) while it is the only owner of a workspace others are members of. Needs a session and the account's password.",
  tags: ["account"],
  summary: "Delete the account and everything it owns (requires the password)",
  method: "delete",
  path: "/api/me",
  roundTrips: 2,
  auth: "session",
  request: { body: jsonBody(z.object({ password: givenPasswordSchema })) },
  responses: { 204: { description: "Deleted" } },
  errors: ["wrong_password", "rate_limited", "server_busy", "last_owner"],
  headers: ["RateLimit"],
});

const getMeHandler: Handler<typeof getMe> = async (c) => {
  const { results } = await authed(c, ({ userId }) => ({ user: findPublicUser(c.var.db, userId) }));
  const user = results.user[0];
  if (!user) throw notFound("user");
  return c.json({ user: toPublicUser(user) }, 200);
};

const updateMeHandler: Handler<typeof patchMe> = async (c) => {
  const { name } = c.req.valid("json");
  const { results } = await authed(c, ({ userId }) => ({ user: renameUser(c.var.db, userId, name) }));
  const user = results.user[0];
  if (!user) throw notFound("user");
  return c.json({ user: toPublicUser(user) }, 200);
};

/**
 * Confirms the password (round trip 1), then deletes the account with the workspaces only it belongs to,
 * unless a workspace would be left without an owner (both writes are conditioned on that, in one batch).
 */
const deleteMeHandler: Handler<typeof deleteMe> = async (c) => {
  const { password } = c.req.valid("json");
  await confirmPassword(c, password);
  const db = c.var.db;
  const { results } = await authed(c, ({ userId }) => ({
    stranded: strandedWorkspaces(db, userId),
    workspaces: deleteSoleWorkspaces(db, userId),
    deleted: deleteUser(db, userId, notExists(strandedWorkspaces(db, userId))),
  }));
  if (results.stranded.length > 0) {
    const names = results.stranded.map((w) => `"${w.name}"`).join(", ");
    throw new ApiError(
      "last_owner",
      `you are the only owner of ${names}, which other members share: make one of them an owner, or remove them, first`,
    );
  }
  clearSessionCookie(c);
  return c.body(null, 204);
};

export const meRoutes = router()
  .openapi(getMe, getMeHandler)
  .openapi(patchMe, updateMeHandler)
  .openapi(deleteMe, deleteMeHandler)
  .openapi(getUsage, getUsageHandler);
