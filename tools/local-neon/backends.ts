// Executes Neon-protocol queries on a real Postgres (through `pg`) or on embedded PGlite,
// returning Postgres text values and field OIDs untouched, as Neon's proxy does.
import { PGlite } from "@electric-sql/pglite";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import { migrate as migratePg } from "drizzle-orm/node-postgres/migrator";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import pg from "pg";

export interface Field {
  name: string;
  dataTypeID: number;
  tableID: number;
  columnID: number;
  dataTypeSize: number;
  dataTypeModifier: number;
  format: "text";
}

export interface QueryResult {
  command: string;
  rowCount: number;
  fields: Field[];
  rows: (string | null)[][];
}

export interface Statement {
  query: string;
  params: (string | null)[];
}

export interface BatchOptions {
  isolationLevel?: string;
  readOnly?: boolean;
  deferrable?: boolean;
}

/**
 * What the server hooks into a request's execution. Throwing from a hook fails the request; inside a
 * batch that rolls the transaction back (Neon's proxy: sql_over_http.rs, BatchQueryData::process).
 */
export interface RunHooks {
  /** Before statement i, and once more with i = the statement count just before COMMIT (fault injection). */
  before?(index: number): void | Promise<void>;
  /** After statement i ran, with its result: the response-size check serialises it here. */
  after?(index: number, result: QueryResult): void;
  /** Aborted when the client goes away: the running statement is cancelled, the batch rolled back. */
  signal?: AbortSignal;
}

export interface Backend {
  readonly kind: "pg" | "pglite";
  query(stmt: Statement, hooks?: RunHooks): Promise<QueryResult>;
  batch(stmts: Statement[], opts: BatchOptions, hooks?: RunHooks): Promise<QueryResult[]>;
  /** Applies the committed drizzle-kit migrations (the same files `npm run db:migrate` applies). */
  migrate(migrationsFolder: string): Promise<void>;
  close(): Promise<void>;
}

const ISOLATION: Record<string, string> = {
  ReadUncommitted: "READ UNCOMMITTED",
  ReadCommitted: "READ COMMITTED",
  RepeatableRead: "REPEATABLE READ",
  Serializable: "SERIALIZABLE",
};

export function beginStatement(opts: BatchOptions): string {
  const parts = ["BEGIN"];
  if (opts.isolationLevel) {
    const level = ISOLATION[opts.isolationLevel];
    if (!level) throw new BadRequest(`invalid Neon-Batch-Isolation-Level: ${opts.isolationLevel}`);
    parts.push(`ISOLATION LEVEL ${level}`);
  }
  if (opts.readOnly !== undefined) parts.push(opts.readOnly ? "READ ONLY" : "READ WRITE");
  if (opts.deferrable !== undefined) parts.push(opts.deferrable ? "DEFERRABLE" : "NOT DEFERRABLE");
  return parts.join(" ");
}

/** A malformed request (not a Postgres error): Neon answers 400 with an empty `code`. */
export class BadRequest extends Error {}

/** The client went away mid-request (Neon: SqlOverHttpCancel::Postgres, "query was cancelled"). */
export class Cancelled extends Error {
  constructor() {
    super("query was cancelled");
  }
}

/**
 * What Neon's connection pool runs on a connection before handing it to the next request
 * (neondatabase/neon libs/proxy/tokio-postgres2/src/client.rs, Client::reset_session_background,
 * called from proxy/src/serverless/conn_pool_lib.rs, GlobalConnPool::put): no SET, advisory lock,
 * temp table, prepared statement, LISTEN or open transaction outlives the request.
 */
export const RESET_SESSION = `ROLLBACK;
CLOSE ALL;
SET SESSION AUTHORIZATION DEFAULT;
RESET ALL;
DEALLOCATE ALL;
UNLISTEN *;
SELECT pg_advisory_unlock_all();
DISCARD TEMP;
DISCARD SEQUENCES;`;

async function checkpoint(hooks: RunHooks | undefined, index: number) {
  if (hooks?.signal?.aborted) throw new Cancelled();
  await hooks?.before?.(index);
  if (hooks?.signal?.aborted) throw new Cancelled();
}

function commandOf(sql: string): string {
  const m = /^\s*(?:with\b[\s\S]*?\)\s*)?([a-z]+)/i.exec(sql);
  return (m?.[1] ?? "").toUpperCase();
}

// ---------------------------------------------------------------- real Postgres

const rawText = { getTypeParser: () => (value: string) => value };

