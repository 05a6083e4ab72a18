// /api/workspaces/{workspaceId}/webhooks: a workspace's webhook subscriptions and their delivery log.
// Session only, role with workspace:manage (a non-member gets 404, a member without it 403). The
// secret is shown once (create, rotate-secret; a keyed create's replay is that same answer again); a
// rotation keeps the previous secret signing for ROTATION_OVERLAP_HOURS. Every URL passes
// checkWebhookUrl (422 webhook_url_not_allowed).
import { z } from "@hono/zod-openapi";
import { sql } from "drizzle-orm";
import type { Context } from "hono";
import { memberRole, onWorkspace } from "../platform/auth/membership";
import { authed } from "../platform/auth/session";
import { DELIVERY_STATUSES, webhookSubscriptions } from "../platform/db/schema";
import type { AppEnv } from "../platform/http/context";
import { keysetPage, positionOf } from "../platform/http/cursor";
import { ApiError, notFound } from "../platform/http/errors";
import { answerClaim, readRecordedRows, replayWith } from "../platform/http/idempotency";
import { router } from "../platform/http/openapi-router";
import { defineRoute, type Handler, jsonBody, jsonResponse } from "../platform/http/route";
import { WEBHOOK_EVENT_TYPES } from "./outbox";
import {
  changedBy,
  countSubscriptions,
  createdColumns,
  deleteSubscription,
  findSubscription,
  insertSubscription,
  listDeliveries,
  listSubscriptions,
  ROTATION_OVERLAP_HOURS,
  redeliver,
  rotateSecret,
  subscriptionChanged,
  updateSubscription,
  WEBHOOKS_PER_WORKSPACE_MAX,
} from "./queries";
import { checkWebhookUrl } from "./url-rules";

/** Longest subscription URL (the column's length). */
export const WEBHOOK_URL_MAX = 2048;

/** A new signing secret per Standard Webhooks: `whsec_` + base64 of 32 random bytes. */
export function newWebhookSecret(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return `whsec_${btoa(String.fromCharCode(...bytes))}`;
}

const access = onWorkspace("workspace:manage");

const EventTypeSchema = z.enum(WEBHOOK_EVENT_TYPES).openapi("WebhookEventType");
const eventTypes = z
  .array(EventTypeSchema)
  .min(1)
  .max(WEBHOOK_EVENT_TYPES.length)
  .transform((t) => [...new Set(t)]);

const WebhookSchema = z
  .object({
    id: z.uuid(),
    workspaceId: z.uuid(),
    url: z.string(),
    eventTypes: z.array(EventTypeSchema),
    active: z.boolean(),
    previousSecretExpiresAt: z.iso.datetime().nullable().openapi({
      description: "Until then the secret before the last rotation still signs deliveries, next to the new one",
    }),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .openapi("Webhook");

const DeliverySchema = z
  .object({
    id: z.uuid(),
    eventId: z.string().openapi({ description: "The `webhook-id` header: the same on every attempt and redelivery" }),
    eventType: z.string(),
    payload: z.record(z.string(), z.unknown()),
    status: z.enum(DELIVERY_STATUSES),
    attempts: z.int(),
    lastStatusCode: z.int().nullable(),
    lastError: z.string().nullable(),
    nextAttemptAt: z.iso.datetime().openapi({ description: "When a pending delivery is next sent" }),
    deliveredAt: z.iso.datetime().nullable(),
    createdAt: z.iso.datetime(),
  })
  .openapi("WebhookDelivery");

const WorkspaceParams = z.object({ workspaceId: z.uuid() });
const WebhookParams = WorkspaceParams.extend({ webhookId: z.uuid() });
const DeliveryParams = WebhookParams.extend({ deliveryId: z.uuid() });

const url = z.string().trim().min(1).max(WEBHOOK_URL_MAX);

const CreateBody = z.object({ url, eventTypes }).openapi({
  example: { url: "https://hooks.example.com/spec-drive", eventTypes: ["member.added", "approval.given"] },
});

const UpdateBody = z
  .object({ url: url.optional(), eventTypes: eventTypes.optional(), active: z.boolean().optional() })
  .refine((b) => Object.values(b).some((v) => v !== undefined), { message: "at least one field is required" })
  .openapi({ minProperties: 1, example: { active: false } });

const PageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: z.string().max(200).optional(),
});
const DeliveryQuery = PageQuery.extend({ status: z.enum(DELIVERY_STATUSES).optional() });

const secretField = z.string().openapi({
  description: "The signing secret (`whsec_` + base64), shown in this answer only",
  example: "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
});

