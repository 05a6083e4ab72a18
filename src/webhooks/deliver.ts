// The deliverer: claims due outbox rows (webhook_deliveries, status pending) and POSTs each to its
// subscription's URL, signed per Standard Webhooks, then records the outcome: 2xx delivered, else a
// retry after the next delay of RETRY_DELAYS_SECONDS, failed after the last. Runs in the generator
// worker (worker.ts: a cron trigger), never in the API worker (this module pulls in standardwebhooks).
// Invariants: a row is claimed by one dispatcher at a time (`for update skip locked` and a lease);
// every attempt of a delivery carries the same webhook-id; the URL is checked again before each send.
import { sql } from "drizzle-orm";
import { Webhook } from "standardwebhooks";
import { batch } from "../platform/db/batch";
import type { Db } from "../platform/db/client";
import { webhookDeliveries } from "../platform/db/schema";
import { checkWebhookUrl } from "./url-rules";

/**
 * Seconds before the next attempt after the n-th failed one (index n - 1): the schedule the Standard
 * Webhooks spec suggests (immediately, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h). After the last, failed.
 */
export const RETRY_DELAYS_SECONDS = [5, 5 * 60, 30 * 60, 2 * 3600, 5 * 3600, 10 * 3600] as const;
/** Attempts before a delivery is failed: the first and one per delay. */
export const MAX_ATTEMPTS = RETRY_DELAYS_SECONDS.length + 1;
/** One attempt's limit, ms: a receiver should answer quickly and do its work later. */
export const ATTEMPT_TIMEOUT_MS = 10_000;
/** A claimed row is due again after this if its dispatcher died before recording the outcome. */
export const CLAIM_LEASE_SECONDS = 60;
/** Deliveries claimed (and sent in parallel) per round. */
export const DISPATCH_BATCH = 25;
/** The longest `last_error` kept. */
const ERROR_MAX = 300;

/** The delay after the n-th failed attempt, or undefined when that was the last. */
export function retryDelaySeconds(attempts: number): number | undefined {
  return attempts >= MAX_ATTEMPTS ? undefined : RETRY_DELAYS_SECONDS[attempts - 1];
}

/**
 * The webhook-signature header: one `v1,<base64>` per secret, space-separated (Standard Webhooks,
 * "Signature scheme": several signatures let a receiver rotate keys without losing events).
 */
export function signatures(secrets: readonly string[], webhookId: string, timestamp: Date, body: string): string {
  return secrets.map((secret) => new Webhook(secret).sign(webhookId, timestamp, body)).join(" ");
}

/** A claimed delivery with what sending it needs. */
export interface Claimed {
  id: string;
  eventId: string;
  payload: unknown;
  attempts: number;
  url: string;
  secret: string;
  /** The secret before the last rotation while its overlap lasts, else null. */
  previousSecret: string | null;
}

export type Outcome =
  | { delivered: true; statusCode: number }
  | { delivered: false; statusCode: number | null; error: string; final?: true };

export interface SendOptions {
  /** WEBHOOK_ALLOW_PRIVATE_URLS: http://127.0.0.1 allowed (development and tests). */
  allowLocal: boolean;
  /** The clock of the webhook-timestamp (default now). */
  now?: Date;
  /** One attempt's limit, ms (default ATTEMPT_TIMEOUT_MS; tests shorten it). */
  timeoutMs?: number;
}

/** One attempt: the URL checked again, the signed POST, its answer within ATTEMPT_TIMEOUT_MS. */
export async function send(d: Claimed, opts: SendOptions): Promise<Outcome> {
  const verdict = checkWebhookUrl(d.url, { allowLocal: opts.allowLocal });
  if (!verdict.ok)
    return { delivered: false, statusCode: null, error: `URL not allowed: ${verdict.reason}`, final: true };
  const body = JSON.stringify(d.payload);
  const timestamp = opts.now ?? new Date();
  const timeoutMs = opts.timeoutMs ?? ATTEMPT_TIMEOUT_MS;
  const secrets = d.previousSecret ? [d.secret, d.previousSecret] : [d.secret];
  try {
    const res = await fetch(verdict.url, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "user-agent": "Spec-Drive-Webhooks/1",
        "webhook-id": d.eventId,
        "webhook-timestamp": String(Math.floor(timestamp.getTime() / 1000)),
        "webhook-signature": signatures(secrets, d.eventId, timestamp, body),
      },
      body,
      // A redirect is not followed (it could point anywhere): a 3xx is a failed attempt.
      redirect: "manual",
      signal: AbortSignal.timeout(timeoutMs),
    });
    await res.body?.cancel();
    if (res.status >= 200 && res.status < 300) return { delivered: true, statusCode: res.status };
    return { delivered: false, statusCode: res.status, error: `HTTP ${res.status}` };
  } catch (err) {
    const e = err as Error;
    const error = e.name === "TimeoutError" ? `timed out after ${timeoutMs / 1000} s` : `${e.name}: ${e.message}`;
    return { delivered: false, statusCode: null, error: error.slice(0, ERROR_MAX) };
  }
}

