// The deliverer (src/webhooks/deliver.ts) against the local Standard Webhooks receiver over real
// HTTP: signatures, success, retries with backoff, failure after the last attempt, redelivery, secret
// rotation, the URL checked again at delivery time, and the receiver's own refusals.
import { Webhook } from "standardwebhooks";
import { describe, expect, it } from "vitest";
import { type WebhookEventType, webhookEvent } from "../../../src/webhooks";
import { dispatchDue, MAX_ATTEMPTS, RETRY_DELAYS_SECONDS } from "../../../src/webhooks/deliver";
import { adminDb, call, sql } from "../helpers";
import { createWebhook, hooksPath, receiverEndpoint, withWorkspace } from "./fixtures";

const db = adminDb();

/** Writes an event's outbox rows the way a feature's batch does (webhookEvent). */
async function emit(
  workspaceId: string,
  data: Record<string, unknown> = { userId: "u1" },
  type: WebhookEventType = "member.added",
) {
  // An event written outside a request, as the generator writes a run's gate.passed.
  await webhookEvent(db, { type, workspace: workspaceId, data });
}

/** A workspace with one subscription to the receiver, the receiver knowing its secret. */
async function subscribed() {
  const { user, workspaceId } = await withWorkspace();
  const endpoint = receiverEndpoint();
  const { webhook, secret } = await createWebhook(user, workspaceId, endpoint.url);
  await endpoint.setSecret(secret);
  const dispatch = (allowLocal = true) => dispatchDue(db, { allowLocal, subscriptionIds: [webhook.id] });
  const deliveries = async () =>
    (await call(user, "GET", `${hooksPath(workspaceId)}/${webhook.id}/deliveries`)).json.items as {
      id: string;
      eventId: string;
      status: string;
      attempts: number;
      lastStatusCode: number | null;
      lastError: string | null;
      nextAttemptAt: string;
      deliveredAt: string | null;
    }[];
  return { user, workspaceId, endpoint, webhook, secret, dispatch, deliveries };
}

/** Seconds from now until the delivery is due again (the backoff just scheduled). */
async function secondsUntilDue(id: string): Promise<number> {
  const [r] = (await sql.query(
    "select extract(epoch from next_attempt_at - now())::float8 as s from webhook_deliveries where id = $1",
    [id],
  )) as { s: number }[];
  return r!.s;
}

/** The backoff's wait, skipped: the delivery is due now. */
const makeDue = (id: string) => sql.query("update webhook_deliveries set next_attempt_at = now() where id = $1", [id]);