const listRoute = defineRoute({
  operationId: "listWebhooks",
  tags: ["webhooks"],
  summary: "The workspace's webhook subscriptions, newest first, one keyset page at a time",
  description: "Lists the workspace's webhook subscriptions (never their secrets). Needs a session.",
  method: "get",
  path: "/api/workspaces/{workspaceId}/webhooks",
  roundTrips: 1,
  auth: "session",
  access,
  request: { params: WorkspaceParams, query: PageQuery },
  responses: {
    200: jsonResponse(
      "One page",
      z.object({ items: z.array(WebhookSchema), nextCursor: z.string().nullable() }).openapi("WebhookPage"),
    ),
  },
  errors: ["not_found", "invalid_cursor"],
});

const createRoute = defineRoute({
  operationId: "createWebhook",
  tags: ["webhooks"],
  summary: "Subscribe a URL to event types; the signing secret is in this answer only",
  description:
    `Creates a webhook subscription: events of the listed types are POSTed to the https URL, signed per Standard Webhooks. ` +
    `At most ${WEBHOOKS_PER_WORKSPACE_MAX} per workspace. Needs a session; takes an Idempotency-Key (a replay shows the same secret again).`,
  method: "post",
  path: "/api/workspaces/{workspaceId}/webhooks",
  roundTrips: 1,
  auth: "session",
  access,
  request: { params: WorkspaceParams, body: jsonBody(CreateBody) },
  responses: {
    201: jsonResponse(
      "Created: `secret` is shown once; store it now",
      z.object({ webhook: WebhookSchema, secret: secretField }),
    ),
  },
  errors: ["not_found", "webhook_url_not_allowed", "quota_exceeded"],
  // The recorded row holds the secret: the replay is the first answer, to the same user with the same key.
  idempotent: replayWith(
    (db, at) => ({ webhook: readRecordedRows(db, at, "webhook", webhookSubscriptions, createdColumns) }),
    ({ webhook: [row] }) => row && createdJson(row),
  ),
});

const getRoute = defineRoute({
  operationId: "getWebhook",
  tags: ["webhooks"],
  summary: "One webhook subscription (never its secret)",
  description: "Returns one of the workspace's webhook subscriptions, without its secret. Needs a session.",
  method: "get",
  path: "/api/workspaces/{workspaceId}/webhooks/{webhookId}",
  roundTrips: 1,
  auth: "session",
  access,
  request: { params: WebhookParams },
  responses: { 200: jsonResponse("The subscription", z.object({ webhook: WebhookSchema })) },
  errors: ["not_found"],
});

const updateRoute = defineRoute({
  operationId: "updateWebhook",
  tags: ["webhooks"],
  summary: "Change a webhook's URL, event types or active flag",
  description:
    "Changes a webhook subscription; an inactive one gets no new events and its pending deliveries wait. Needs a session.",
  method: "patch",
  path: "/api/workspaces/{workspaceId}/webhooks/{webhookId}",
  roundTrips: 1,
  auth: "session",
  access,
  request: { params: WebhookParams, body: jsonBody(UpdateBody) },
  responses: { 200: jsonResponse("The subscription", z.object({ webhook: WebhookSchema })) },
  errors: ["not_found", "webhook_url_not_allowed"],
});

const deleteRoute = defineRoute({
  operationId: "deleteWebhook",
  tags: ["webhooks"],
  summary: "Delete a webhook subscription and its delivery log",
  description: "Deletes a webhook subscription; its pending deliveries are dropped with it. Needs a session.",
  method: "delete",
  path: "/api/workspaces/{workspaceId}/webhooks/{webhookId}",
  roundTrips: 1,
  auth: "session",
  access,
  request: { params: WebhookParams },
  responses: { 204: { description: "Deleted" } },
  errors: ["not_found"],
});

const rotateRoute = defineRoute({
  operationId: "rotateWebhookSecret",
  tags: ["webhooks"],
  summary: `New signing secret (shown once); the old one keeps signing for ${ROTATION_OVERLAP_HOURS} h`,
  description:
    `Replaces the webhook's signing secret. For ${ROTATION_OVERLAP_HOURS} hours deliveries carry a signature with each ` +
    "secret (space-separated in webhook-signature), so the receiver can switch without losing events. Needs a session.",
  method: "post",
  path: "/api/workspaces/{workspaceId}/webhooks/{webhookId}/rotate-secret",
  roundTrips: 1,
  auth: "session",
  access,
  request: { params: WebhookParams },
  responses: {
    200: jsonResponse("Rotated: `secret` is shown once", z.object({ webhook: WebhookSchema, secret: secretField })),
  },
  errors: ["not_found"],
});

