// Outbound webhooks: per-workspace subscriptions to event types, each event written to an outbox in
// the same batch as the event (webhookEvent), signed per Standard Webhooks and delivered with retries
// by the generator worker (worker.ts, kept out of the API bundle). Owns webhook_subscriptions and
// webhook_deliveries. Invariants: an event's deliveries commit with the event; a delivery keeps its
// webhook-id on retries and redeliveries; a secret is shown once (a keyed create's replay repeats that
// answer to the same user); every URL passes checkWebhookUrl, when written and again before each delivery.

export { nudgeDeliverer } from "./nudge";
export { WEBHOOK_EVENT_TYPES, type WebhookEvent, type WebhookEventType, webhookEvent } from "./outbox";
export { webhookRoutes } from "./routes";
