// Outbound webhooks: per-workspace subscriptions to event types, each event written to an outbox in
// the same batch as the event (webhookEvent), signed per Standard Webhooks and delivered with retries.
// Invariants: an event's deliveries commit with the event; a delivery keeps its webhook-id on retries.

export { WEBHOOK_EVENT_TYPES, type WebhookEvent, type WebhookEventType, webhookEvent } from "./outbox";
