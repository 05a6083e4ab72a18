// Idempotency-Key (declared `idempotent: true` in defineRoute): a POST that creates or advances,
// retried with the same key, acts once. The key's row is claimed by the first statement of the
// write's own batch (authed(), src/auth/session.ts): a plain insert on (user, key), so
//   - the first request's claim and write commit together, or neither does (a failed batch leaves
//     no claim, and the retry acts afresh);
//   - a second request with the key fails its insert (23505 on the primary key) and its whole
//     batch rolls back, so its write never happens; a concurrent one waits on the first's row lock
//     until that commits. Only then (the replay path) is the key's row read: the same request gets
//     the recorded response, another request 422, a request still in flight 409 + Retry-After.
// The response is recorded after the handler (one more statement for a keyed first request).
import { and, eq, sql } from "drizzle-orm";
import type { Context } from "hono";
import { createMiddleware } from "hono/factory";
import type { AuthScope } from "../auth/session";
import { idempotencyKeys } from "../db/schema";
import type { AppEnv } from "./context";
import { ApiError } from "./errors";

/** How long a key is remembered (then the cleanup job removes it). */
export const IDEMPOTENCY_TTL_SECONDS = 24 * 3600;
/** A claim without a recorded response this old was abandoned (its request died after committing). */
export const IN_FLIGHT_SECONDS = 60;
/** Keys are opaque: 1-255 visible ASCII characters (a UUID is the usual choice). */
const KEY_RE = /^[\x21-\x7e]{1,255}$/;
const PRIMARY_KEY = "idempotency_keys_pkey";

export interface IdempotencyClaim {
  key: string;
  /** SHA-256 of method, path and raw body: what "the same request" means. */
  requestHash: string;
  /** Set once a batch carrying the claim committed (the claim is not sent again). */
  userId?: string;
  /** The recorded response to answer instead (a replay). */
  replay?: { status: number; body: string };
}

async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

/**
 * Route middleware of `idempotent: true` (after the body limit): reads the key, then, after the
 * handler, answers a replay with the recorded response, or records the first response.
 */
export const idempotencyKey = createMiddleware<AppEnv>(async (c, next) => {
  const key = c.req.header("idempotency-key");
  if (key === undefined) return next();
  if (!KEY_RE.test(key)) {
    throw new ApiError("validation_failed", "Idempotency-Key must be 1-255 visible ASCII characters", {
      issues: [{ path: "Idempotency-Key", message: "1-255 visible ASCII characters" }],
    });
  }
  const path = new URL(c.req.url).pathname;
  const requestHash = await sha256Hex(`${c.req.method} ${path}\n${await c.req.text()}`);
  const claim: IdempotencyClaim = { key, requestHash };
  c.set("idempotency", claim);
  await next();
  if (claim.replay) {
    const requestId = c.res.headers.get("x-request-id");
    c.res = new Response(claim.replay.body, {
      status: claim.replay.status,
      headers: {
        "content-type": "application/json",
        "idempotent-replayed": "true",
        ...(requestId ? { "x-request-id": requestId } : {}),
      },
    });
    return;
  }
  // A 5xx is not an answer to replay: the claim stays unanswered (in flight, then abandoned).
  if (claim.userId !== undefined && c.res.status < 500) {
    await c.var.db
      .update(idempotencyKeys)
      .set({ status: c.res.status, body: await c.res.clone().text() })
      .where(and(eq(idempotencyKeys.userId, claim.userId), eq(idempotencyKeys.key, claim.key)));
  }
});

/** The claim's insert for authed()'s batch: none without a key, or once a batch carrying it committed. */
export function claimStatements(c: Context<AppEnv>, scope: AuthScope) {
  const claim = c.get("idempotency");
  if (!claim || claim.userId !== undefined) return [];
  // Raw: insert…select from the session's user (NULL for a bad token inserts nothing).
  return [
    c.var.db.execute(sql`
      insert into ${idempotencyKeys} (user_id, key, request_hash, expires_at)
      select u.id, ${claim.key}, ${claim.requestHash}, now() + make_interval(secs => ${IDEMPOTENCY_TTL_SECONDS})
      from (select ${scope.userId} as id) u where u.id is not null`),
  ];
}

/** After authed()'s batch committed: the claim (if one was sent) now belongs to `userId`. */
export function claimCommitted(c: Context<AppEnv>, sent: number, userId: string) {
  const claim = c.get("idempotency");
  if (claim && sent > 0) claim.userId = userId;
}

function constraintOf(err: unknown): string | undefined {
  for (let e: unknown = err, i = 0; e && typeof e === "object" && i < 4; i++) {
    const name = (e as { constraint?: unknown }).constraint;
    if (typeof name === "string") return name;
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}

/**
 * authed()'s batch failed: when the claim lost to an existing row, read that row (the replay path's
 * second round trip) and answer: replay, 422 or 409. Other errors are the caller's.
 */
export async function onClaimConflict(c: Context<AppEnv>, err: unknown, scope: AuthScope): Promise<void> {
  const claim = c.get("idempotency");
  if (!claim || constraintOf(err) !== PRIMARY_KEY) return;
  const [row] = await c.var.db
    .select({
      requestHash: idempotencyKeys.requestHash,
      status: idempotencyKeys.status,
      body: idempotencyKeys.body,
      abandoned: sql<boolean>`${idempotencyKeys.createdAt} < now() - make_interval(secs => ${IN_FLIGHT_SECONDS})`,
    })
    .from(idempotencyKeys)
    .where(and(eq(idempotencyKeys.userId, scope.userId), eq(idempotencyKeys.key, claim.key)));
  if (!row) throw new ApiError("idempotency_key_in_use", "the key's first request is still in flight; retry");
  if (row.requestHash !== claim.requestHash) {
    throw new ApiError("idempotency_key_reused", "this Idempotency-Key was used with another request");
  }
  if (row.status !== null && row.body !== null) {
    claim.replay = { status: row.status, body: row.body };
    throw new ApiError("idempotency_key_in_use", "replayed");
  }
  if (row.abandoned) {
    throw new ApiError(
      "idempotency_outcome_unknown",
      "the key's first request acted but its response was lost; read the resource instead of retrying",
    );
  }
  throw new ApiError("idempotency_key_in_use", "the key's first request is still in flight; retry after Retry-After");
}
