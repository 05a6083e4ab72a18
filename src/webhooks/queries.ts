// The webhook routes' SQL: subscriptions and their delivery log, every statement scoped to a caller
// whose role in the workspace holds workspace:manage (memberMay), so another workspace's ids are not found.
import { and, desc, eq, type SQL, sql } from "drizzle-orm";
import type { Context } from "hono";
import { audit } from "../audit";
import { memberMay } from "../platform/auth/membership";
import type { Db } from "../platform/db/client";
import { type Position, pastPosition, sortKeyText } from "../platform/db/keyset";
import { insertSelect, qualified, valueAs } from "../platform/db/raw";
import { type DELIVERY_STATUSES, webhookDeliveries, webhookSubscriptions } from "../platform/db/schema";
import type { AppEnv } from "../platform/http/context";
import { type AnswerClaim, rowsAsJson } from "../platform/http/idempotency";

/** Most subscriptions one workspace may have. */
export const WEBHOOKS_PER_WORKSPACE_MAX = 20;
/** How long the secret before a rotation still signs deliveries (next to the new one). */
export const ROTATION_OVERLAP_HOURS = 24;

const s = webhookSubscriptions;
const d = webhookDeliveries;

/** What a subscription shows (never its secrets). */
export const subscriptionColumns = {
  id: s.id,
  workspaceId: s.workspaceId,
  url: s.url,
  eventTypes: s.eventTypes,
  active: s.active,
  previousSecretExpiresAt: s.previousSecretExpiresAt,
  createdAt: s.createdAt,
  updatedAt: s.updatedAt,
};

/** What the create answer shows: the subscription and, this once, its secret. */
export const createdColumns = { ...subscriptionColumns, secret: s.secret };

const manages = (userId: SQL) => memberMay(s.workspaceId, userId, "workspace:manage");

/** One keyset page of the workspace's subscriptions, newest first (limit + 1 rows). */
export function listSubscriptions(db: Db, userId: SQL, workspaceId: string, limit: number, after?: Position) {
  return db
    .select({ ...subscriptionColumns, sortKey: sortKeyText(s.createdAt) })
    .from(s)
    .where(and(eq(s.workspaceId, workspaceId), manages(userId), pastPosition(s.createdAt, s.id, after, "desc")))
    .orderBy(desc(s.createdAt), desc(s.id))
    .limit(limit + 1);
}

export function findSubscription(db: Db, userId: SQL, workspaceId: string, id: string) {
  return db
    .select(subscriptionColumns)
    .from(s)
    .where(and(eq(s.id, id), eq(s.workspaceId, workspaceId), manages(userId)));
}

/** The workspace's subscription count, for the caller allowed to manage them (why an insert did nothing). */
export function countSubscriptions(db: Db, userId: SQL, workspaceId: string) {
  return db
    .select({ n: sql<number>`count(*)::int` })
    .from(s)
    .where(and(eq(s.workspaceId, workspaceId), manages(userId)));
}

/**
 * Inserts a subscription for a caller who may manage the workspace, while it has fewer than
 * WEBHOOKS_PER_WORKSPACE_MAX; returns it whole (its secret too: the create answer shows it). With an
 * Idempotency-Key, `answer` records that row (201), secret included, so a replay shows the same secret, or
 * releases the claim. Raw: insert…select (src/platform/db/raw.ts) so the guard and the count are in the statement.
 */
export function insertSubscription(
  db: Db,
  userId: SQL,
  row: { workspaceId: string; url: string; eventTypes: string[]; secret: string },
  answer: AnswerClaim = () => [],
) {
  const inserted = db.$with("inserted_subscription", createdColumns).as(
    sql`${insertSelect(
      s,
      {
        workspaceId: valueAs(s.workspaceId, row.workspaceId),
        url: valueAs(s.url, row.url),
        eventTypes: valueAs(s.eventTypes, row.eventTypes),
        secret: valueAs(s.secret, row.secret),
        createdBy: userId,
      },
      sql`where ${memberMay(sql`${row.workspaceId}::uuid`, userId, "workspace:manage")}
        and (select count(*) from ${s} where ${s.workspaceId} = ${row.workspaceId}::uuid) < ${WEBHOOKS_PER_WORKSPACE_MAX}`,
    )} returning *`,
  );
  const answered = answer({
    ok: sql`exists (select 1 from ${inserted})`,
    status: 201,
    rows: { webhook: rowsAsJson(inserted) },
  });
  return db
    .with(inserted, ...answered)
    .select()
    .from(inserted);
}

export function updateSubscription(
  db: Db,
  userId: SQL,
  workspaceId: string,
  id: string,
  patch: { url?: string; eventTypes?: string[]; active?: boolean },
) {
  return db
    .update(s)
    .set({ ...patch, updatedAt: sql`now()` })
    .where(and(eq(s.id, id), eq(s.workspaceId, workspaceId), manages(userId)))
    .returning(subscriptionColumns);
}

