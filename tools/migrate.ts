// `npm run db:migrate`: applies the SQL migrations in drizzle/ to DATABASE_URL with drizzle-orm's
// migrator over node-postgres (the migrator drizzle-kit runs, with the same journal table), so that a
// failure prints the driver's own error and the host it tried instead of a bare exit code.
//
// TLS: libpq's `sslmode=require` (Neon's connection strings carry it) means "encrypt, don't verify";
// node-postgres treats it as verify-full and prints a multi-line warning saying so. The URL's sslmode
// is read here instead: `disable` connects in plain text, any other value (or none, for a host other
// than this machine) connects with TLS and a verified certificate, which is what Neon serves.
import { fileURLToPath } from "node:url";
import { drizzle } from "drizzle-orm/node-postgres";
import { migrate } from "drizzle-orm/node-postgres/migrator";
import pg from "pg";

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "::1", "[::1]"]);

/** node-postgres options for a libpq-style URL, without its sslmode handling (see the top). */
export function connectionOptions(url: string): pg.PoolConfig {
  const u = new URL(url);
  const mode = u.searchParams.get("sslmode");
  for (const p of ["sslmode", "channel_binding", "uselibpqcompat"]) u.searchParams.delete(p);
  const plain = mode === "disable" || (mode === null && LOCAL_HOSTS.has(u.hostname));
  return { connectionString: u.toString(), ssl: plain ? false : { rejectUnauthorized: true }, max: 1 };
}

/** `host:port/database` of a URL, never its password. */
export function describeTarget(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname}:${u.port || "5432"}${u.pathname || "/"}`;
  } catch {
    return "(not a URL)";
  }
}

/**
 * A driver error as one line: the innermost cause (drizzle wraps the driver's error in "Failed
 * query: <sql>", which says less than the driver), with its code when the message lacks it.
 */
export function describeError(err: unknown): string {
  let e = err;
  while (e instanceof Error && e.cause instanceof Error) e = e.cause;
  if (!(e instanceof Error)) return String(e);
  const code = (e as { code?: unknown }).code;
  const message = e.message || e.name;
  return typeof code === "string" && !message.includes(code) ? `${message} (${code})` : message;
}

async function main(): Promise<number> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error(
      "db:migrate: DATABASE_URL is not set, e.g. DATABASE_URL='postgres://user:pass@host/db' npm run db:migrate",
    );
    return 1;
  }
  let options: pg.PoolConfig;
  try {
    options = connectionOptions(url);
  } catch {
    console.error("db:migrate: DATABASE_URL is not a URL like postgres://user:pass@host/db");
    return 1;
  }
  const target = describeTarget(url);
  const pool = new pg.Pool({ ...options, connectionTimeoutMillis: 15_000 });
  // An idle client's network error would otherwise be an unhandled 'error' event.
  pool.on("error", () => {});
  try {
    const folder = fileURLToPath(new URL("../drizzle", import.meta.url));
    await migrate(drizzle(pool), { migrationsFolder: folder });
    console.log(`db:migrate: ${target} is up to date with drizzle/`);
    return 0;
  } catch (err) {
    console.error(`db:migrate: failed on ${target}: ${describeError(err)}`);
    return 1;
  } finally {
    await pool.end().catch(() => {});
  }
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = await main();
