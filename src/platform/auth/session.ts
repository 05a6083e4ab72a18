// Sessions: opaque tokens (only their SHA-256 is stored), accepted as a Bearer header or a
// __Host- cookie, with sliding expiry inside an absolute lifetime (SESSION_MAX_AGE_SECONDS). `authed()` is how every authenticated route talks to
// the database: the session check, its sliding refresh and the route's own statements travel
// in ONE db.batch (one round trip, one transaction), the route's statements scoped to the
// session's user in SQL, so a bad token reads and changes nothing.

import { type SQL, sql } from "drizzle-orm";
import type { Context } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import { createMiddleware } from "hono/factory";
import { type NamedResults, type NamedStatements, resultsByName, statementsOf } from "../db/batch";
import { IDEMPOTENT } from "../db/client";
import { type ApiKeyScope, apiKeys, authSessions, users } from "../db/schema";
import type { Access, AppEnv, AuthScope, Credential } from "../http/context";
import { ApiError } from "../http/errors";
import { assertCookieNotCrossSite } from "../http/guards";
import { claimStatements, onClaimConflict, type ReplayCount } from "../http/idempotency";
import { forgetCredential, rememberLive, takeTicket } from "./credential-cache";
import { consume, enforce, RULES, withinLimit } from "./rate-limit";
import { can, isRole, rolesWith } from "./roles";
import { API_KEY_RE, hashToken, newToken } from "./tokens";

/** Sent as `__Host-session` (hono/cookie adds the prefix, which forces Secure, Path=/ and no Domain). */
export const SESSION_COOKIE = "session";
/** The cookie's name on the wire (for documentation and clients). */
export const SESSION_COOKIE_WIRE_NAME = `__Host-${SESSION_COOKIE}`;
export const SESSION_TTL_SECONDS = 30 * 24 * 3600;
/** Extend a session when less than this is left (the last half of its life). */
export const SESSION_REFRESH_SECONDS = 15 * 24 * 3600;
/** last_used_at is written at most this often, so most authenticated reads write nothing. */
const LAST_USED_RESOLUTION_SECONDS = 300;

const TOKEN_RE = /^[A-Za-z0-9_-]{20,200}$/;

/** Who is calling: a session, or an API key (`id` is then the key's id). */
export interface Session {
  id: string;
  userId: string;
  /** Null for a key without expiry. */
  expiresAt: Date | null;
  via: "bearer" | "cookie" | "key";
}

/** What a route accepts (src/platform/http/route.ts `auth`, minus "public"): a session, or also a key with scopes. */
export type CredentialRule = "session" | { scopes: readonly ApiKeyScope[] };

export type { AuthScope, Credential };

export const unauthorized = () => new ApiError("unauthorized", "authentication required");

export function readCredential(c: Context<AppEnv>): Credential | undefined {
  const header = c.req.header("authorization");
  if (header !== undefined) {
    const m = /^Bearer ([^\s]+)$/i.exec(header.trim());
    if (m && API_KEY_RE.test(m[1] as string)) return { tokenHash: hashToken(m[1] as string), via: "key" };
    if (!m || !TOKEN_RE.test(m[1] as string)) return undefined;
    return { tokenHash: hashToken(m[1] as string), via: "bearer" };
  }
  const cookie = getCookie(c, SESSION_COOKIE, "host");
  if (cookie && TOKEN_RE.test(cookie)) return { tokenHash: hashToken(cookie), via: "cookie" };
  return undefined;
}

/**
 * Route middleware of every signed-in route (src/platform/http/route.ts): reads the credential up front, so
 * a request without one is refused (401) before its body is read or any database work; a cookie
 * credential on an unsafe method passes the CSRF check; an API key on a session-only route is
 * refused like a missing credential (401: the route's `security` has no key scheme). `authed()`
 * then uses what it found.
 */
export function requireCredential(rule: CredentialRule) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const credential = readCredential(c);
    if (!credential) throw unauthorized();
    if (credential.via === "key") {
      if (rule === "session") throw unauthorized();
      credential.scopes = rule.scopes;
    }
    if (credential.via === "cookie") assertCookieNotCrossSite(c);
    c.set("credential", credential);
    await next();
  });
}

