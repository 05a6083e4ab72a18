// The cleanup job: removes what has expired from the auth tables and the idempotency keys, in bounded chunks.
//
// One pass = ONE db.batch (one round trip, one short transaction) of one statement per kind of
// expired thing; each statement touches at most `chunk` rows, picked oldest-first through the
// expiry column's index and locked with `for update skip locked`, so two runs at once (cron
// delivery is at-least-once) split the work between them instead of waiting or failing, and a
// row being used by a request is left for the next pass. Passes repeat until a pass finds less
// than a full chunk everywhere, or the pass/time budget is spent: whatever is left is taken by
// the next run. Runtime-agnostic: only the drizzle neon-http client, no Workers or Node APIs.
//
// "Expired" is `<= now()` everywhere, the exact complement of the live checks: a session is
// valid while `expires_at > now()` (src/platform/auth/session.ts), a token while its expiry `> now()`,
// and a rate-limit window is over once `reset_at` is reached.

import { type SQL, sql } from "drizzle-orm";
import { expiredAuditEvents } from "../audit";
import type { Db } from "../platform/db/client";
import { apiKeys, authSessions, idempotencyKeys, rateLimitLog, users } from "../platform/db/schema";

export const CLEANUP_TASKS = [
  "rateLimitLog",
  "authSessions",
  "emailVerificationTokens",
  "passwordResetTokens",
  "apiKeys",
  "idempotencyKeys",
  "auditEvents",
] as const;
export type CleanupTask = (typeof CLEANUP_TASKS)[number];
export type CleanupCounts = Record<CleanupTask, number>;

export interface CleanupOptions {
  /** Most rows one statement deletes or clears (per table, per pass). */
  chunk?: number;
  /** Most passes (round trips) per run. */
  maxPasses?: number;
  /** No new pass starts once this much wall time has gone by since the run started. */
  maxMs?: number;
  /** Audit rows older than this many days are removed (AUDIT_RETENTION_DAYS; default 365). */
  auditRetentionDays?: number;
  /** Called after every pass (benchmarks time the round trips with it). */
  onPass?: (pass: PassReport) => void;
}

export interface PassReport {
  pass: number;
  removed: CleanupCounts;
  /** Wall time of the pass's round trip. */
  ms: number;
}

export interface CleanupResult {
  removed: CleanupCounts;
  passes: number;
  durationMs: number;
  /** True when the last pass still found a full chunk somewhere: the next run continues. */
  workLeft: boolean;
}

/**
 * Production budgets. A cron invocation may run for minutes of wall time, and waiting on the
 * database is not CPU time (Paid: 30 s CPU; Free: 10 ms), so the wall budget is what bounds a
 * run; each pass costs the worker only a fetch and a tiny JSON parse. 20 s and 100 passes of
 * 5,000 rows per table keep every transaction short and one run well inside the limits.
 */
export const CLEANUP_DEFAULTS = { chunk: 5000, maxPasses: 100, maxMs: 20_000, auditRetentionDays: 365 } as const;

/** Raised when a pass fails; carries what the earlier (committed) passes removed. */
export class CleanupError extends Error {
  /** What the passes before the failure removed (each pass commits on its own). */
  readonly partial: CleanupResult;
  constructor(partial: CleanupResult, options: { cause: unknown }) {
    const why = options.cause instanceof Error ? options.cause.message : String(options.cause);
    super(`cleanup failed after ${partial.passes} pass(es): ${why}`, options);
    this.name = "CleanupError";
    this.partial = partial;
  }
}

const zero = (): CleanupCounts => ({
  rateLimitLog: 0,
  authSessions: 0,
  emailVerificationTokens: 0,
  passwordResetTokens: 0,
  apiKeys: 0,
  idempotencyKeys: 0,
  auditEvents: 0,
});

/** Each statement returns one row `{ n }`: how many rows it deleted or cleared. */
function counted(mutation: SQL): SQL {
  return sql`with done as (${mutation} returning 1) select count(*)::int as n from done`;
}

/**
 * The chunk statements of one pass, one per CleanupTask (same order). Exported so tests can
 * EXPLAIN them and run them in the same transaction as an arranging statement (same now()).
 */