const deliveriesRoute = defineRoute({
  operationId: "listWebhookDeliveries",
  tags: ["webhooks"],
  summary: "A webhook's delivery log, newest first, one keyset page at a time",
  description:
    "Lists a webhook's deliveries with their status, attempts, last status code and error, optionally of one status. Needs a session.",
  method: "get",
  path: "/api/workspaces/{workspaceId}/webhooks/{webhookId}/deliveries",
  roundTrips: 1,
  auth: "session",
  access,
  request: { params: WebhookParams, query: DeliveryQuery },
  responses: {
    200: jsonResponse(
      "One page",
      z.object({ items: z.array(DeliverySchema), nextCursor: z.string().nullable() }).openapi("WebhookDeliveryPage"),
    ),
  },
  errors: ["not_found", "invalid_cursor"],
});

const redeliverRoute = defineRoute({
  operationId: "redeliverWebhook",
  tags: ["webhooks"],
  summary: "Send a delivery again (same webhook-id), from its first attempt",
  description:
    "Makes a delivery pending again, due now, with its attempts reset; it keeps its webhook-id, so a receiver can tell a repeat. Needs a session.",
  method: "post",
  path: "/api/workspaces/{workspaceId}/webhooks/{webhookId}/deliveries/{deliveryId}/redeliver",
  roundTrips: 1,
  auth: "session",
  access,
  request: { params: DeliveryParams },
  responses: { 202: jsonResponse("Pending again", z.object({ delivery: DeliverySchema })) },
  errors: ["not_found"],
});

// ------------------------------------------------------------------------------------ presenters

const iso = (v: Date | string) => new Date(v).toISOString();
const isoOrNull = (v: Date | string | null) => (v === null ? null : iso(v));

function webhookJson(w: {
  id: string;
  workspaceId: string;
  url: string;
  eventTypes: string[];
  active: boolean;
  previousSecretExpiresAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}) {
  return {
    ...w,
    eventTypes: w.eventTypes as (typeof WEBHOOK_EVENT_TYPES)[number][],
    previousSecretExpiresAt: isoOrNull(w.previousSecretExpiresAt),
    createdAt: iso(w.createdAt),
    updatedAt: iso(w.updatedAt),
  };
}

function deliveryJson(d: {
  id: string;
  eventId: string;
  eventType: string;
  payload: Record<string, unknown>;
  status: (typeof DELIVERY_STATUSES)[number];
  attempts: number;
  lastStatusCode: number | null;
  lastError: string | null;
  nextAttemptAt: Date;
  deliveredAt: Date | null;
  createdAt: Date;
}) {
  return {
    ...d,
    nextAttemptAt: iso(d.nextAttemptAt),
    deliveredAt: isoOrNull(d.deliveredAt),
    createdAt: iso(d.createdAt),
  };
}

/** The create answer: the subscription and its secret (a replay renders the recorded row the same way). */
function createdJson({ secret, ...webhook }: Parameters<typeof webhookJson>[0] & { secret: string }) {
  return { webhook: webhookJson(webhook), secret };
}

/** The URL as stored, or 422 naming why it is refused. */
function allowedUrl(c: Context<AppEnv>, raw: string): string {
  const verdict = checkWebhookUrl(raw, { allowLocal: c.var.config.WEBHOOK_ALLOW_PRIVATE_URLS });
  if (!verdict.ok) {
    throw new ApiError("webhook_url_not_allowed", `the webhook URL is not allowed: ${verdict.reason}`, {
      issues: [{ path: "url", message: verdict.reason }],
    });
  }
  return verdict.url;
}

// -------------------------------------------------------------------------------------- handlers

const listWebhooks: Handler<typeof listRoute> = async (c) => {
  const { workspaceId } = c.req.valid("param");
  const q = c.req.valid("query");
  const after = positionOf(q.cursor);
  const { results } = await authed(c, ({ userId }) => ({
    member: memberRole(c.var.db, workspaceId, userId),
    rows: listSubscriptions(c.var.db, userId, workspaceId, q.limit, after),
  }));
  // A workspace the caller is no member of is not theirs to see (an empty list would confirm it exists).
  if (!results.member[0]) throw notFound("workspace");
  const { items, nextCursor } = keysetPage(results.rows, q.limit);
  return c.json({ items: items.map(webhookJson), nextCursor }, 200);
};

const createWebhook: Handler<typeof createRoute> = async (c) => {
  const { workspaceId } = c.req.valid("param");
  const body = c.req.valid("json");
  const target = allowedUrl(c, body.url);
  const secret = newWebhookSecret();
  const { results } = await authed(c, ({ userId }) => ({
    inserted: insertSubscription(
      c.var.db,
      userId,
      { workspaceId, url: target, eventTypes: body.eventTypes, secret },
      answerClaim(c, userId),
    ),
    count: countSubscriptions(c.var.db, userId, workspaceId),
    audit: subscriptionChanged(
      c,
      userId,
      workspaceId,
      changedBy.createdId(workspaceId, userId),
      "created",
      sql`${changedBy.createdId(workspaceId, userId)} is not null`,
    ),
  }));
  const row = results.inserted[0];
  if (!row) {
    const n = results.count[0]?.n ?? 0;
    // No count for a caller who may not manage it: the workspace is not theirs to see.
    if (n >= WEBHOOKS_PER_WORKSPACE_MAX) {
      throw new ApiError("quota_exceeded", `a workspace may have at most ${WEBHOOKS_PER_WORKSPACE_MAX} webhooks`, {
        issues: [{ path: "webhooks", message: `${n} of ${WEBHOOKS_PER_WORKSPACE_MAX} webhooks used` }],
      });
    }
    throw notFound("workspace");
  }
  return c.json(createdJson(row), 201);
};

