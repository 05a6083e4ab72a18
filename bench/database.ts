// The bench's throwaway database (bench/api.ts, bench/login-burst.ts): a fresh database on the
// Postgres at BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres), migrated by
// openBackend, dropped at the end; embedded PGlite when no server answers (said so: it is
// single-connection, so concurrent requests queue there and the latencies are not a server's).
import { randomBytes } from "node:crypto";
import pg from "pg";
import { type Backend, forNodePostgres, openBackend } from "../tools/local-neon/index.ts";

const serverUrl = forNodePostgres(process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres");

export async function openDatabase(): Promise<{ backend: Backend; label: string; drop: () => Promise<void> }> {
  const name = `specdrive_bench_${randomBytes(5).toString("hex")}`;
  const admin = new pg.Client({ connectionString: serverUrl, connectionTimeoutMillis: 3000 });
  try {
    await admin.connect();
  } catch (err) {
    console.log(`!! no Postgres at ${new URL(serverUrl).host} (${(err as Error).message}): falling back to PGlite`);
    console.log("!! PGlite is single-connection: concurrent requests queue in it; latencies are not a server's\n");
    const backend = await openBackend({});
    return { backend, label: "PGlite (embedded, fallback)", drop: async () => {} };
  }
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const backend = await openBackend({ databaseUrl: url.toString() });
  const version = await new pg.Client({ connectionString: url.toString() });
  await version.connect();
  const v = (await version.query("show server_version")).rows[0].server_version as string;
  await version.end();
  return {
    backend,
    label: `Postgres ${v} at ${url.host}, database ${name}`,
    drop: async () => {
      const c = new pg.Client({ connectionString: serverUrl });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}
