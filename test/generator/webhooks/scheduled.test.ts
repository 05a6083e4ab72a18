// The generator worker's cron run (src/webhooks/worker.ts, what src/workers/generator.ts's scheduled
// handler waits on) inside workerd: a due delivery is claimed, signed and sent to the local receiver,
// and recorded as delivered. Scoped to the test's subscription: the worker project's tests share the
// database and their rows are theirs to dispatch.
import { env } from "cloudflare:test";
import { neon, neonConfig } from "@neondatabase/serverless";
import { describe, expect, it } from "vitest";
import { runWebhookDispatcher } from "../../../src/webhooks/worker";

neonConfig.fetchEndpoint = env.NEON_FETCH_ENDPOINT;
const sql = neon(env.DATABASE_URL);

describe("the webhook deliverer's cron run", () => {
  it("sends a due delivery to its subscriber and records it delivered", async () => {
    const secret = `whsec_${btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(32))))}`;
    const endpoint = crypto.randomUUID();
    const control = (path: string, body: unknown) =>
      fetch(`${env.WEBHOOK_RECEIVER_URL}${path}`, { method: "POST", body: JSON.stringify(body) });
    expect((await control("/control/secret", { endpoint, secret })).status).toBe(200);
    const [row] = (await sql.query(
      `with u as (insert into users (email, password_hash, name) values ($1, 'x', 'Cron') returning id),
       w as (insert into workspaces (name, created_by) select 'Cron team', id from u returning id),
       s as (insert into webhook_subscriptions (workspace_id, url, event_types, secret)
             select id, $2, '["member.added"]', $3 from w returning id),
       d as (insert into webhook_deliveries (subscription_id, event_id, event_type, payload)
             select id, 'msg_cron', 'member.added', '{"type":"member.added","timestamp":"2026-12-07T00:00:00Z","data":{}}'
             from s returning id)
       select (select id from d) as id, (select id from s) as "subscriptionId"`,
      [`cron-${crypto.randomUUID()}@example.test`, `${env.WEBHOOK_RECEIVER_URL}/hooks/${endpoint}`, secret],
    )) as { id: string; subscriptionId: string }[];
    const report = await runWebhookDispatcher(env, [row!.subscriptionId]);
    expect(report).toEqual({ claimed: 1, delivered: 1, retrying: 0, failed: 0 });
    const [d] = (await sql.query("select status, attempts, last_status_code from webhook_deliveries where id = $1", [
      row!.id,
    ])) as { status: string; attempts: number; last_status_code: number }[];
    expect(d).toEqual({ status: "delivered", attempts: 1, last_status_code: 204 });
    const received = (await (
      await fetch(`${env.WEBHOOK_RECEIVER_URL}/control/events?endpoint=${endpoint}`)
    ).json()) as {
      events: { webhookId: string }[];
    };
    expect(received.events.map((e) => e.webhookId)).toEqual(["msg_cron"]);
  });
});