export function chunkStatements(
  chunk: number,
  auditRetentionDays: number = CLEANUP_DEFAULTS.auditRetentionDays,
): Record<CleanupTask, SQL> {
  const n = Math.trunc(chunk);
  if (!(n > 0)) throw new RangeError(`chunk must be a positive integer, got ${chunk}`);
  const r = rateLimitLog;
  const s = authSessions;
  const u = users;
  const ak = apiKeys;
  const ik = idempotencyKeys;
  // The chunk is picked (and locked) in an uncorrelated sub-select through the expiry index, then
  // fetched by tuple id / primary key: `= any(array(...))` keeps the outer statement a TID or
  // primary-key index scan (an `in (select ...)` here plans a hash join over the whole table).
  // The outer statement re-checks the expiry, so a row can only ever go while it is expired.
  return {
    rateLimitLog: sql`delete from ${r} where ctid = any(array(
      select ctid from ${r} where ${r.resetAt} <= now()
      order by ${r.resetAt} limit ${n} for update skip locked)) and ${r.resetAt} <= now()`,
    authSessions: sql`delete from ${s} where ${s.id} = any(array(
      select ${s.id} from ${s} where ${s.expiresAt} <= now()
      order by ${s.expiresAt} limit ${n} for update skip locked)) and ${s.expiresAt} <= now()`,
    emailVerificationTokens: sql`update ${u}
      set email_verification_token_hash = null, email_verification_expires_at = null
      where ${u.id} = any(array(
        select ${u.id} from ${u} where ${u.emailVerificationExpiresAt} <= now()
        order by ${u.emailVerificationExpiresAt} limit ${n} for update skip locked))
      and ${u.emailVerificationExpiresAt} <= now()`,
    passwordResetTokens: sql`update ${u}
      set password_reset_token_hash = null, password_reset_expires_at = null
      where ${u.id} = any(array(
        select ${u.id} from ${u} where ${u.passwordResetExpiresAt} <= now()
        order by ${u.passwordResetExpiresAt} limit ${n} for update skip locked))
      and ${u.passwordResetExpiresAt} <= now()`,
    apiKeys: sql`delete from ${ak} where ${ak.id} = any(array(
      select ${ak.id} from ${ak} where ${ak.expiresAt} <= now()
      order by ${ak.expiresAt} limit ${n} for update skip locked)) and ${ak.expiresAt} <= now()`,
    // Idempotency keys (24 h): by tuple id, like the rate-limit log (the primary key is two columns).
    idempotencyKeys: sql`delete from ${ik} where ctid = any(array(
      select ctid from ${ik} where ${ik.expiresAt} <= now()
      order by ${ik.expiresAt} limit ${n} for update skip locked)) and ${ik.expiresAt} <= now()`,
    // Audit rows past the retention period (src/audit): by primary key, oldest first, likewise.
    auditEvents: expiredAuditEvents(n, auditRetentionDays),
  };
}

/** The statements of one pass, ready for db.batch, each answering `{ n }`. */
export function passStatements(db: Db, chunk: number, auditRetentionDays?: number) {
  const stmts = chunkStatements(chunk, auditRetentionDays);
  return CLEANUP_TASKS.map((task) => db.execute<{ n: number | string }>(counted(stmts[task])));
}

/** Runs passes until nothing full is left or the budget is spent. Throws CleanupError on failure. */
export async function runCleanup(db: Db, options: CleanupOptions = {}): Promise<CleanupResult> {
  const chunk = options.chunk ?? CLEANUP_DEFAULTS.chunk;
  const maxPasses = options.maxPasses ?? CLEANUP_DEFAULTS.maxPasses;
  const maxMs = options.maxMs ?? CLEANUP_DEFAULTS.maxMs;
  const started = Date.now();
  const result: CleanupResult = { removed: zero(), passes: 0, durationMs: 0, workLeft: true };

  while (result.workLeft && result.passes < maxPasses && (result.passes === 0 || Date.now() - started < maxMs)) {
    const passStarted = Date.now();
    let rows: { rows: { n: number | string }[] }[];
    try {
      const [first, ...rest] = passStatements(db, chunk, options.auditRetentionDays);
      if (!first) throw new Error("cleanup has no statements");
      rows = (await db.batch([first, ...rest])) as unknown as typeof rows;
    } catch (cause) {
      result.durationMs = Date.now() - started;
      throw new CleanupError(result, { cause });
    }
    const removed = zero();
    CLEANUP_TASKS.forEach((task, i) => {
      removed[task] = Number(rows[i]?.rows[0]?.n ?? 0);
      result.removed[task] += removed[task];
    });
    result.passes += 1;
    result.workLeft = CLEANUP_TASKS.some((task) => removed[task] >= chunk);
    options.onPass?.({ pass: result.passes, removed, ms: Date.now() - passStarted });
  }
  result.durationMs = Date.now() - started;
  return result;
}