export function createPgBackend(connectionString: string, poolSize = 16): Backend {
  // Neon sessions run in UTC; so do ours, whatever the local server's default.
  const pool = new pg.Pool({ connectionString, max: poolSize, options: "-c TimeZone=UTC" });
  // An idle client that dies (server restart) must not crash the endpoint.
  pool.on("error", () => {});

  const run = async (client: pg.PoolClient | pg.Pool, stmt: Statement): Promise<QueryResult> => {
    const config: pg.QueryArrayConfig & { queryMode: "extended" } = {
      text: stmt.query,
      values: stmt.params,
      rowMode: "array",
      types: rawText,
      // Neon runs every query over the extended protocol: one statement per query, even without params.
      queryMode: "extended",
    };
    const res = await client.query(config);
    return {
      command: res.command,
      rowCount: res.rowCount ?? 0,
      rows: res.rows as (string | null)[][],
      fields: res.fields.map((f) => ({
        name: f.name,
        dataTypeID: f.dataTypeID,
        tableID: f.tableID,
        columnID: f.columnID,
        dataTypeSize: f.dataTypeSize,
        dataTypeModifier: f.dataTypeModifier,
        format: "text" as const,
      })),
    };
  };

  /**
   * One pooled connection for one request, as Neon's pool gives it: cancelled (pg_cancel_backend from
   * another connection) when the client goes away, thrown away after an error or a cancel, otherwise
   * reset with Neon's RESET_SESSION before the next request may have it.
   */
  async function withClient<T>(hooks: RunHooks | undefined, fn: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await pool.connect();
    // node-postgres keeps the backend pid on the client but its types do not declare it.
    const pid = (client as unknown as { processID: number }).processID;
    let discard = false;
    const cancel = () => {
      discard = true; // never reuse this pid: the cancel may land after the statement finished
      pool.query("select pg_cancel_backend($1)", [pid]).catch(() => {});
    };
    hooks?.signal?.addEventListener("abort", cancel, { once: true });
    try {
      return await fn(client);
    } catch (err) {
      discard = true;
      throw err;
    } finally {
      hooks?.signal?.removeEventListener("abort", cancel);
      if (!discard) {
        try {
          await client.query(RESET_SESSION);
        } catch {
          discard = true;
        }
      }
      client.release(discard);
    }
  }

  return {
    kind: "pg",
    query: (stmt, hooks) =>
      withClient(hooks, async (client) => {
        await checkpoint(hooks, 0);
        const result = await run(client, stmt);
        hooks?.after?.(0, result);
        return result;
      }),
    batch: (stmts, opts, hooks) =>
      withClient(hooks, async (client) => {
        const begin = beginStatement(opts);
        await client.query(begin);
        try {
          const results: QueryResult[] = [];
          for (const [i, stmt] of stmts.entries()) {
            await checkpoint(hooks, i);
            const result = await run(client, stmt);
            hooks?.after?.(i, result);
            results.push(result);
          }
          await checkpoint(hooks, stmts.length); // all ran, before COMMIT
          await client.query("COMMIT");
          return results;
        } catch (err) {
          await client.query("ROLLBACK").catch(() => {});
          throw err;
        }
      }),
    migrate: (migrationsFolder) => migratePg(drizzlePg(pool), { migrationsFolder }),
    close: () => pool.end(),
  };
}

// ---------------------------------------------------------------- embedded PGlite

/** PGlite spreads its parser map, so it must be a plain object with an identity parser per OID. */
async function identityParsers(db: PGlite): Promise<Record<number, (v: string) => string>> {
  const { rows } = await db.query<{ oid: number }>("select oid::int as oid from pg_type");
  const parsers: Record<number, (v: string) => string> = {};
  for (const { oid } of rows) parsers[oid] = (v) => v;
  return parsers;
}

// Params arrive already serialised to Postgres text by the driver: pass them through unchanged.
const identitySerializers = new Proxy({}, { get: () => (v: unknown) => v }) as Record<number, (v: unknown) => string>;

export async function createPgliteBackend(dataDir?: string): Promise<Backend> {
  const db = await PGlite.create(dataDir ? { dataDir } : {});
  let parsers = await identityParsers(db);

  const run = async (q: Pick<PGlite, "query">, stmt: Statement): Promise<QueryResult> => {
    const res = await q.query<unknown[]>(stmt.query, stmt.params, {
      rowMode: "array",
      parsers,
      serializers: identitySerializers,
    });
    const rows = res.rows as (string | null)[][];
    return {
      command: commandOf(stmt.query),
      rowCount: Math.max(res.affectedRows ?? 0, rows.length),
      rows,
      fields: res.fields.map((f) => ({
        name: f.name,
        dataTypeID: f.dataTypeID,
        tableID: 0,
        columnID: 0,
        dataTypeSize: -1,
        dataTypeModifier: -1,
        format: "text" as const,
      })),
    };
  };

  // PGlite is ONE connection shared by every request: requests take turns, and each one's session
  // state is reset (Neon's RESET_SESSION) before the next one runs, as a pooled connection on Neon.
  // A running statement cannot be interrupted (single-threaded wasm); a client that went away is
  // noticed between statements and before COMMIT, which rolls the batch back.
  let turn: Promise<unknown> = Promise.resolve();
  function exclusive<T>(fn: () => Promise<T>): Promise<T> {
    const mine = turn.then(async () => {
      try {
        return await fn();
      } finally {
        await db.exec(RESET_SESSION);
      }
    });
    turn = mine.catch(() => {});
    return mine;
  }

  return {
    kind: "pglite",
    query: (stmt, hooks) =>
      exclusive(async () => {
        await checkpoint(hooks, 0);
        const res = await run(db, stmt);
        // DDL can create types (migrations); keep raw text for them too.
        if (/^\s*(create|alter)\b/i.test(stmt.query)) parsers = await identityParsers(db);
        hooks?.after?.(0, res);
        return res;
      }),
    batch: (stmts, opts, hooks) =>
      exclusive(() => {
        const begin = beginStatement(opts);
        return db.transaction(async (tx) => {
          const rest = begin.replace(/^BEGIN\s*/, "");
          if (rest) await tx.query(`SET TRANSACTION ${rest}`);
          const results: QueryResult[] = [];
          for (const [i, stmt] of stmts.entries()) {
            await checkpoint(hooks, i);
            const result = await run(tx, stmt);
            hooks?.after?.(i, result);
            results.push(result);
          }
          await checkpoint(hooks, stmts.length);
          return results;
        });
      }),
    async migrate(migrationsFolder) {
      await migratePglite(drizzlePglite(db), { migrationsFolder });
      parsers = await identityParsers(db);
    },
    close: () => db.close(),
  };
}