/**
 * Whether the request's body may be over `over` bytes: its Content-Length says so, or it has a body
 * of unknown length (none declared, or chunked). A body's absence or a small declared length needs no
 * pre-check.
 */
function mayExceed(c: Context<AppEnv>, over: number): boolean {
  if (!c.req.raw.body) return false;
  const declared = c.req.header("content-length");
  // With Transfer-Encoding the length header does not bind the body (hono/body-limit counts it too).
  if (declared === undefined || c.req.header("transfer-encoding") !== undefined) return true;
  const bytes = Number(declared);
  return !(Number.isSafeInteger(bytes) && bytes <= over);
}

/**
 * Route middleware of signed-in routes that may take a body over `over` bytes (src/platform/http/route.ts),
 * after requireCredential and the db client: when the body may be over `over` and the credential has
 * no ticket in this isolate (src/platform/auth/credential-cache.ts), looks it up in a round trip of its own
 * BEFORE the body is read, so an unknown, revoked or expired credential (or a key without the
 * route's scopes) costs no parsing and no validation. The route's batch still checks it (authed()).
 */
export function precheckCredential(over: number) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const credential = c.get("credential");
    if (credential && mayExceed(c, over) && !takeTicket(credential.tokenHash)) {
      const { tokenHash, scopes } = credential;
      const result =
        credential.via === "key"
          ? await c.var.db.execute<{ expires_at: string | null; allowed: boolean }>(sql`
              select expires_at, scopes @> ${scopeArray(scopes ?? [])} as allowed
              from ${apiKeys} where ${keyLive(tokenHash)}`)
          : await c.var.db.execute<{ expires_at: string | null; allowed: boolean }>(sql`
              select expires_at, true as allowed
              from ${authSessions} where ${authSessions.tokenHash} = ${tokenHash} and ${live(c)}`);
      const row = result.rows[0];
      if (!row) {
        forgetCredential(tokenHash);
        throw unauthorized();
      }
      if (!row.allowed) throw insufficientScope(scopes ?? []);
      rememberLive(tokenHash, row.expires_at === null ? null : new Date(row.expires_at));
    }
    await next();
  });
}

const insufficientScope = (scopes: readonly ApiKeyScope[]) =>
  new ApiError("insufficient_scope", `this API key lacks a required scope: ${scopes.join(", ")}`);

// ---- API keys: the same single round trip as sessions; see authed().

/** The key is live: its hash matches and it has not expired (revoking deletes the row). */
function keyLive(tokenHash: string): SQL {
  return sql`${apiKeys.tokenHash} = ${tokenHash} and (${apiKeys.expiresAt} is null or ${apiKeys.expiresAt} > now())`;
}

const scopeArray = (scopes: readonly ApiKeyScope[]) =>
  sql`array[${sql.join(
    scopes.map((s) => sql`${s}`),
    sql`, `,
  )}]::text[]`;

/** The per-key rate-limit identifier: NULL for an unknown, expired or revoked key (counts nothing). */
function keyIdentifier(tokenHash: string): SQL {
  return sql`'key:' || (select ${apiKeys.id}::text from ${apiKeys} where ${keyLive(tokenHash)})`;
}

/**
 * The key's user for the route's statements: only when the key is live, holds every scope the
 * route requires, and is within its rate limit (counted earlier in the same batch). Otherwise NULL,
 * so the statements read and change nothing.
 */
function keyUserIdOf(tokenHash: string, scopes: readonly ApiKeyScope[]): SQL {
  return sql`(select ${apiKeys.userId} from ${apiKeys} where ${keyLive(tokenHash)}
    and ${apiKeys.scopes} @> ${scopeArray(scopes)}
    and ${withinLimit(RULES.apiKeyRequests, sql`'key:' || ${apiKeys.id}::text`)})`;
}

type ApiKeyRow = { id: string; user_id: string; expires_at: string | null; allowed: boolean };

