// `npm run db:migrate` (tools/migrate.ts): a failure prints the driver's error and the host it tried,
// libpq's sslmode spellings bring no warning from node-postgres, and a reachable database is migrated.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { connectionOptions } from "../../tools/migrate";

const root = new URL("../..", import.meta.url).pathname;
const SERVER = process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

function migrate(databaseUrl: string) {
  return spawnSync("npm", ["run", "--silent", "db:migrate"], {
    cwd: root,
    encoding: "utf8",
    env: { PATH: process.env.PATH, HOME: process.env.HOME, DATABASE_URL: databaseUrl },
    timeout: 60_000,
  });
}

describe("npm run db:migrate", () => {
  it("names the host and the driver's error when it cannot connect, without sslmode noise", () => {
    const res = migrate("postgres://someone:secret@127.0.0.1:1/specdrive?sslmode=require");
    expect(res.status).toBe(1);
    expect(res.stderr.trim()).toBe("db:migrate: failed on 127.0.0.1:1/specdrive: connect ECONNREFUSED 127.0.0.1:1");
    expect(res.stdout + res.stderr).not.toMatch(/SECURITY WARNING|sslmode|secret/);
  });

  it("says what is wrong with a missing or malformed URL", () => {
    expect(migrate("").stderr).toContain("db:migrate: DATABASE_URL is not set");
    expect(migrate("not a url").stderr).toContain("db:migrate: DATABASE_URL is not a URL");
  });

  it("reads libpq's sslmode: disable is plain, require and the rest verify the certificate", () => {
    const neon = "postgres://u:p@ep-x.us-east-2.aws.neon.tech/db";
    expect(connectionOptions(`${neon}?sslmode=require&channel_binding=require`)).toEqual({
      connectionString: neon,
      ssl: { rejectUnauthorized: true },
      max: 1,
    });
    expect(connectionOptions(neon).ssl).toEqual({ rejectUnauthorized: true });
    expect(connectionOptions(`${neon}?sslmode=disable`).ssl).toBe(false);
    expect(connectionOptions("postgres://u@127.0.0.1:5432/db").ssl).toBe(false);
  });

  it("applies every migration to a fresh database, and again is a no-op", async () => {
    const name = `migrate_${crypto.randomUUID().replaceAll("-", "").slice(0, 12)}`;
    const admin = new pg.Client({ connectionString: SERVER });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    try {
      const url = new URL(SERVER);
      url.pathname = `/${name}`;
      for (let i = 0; i < 2; i++) {
        const res = migrate(url.toString());
        expect(res.status, res.stderr).toBe(0);
        expect(res.stdout.trim()).toBe(
          `db:migrate: ${url.hostname}:${url.port || "5432"}/${name} is up to date with drizzle/`,
        );
      }
      const db = new pg.Client({ connectionString: url.toString() });
      await db.connect();
      const { rows } = await db.query("SELECT count(*)::int AS n FROM drizzle.__drizzle_migrations");
      await db.end();
      const journal = JSON.parse(readFileSync(`${root}drizzle/meta/_journal.json`, "utf8")) as { entries: unknown[] };
      expect(rows[0].n).toBe(journal.entries.length);
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    }
  }, 60_000);
});
