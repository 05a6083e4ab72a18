// The bindings every bench gives the API, in one place: bench/api.ts, cpu.ts, body-cpu.ts,
// cleanup.ts, login-burst.ts and load.ts differ only in where the SQL goes and in the overrides they
// pass. Local values only (never a deployment's): the database name in DATABASE_URL is ignored by
// the local Neon endpoint, which serves the bench's own database.
export const BENCH_AUTH_SECRET = "bench-auth-secret-0123456789abcdef0123456789";

/**
 * The API's bindings for a bench whose SQL goes to `neonUrl` (a local Neon endpoint), plus
 * `overrides`. The hashing gate's limits (HASH_QUEUE_MAX, HASH_GAP_MS) pass through from the
 * bench's own environment, so a run can try other limits without editing anything.
 */
export function benchBindings(neonUrl: string, overrides: Record<string, string> = {}): Record<string, string> {
  const passThrough = Object.fromEntries(
    ["HASH_QUEUE_MAX", "HASH_GAP_MS"].flatMap((k) => (process.env[k] === undefined ? [] : [[k, process.env[k]]])),
  ) as Record<string, string>;
  return {
    DATABASE_URL: "postgres://bench:bench@localhost/specdrive",
    NEON_FETCH_ENDPOINT: neonUrl,
    APP_URL: "http://localhost:8787",
    MAIL_PROVIDER: "console",
    AUTH_SECRET: BENCH_AUTH_SECRET,
    ...passThrough,
    ...overrides,
  };
}

/** The same bindings as wrangler's `--var NAME:value` arguments (bench/load.ts runs `wrangler dev`). */
export const asVarArgs = (bindings: Record<string, string>) =>
  Object.entries(bindings).flatMap(([k, v]) => ["--var", `${k}:${v}`]);

/** The same bindings as `unstable_startWorker` plain-text bindings. */
export const asPlainBindings = (bindings: Record<string, string>) =>
  Object.fromEntries(Object.entries(bindings).map(([k, v]) => [k, { type: "plain_text" as const, value: v }]));
