// THE rate limiter: fixed windows per (identifier, endpoint) in rate_limit_log, counted by one
// atomic upsert that also restarts an expired window. Routes put `consume(...)` statements at the
// front of their first db.batch and call `enforce(...)` on the results BEFORE any other work
// (password hashing included). Every request counts, refused ones too. A database error is not
// caught anywhere: the error mapper turns it into 503, so the limiter fails closed.
import { type SQL, sql } from "drizzle-orm";
import type { Context } from "hono";
import type { Db } from "../db/client";
import { rateLimitLog } from "../db/schema";
import type { AppEnv } from "../http/context";
import { ApiError } from "../http/errors";

export interface Rule {
  /** The `endpoint` column. */
  endpoint: string;
  limit: number;
  windowSeconds: number;
}

const WINDOW = 15 * 60;

/**
 * Per 15-minute window. IP limits are looser than account limits where offices and carriers put
 * many people behind one address; account (email/user) limits bound guessing against one account
 * and mail sent to one inbox.
 */
export const RULES = {
  signupByIp: { endpoint: "signup", limit: 5, windowSeconds: WINDOW },
  signupByEmail: { endpoint: "signup", limit: 5, windowSeconds: WINDOW },
  loginByIp: { endpoint: "login", limit: 30, windowSeconds: WINDOW },
  loginByEmail: { endpoint: "login", limit: 10, windowSeconds: WINDOW },
  forgotByIp: { endpoint: "forgot-password", limit: 10, windowSeconds: WINDOW },
  forgotByEmail: { endpoint: "forgot-password", limit: 3, windowSeconds: WINDOW },
  resetByIp: { endpoint: "reset-password", limit: 10, windowSeconds: WINDOW },
  verifyByIp: { endpoint: "verify-email", limit: 5, windowSeconds: WINDOW },
  resendByIp: { endpoint: "verify-email-resend", limit: 5, windowSeconds: WINDOW },
  resendByUser: { endpoint: "verify-email-resend", limit: 3, windowSeconds: WINDOW },
  reauthByUser: { endpoint: "reauthenticate", limit: 10, windowSeconds: WINDOW },
} as const satisfies Record<string, Rule>;

type CountRow = { attempts: number | string; retry_after: number | string };

/** The client's address as Cloudflare reports it; one shared bucket if it is missing. */
export function clientIp(c: Context<AppEnv>): string {
  return (c.req.header("cf-connecting-ip") ?? "unknown").trim().slice(0, 64) || "unknown";
}

export const ipIdentifier = (c: Context<AppEnv>) => `ip:${clientIp(c)}`;

/**
 * One statement: count this request against `rule` for `identifier` (a string, or an SQL
 * expression such as `'user:' || <session user subquery>`; a NULL identifier counts nothing and
 * returns no row). Returns the attempts in the current window and the seconds until it resets.
 */
export function consume(db: Db, rule: Rule, identifier: string | SQL) {
  const window = sql`make_interval(secs => ${rule.windowSeconds})`;
  return db.execute<CountRow>(sql`
    insert into ${rateLimitLog} as r (identifier, endpoint, attempts, reset_at)
    select s.identifier, ${rule.endpoint}, 1, now() + ${window}
    from (select (${identifier})::varchar as identifier) s
    where s.identifier is not null
    on conflict (identifier, endpoint) do update set
      attempts = case when r.reset_at <= now() then 1 else r.attempts + 1 end,
      reset_at = case when r.reset_at <= now() then now() + ${window} else r.reset_at end
    returning r.attempts, ceil(extract(epoch from r.reset_at - now()))::int as retry_after`);
}

/**
 * `true` while `identifier` is within `rule` in this window, as an SQL condition. A statement placed
 * in the SAME db.batch after `consume(db, rule, identifier)` (the batch is one transaction, run in
 * order) guards itself with it, so the limiter and the guarded write travel in one round trip and
 * a refused request (enforce throws 429 after the batch) has changed nothing. False for a NULL
 * identifier (no window row).
 */
export function withinLimit(rule: Rule, identifier: string | SQL): SQL {
  return sql`exists (select 1 from ${rateLimitLog} w where w.identifier = (${identifier})::varchar
    and w.endpoint = ${rule.endpoint} and w.attempts <= ${rule.limit})`;
}

export interface Verdict {
  rule: Rule;
  result: { rows: CountRow[] };
}

/**
 * Throws 429 (with Retry-After and RateLimit-* headers) if any rule is exceeded; otherwise sets
 * the RateLimit-* headers of the tightest rule on the response. Missing rows (a NULL identifier)
 * are skipped: that request is refused elsewhere (401).
 */
export function enforce(c: Context<AppEnv>, ...verdicts: Verdict[]): void {
  let tightest: { limit: number; remaining: number; reset: number } | undefined;
  let exceeded: typeof tightest;
  for (const { rule, result } of verdicts) {
    const row = result.rows[0];
    if (!row) continue;
    const attempts = Number(row.attempts);
    const state = {
      limit: rule.limit,
      remaining: Math.max(0, rule.limit - attempts),
      reset: Math.max(1, Number(row.retry_after)),
    };
    if (attempts > rule.limit) {
      if (!exceeded || state.reset > exceeded.reset) exceeded = state;
    } else if (!tightest || state.remaining < tightest.remaining) {
      tightest = state;
    }
  }
  if (exceeded) {
    throw new ApiError("rate_limited", "too many requests; retry later", {
      headers: { "Retry-After": String(exceeded.reset), ...rateLimitHeaders(exceeded) },
    });
  }
  if (tightest) {
    for (const [k, v] of Object.entries(rateLimitHeaders(tightest))) c.header(k, v);
  }
}

function rateLimitHeaders(s: { limit: number; remaining: number; reset: number }): Record<string, string> {
  return {
    "RateLimit-Limit": String(s.limit),
    "RateLimit-Remaining": String(s.remaining),
    "RateLimit-Reset": String(s.reset),
  };
}