/**
 * Claims up to `limit` due deliveries of active subscriptions: each gets its attempt counted and a
 * lease (due again in CLAIM_LEASE_SECONDS unless its outcome is recorded first).
 * Raw: update…from with a `for update skip locked` subquery, so concurrent dispatchers never claim
 * the same row; the builder has no locking clause in a subquery.
 */
export function claimDue(db: Db, limit: number, subscriptionIds?: readonly string[]) {
  const only = subscriptionIds ? sql`and s.id = any(${`{${subscriptionIds.join(",")}}`}::uuid[])` : sql``;
  return db.execute<{
    id: string;
    event_id: string;
    payload: unknown;
    attempts: number;
    url: string;
    secret: string;
    previous_secret: string | null;
  }>(sql`update webhook_deliveries d
    set attempts = d.attempts + 1, next_attempt_at = now() + make_interval(secs => ${CLAIM_LEASE_SECONDS})
    from webhook_subscriptions s
    where s.id = d.subscription_id and d.id in (
      select d2.id from webhook_deliveries d2 join webhook_subscriptions s on s.id = d2.subscription_id
      where d2.status = 'pending' and d2.next_attempt_at <= now() and s.active ${only}
      order by d2.next_attempt_at limit ${limit}
      for update of d2 skip locked)
    returning d.id, d.event_id, d.payload, d.attempts, s.url, s.secret,
      case when s.previous_secret_expires_at > now() then s.previous_secret end as previous_secret`);
}

/** The outcome's row update, only while the row is still this attempt's (a redelivery resets it). */
function record(db: Db, d: Claimed, o: Outcome) {
  const t = webhookDeliveries;
  const delay = o.delivered || o.final ? undefined : retryDelaySeconds(d.attempts);
  const set = o.delivered
    ? { status: "delivered" as const, lastStatusCode: o.statusCode, lastError: null, deliveredAt: sql`now()` }
    : delay === undefined
      ? { status: "failed" as const, lastStatusCode: o.statusCode, lastError: o.error }
      : {
          status: "pending" as const,
          lastStatusCode: o.statusCode,
          lastError: o.error,
          nextAttemptAt: sql`now() + make_interval(secs => ${delay})`,
        };
  return db
    .update(t)
    .set(set)
    .where(sql`${t.id} = ${d.id} and ${t.attempts} = ${d.attempts} and ${t.status} = 'pending'`);
}

export interface DispatchOptions extends SendOptions {
  limit?: number;
  /** Only these subscriptions' deliveries (tests share one database with other test files). */
  subscriptionIds?: readonly string[];
}

export interface DispatchReport {
  claimed: number;
  delivered: number;
  retrying: number;
  failed: number;
}

/** One round: claim (1 round trip), send in parallel, record every outcome (1 round trip). */
export async function dispatchDue(db: Db, opts: DispatchOptions): Promise<DispatchReport> {
  const claimed = (await claimDue(db, opts.limit ?? DISPATCH_BATCH, opts.subscriptionIds)).rows.map(
    (r): Claimed => ({
      id: r.id,
      eventId: r.event_id,
      payload: typeof r.payload === "string" ? JSON.parse(r.payload) : r.payload,
      attempts: r.attempts,
      url: r.url,
      secret: r.secret,
      previousSecret: r.previous_secret,
    }),
  );
  const report: DispatchReport = { claimed: claimed.length, delivered: 0, retrying: 0, failed: 0 };
  if (claimed.length === 0) return report;
  const sent = await Promise.all(claimed.map(async (d) => ({ d, o: await send(d, opts) })));
  await batch(db, Object.fromEntries(sent.map(({ d, o }, i) => [`d${i}`, record(db, d, o)])));
  for (const { d, o } of sent) {
    if (o.delivered) report.delivered++;
    else if (o.final || retryDelaySeconds(d.attempts) === undefined) report.failed++;
    else report.retrying++;
  }
  return report;
}
