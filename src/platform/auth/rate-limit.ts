// THE rate limiter: fixed windows per (identifier, endpoint) in rate_limit_log, counted by one
// atomic upsert that also restarts an expired window. Routes put `consume(...)` statements at the
// front of their first db.batch and call `enforce(...)` on the results BEFORE any other work
// (password hashing included). Every request counts, refused ones too. A database error is not
// caught anywhere: the error mapper turns it into 503, so the limiter fails closed.
import { createHmac } from "node:crypto";
import { and, eq, type SQL, sql } from "drizzle-orm";
import type { Context } from "hono";
import type { Db } from "../db/client";
import { rateLimitLog } from "../db/schema";
import type { AppEnv, ShownLimit } from "../http/context";
import { ApiError } from "../http/errors";
import { clientNetwork } from "./client-network";

export interface Rule {
  /** The policy's name in the RateLimit and RateLimit-Policy headers (unique among the rules). */
  policy: string;
  /** The `endpoint` column. */
  endpoint: string;
  limit: number;
  windowSeconds: number;
}

const WINDOW = 15 * 60;

/**
 * Per 15-minute window (docs/auth-threat-model.md has the model behind each number). "Ip" rules
 * count per client network (an IPv4 address or an IPv6 /64, src/platform/auth/client-network.ts) and are
 * looser than account rules where offices and carriers put many people behind one address. The
 * limits on one account (an email) come in pairs (see AccountRules): `...ByEmailNet` for the
 * caller's network, `...ByEmail` for everyone, much higher and never used against a network that
 * has not tried this account yet, so knowing an address gives a stranger no power over its owner.
 */
export const RULES = {
  signupByIp: { policy: "signup-ip", endpoint: "signup", limit: 5, windowSeconds: WINDOW },
  signupByEmail: { policy: "signup-email", endpoint: "signup", limit: 5, windowSeconds: WINDOW },
  loginByIp: { policy: "login-ip", endpoint: "login", limit: 30, windowSeconds: WINDOW },
  /** Failed logins (a success gives its attempt back) on one email from one network. */
  loginByEmailNet: { policy: "login-email-ip", endpoint: "login", limit: 10, windowSeconds: WINDOW },
  /** Failed logins on one email from everywhere. */
  loginByEmail: { policy: "login-email", endpoint: "login", limit: 100, windowSeconds: WINDOW },
  forgotByIp: { policy: "forgot-password-ip", endpoint: "forgot-password", limit: 10, windowSeconds: WINDOW },
  forgotByEmailNet: {
    policy: "forgot-password-email-ip",
    endpoint: "forgot-password",
    limit: 3,
    windowSeconds: WINDOW,
  },
  forgotByEmail: { policy: "forgot-password-email", endpoint: "forgot-password", limit: 10, windowSeconds: WINDOW },
  resetByIp: { policy: "reset-password-ip", endpoint: "reset-password", limit: 10, windowSeconds: WINDOW },
  verifyByIp: { policy: "verify-email-ip", endpoint: "verify-email", limit: 5, windowSeconds: WINDOW },
  resendByIp: { policy: "verify-email-resend-ip", endpoint: "verify-email-resend", limit: 5, windowSeconds: WINDOW },
  resendByUser: {
    policy: "verify-email-resend-user",
    endpoint: "verify-email-resend",
    limit: 3,
    windowSeconds: WINDOW,
  },
  reauthByUser: { policy: "reauthenticate-user", endpoint: "reauthenticate", limit: 10, windowSeconds: WINDOW },
  /**
   * Exports (GET …/export, sessions and keys alike): each reads and compresses the whole project, up to
   * ~5 s of CPU at the byte quota, so a user gets a few per window and a network a few users' worth.
   */
  exportByUser: { policy: "export-user", endpoint: "export", limit: 5, windowSeconds: WINDOW },
  exportByIp: { policy: "export-ip", endpoint: "export", limit: 20, windowSeconds: WINDOW },
  /** Every request made with one API key (2 a second on average: an agent's pace, not a flood's). */
  apiKeyRequests: { policy: "api-key", endpoint: "api-key", limit: 1800, windowSeconds: WINDOW },
} as const satisfies Record<string, Rule>;

/** After this many failed logins on one email in a window, its owner gets a notice by email. */
export const LOGIN_FAILURE_NOTICE_AT = 10;

/** A pair of limits on one account: the caller's network's share, and everyone's. */
export interface AccountRules {
  perNetwork: Rule;
  overall: Rule;
}

export const LOGIN_ACCOUNT: AccountRules = { perNetwork: RULES.loginByEmailNet, overall: RULES.loginByEmail };
export const FORGOT_ACCOUNT: AccountRules = { perNetwork: RULES.forgotByEmailNet, overall: RULES.forgotByEmail };

type CountRow = { attempts: number | string; retry_after: number | string };

/** The client's network as Cloudflare reports it (IPv6 by /64): the key of every per-IP limit. */
export const ipIdentifier = (c: Context<AppEnv>) => `ip:${clientNetwork(c.req.header("cf-connecting-ip"))}`;

/**
 * HMAC-SHA-256 keyed with AUTH_SECRET: rate_limit_log holds no addresses, and its keys cannot be
 * reversed with a dictionary of addresses without the secret.
 */
function keyed(c: Context<AppEnv>, ...parts: string[]): string {
  return createHmac("sha256", c.var.config.AUTH_SECRET).update(parts.join("\0")).digest("hex");
}