const getWebhook: Handler<typeof getRoute> = async (c) => {
  const { workspaceId, webhookId } = c.req.valid("param");
  const { results } = await authed(c, ({ userId }) => ({
    webhook: findSubscription(c.var.db, userId, workspaceId, webhookId),
  }));
  const [webhook] = results.webhook;
  if (!webhook) throw notFound("webhook");
  return c.json({ webhook: webhookJson(webhook) }, 200);
};

const updateWebhook: Handler<typeof updateRoute> = async (c) => {
  const { workspaceId, webhookId } = c.req.valid("param");
  const body = c.req.valid("json");
  const patch = {
    ...(body.url !== undefined && { url: allowedUrl(c, body.url) }),
    ...(body.eventTypes !== undefined && { eventTypes: body.eventTypes }),
    ...(body.active !== undefined && { active: body.active }),
  };
  const { results } = await authed(c, ({ userId }) => ({
    webhook: updateSubscription(c.var.db, userId, workspaceId, webhookId, patch),
    audit: subscriptionChanged(c, userId, workspaceId, webhookId, "updated", changedBy.updated(webhookId)),
  }));
  const [webhook] = results.webhook;
  if (!webhook) throw notFound("webhook");
  return c.json({ webhook: webhookJson(webhook) }, 200);
};

const deleteWebhook: Handler<typeof deleteRoute> = async (c) => {
  const { workspaceId, webhookId } = c.req.valid("param");
  const { results } = await authed(c, ({ userId }) => ({
    audit: subscriptionChanged(
      c,
      userId,
      workspaceId,
      webhookId,
      "deleted",
      changedBy.deletable(workspaceId, webhookId, userId),
    ),
    deleted: deleteSubscription(c.var.db, userId, workspaceId, webhookId),
  }));
  if (!results.deleted[0]) throw notFound("webhook");
  return c.body(null, 204);
};

const rotateWebhookSecret: Handler<typeof rotateRoute> = async (c) => {
  const { workspaceId, webhookId } = c.req.valid("param");
  const secret = newWebhookSecret();
  const { results } = await authed(c, ({ userId }) => ({
    webhook: rotateSecret(c.var.db, userId, workspaceId, webhookId, secret),
    audit: subscriptionChanged(c, userId, workspaceId, webhookId, "secret_rotated", changedBy.updated(webhookId)),
  }));
  const [webhook] = results.webhook;
  if (!webhook) throw notFound("webhook");
  return c.json({ webhook: webhookJson(webhook), secret }, 200);
};

const listWebhookDeliveries: Handler<typeof deliveriesRoute> = async (c) => {
  const { workspaceId, webhookId } = c.req.valid("param");
  const q = c.req.valid("query");
  const after = positionOf(q.cursor);
  const { results } = await authed(c, ({ userId }) => ({
    webhook: findSubscription(c.var.db, userId, workspaceId, webhookId),
    rows: listDeliveries(c.var.db, userId, { workspaceId, webhookId, limit: q.limit, status: q.status, after }),
  }));
  if (!results.webhook[0]) throw notFound("webhook");
  const { items, nextCursor } = keysetPage(results.rows, q.limit);
  return c.json({ items: items.map(deliveryJson), nextCursor }, 200);
};

const redeliverWebhook: Handler<typeof redeliverRoute> = async (c) => {
  const { workspaceId, webhookId, deliveryId } = c.req.valid("param");
  const { results } = await authed(c, ({ userId }) => ({
    delivery: redeliver(c.var.db, userId, workspaceId, webhookId, deliveryId),
  }));
  const [delivery] = results.delivery;
  if (!delivery) throw notFound("delivery");
  return c.json({ delivery: deliveryJson(delivery) }, 202);
};

export const webhookRoutes = router()
  .openapi(listRoute, listWebhooks)
  .openapi(createRoute, createWebhook)
  .openapi(getRoute, getWebhook)
  .openapi(updateRoute, updateWebhook)
  .openapi(deleteRoute, deleteWebhook)
  .openapi(rotateRoute, rotateWebhookSecret)
  .openapi(deliveriesRoute, listWebhookDeliveries)
  .openapi(redeliverRoute, redeliverWebhook);
