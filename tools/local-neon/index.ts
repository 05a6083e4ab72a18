// Opens the database behind the local Neon endpoint: a real Postgres when a URL is given,
// otherwise embedded PGlite (in memory, or persisted in `dataDir`), with the migrations applied.
import { fileURLToPath } from "node:url";
import { type Backend, createPgBackend, createPgliteBackend } from "./backends.ts";

export type { Backend } from "./backends.ts";
export { startLocalNeon } from "./server.ts";

export const MIGRATIONS_FOLDER = fileURLToPath(new URL("../../drizzle", import.meta.url));

/** `pg` does not understand Neon's `sslmode=require&channel_binding=...` the same way: drop them. */
export function forNodePostgres(url: string): string {
  const u = new URL(url);
  u.searchParams.delete("sslmode");
  u.searchParams.delete("channel_binding");
  return u.toString();
}

export async function openBackend(opts: { databaseUrl?: string; dataDir?: string }): Promise<Backend> {
  const backend = opts.databaseUrl
    ? createPgBackend(forNodePostgres(opts.databaseUrl))
    : await createPgliteBackend(opts.dataDir);
  await backend.migrate(MIGRATIONS_FOLDER);
  return backend;
}
