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

/** Runs a statement inside an open transaction; the hook lets fault injection fail statement N. */
export type StatementHook = (index: number) => void;

export interface Backend {
  readonly kind: "pg" | "pglite";
  query(stmt: Statement): Promise<QueryResult>;
  batch(stmts: Statement[], opts: BatchOptions, beforeStatement?: StatementHook): Promise<QueryResult[]>;
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

/** A malformed request (not a Postgres error): answered with a non-2xx that is not 400-with-code. */
export class BadRequest extends Error {}

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

  return {
    kind: "pg",
    query: (stmt) => run(pool, stmt),
    async batch(stmts, opts, beforeStatement) {
      const begin = beginStatement(opts);
      const client = await pool.connect();
      let broken = false;
      try {
        await client.query(begin);
        const results: QueryResult[] = [];
        for (const [i, stmt] of stmts.entries()) {
          beforeStatement?.(i);
          results.push(await run(client, stmt));
        }
        beforeStatement?.(stmts.length); // "before statement N" with N = the count: all ran, before COMMIT
        await client.query("COMMIT");
        return results;
      } catch (err) {
        try {
          await client.query("ROLLBACK");
        } catch {
          broken = true;
        }
        throw err;
      } finally {
        client.release(broken);
      }
    },
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

  return {
    kind: "pglite",
    async query(stmt) {
      const res = await run(db, stmt);
      // DDL can create types (migrations); keep raw text for them too.
      if (/^\s*(create|alter)\b/i.test(stmt.query)) parsers = await identityParsers(db);
      return res;
    },
    async batch(stmts, opts, beforeStatement) {
      const begin = beginStatement(opts);
      // PGlite is one connection: its transaction() holds it exclusively, which serialises batches.
      return db.transaction(async (tx) => {
        const rest = begin.replace(/^BEGIN\s*/, "");
        if (rest) await tx.query(`SET TRANSACTION ${rest}`);
        const results: QueryResult[] = [];
        for (const [i, stmt] of stmts.entries()) {
          beforeStatement?.(i);
          results.push(await run(tx, stmt));
        }
        beforeStatement?.(stmts.length);
        return results;
      });
    },
    async migrate(migrationsFolder) {
      await migratePglite(drizzlePglite(db), { migrationsFolder });
      parsers = await identityParsers(db);
    },
    close: () => db.close(),
  };
}
