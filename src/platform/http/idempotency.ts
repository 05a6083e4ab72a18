// Idempotency-Key (declared `idempotent: <replay>` in defineRoute): a POST that creates or advances,
// retried with the same key, acts once and answers the first response again. Everything a keyed
// first request does is ONE batch (authed(), src/platform/auth/session.ts), one transaction:
//   1. the claim: a plain insert of (user, key, request hash), right after the credential check;
//   2. the route's statements, whose write statement carries two more CTEs (answerClaim): when
//      the write succeeded they record its status and the rows its response is rendered from in
//      the key's row; when it was refused (nothing done) they delete the claim, so a refusal is
//      never replayed (the retry is judged afresh, and can only find the same state or a later one).
// So a committed claim always holds its answer: "committed, then the reply lost" replays it.
// A second request with the key fails its insert (23505 on the primary key) and its whole batch
// rolls back, so its write never happens; a concurrent one waits on the first's uncommitted row
// until that commits (then fails the same way) or deletes it (then goes ahead). Only then (the
// replay path, a second round trip) is the key's row read, with the recorded rows decoded by the
// database into the route's own column types (jsonb_populate_record), and rendered by the route's
// presenter (its `replay`): the same status and body bytes; another request gets 422. That round trip
// also carries the per-key count (the first batch's rolled back), so a replay counts like any request.
// Routes whose work before the write is costly look the key up first instead (replay-first.ts).
import { and, Column, eq, is, type SQL, sql, type WithSubquery } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import type { AnyPgColumn, PgTable, SelectedFields } from "drizzle-orm/pg-core";
import type { Context } from "hono";
import { createMiddleware } from "hono/factory";
import { enforce, type Rule } from "../auth/rate-limit";
import { batch, type NamedResults, type NamedStatements } from "../db/batch";
import type { Db } from "../db/client";
import { idempotencyKeys } from "../db/schema";
import { causeChain } from "../lib/cause-chain";
import { sha256Hex } from "../lib/hash";
import type { AppEnv, AuthScope, IdempotencyClaim, KeyRef, Replay } from "./context";
import { ApiError } from "./errors";

export type { IdempotencyClaim, KeyRef, Replay } from "./context";

/** How long a key is remembered (then the cleanup job removes it). */
export const IDEMPOTENCY_TTL_SECONDS = 24 * 3600;
/** Keys are opaque: 1-255 visible ASCII characters (a UUID is the usual choice). */
const KEY_RE = /^[\x21-\x7e]{1,255}$/;
const PRIMARY_KEY = "idempotency_keys_pkey";

/**
 * A route's Replay, typed: `read` returns named drizzle statements and `render` gets their results
 * by name as the handler would (the route's presenter, so that the replayed body equals the first
 * byte for byte).
 */
export function replayWith<T extends NamedStatements>(
  read: (db: Db, at: KeyRef) => T,
  render: (results: NamedResults<T>) => unknown,
  options: { lookUpFirst?: true } = {},
): Replay {
  // The results come back named after read(...)'s statements (keyLookup): the mapped type holds.
  return { read, render: (results) => render(results as NamedResults<T>), ...options };
}

/**
 * Route middleware of `idempotent` (after the body limit): reads the key, and after the handler
 * answers a replay with the recorded response.
 */
export function idempotencyKey(replay: Replay) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const key = c.req.header("idempotency-key");
    if (key === undefined) return next();
    if (!KEY_RE.test(key)) {
      throw new ApiError("validation_failed", "Idempotency-Key must be 1-255 visible ASCII characters", {
        issues: [{ path: "Idempotency-Key", message: "1-255 visible ASCII characters" }],
      });
    }
    const path = new URL(c.req.url).pathname;
    const requestHash = await sha256Hex(`${c.req.method} ${path}\n${await c.req.text()}`);
    const claim: IdempotencyClaim = { key, requestHash, replay, answered: false };
    c.set("idempotency", claim);
    await next();
    if (!claim.replayed) return;
    const requestId = c.res.headers.get("x-request-id");
    c.res = new Response(claim.replayed.body, {
      status: claim.replayed.status,
      headers: {
        "content-type": "application/json",
        "idempotent-replayed": "true",
        ...(requestId ? { "x-request-id": requestId } : {}),
      },
    });
  });
}