describe("webhook delivery", () => {
  it("delivers a signed event: the receiver verifies it, the log records 2xx", async () => {
    const s = await subscribed();
    await emit(s.workspaceId, { userId: "u-42", role: "editor" });
    expect(await s.dispatch()).toEqual({ claimed: 1, delivered: 1, retrying: 0, failed: 0 });
    const { events } = await s.endpoint.received();
    expect(events).toHaveLength(1);
    expect(events[0]!.webhookId).toMatch(/^msg_[0-9a-f]{32}$/);
    expect(events[0]!.signatures).toBe(1);
    expect(events[0]!.body).toMatchObject({ type: "member.added", data: { userId: "u-42", role: "editor" } });
    expect(Date.parse(events[0]!.body.timestamp)).not.toBeNaN();
    const [d] = await s.deliveries();
    expect(d).toMatchObject({ status: "delivered", attempts: 1, lastStatusCode: 204, lastError: null });
    expect(d!.eventId).toBe(events[0]!.webhookId);
    expect(d!.deliveredAt).not.toBeNull();
    // Nothing is due any more.
    expect((await s.dispatch()).claimed).toBe(0);
  });

  it("only subscribed event types of active subscriptions get a delivery", async () => {
    const s = await subscribed();
    await emit(s.workspaceId, {}, "approval.given");
    expect((await s.dispatch()).claimed).toBe(0);
    await call(s.user, "PATCH", `${hooksPath(s.workspaceId)}/${s.webhook.id}`, { active: false });
    await emit(s.workspaceId);
    expect(await s.deliveries()).toHaveLength(0);
  });

  it("retries a 500 with backoff (5 s, then 5 min) and the same webhook-id until it succeeds", async () => {
    const s = await subscribed();
    await s.endpoint.fail(2, 500);
    await emit(s.workspaceId);
    expect(await s.dispatch()).toMatchObject({ claimed: 1, retrying: 1 });
    let [d] = await s.deliveries();
    expect(d).toMatchObject({ status: "pending", attempts: 1, lastStatusCode: 500, lastError: "HTTP 500" });
    expect(await secondsUntilDue(d!.id)).toBeGreaterThan(RETRY_DELAYS_SECONDS[0] - 2);
    expect(await secondsUntilDue(d!.id)).toBeLessThanOrEqual(RETRY_DELAYS_SECONDS[0]);
    // Not due yet: nothing is claimed.
    expect((await s.dispatch()).claimed).toBe(0);
    await makeDue(d!.id);
    expect(await s.dispatch()).toMatchObject({ retrying: 1 });
    expect(await secondsUntilDue(d!.id)).toBeGreaterThan(RETRY_DELAYS_SECONDS[1] - 5);
    await makeDue(d!.id);
    expect(await s.dispatch()).toMatchObject({ delivered: 1 });
    [d] = await s.deliveries();
    expect(d).toMatchObject({ status: "delivered", attempts: 3, lastStatusCode: 204, lastError: null });
    const { events, answers } = await s.endpoint.received();
    expect(answers.map((a) => a.status)).toEqual([500, 500, 204]);
    expect(new Set(answers.map((a) => a.webhookId))).toEqual(new Set([d!.eventId]));
    expect(events).toHaveLength(1);
  });

  it(`fails after ${MAX_ATTEMPTS} attempts, each delay the schedule's`, async () => {
    const s = await subscribed();
    await s.endpoint.fail(100, 503);
    await emit(s.workspaceId);
    const delays: number[] = [];
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      const r = await s.dispatch();
      expect(r.claimed).toBe(1);
      const [d] = await s.deliveries();
      expect(d!.attempts).toBe(attempt);
      if (attempt < MAX_ATTEMPTS) {
        expect(d!.status).toBe("pending");
        delays.push(Math.round(await secondsUntilDue(d!.id)));
        await makeDue(d!.id);
      } else {
        expect(r.failed).toBe(1);
        expect(d).toMatchObject({ status: "failed", lastStatusCode: 503, lastError: "HTTP 503" });
      }
    }
    expect(delays).toEqual([...RETRY_DELAYS_SECONDS]);
    expect((await s.dispatch()).claimed).toBe(0);
    const failed = await call(s.user, "GET", `${hooksPath(s.workspaceId)}/${s.webhook.id}/deliveries?status=failed`);
    expect(failed.json.items).toHaveLength(1);
    const pending = await call(s.user, "GET", `${hooksPath(s.workspaceId)}/${s.webhook.id}/deliveries?status=pending`);
    expect(pending.json.items).toHaveLength(0);
  });

  it("redelivers with the same webhook-id from a fresh attempt count", async () => {
    const s = await subscribed();
    await emit(s.workspaceId);
    await s.dispatch();
    const [d] = await s.deliveries();
    const r = await call(s.user, "POST", `${hooksPath(s.workspaceId)}/${s.webhook.id}/deliveries/${d!.id}/redeliver`);
    expect(r.status).toBe(202);
    expect(r.roundTrips).toBe(1);
    expect(r.json.delivery).toMatchObject({ id: d!.id, eventId: d!.eventId, status: "pending", attempts: 0 });
    expect(await s.dispatch()).toMatchObject({ delivered: 1 });
    const { events } = await s.endpoint.received();
    expect(events.map((e) => [e.webhookId, e.duplicate])).toEqual([
      [d!.eventId, false],
      [d!.eventId, true],
    ]);
    // Another workspace's delivery id is not found.
    const other = await withWorkspace();
    const foreign = await call(
      other.user,
      "POST",
      `${hooksPath(s.workspaceId)}/${s.webhook.id}/deliveries/${d!.id}/redeliver`,
    );
    expect(foreign.status).toBe(404);
  });

  it("after a rotation, signs with both secrets for the overlap: a receiver on either verifies", async () => {
    const s = await subscribed();
    const rotated = await call(s.user, "POST", `${hooksPath(s.workspaceId)}/${s.webhook.id}/rotate-secret`);
    // The receiver still has the old secret.
    await emit(s.workspaceId, { n: 1 });
    expect(await s.dispatch()).toMatchObject({ delivered: 1 });
    await s.endpoint.setSecret(rotated.json.secret);
    await emit(s.workspaceId, { n: 2 });
    expect(await s.dispatch()).toMatchObject({ delivered: 1 });
    let { events } = await s.endpoint.received();
    expect(events.map((e) => [e.body.data.n, e.signatures])).toEqual([
      [1, 2],
      [2, 2],
    ]);
    // The overlap over: only the new secret signs, and a receiver still on the old one refuses.
    await sql.query(
      "update webhook_subscriptions set previous_secret_expires_at = now() - interval '1 second' where id = $1",
      [s.webhook.id],
    );
    await emit(s.workspaceId, { n: 3 });
    expect(await s.dispatch()).toMatchObject({ delivered: 1 });
    ({ events } = await s.endpoint.received());
    expect(events.at(-1)!.signatures).toBe(1);
    await s.endpoint.setSecret(s.secret);
    await emit(s.workspaceId, { n: 4 });
    expect(await s.dispatch()).toMatchObject({ retrying: 1 });
    const [d] = await s.deliveries();
    expect(d).toMatchObject({ status: "pending", lastStatusCode: 400 });
  });

  it("checks the URL again before sending: a URL no longer allowed fails the delivery at once", async () => {
    const s = await subscribed();
    await emit(s.workspaceId);
    // Without the development flag the receiver's http://127.0.0.1 is refused.
    expect(await s.dispatch(false)).toMatchObject({ claimed: 1, failed: 1 });
    const [d] = await s.deliveries();
    expect(d).toMatchObject({ status: "failed", attempts: 1, lastStatusCode: null });
    expect(d!.lastError).toMatch(/^URL not allowed: the scheme must be https/);
    expect((await s.endpoint.received()).answers).toHaveLength(0);
  });

  it("an attempt without an answer in time is a failed attempt (timed out), retried", async () => {
    const s = await subscribed();
    // The endpoint answers 204 only after 2 s; the attempt gives up after 300 ms.
    await s.endpoint.fail(1, 204, 2000);
    await emit(s.workspaceId);
    const started = Date.now();
    const r = await dispatchDue(db, { allowLocal: true, subscriptionIds: [s.webhook.id], timeoutMs: 300 });
    expect(Date.now() - started).toBeLessThan(1900);
    expect(r).toMatchObject({ claimed: 1, retrying: 1 });
    const [d] = await s.deliveries();
    expect(d).toMatchObject({
      status: "pending",
      attempts: 1,
      lastStatusCode: null,
      lastError: "timed out after 0.3 s",
    });
  });

  it("concurrent dispatchers never claim the same delivery (for update skip locked)", async () => {
    const s = await subscribed();
    for (let i = 0; i < 6; i++) await emit(s.workspaceId, { i });
    const round = () => dispatchDue(db, { allowLocal: true, subscriptionIds: [s.webhook.id], limit: 3 });
    const reports = await Promise.all([round(), round(), round()]);
    expect(reports.reduce((n, r) => n + r.claimed, 0)).toBe(6);
    const { events } = await s.endpoint.received();
    expect(events).toHaveLength(6);
    expect(events.filter((e) => e.duplicate)).toEqual([]);
    expect((await s.deliveries()).map((d) => d.attempts)).toEqual([1, 1, 1, 1, 1, 1]);
  });

  it("records a connection failure as a failed attempt with a short error", async () => {
    const s = await subscribed();
    // A port nothing listens on (the receiver's own, one above 65535 is invalid: use port 9, discard).
    await sql.query("update webhook_subscriptions set url = 'http://127.0.0.1:9/nothing' where id = $1", [
      s.webhook.id,
    ]);
    await emit(s.workspaceId);
    expect(await s.dispatch()).toMatchObject({ retrying: 1 });
    const [d] = await s.deliveries();
    expect(d!.lastStatusCode).toBeNull();
    expect(d!.lastError!.length).toBeGreaterThan(0);
    expect(d!.lastError!.length).toBeLessThanOrEqual(300);
  });
});

