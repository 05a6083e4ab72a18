// The one db-client factory: a drizzle client over the Neon HTTP driver, built per request
// from validated config. Never a global client, never a fallback.
//
// Every round trip to Neon goes through `dbFetch` below (installed as the driver's fetch function),
// which is the ONE place that
//   - counts the client's round trips and their time (DbStats),
//   - bounds each round trip with a timeout (DB_TIMEOUT_MS; the driver has none of its own),
//   - retries a round trip once, after a short random delay, when the network failed it AND every
//     statement in it is safe to run twice (see `isRetrySafe`). Writes are never retried blindly.
// The driver spreads the client's `fetchOptions` into the init of every fetch it makes, so the
// per-client settings ride along in that init under a symbol key. No state is shared between requests.
import { neon, neonConfig } from "@neondatabase/serverless";
import { type SQL, sql } from "drizzle-orm";
import { drizzle } from "drizzle-orm/neon-http";
import type { DbConfig } from "../config";

export interface DbStats {
  /** HTTP requests to the Neon endpoint (one per query, one per batch/transaction, one per retry). */
  roundTrips: number;
  /** Wall time spent in them, ms (request sent until the response body is read). */
  ms: number;
  /** Round trips that were retries of a read after a network error. */
  retries: number;
}

export const newDbStats = (): DbStats => ({ roundTrips: 0, ms: 0, retries: 0 });

interface ClientSettings {
  stats: DbStats;
  timeoutMs: number;
}

const SETTINGS = Symbol("dbClientSettings");

type SettingsInit = RequestInit & { [SETTINGS]?: ClientSettings };

/**
 * Marks a statement whose repetition leaves the database as one execution would (e.g. "set
 * last_used_at = now()"), so a round trip made only of reads and such statements may be retried.
 * Put it in front of the statement: sql`${IDEMPOTENT} update ...`. Say in a comment why it holds.
 */
export const IDEMPOTENT: SQL = sql.raw("/* idempotent */");
const IDEMPOTENT_TEXT = "/* idempotent */";

// A read is a statement that starts with SELECT or WITH and names nothing that writes or has side
// effects. The test is on the SQL text only (values travel as parameters), and errs towards "write":
// a false "write" costs a retry, a false "read" could run a write twice.
const READ_START = /^[\s(]*(select|with)\b/i;
const WRITE_WORDS =
  /\b(insert|update|delete|merge|upsert|truncate|copy|call|do|create|alter|drop|grant|revoke|lock|vacuum|analyze|cluster|reindex|refresh|listen|notify|prepare|execute|set|reset|discard|nextval|setval|set_config|pg_advisory_\w+|pg_try_advisory_\w+|pg_notify|pg_sleep\w*|lo_\w+|pg_terminate_backend|pg_cancel_backend|dblink\w*)\b/i;

/** Whether a statement may run twice: a read, or marked IDEMPOTENT by its author. */
export function isRetrySafeStatement(query: string): boolean {
  const q = query.trimStart();
  if (q.startsWith(IDEMPOTENT_TEXT)) return true;
  return READ_START.test(q) && !WRITE_WORDS.test(q);
}

/** Whether a round trip (the driver's JSON body: one query or a batch) may be sent again. */
export function isRetrySafe(body: unknown): boolean {
  if (typeof body !== "string") return false;
  try {
    const parsed = JSON.parse(body) as { query?: unknown; queries?: { query?: unknown }[] };
    const statements = Array.isArray(parsed.queries) ? parsed.queries : [parsed];
    return (
      statements.length > 0 && statements.every((s) => typeof s?.query === "string" && isRetrySafeStatement(s.query))
    );
  } catch {
    return false;
  }
}

/** Our own timeout (or the caller's abort): the statement may have run, so it is never retried. */
function isAbort(err: unknown): boolean {
  return err instanceof Error && (err.name === "TimeoutError" || err.name === "AbortError");
}

const RETRY_DELAY_MS = { min: 20, max: 100 };
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * After the deadline, one more short wait before aborting: an isolate busy with other requests' CPU
 * work (scrypt) runs no timers and no I/O callbacks for a while, and when it frees up the deadline
 * timer may come before the answer that has been waiting meanwhile. Measured under load
 * (`npm run load`): without the grace, 50 simultaneous signups timed out answers already received.
 */
const TIMEOUT_GRACE_MS = 25;

async function roundTrip(input: Parameters<typeof fetch>[0], init: RequestInit, s: ClientSettings) {
  const started = performance.now();
  s.stats.roundTrips += 1;
  const controller = new AbortController();
  let grace: ReturnType<typeof setTimeout> | undefined;
  const deadline = setTimeout(() => {
    grace = setTimeout(
      () => controller.abort(new DOMException("the database did not answer in time", "TimeoutError")),
      TIMEOUT_GRACE_MS,
    );
  }, s.timeoutMs);
  const signal = init.signal ? AbortSignal.any([init.signal, controller.signal]) : controller.signal;
  try {
    const res = await fetch(input, { ...init, signal });
    // Read the body here so the time (and the timeout) covers the whole round trip, not just the headers.
    const body = await res.arrayBuffer();
    return new Response(body, { status: res.status, statusText: res.statusText, headers: res.headers });
  } finally {
    clearTimeout(deadline);
    clearTimeout(grace);
    s.stats.ms += performance.now() - started;
  }
}

/**
 * The driver's fetch. Anything it throws is a network failure or a timeout (an HTTP error status is
 * a Response, handled by the driver); the driver wraps it as "Error connecting to database", which
 * the error mapper answers with 503.
 */
async function dbFetch(input: Parameters<typeof fetch>[0], init?: SettingsInit): Promise<Response> {
  const settings = init?.[SETTINGS];
  if (!settings || !init) return fetch(input, init);
  const { [SETTINGS]: _, ...plainInit } = init;
  try {
    return await roundTrip(input, plainInit, settings);
  } catch (err) {
    if (isAbort(err) || !isRetrySafe(plainInit.body)) throw err;
    await sleep(RETRY_DELAY_MS.min + Math.random() * (RETRY_DELAY_MS.max - RETRY_DELAY_MS.min));
    settings.stats.retries += 1;
    return roundTrip(input, plainInit, settings);
  }
}

const neonDefaultEndpoint = neonConfig.fetchEndpoint;

export function createDb(config: DbConfig, stats: DbStats = newDbStats()) {
  // fetchEndpoint is module-global in the driver; the binding is constant per deployment,
  // so this only ever points it at the local endpoint in dev/tests and leaves Neon's default otherwise.
  neonConfig.fetchEndpoint = config.NEON_FETCH_ENDPOINT ?? neonDefaultEndpoint;
  // Also module-global but stateless: the per-client settings travel in each fetch's init.
  neonConfig.fetchFunction = dbFetch;
  const settings: ClientSettings = { stats, timeoutMs: config.DB_TIMEOUT_MS };
  const client = neon(config.DATABASE_URL, { fetchOptions: { [SETTINGS]: settings } });
  // No `schema`: nothing uses the relational query API (db.query.*), and passing the schema made
  // drizzle rebuild its relational config on every request (~50 of ~55 µs per client, bench/api.ts).
  return drizzle({ client });
}

export type Db = ReturnType<typeof createDb>;