/**
 * Looks the key up, says whether it holds the route's scopes, and stamps last use at most every
 * LAST_USED_RESOLUTION_SECONDS: one statement.
 * IDEMPOTENT: run twice, the second run finds last_used_at fresh and writes nothing.
 */
function keyStatement(c: Context<AppEnv>, tokenHash: string, scopes: readonly ApiKeyScope[]) {
  return c.var.db.execute<ApiKeyRow>(sql`${IDEMPOTENT}
    with k as (
      select id, user_id, expires_at, last_used_at, scopes @> ${scopeArray(scopes)} as allowed
      from ${apiKeys} where ${keyLive(tokenHash)}
    ), touched as (
      update ${apiKeys} a set last_used_at = now()
      from k
      where a.id = k.id
        and (k.last_used_at is null or k.last_used_at < now() - make_interval(secs => ${LAST_USED_RESOLUTION_SECONDS}))
      returning a.id
    )
    select k.id, k.user_id, k.expires_at, k.allowed from k`);
}

/**
 * The session is live: not expired, and within its absolute lifetime (also for a row whose expiry
 * slid before the lifetime existed).
 */
function live(c: Context<AppEnv>): SQL {
  return sql`${authSessions.expiresAt} > now()
    and ${authSessions.createdAt} > now() - make_interval(secs => ${c.var.config.SESSION_MAX_AGE_SECONDS})`;
}

function userIdOf(c: Context<AppEnv>, tokenHash: string): SQL {
  return sql`(select ${authSessions.userId} from ${authSessions} where ${authSessions.tokenHash} = ${tokenHash} and ${live(c)})`;
}

function sessionIdOf(c: Context<AppEnv>, tokenHash: string): SQL {
  return sql`(select ${authSessions.id} from ${authSessions} where ${authSessions.tokenHash} = ${tokenHash} and ${live(c)})`;
}

type SessionRow = { id: string; user_id: string; expires_at: string; refreshed: boolean };

/** How a client holds its session, chosen at login/signup: `cookie` keeps the token out of the body (and
 * so out of page scripts), `bearer` sets no cookie; without a choice, both (the token in the body and
 * the cookie). */
export type SessionMode = "cookie" | "bearer" | "both";

/** The expiry a session may slide to now: the idle window, never past its absolute end. */
function slidTo(c: Context<AppEnv>, createdAt: SQL): SQL {
  return sql`least(now() + make_interval(secs => ${SESSION_TTL_SECONDS}),
    ${createdAt} + make_interval(secs => ${c.var.config.SESSION_MAX_AGE_SECONDS}))`;
}

/**
 * Looks the session up and, only when due, slides its expiry (never past created_at + the absolute
 * lifetime) and stamps last use: one statement.
 * IDEMPOTENT: run twice, it leaves the same row (the second run finds the refresh done and writes
 * nothing), so an authenticated read stays safe to retry after a network error (src/platform/db/client.ts).
 */
function sessionStatement(c: Context<AppEnv>, tokenHash: string) {
  return c.var.db.execute<SessionRow>(sql`${IDEMPOTENT}
    with s as (
      select id, user_id, expires_at, last_used_at,
             expires_at < now() + make_interval(secs => ${SESSION_REFRESH_SECONDS})
               and ${slidTo(c, sql`created_at`)} > expires_at as due
      from ${authSessions}
      where token_hash = ${tokenHash} and ${live(c)}
    ), touched as (
      update ${authSessions} a
      set last_used_at = now(),
          expires_at = case when s.due then ${slidTo(c, sql`a.created_at`)} else s.expires_at end
      from s
      where a.id = s.id
        and (s.due or s.last_used_at < now() - make_interval(secs => ${LAST_USED_RESOLUTION_SECONDS}))
      returning a.expires_at
    )
    select s.id, s.user_id, coalesce((select expires_at from touched), s.expires_at) as expires_at,
           s.due as refreshed
    from s`);
}

export function setSessionCookie(c: Context<AppEnv>, token: string, expiresAt: Date) {
  setCookie(c, SESSION_COOKIE, token, {
    prefix: "host",
    httpOnly: true,
    secure: true,
    sameSite: "Lax",
    path: "/",
    maxAge: Math.max(0, Math.floor((expiresAt.getTime() - Date.now()) / 1000)),
  });
}

