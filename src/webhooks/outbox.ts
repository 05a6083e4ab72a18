import { SQL, sql } from "drizzle-orm";
import { insertSelect, valueAs } from "../platform/db/raw";
import { webhookDeliveries, webhookSubscriptions } from "../platform/db/schema";
import { type EventOrigin, originOf } from "../platform/http/origin";

/** The event types a subscription may ask for. */
export const WEBHOOK_EVENT_TYPES = [
  "member.invited",
  "member.added",
  "member.removed",
  "member.role_changed",
  "review.requested",
  "approval.given",
  "approval.withdrawn",
  "gate.passed",
  "comment.created",
  "comment.resolved",
  "artifact.created",
  "change_request.merged",
] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

export interface WebhookEvent {
  type: WebhookEventType;
  workspace: SQL | string;
  /** The event's `data` (what a subscriber reads). */
  data: Record<string, unknown> | SQL;
  /** Written only when this holds (in the batch, after the event's own statement). */
  when?: SQL;
}

/**
 * The event's outbox rows, one per active subscription of the workspace to its type, as a statement
 * for the event's own batch: the event and its deliveries commit together, and the deliverer sends
 * them later (src/webhooks). Every row of one event shares its `webhook-id`.
 * Raw: insert…select over the subscriptions, with a jsonb containment test on their event types.
 */
export function webhookEvent(origin: EventOrigin, event: WebhookEvent) {
  const { db, request } = originOf(origin);
  request?.set("webhookEvents", true);
  const s = webhookSubscriptions;
  const eventId = `msg_${crypto.randomUUID().replaceAll("-", "")}`;
  const workspace = typeof event.workspace === "string" ? sql`${event.workspace}::uuid` : event.workspace;
  const data = event.data instanceof SQL ? event.data : sql`${JSON.stringify(event.data)}::jsonb`;
  return db.execute(
    sql`${insertSelect(
      webhookDeliveries,
      {
        subscriptionId: sql`${s.id}`,
        eventId: valueAs(webhookDeliveries.eventId, eventId),
        eventType: valueAs(webhookDeliveries.eventType, event.type),
        payload: sql`jsonb_build_object('type', ${event.type}::text, 'timestamp', now(), 'data', ${data})`,
      },
      sql`from ${s} where ${s.workspaceId} = ${workspace} and ${s.active}
        and ${s.eventTypes} @> ${JSON.stringify([event.type])}::jsonb and ${event.when ?? sql`true`}`,
    )}`,
  );
}