/** The claim's insert for authed()'s batch: none without a key. */
export function claimStatements(c: Context<AppEnv>, scope: AuthScope) {
  const claim = c.get("idempotency");
  if (!claim || claim.lookingUp) return [];
  if (!claim.answered) {
    // A programming error, caught before anything is sent: the claim would commit without its answer.
    throw new Error("an idempotent route's write does not carry answerClaim()");
  }
  // Raw: insert…select from the session's user (NULL for a bad token inserts nothing).
  return [
    c.var.db.execute(sql`
      insert into ${idempotencyKeys} (user_id, key, request_hash, expires_at)
      select u.id, ${claim.key}, ${claim.requestHash}, now() + make_interval(secs => ${IDEMPOTENCY_TTL_SECONDS})
      from (select ${scope.userId} as id) u where u.id is not null`),
  ];
}

/** What a keyed write records, from its own CTEs. */
export interface Answer {
  /** The write succeeded: record the answer. Otherwise (refused, nothing done) the claim is released. */
  ok: SQL;
  status: number | SQL;
  /** The rows the response is rendered from, by name: each a jsonb array (rowsAsJson). */
  rows: Record<string, SQL>;
}

/** Turns an Answer into the CTEs the write statement adds to its WITH list (none without a key). */
export type AnswerClaim = (answer: Answer) => WithSubquery[];

/**
 * The claim's answer for the write statement of the batch, or nothing without a key. Two CTEs on
 * the key's row (inserted by the batch's claim statement, so visible here), exclusive by `ok`:
 * record status and rows, or delete the claim. Data-modifying CTEs run whether or not the
 * statement reads them.
 */
export function answerClaim(c: Context<AppEnv>, userId: SQL): AnswerClaim {
  const claim = c.get("idempotency");
  if (!claim) return () => [];
  const db = c.var.db;
  const mine = and(eq(idempotencyKeys.userId, userId), eq(idempotencyKeys.key, claim.key));
  return ({ ok: condition, status, rows }) => {
    // Never NULL: a NULL would neither record nor release, and leave the claim without an answer.
    const ok = sql`coalesce((${condition}), false)`;
    // Raw: jsonb_build_object of the named row arrays; stored as text (the column's type).
    const body = sql`jsonb_build_object(${sql.join(
      Object.entries(rows).map(([name, json]) => sql`${name}::text, ${json}`),
      sql`, `,
    )})::text`;
    claim.answered = true;
    return [
      db.$with("idempotency_answered").as(
        db
          .update(idempotencyKeys)
          .set({ status: typeof status === "number" ? sql`${status}::int` : status, body })
          .where(and(mine, ok))
          .returning({ key: idempotencyKeys.key }),
      ),
      db.$with("idempotency_released").as(
        db
          .delete(idempotencyKeys)
          .where(and(mine, sql`not (${ok})`))
          .returning({ key: idempotencyKeys.key }),
      ),
    ];
  };
}

/**
 * A jsonb array of the rows of `source` (a CTE of the statement), whole rows as to_jsonb gives them,
 * for an Answer's `rows` (readRecordedRows reads them back as the table's row type).
 * Raw: to_jsonb of a whole row and jsonb_agg are beyond the builder.
 */
export function rowsAsJson(source: WithSubquery) {
  return sql`coalesce((select jsonb_agg(to_jsonb(${source})) from ${source}), '[]'::jsonb)`;
}

/**
 * Inside readRecordedRows' `fields`: the current recorded row's whole jsonb, for keys a write added to
 * its rows beyond the table's columns (storeArtifacts' `created`).
 */
export const recordedRowJson = sql`recorded_row`;

/** A selection read from a row source that is not its table: columns become SQL decoded by the column. */
type Unqualified<S extends SelectedFields> = {
  [K in keyof S]: S[K] extends AnyPgColumn
    ? SQL<S[K]["_"]["notNull"] extends true ? S[K]["_"]["data"] : S[K]["_"]["data"] | null>
    : S[K];
};

function unqualified<S extends SelectedFields>(fields: S): Unqualified<S> {
  const out: Record<string, unknown> = {};
  // mapWith(column): drizzle decodes the value exactly as when the column itself is selected.
  for (const [k, v] of Object.entries(fields)) out[k] = is(v, Column) ? sql`${sql.identifier(v.name)}`.mapWith(v) : v;
  // Each key kept, each column turned into the SQL of its own type: what Unqualified says.
  return out as Unqualified<S>;
}