export function clearSessionCookie(c: Context<AppEnv>) {
  deleteCookie(c, SESSION_COOKIE, { prefix: "host", secure: true, path: "/" });
}

/**
 * Runs `build(scope)`'s named statements in one batch behind the credential check, and returns their
 * results by the same names (`authed(c, ({ userId }) => ({ project: ..., tag: ... }))` -> `results.project`); throws 401 when the
 * credential is missing, unknown, expired or revoked (always the same body). With an API key the
 * batch is [rate-limit count, key check, ...statements]: 429 over the key's limit, 403
 * `insufficient_scope` without the route's scopes, and in both cases the statements saw a NULL user.
 *
 * Writes must be scoped so that a NULL user changes nothing, e.g.
 * `insert into projects (user_id, ...) select u.id, ... from (select ${scope.userId} as id) u where u.id is not null`,
 * `update projects set ... where user_id = ${scope.userId}`.
 */
export async function authed<T extends NamedStatements>(
  c: Context<AppEnv>,
  build: (scope: AuthScope) => T,
): Promise<{ session: Session; results: NamedResults<T> }> {
  // Read by the route's requireCredential (declared "session" or with scopes); a public route has none.
  const credential = c.get("credential");
  if (!credential) throw unauthorized();
  const { tokenHash } = credential;
  if (credential.via === "key") return authedByKey(c, tokenHash, credential.scopes, build);
  const scope = { userId: userIdOf(c, tokenHash), sessionId: sessionIdOf(c, tokenHash), keyId: sql`null::uuid` };
  const named = build(scope);
  const { lead, results } = await credentialBatch(
    c,
    scope,
    { session: sessionStatement(c, tokenHash), ...roleLookup(c, scope) },
    named,
  );
  const sessionResult = lead.session as { rows: SessionRow[] };
  const row = sessionResult.rows[0];
  if (!row) {
    forgetCredential(tokenHash);
    throw unauthorized();
  }
  const expiresAt = new Date(row.expires_at);
  rememberLive(tokenHash, expiresAt);
  checkRole(c.get("access"), (lead as Record<string, unknown>).role);
  const session: Session = { id: row.id, userId: row.user_id, expiresAt, via: credential.via };
  // A cookie session that slid forward gets a fresh Max-Age; bearer clients read expiresAt from /sessions.
  if (row.refreshed && credential.via === "cookie") {
    const token = getCookie(c, SESSION_COOKIE, "host");
    if (token) setSessionCookie(c, token, expiresAt);
  }
  return { session, results };
}

async function authedByKey<T extends NamedStatements>(
  c: Context<AppEnv>,
  tokenHash: string,
  scopes: readonly ApiKeyScope[] | undefined,
  build: (scope: AuthScope) => T,
): Promise<{ session: Session; results: NamedResults<T> }> {
  // A key reaches authed() only through a route that declared scopes (requireCredential).
  if (!scopes) throw unauthorized();
  const db = c.var.db;
  const scope = {
    userId: keyUserIdOf(tokenHash, scopes),
    sessionId: sql`null::uuid`,
    keyId: sql`(select ${apiKeys.id} from ${apiKeys} where ${keyLive(tokenHash)})`,
  };
  const named = build(scope);
  // Each request is counted once: a keyed request that looked its key up first was counted then.
  const counted = c.get("idempotency")?.counted === true;
  const count = () => consume(db, RULES.apiKeyRequests, keyIdentifier(tokenHash));
  const key = keyStatement(c, tokenHash, scopes);
  // A replay's own round trip counts it (this batch's count rolls back with the claim).
  const role = roleLookup(c, scope);
  const { lead, results } = counted
    ? await credentialBatch(c, scope, { key, ...role }, named)
    : await credentialBatch(c, scope, { count: count(), key, ...role }, named, {
        rule: RULES.apiKeyRequests,
        statement: count(),
      });
  const countResult =
    "count" in lead ? (lead.count as { rows: { attempts: number; retry_after: number }[] }) : undefined;
  const keyResult = lead.key as { rows: ApiKeyRow[] };
  const row = keyResult.rows[0];
  if (!row) {
    forgetCredential(tokenHash);
    throw unauthorized();
  }
  rememberLive(tokenHash, row.expires_at === null ? null : new Date(row.expires_at));
  if (countResult) enforce(c, { rule: RULES.apiKeyRequests, result: countResult });
  if (!row.allowed) throw insufficientScope(scopes);
  checkRole(c.get("access"), (lead as Record<string, unknown>).role);
  const session: Session = {
    id: row.id,
    userId: row.user_id,
    expiresAt: row.expires_at === null ? null : new Date(row.expires_at),
    via: "key",
  };
  return { session, results };
}