/** The per-email key (the email normalised: trimmed, lowercased). */
export const emailIdentifier = (c: Context<AppEnv>, email: string) => `email:${keyed(c, "email", email)}`;

/** The per-(email, client network) key. */
export const emailNetworkIdentifier = (c: Context<AppEnv>, email: string) =>
  `email-net:${keyed(c, "email-net", email, clientNetwork(c.req.header("cf-connecting-ip")))}`;

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

/** Counts this request against both rules of `rules` for `email`: two named statements, network's first. */
export function consumeAccount(c: Context<AppEnv>, db: Db, rules: AccountRules, email: string) {
  return {
    byEmailNet: consume(db, rules.perNetwork, emailNetworkIdentifier(c, email)),
    byEmail: consume(db, rules.overall, emailIdentifier(c, email)),
  };
}

/** withinLimit for an account pair (the same verdict as accountVerdicts, in SQL). */
export function withinAccountLimit(c: Context<AppEnv>, rules: AccountRules, email: string): SQL {
  const net = emailNetworkIdentifier(c, email);
  return sql`(${withinLimit(rules.perNetwork, net)} and (${withinLimit(rules.overall, emailIdentifier(c, email))}
    or exists (select 1 from ${rateLimitLog} f where f.identifier = ${net}
      and f.endpoint = ${rules.perNetwork.endpoint} and f.attempts <= 1)))`;
}

/**
 * The verdicts of an account pair for enforce(): the network's share always; everyone's only when
 * this network has already tried this account in the window (so a stranger's flood never refuses
 * the owner's first try from a network of their own), and never in the RateLimit headers (it
 * reflects other people's activity).
 */
export function accountVerdicts(
  rules: AccountRules,
  perNetwork: { rows: CountRow[] },
  overall: { rows: CountRow[] },
): Verdict[] {
  const first = Number(perNetwork.rows[0]?.attempts ?? 0) <= 1;
  return [
    { rule: rules.perNetwork, result: perNetwork },
    ...(first ? [] : [{ rule: rules.overall, result: overall, hidden: true }]),
  ];
}

/** Attempts counted so far in the current window (0 without a row). */
export const attemptsOf = (result: { rows: CountRow[] }) => Number(result.rows[0]?.attempts ?? 0);

/**
 * Gives one counted attempt back (e.g. a login that succeeded, so account rules count failures);
 * an expired window is left alone.
 */
export function refund(db: Db, rule: Rule, identifier: string) {
  return db
    .update(rateLimitLog)
    .set({ attempts: sql`greatest(${rateLimitLog.attempts} - 1, 0)` })
    .where(
      and(
        eq(rateLimitLog.identifier, identifier),
        eq(rateLimitLog.endpoint, rule.endpoint),
        sql`${rateLimitLog.resetAt} > now()`,
      ),
    );
}

export interface Verdict {
  rule: Rule;
  result: { rows: CountRow[] };
  /** Refuses like any rule but never shows in the RateLimit headers. */
  hidden?: boolean;
}

/**
 * Throws 429 (with Retry-After and the RateLimit headers of the exceeded rule) if any rule is
 * exceeded; otherwise sets the RateLimit headers to every limit shown so far in this request (the
 * per-key limit of the credential check and a route's own limits make one list), tightest first.
 * Missing rows (a NULL identifier) are skipped: that request is refused elsewhere (401).
 */
export function enforce(c: Context<AppEnv>, ...verdicts: Verdict[]): void {
  const shown: ShownLimit[] = [];
  let exceeded: ShownLimit | undefined;
  for (const { rule, result, hidden } of verdicts) {
    const row = result.rows[0];
    if (!row) continue;
    const attempts = Number(row.attempts);
    const state = {
      policy: rule.policy,
      quota: rule.limit,
      window: rule.windowSeconds,
      remaining: Math.max(0, rule.limit - attempts),
      reset: Math.max(1, Number(row.retry_after)),
    };
    if (attempts > rule.limit) {
      if (!exceeded || state.reset > exceeded.reset) exceeded = state;
    } else if (!hidden) {
      shown.push(state);
    }
  }
  if (exceeded) {
    throw new ApiError("rate_limited", "too many requests; retry later", {
      headers: { "Retry-After": String(exceeded.reset), ...rateLimitHeaders([exceeded]) },
    });
  }
  if (shown.length === 0) return;
  const all = [...(c.get("rateLimits") ?? []), ...shown].sort((a, b) => a.remaining - b.remaining);
  c.set("rateLimits", all);
  for (const [k, v] of Object.entries(rateLimitHeaders(all))) c.header(k, v);
}

/**
 * The two fields of draft-ietf-httpapi-ratelimit-headers-12 (https://datatracker.ietf.org/doc/draft-ietf-httpapi-ratelimit-headers/12/,
 * "RateLimit-Policy Field" and "RateLimit Field"): Structured Field Lists (RFC 9651) of Items named by a String,
 * `RateLimit-Policy: "login-ip";q=30;w=900`
 * (the quota in requests and its window in seconds) and `RateLimit: "login-ip";r=29;t=900` (what is left,
 * and the seconds until the window resets).
 */
function rateLimitHeaders(limits: ShownLimit[]): Record<string, string> {
  return {
    "RateLimit-Policy": limits.map((l) => `"${l.policy}";q=${l.quota};w=${l.window}`).join(", "),
    RateLimit: limits.map((l) => `"${l.policy}";r=${l.remaining};t=${l.reset}`).join(", "),
  };
}