/**
 * The rows recorded under `name`, decoded by the database into `table`'s row type and selected as
 * `fields` (the handler's own selection of that table, decoded by the same columns), in the
 * recorded order. Raw: a jsonb array as a row source (jsonb_array_elements, jsonb_populate_record).
 */
export function readRecordedRows<S extends SelectedFields>(
  db: Db,
  at: KeyRef,
  name: string,
  table: PgTable,
  fields: S,
) {
  const k = idempotencyKeys;
  return db
    .select(unqualified(fields))
    .from(sql`(
      select r.*, e.row as recorded_row, e.ord as recorded_ord
      from ${k}
      cross join lateral jsonb_array_elements(${k.body}::jsonb -> ${name}::text) with ordinality e(row, ord)
      cross join lateral jsonb_populate_record(null::${table}, e.row) r
      where ${and(eq(k.userId, at.userId), eq(k.key, at.key))}
    ) as recorded`)
    .orderBy(sql`recorded_ord`);
}

function constraintOf(err: unknown): string | undefined {
  for (const e of causeChain(err)) {
    const name = (e as { constraint?: unknown }).constraint;
    if (typeof name === "string") return name;
  }
  return undefined;
}

/**
 * A rate-limit count for the replay's own round trip: the first batch's count rolled back with its
 * claim, and a replay is a request like any other (the per-key limit counts it).
 */
export interface ReplayCount {
  rule: Rule;
  statement: BatchItem<"pg">;
}

/**
 * authed()'s batch failed: when the claim lost to an existing row, read that row with its recorded
 * rows (the replay path's second round trip, which also carries `count`: 429 over the limit, before
 * anything is answered) and answer: replay or 422. Other errors are the caller's.
 */
export async function onClaimConflict(
  c: Context<AppEnv>,
  err: unknown,
  scope: AuthScope,
  count?: ReplayCount,
): Promise<void> {
  const claim = c.get("idempotency");
  if (!claim || constraintOf(err) !== PRIMARY_KEY) return;
  const db = c.var.db;
  const at: KeyRef = { userId: scope.userId, key: claim.key };
  const { replayCount, ...found } = await batch(db, {
    ...(count ? { replayCount: count.statement } : {}),
    ...keyLookup(db, at, claim.replay),
  });
  // Over the limit, the key's user is NULL and the key row unseen: refuse first (429).
  if (count) enforce(c, { rule: count.rule, result: replayCount as Parameters<typeof enforce>[1]["result"] });
  // Removed since the conflict (expired, cleaned up): this request was rolled back, so a retry acts afresh.
  if (!answerRecorded(claim, found)) {
    throw new ApiError("idempotency_key_in_use", "the key expired meanwhile; retry");
  }
}

/** The key's row (request hash, status) and the route's recorded rows: one batch's named statements. */
export function keyLookup(db: Db, at: KeyRef, replay: Replay) {
  return {
    idempotencyKey: db
      .select({ requestHash: idempotencyKeys.requestHash, status: idempotencyKeys.status })
      .from(idempotencyKeys)
      .where(and(eq(idempotencyKeys.userId, at.userId), eq(idempotencyKeys.key, at.key))),
    ...replay.read(db, at),
  };
}

/**
 * Answers from keyLookup's results: false when the key has no row; else a replay of the recorded
 * answer (thrown, the middleware sends it), 422 for another request, 409 for an unanswered claim.
 */
export function answerRecorded(claim: IdempotencyClaim, results: Record<string, unknown>): false {
  const { idempotencyKey, ...rows } = results as { idempotencyKey: { requestHash: string; status: number | null }[] };
  const row = idempotencyKey[0];
  if (!row) return false;
  if (row.requestHash !== claim.requestHash) {
    throw new ApiError("idempotency_key_reused", "this Idempotency-Key was used with another request");
  }
  // Only a claim left by an earlier version of the server (which recorded after the batch) has no answer.
  if (row.status === null) throw new ApiError("idempotency_key_in_use", "the key's first request is not answered yet");
  const body = claim.replay.render(rows);
  if (body === undefined) throw new Error("the idempotency key's recorded rows are missing");
  claim.replayed = { status: row.status, body: JSON.stringify(body) };
  throw new ApiError("idempotency_key_in_use", "replayed");
}