/** The caller's role where the route acts, read before the route's statements (its declared `access`). */
function roleLookup(c: Context<AppEnv>, scope: AuthScope): NamedStatements {
  const access = c.get("access");
  return access ? { role: access.role(c, scope.userId) } : {};
}

/**
 * 403 when the caller is a member whose role lacks the route's permission. A non-member (no row) is
 * left to the route: its statements, scoped by the same permission, found nothing, and it answers 404.
 */
function checkRole(access: Access | undefined, result: unknown) {
  if (!access) return;
  const role = (result as { role: unknown }[] | undefined)?.[0]?.role;
  if (!isRole(role) || can(role, access.permission)) return;
  throw new ApiError(
    "insufficient_role",
    `your role here (${role}) cannot ${access.permission}: it needs ${rolesWith(access.permission).join(", ")}`,
  );
}

/**
 * One batch, one round trip: the credential's own statements (`lead`), the Idempotency-Key's claim
 * (src/platform/http/idempotency.ts; its answer rides in the route's write), then the route's
 * statements; each group's results by name. A claim conflict is answered as a replay.
 */
async function credentialBatch<L extends NamedStatements, T extends NamedStatements>(
  c: Context<AppEnv>,
  scope: AuthScope,
  lead: L,
  named: T,
  replayCount?: ReplayCount,
): Promise<{ lead: NamedResults<L>; results: NamedResults<T> }> {
  const leading = statementsOf(lead);
  const claim = claimStatements(c, scope);
  let out: unknown[];
  try {
    out = await c.var.db.batch([...leading, ...claim, ...statementsOf(named)] as never);
  } catch (err) {
    await onClaimConflict(c, err, scope, replayCount);
    throw err;
  }
  return {
    lead: resultsByName(lead, out.slice(0, leading.length)),
    results: resultsByName(named, out.slice(leading.length + claim.length)),
  };
}

/**
 * A new session for `userId`: the statement inserts it only if the user exists (so it can share a
 * batch with the user's own insert, which may turn out a no-op), and returns its expiry.
 */
export function newSessionStatement(c: Context<AppEnv>, userId: string) {
  const token = newToken();
  const userAgent = c.req.header("user-agent")?.slice(0, 512) ?? null;
  const ip = c.req.header("cf-connecting-ip")?.slice(0, 64) ?? null;
  const statement = c.var.db.execute<{ id: string; expires_at: string }>(sql`
    insert into ${authSessions} (user_id, token_hash, expires_at, user_agent, ip)
    select u.id, ${hashToken(token)}, ${slidTo(c, sql`now()`)}, ${userAgent}, ${ip}
    from ${users} u where u.id = ${userId}
    returning id, expires_at`);
  return { token, statement };
}

/**
 * Reads newSessionStatement's result, sets the cookie (unless `bearer`), and returns the session for
 * the body (the token only unless `cookie`).
 */
export function issueSession(
  c: Context<AppEnv>,
  token: string,
  result: { rows: { expires_at: string }[] },
  mode: SessionMode = "both",
): { token?: string; expiresAt: string } {
  const row = result.rows[0];
  if (!row) throw new Error("session insert returned no row");
  const expiresAt = new Date(row.expires_at);
  if (mode !== "bearer") setSessionCookie(c, token, expiresAt);
  return mode === "cookie" ? { expiresAt: expiresAt.toISOString() } : { token, expiresAt: expiresAt.toISOString() };
}
