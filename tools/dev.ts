// `npm run dev`: the API on http://localhost:8787 (wrangler dev) against the local Neon endpoint,
// backed by embedded PGlite persisted in .data/pglite, or by the Postgres in LOCAL_DATABASE_URL.
// Extra arguments go to wrangler: `npm run dev -- --port 8788`.
import { spawn } from "node:child_process";
import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { openBackend, startLocalNeon } from "./local-neon/index.ts";

const root = fileURLToPath(new URL("..", import.meta.url));
const databaseUrl = process.env.LOCAL_DATABASE_URL;
const dataDir = `${root}.data/pglite`;
if (!databaseUrl) mkdirSync(dataDir, { recursive: true });

const backend = await openBackend({ databaseUrl, dataDir: databaseUrl ? undefined : dataDir });
const neon = await startLocalNeon({
  backend,
  port: Number(process.env.LOCAL_NEON_PORT ?? 0),
  latencyMs: Number(process.env.LOCAL_NEON_LATENCY_MS ?? 0),
  log: (l) => console.error(l),
});
console.log(`local Neon endpoint ${neon.url} -> ${databaseUrl ? "LOCAL_DATABASE_URL" : `PGlite (${dataDir})`}`);

// The user name in DATABASE_URL is only a key for the endpoint's statistics; no password is checked.
// wrangler's own binary (not npx), so stopping this process stops wrangler and workerd with it.
const wrangler = spawn(
  `${root}node_modules/.bin/wrangler`,
  [
    "dev",
    "--var",
    "DATABASE_URL:postgres://dev:dev@localhost/specdrive",
    "--var",
    `NEON_FETCH_ENDPOINT:${neon.url}`,
    "--var",
    `APP_URL:${process.env.APP_URL ?? "http://localhost:8787"}`,
    // Verification and reset emails are printed to this console, links included.
    "--var",
    "MAIL_PROVIDER:console",
    // Local only: production sets its own with `wrangler secret put AUTH_SECRET`.
    "--var",
    `AUTH_SECRET:${process.env.AUTH_SECRET ?? "local-dev-auth-secret-never-used-in-production"}`,
    ...process.argv.slice(2),
  ],
  { cwd: root, stdio: "inherit", env: { CLOUDFLARE_CF_FETCH_ENABLED: "false", ...process.env } },
);

let stopping = false;
async function stop(code: number) {
  if (stopping) return;
  stopping = true;
  wrangler.kill("SIGTERM");
  await neon.close();
  await backend.close();
  process.exit(code);
}
wrangler.on("exit", (code) => void stop(code ?? 0));
process.on("SIGINT", () => void stop(0));
process.on("SIGTERM", () => void stop(0));
