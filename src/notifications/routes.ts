// /api/me/notifications (read and set the signed-in user's opt-outs per kind, a session only) and
// /api/notifications/unsubscribe (the one-click unsubscribe of a mail's link: a signed token, no sign-in).
import { z } from "@hono/zod-openapi";
import { authed } from "../platform/auth/session";
import { batch } from "../platform/db/batch";
import { NOTIFICATION_KINDS, type NotificationKind } from "../platform/db/schema";
import { ApiError } from "../platform/http/errors";
import { router } from "../platform/http/openapi-router";
import { defineRoute, type Handler, jsonBody, jsonResponse } from "../platform/http/route";
import { optIn, optOut, optOutByToken, optOutsOf } from "./queries";
import { readUnsubscribeToken, UNSUBSCRIBE_TOKEN } from "./token";

const KindSchema = z.enum(NOTIFICATION_KINDS).openapi("NotificationKind", {
  description:
    "invitation (invited to a workspace), review_request (asked to review), mention (@-mentioned in a comment), decision (a review decision on your project)",
});

const SettingsSchema = z
  .object(Object.fromEntries(NOTIFICATION_KINDS.map((k) => [k, z.boolean()])) as Record<NotificationKind, z.ZodBoolean>)
  .openapi("NotificationSettings", {
    description: "Per kind of notification mail: true when the user receives it (the default), false once opted out",
  });

const SettingsBody = z
  .object(
    Object.fromEntries(NOTIFICATION_KINDS.map((k) => [k, z.boolean().optional()])) as Record<
      NotificationKind,
      z.ZodOptional<z.ZodBoolean>
    >,
  )
  .strict()
  .refine((b) => Object.values(b).some((v) => v !== undefined), { message: "at least one kind is required" })
  .openapi({ minProperties: 1, example: { mention: false } });

const TokenQuery = z.object({
  token: z.string().max(128).regex(UNSUBSCRIBE_TOKEN).openapi({
    description: "The token of the mail's unsubscribe link",
    example: "0b7c5f7e-3c1a-4a8e-9d2f-6f1e2a3b4c5d.mention.Zm9vYmFyYmF6cXV4cXV1eGNvcmdlZ3JhdWx0Z2FycGx",
  }),
});

const getSettings = defineRoute({
  operationId: "getNotificationSettings",
  description: "Returns which kinds of notification mail the signed-in user receives. Needs a session.",
  tags: ["account"],
  summary: "The user's notification mail settings, per kind",
  method: "get",
  path: "/api/me/notifications",
  roundTrips: 1,
  auth: "session",
  responses: { 200: jsonResponse("Settings", z.object({ notifications: SettingsSchema })) },
});

const putSettings = defineRoute({
  operationId: "updateNotificationSettings",
  description:
    "Turns the named kinds of notification mail on (true) or off (false); kinds not named stay as they are. Needs a session.",
  tags: ["account"],
  summary: "Opt in to or out of kinds of notification mail",
  method: "put",
  path: "/api/me/notifications",
  roundTrips: 1,
  auth: "session",
  request: { body: jsonBody(SettingsBody) },
  responses: { 200: jsonResponse("Settings after the change", z.object({ notifications: SettingsSchema })) },
});

const unsubscribe = defineRoute({
  operationId: "unsubscribeNotifications",
  description:
    "The one-click unsubscribe of a notification mail (RFC 8058: mail clients POST `List-Unsubscribe=One-Click` to the `List-Unsubscribe` URL): opts the token's user out of the token's kind of mail. Needs no sign-in: the token is signed by the server and names only that opt-out; repeating it changes nothing.",
  tags: ["account"],
  summary: "Unsubscribe from one kind of notification mail (one-click, by the mail's token)",
  method: "post",
  path: "/api/notifications/unsubscribe",
  roundTrips: 1,
  auth: "public",
  request: { query: TokenQuery },
  responses: { 200: jsonResponse("Unsubscribed", z.object({ kind: KindSchema, unsubscribed: z.literal(true) })) },
  errors: ["invalid_token"],
});

function settings(optedOut: { kind: NotificationKind }[]): Record<NotificationKind, boolean> {
  const off = new Set(optedOut.map((r) => r.kind));
  return Object.fromEntries(NOTIFICATION_KINDS.map((k) => [k, !off.has(k)])) as Record<NotificationKind, boolean>;
}

const getNotificationSettings: Handler<typeof getSettings> = async (c) => {
  const { results } = await authed(c, ({ userId }) => ({ optOuts: optOutsOf(c.var.db, userId) }));
  return c.json({ notifications: settings(results.optOuts) }, 200);
};

const updateNotificationSettings: Handler<typeof putSettings> = async (c) => {
  const body = c.req.valid("json");
  const kinds = NOTIFICATION_KINDS.filter((k) => body[k] !== undefined);
  const off = kinds.filter((k) => body[k] === false);
  const on = kinds.filter((k) => body[k] === true);
  const { results } = await authed(c, ({ userId }) => ({
    ...(off.length > 0 ? { off: optOut(c.var.db, userId, off) } : {}),
    ...(on.length > 0 ? { on: optIn(c.var.db, userId, on) } : {}),
    optOuts: optOutsOf(c.var.db, userId),
  }));
  return c.json({ notifications: settings(results.optOuts) }, 200);
};

const unsubscribeNotifications: Handler<typeof unsubscribe> = async (c) => {
  const { token } = c.req.valid("query");
  const named = readUnsubscribeToken(c.var.config.AUTH_SECRET, token);
  if (!named) throw new ApiError("invalid_token", "the unsubscribe link is invalid");
  await batch(c.var.db, { optOut: optOutByToken(c.var.db, named.userId, named.kind) });
  return c.json({ kind: named.kind, unsubscribed: true as const }, 200);
};

export const notificationRoutes = router()
  .openapi(getSettings, getNotificationSettings)
  .openapi(putSettings, updateNotificationSettings)
  .openapi(unsubscribe, unsubscribeNotifications);