export function deleteSubscription(db: Db, userId: SQL, workspaceId: string, id: string) {
  return db
    .delete(s)
    .where(and(eq(s.id, id), eq(s.workspaceId, workspaceId), manages(userId)))
    .returning({ id: s.id });
}

/** The new secret signs from now on; the current one keeps signing next to it for the overlap. */
export function rotateSecret(db: Db, userId: SQL, workspaceId: string, id: string, secret: string) {
  return db
    .update(s)
    .set({
      previousSecret: sql`${s.secret}`,
      previousSecretExpiresAt: sql`now() + make_interval(hours => ${ROTATION_OVERLAP_HOURS})`,
      secret,
      updatedAt: sql`now()`,
    })
    .where(and(eq(s.id, id), eq(s.workspaceId, workspaceId), manages(userId)))
    .returning(subscriptionColumns);
}

/** What a delivery shows in the log. */
const deliveryColumns = {
  id: d.id,
  eventId: d.eventId,
  eventType: d.eventType,
  payload: d.payload,
  status: d.status,
  attempts: d.attempts,
  lastStatusCode: d.lastStatusCode,
  lastError: d.lastError,
  nextAttemptAt: d.nextAttemptAt,
  deliveredAt: d.deliveredAt,
  createdAt: d.createdAt,
};

/** The subscription `webhookId` of the workspace, when the caller may manage it (Raw-free exists test). */
const ownedSubscription = (userId: SQL, workspaceId: string, webhookId: string) =>
  sql`exists (select 1 from ${s} where ${and(eq(s.id, webhookId), eq(s.workspaceId, workspaceId), manages(userId))})`;

/** One keyset page of a subscription's deliveries, newest first (limit + 1 rows). */
export function listDeliveries(
  db: Db,
  userId: SQL,
  q: {
    workspaceId: string;
    webhookId: string;
    limit: number;
    status?: (typeof DELIVERY_STATUSES)[number];
    after?: Position;
  },
) {
  return db
    .select({ ...deliveryColumns, sortKey: sortKeyText(d.createdAt) })
    .from(d)
    .where(
      and(
        eq(d.subscriptionId, q.webhookId),
        ownedSubscription(userId, q.workspaceId, q.webhookId),
        q.status ? eq(d.status, q.status) : undefined,
        pastPosition(d.createdAt, d.id, q.after, "desc"),
      ),
    )
    .orderBy(desc(d.createdAt), desc(d.id))
    .limit(q.limit + 1);
}

/** Pending again, due now, with a fresh attempt count; its webhook-id (event_id) stays. */
export function redeliver(db: Db, userId: SQL, workspaceId: string, webhookId: string, deliveryId: string) {
  return db
    .update(d)
    .set({ status: "pending", attempts: 0, nextAttemptAt: sql`now()`, deliveredAt: null })
    .where(
      and(eq(d.id, deliveryId), eq(d.subscriptionId, webhookId), ownedSubscription(userId, workspaceId, webhookId)),
    )
    .returning(deliveryColumns);
}

/**
 * The audit row of a subscription change, for the change's batch: written when `changed` holds after
 * the change's own statement (a delete's row comes before the delete, on the delete's own condition).
 */
export function subscriptionChanged(
  c: Context<AppEnv>,
  userId: SQL,
  workspaceId: string,
  target: SQL | string,
  change: "created" | "updated" | "deleted" | "secret_rotated",
  changed: SQL,
) {
  return audit(c, {
    action: "webhook.subscription_changed",
    actor: userId,
    workspace: workspaceId,
    target: { type: "webhook", id: target },
    data: { change },
    when: changed,
  });
}

/** Conditions for subscriptionChanged: what the change's statement did, seen later in its batch. */
export const changedBy = {
  /** A subscription of the workspace this caller created in this transaction (its id, for the row). */
  createdId: (workspaceId: string, userId: SQL) =>
    sql`(select ${qualified(s.id)} from ${s} where ${qualified(s.workspaceId)} = ${workspaceId}::uuid
      and ${qualified(s.createdBy)} = ${userId} and ${qualified(s.createdAt)} = now() limit 1)`,
  /** The subscription was updated in this transaction. */
  updated: (webhookId: string) =>
    sql`exists (select 1 from ${s} where ${qualified(s.id)} = ${webhookId}::uuid and ${qualified(s.updatedAt)} = now())`,
  /** The subscription exists in the workspace and the caller may manage it (what the delete requires). */
  deletable: (workspaceId: string, webhookId: string, userId: SQL) =>
    sql`exists (select 1 from ${s} where ${qualified(s.id)} = ${webhookId}::uuid
      and ${qualified(s.workspaceId)} = ${workspaceId}::uuid and ${memberMay(s.workspaceId, userId, "workspace:manage")})`,
};