describe("the receiver (tools/webhook-receiver.ts) refuses what a subscriber must", () => {
  const secret = `whsec_${btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(32))))}`;
  const id = "msg_test";
  const body = JSON.stringify({ type: "member.added", timestamp: new Date().toISOString(), data: { a: 1 } });
  const signed = (at: Date, payload = body) => ({
    "webhook-id": id,
    "webhook-timestamp": String(Math.floor(at.getTime() / 1000)),
    "webhook-signature": new Webhook(secret).sign(id, at, payload),
  });

  it("accepts a valid delivery and refuses a tampered body, a stale timestamp and a missing signature (400)", async () => {
    const endpoint = receiverEndpoint();
    await endpoint.setSecret(secret);
    expect((await endpoint.post(body, signed(new Date()))).status).toBe(204);
    const tampered = body.replace('"a":1', '"a":2');
    expect((await endpoint.post(tampered, signed(new Date()))).status).toBe(400);
    expect((await endpoint.post(body, signed(new Date(Date.now() - 10 * 60_000)))).status).toBe(400);
    expect((await endpoint.post(body, signed(new Date(Date.now() + 10 * 60_000)))).status).toBe(400);
    const { "webhook-signature": _sig, ...unsigned } = signed(new Date());
    expect((await endpoint.post(body, unsigned)).status).toBe(400);
    const { events, answers } = await endpoint.received();
    expect(events).toHaveLength(1);
    expect(answers.map((a) => a.status)).toEqual([204, 400, 400, 400, 400]);
  });
});
