// The request context's types: the bindings, the variables the middleware set, and the shapes of those
// variables. They are declared here, below every module that reads them, so that the auth and http
// modules each import this file and never each other for a type.
import type { SQL } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import type { Context } from "hono";
import type { RequestIdVariables } from "hono/request-id";
import type { z } from "zod";
import type { Permission } from "../auth/roles";
import type { Config, configSchema } from "../config";
import type { NamedStatements } from "../db/batch";
import type { Db, DbStats } from "../db/client";
import type { ApiKeyScope } from "../db/schema";

/** Raw bindings as the runtime hands them over; validated by getConfig before use. */
export type Bindings = Record<keyof z.input<typeof configSchema>, string | undefined> & Record<string, unknown>;

/** What the error handler tells the request log about a 5xx (already free of request data). */
export interface Failure {
  code: string;
  error: string;
  pgCode?: string;
  stack?: string[];
}

export type AppEnv = {
  Bindings: Bindings;
  Variables: RequestIdVariables & {
    config: Config;
    /** The request's credential, read by requireCredential on signed-in routes. */
    credential: Credential;
    db: Db;
    /** This request's database round trips and time (set by the request log, fed by the db client). */
    dbStats: DbStats;
    failure: Failure;
    /** The Idempotency-Key of an `idempotent` route's request (src/platform/http/idempotency.ts). */
    idempotency: IdempotencyClaim;
    /** The route's declared `access` (src/platform/http/route.ts), checked by authed(). */
    access: Access;
    /** The request wrote webhook events to the outbox (src/webhooks): the deliverer is nudged after it. */
    webhookEvents: boolean;
    /** The limits this request was counted against so far, as the RateLimit headers show them. */
    rateLimits: ShownLimit[];
  };
};

/** One limit in the RateLimit and RateLimit-Policy headers (src/platform/auth/rate-limit.ts). */
export interface ShownLimit {
  policy: string;
  /** Requests per window, and the window in seconds. */
  quota: number;
  window: number;
  remaining: number;
  /** Seconds until the window resets (at least 1). */
  reset: number;
}

/**
 * A route acting in a workspace (directly or through one of its projects): the permission it needs
 * and the caller's role there, a statement of the route's feature returning `{ role }` rows (none when
 * the caller is no member, or the target does not exist), run in the credential's batch.
 */
export interface Access {
  permission: Permission;
  role: (c: Context<AppEnv>, userId: SQL) => BatchItem<"pg">;
}

export interface Credential {
  tokenHash: string;
  /** "key": an API key (`Authorization: Bearer sd_...`), accepted only by routes declaring scopes. */
  via: "bearer" | "cookie" | "key";
  /** The scopes the route requires of a key (set by requireCredential from the route's declaration). */
  scopes?: readonly ApiKeyScope[];
}

/** What a route's statements use to scope themselves to the signed-in user. */
export interface AuthScope {
  /** `(select user_id ... where token_hash = ... and not expired)`: NULL for a bad token. */
  userId: SQL;
  /** The current session's id, likewise. */
  sessionId: SQL;
  /** The API key's id when a key acted (NULL for a session): what an audit row records as the actor's key. */
  keyId: SQL;
}

/** Which key row: the current user's (the route's scope) under `key`, where its answer is recorded and read. */
export interface KeyRef {
  userId: SQL;
  key: string;
}

/** How a route answers a replay: reads its recorded rows (readRecordedRows) and renders them. */
export interface Replay {
  /** The named statements reading the recorded rows, sent in one batch with the key row's own read. */
  read: (db: Db, at: KeyRef) => NamedStatements;
  /** The body from their results by name: the handler's presenter. */
  render: (results: Record<string, unknown>) => unknown;
  /**
   * The key is looked up before the body is validated, in a round trip of its own (src/platform/http/replay-first.ts):
   * for routes whose work before the write is costly (the spec engine's validation), so that a replay
   * is answered without it. A keyed first request then takes one more round trip.
   */
  lookUpFirst?: true;
}

export interface IdempotencyClaim {
  key: string;
  /** SHA-256 of method, path and raw body: what "the same request" means. */
  requestHash: string;
  replay: Replay;
  /** Set when the route's statements carry the claim's answer (answerClaim): checked before sending. */
  answered: boolean;
  /** The recorded response to answer instead (a replay). */
  replayed?: { status: number; body: string };
  /** Set while the key is looked up first (replay-first.ts): that round trip claims nothing. */
  lookingUp?: boolean;
  /** The request was counted against the per-key limit by that lookup: the write's batch counts it no more. */
  counted?: boolean;
}
