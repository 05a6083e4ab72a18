// `npm run dev`: the API on http://localhost:8787 (wrangler dev) against the local Neon endpoint,
// backed by embedded PGlite persisted in .data/pglite (LOCAL_PGLITE_DIR), or by the Postgres in
// LOCAL_DATABASE_URL. The generator worker (GenerationWorkflow) runs in the same session, calling the
// local LLM server (tools/llm-server.ts) unless LLM_BASE_URL (with LLM_API_KEY, LLM_MODEL, and optionally
// LLM_PRICES, LLM_PROVIDER, GENERATION_DRAFT_CONCURRENCY) is set; so do the MCP worker, which serves the
// API's /mcp, and the teams worker, which serves what the API forwards to it. Mail goes to the Resend-shaped mail sink
// (tools/mail-sink.ts) on http://localhost:8025 (MAIL_SINK_PORT), which prints each mail here and serves
// the newest one to an address at GET /latest?to=<address>. The local GitHub API stand-in
// (tools/local-github/, docs/local-github.md) answers on http://localhost:8027 (LOCAL_GITHUB_PORT).
// Extra arguments go to wrangler: `npm run dev -- --port 8788` (mail links then point to port 8788).
import { spawn } from "node:child_process";
import { generateKeyPairSync } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { DEFAULT_MODEL, startLlmServer } from "./llm-server.ts";
import { startLocalGithub } from "./local-github/index.ts";
import { openBackend, startLocalNeon } from "./local-neon/index.ts";
import { formatMail, startMailSink } from "./mail-sink.ts";
import { startWebhookReceiver } from "./webhook-receiver.ts";

const root = fileURLToPath(new URL("..", import.meta.url));
const wranglerArgs = process.argv.slice(2);
const databaseUrl = process.env.LOCAL_DATABASE_URL;
const dataDir = resolve(root, process.env.LOCAL_PGLITE_DIR ?? ".data/pglite");
if (!databaseUrl) mkdirSync(dataDir, { recursive: true });

const backend = await openBackend({ databaseUrl, dataDir: databaseUrl ? undefined : dataDir });
const neon = await startLocalNeon({
  backend,
  port: Number(process.env.LOCAL_NEON_PORT ?? 0),
  latencyMs: Number(process.env.LOCAL_NEON_LATENCY_MS ?? 0),
  log: (l) => console.error(l),
});
console.log(`local Neon endpoint ${neon.url} -> ${databaseUrl ? "LOCAL_DATABASE_URL" : `PGlite (${dataDir})`}`);

// GitHub's REST API as a stand-in: register repositories, tokens and webhooks through its control API.
const github = await startLocalGithub({ port: Number(process.env.LOCAL_GITHUB_PORT ?? 8027) });
// A GitHub App of its own (a fresh key pair each start, PKCS#1 as GitHub hands them out), registered
// with the stand-in: add an installation with POST /control/installations {id, appId: 4242, ...}.
const githubApp = generateKeyPairSync("rsa", {
  modulusLength: 2048,
  publicKeyEncoding: { type: "spki", format: "pem" },
  privateKeyEncoding: { type: "pkcs1", format: "pem" },
});
const GITHUB_DEV_APP_ID = 4242;
await fetch(`${github.url}/control/apps`, {
  method: "POST",
  body: JSON.stringify({ id: GITHUB_DEV_APP_ID, slug: "spec-drive-dev", publicKey: githubApp.publicKey }),
});
console.log(
  `local GitHub API ${github.url} (control API ${github.url}/control, app id ${GITHUB_DEV_APP_ID}; see docs/local-github.md)`,
);
/** The GitHub settings of both workers that read them (teams: routes; generator: the outbox). */
const githubVars = {
  GITHUB_API_URL: github.url,
  GITHUB_APP_ID: String(GITHUB_DEV_APP_ID),
  // One line in the generator's unquoted .dev.vars: `\n` escapes, which the config turns back into newlines.
  GITHUB_APP_PRIVATE_KEY: githubApp.privateKey.replaceAll("\n", "\\n"),
  GITHUB_WEBHOOK_SECRET: process.env.GITHUB_WEBHOOK_SECRET ?? "local-dev-github-webhook-secret",
  // Fixed, so that tokens stored in the kept local database still decrypt after a restart (never a deployed key).
  GITHUB_TOKEN_KEY: process.env.GITHUB_TOKEN_KEY ?? "c3BlYy1kcml2ZS1sb2NhbC1kZXYtdG9rZW4ta2V5ISE=",
};

// wrangler's --var reaches only the first worker of a multi-worker session; the generator reads its
// bindings from the .dev.vars next to its config (gitignored), written here on every start.
const llm = process.env.LLM_BASE_URL ? undefined : await startLlmServer({ port: Number(process.env.LLM_PORT ?? 0) });
const llmVars = llm
  ? {
      LLM_BASE_URL: llm.baseUrl,
      LLM_API_KEY: "local",
      LLM_MODEL: DEFAULT_MODEL,
      LLM_PRICES: '{"spec-drive-local":{"input":0,"output":0}}',
    }
  : {
      LLM_BASE_URL: process.env.LLM_BASE_URL,
      LLM_API_KEY: process.env.LLM_API_KEY,
      LLM_MODEL: process.env.LLM_MODEL,
      LLM_PRICES: process.env.LLM_PRICES,
      LLM_PROVIDER: process.env.LLM_PROVIDER,
      GENERATION_DRAFT_CONCURRENCY: process.env.GENERATION_DRAFT_CONCURRENCY,
    };
writeFileSync(
  `${root}workers/generator/.dev.vars`,
  `# Written by npm run dev (tools/dev.ts) on every start: set LLM_* in the environment instead.\n${Object.entries(
    llmVars,
  )
    // The generator writes a run's progress to the same database (through the same local endpoint).
    .concat([
      ["DATABASE_URL", "postgres://dev:dev@localhost/specdrive"],
      ["NEON_FETCH_ENDPOINT", neon.url],
      // The webhook deliverer may send to the local receiver (http://127.0.0.1) in development.
      ["WEBHOOK_ALLOW_PRIVATE_URLS", "true"],
      // The GitHub outbox talks to the stand-in.
      ...Object.entries(githubVars),
    ])
    .filter(([, v]) => v)
    .map(([k, v]) => `${k}=${v}`)
    .join("\n")}\n`,
);
console.log(
  llm
    ? `local LLM server ${llm.baseUrl} (model ${DEFAULT_MODEL}, control API ${llm.url}/control); set LLM_BASE_URL to use a real provider`
    : `LLM: ${process.env.LLM_BASE_URL} (LLM_BASE_URL is set, so no local LLM server), model ${process.env.LLM_MODEL ?? "(LLM_MODEL not set)"}`,
);

// The port wrangler serves on (its `--port` among the extra arguments, else its default 8787), so that
// mail links point at this API.
const port = devPort(wranglerArgs);
const appUrl = process.env.APP_URL ?? `http://localhost:${port}`;

const mail = await startMailSink({
  port: Number(process.env.MAIL_SINK_PORT ?? 8025),
  apiKey: "dev",
  onMail: (m) => console.log(`\n--- mail (GET ${mailUrlOf(mail)}/latest?to=${m.to[0]}) ---\n${formatMail(m)}---`),
});
console.log(`mail sink ${mailUrlOf(mail)}: GET /latest?to=<address> answers the newest mail to that address`);

// A Standard Webhooks subscriber for trying webhooks: subscribe http://127.0.0.1:8026/hooks/<name>.
const receiver = await startWebhookReceiver({
  port: Number(process.env.WEBHOOK_RECEIVER_PORT ?? 8026),
  secret: process.env.WEBHOOK_RECEIVER_SECRET,
  onEvent: (name, e) => console.log(`webhook ${name}: ${JSON.stringify(e.body)}`),
});
console.log(`webhook receiver ${receiver.url}: POST /control/secret, GET /control/events?endpoint=<name>`);

// The API's bindings (the user name in DATABASE_URL is only a key for the endpoint's statistics; no
// password is checked). The front gets them as --var; the teams worker, which serves the same app, from
// its .dev.vars (gitignored), written here on every start (--var reaches only the first worker).
const apiVars: Record<string, string> = {
  DATABASE_URL: "postgres://dev:dev@localhost/specdrive",
  NEON_FETCH_ENDPOINT: neon.url,
  APP_URL: appUrl,
  // Verification and reset emails go to the mail sink (Resend's API shape), which prints them here.
  MAIL_PROVIDER: "resend",
  RESEND_API_KEY: "dev",
  MAIL_FROM: "Spec Drive <no-reply@localhost>",
  MAIL_API_URL: mail.url,
  // Local only: production sets its own with `wrangler secret put AUTH_SECRET`.
  AUTH_SECRET: process.env.AUTH_SECRET ?? "local-dev-auth-secret-never-used-in-production",
  // Webhooks may point at the local receiver (never set in a deployment).
  WEBHOOK_ALLOW_PRIVATE_URLS: "true",
};
// The teams worker's GitHub routes (connect, webhooks): only in its .dev.vars, never the front's --var.
// (JSON-quoted there, so the key's newlines travel as they are.)
const teamsVars: Record<string, string> = { ...apiVars, ...githubVars, GITHUB_APP_PRIVATE_KEY: githubApp.privateKey };
writeFileSync(
  `${root}workers/teams/.dev.vars`,
  `# Written by npm run dev (tools/dev.ts) on every start: the API's bindings.\n${Object.entries(teamsVars)
    .map(([k, v]) => `${k}=${JSON.stringify(v)}`)
    .join("\n")}\n`,
);

// wrangler's own binary (not npx), so stopping this process stops wrangler and workerd with it.
const wrangler = spawn(
  `${root}node_modules/.bin/wrangler`,
  [
    "dev",
    // The API (the front) first: it answers on the port; then the generator, MCP and teams workers in
    // the same session, where its service bindings find them.
    ...["-c", "wrangler.toml", "-c", "workers/generator/wrangler.toml"],
    ...["-c", "workers/mcp/wrangler.toml", "-c", "workers/teams/wrangler.toml"],
    ...Object.entries(apiVars).flatMap(([k, v]) => ["--var", `${k}:${v}`]),
    ...wranglerArgs,
  ],
  { cwd: root, stdio: "inherit", env: { CLOUDFLARE_CF_FETCH_ENABLED: "false", ...process.env } },
);

let stopping = false;
async function stop(code: number) {
  if (stopping) return;
  stopping = true;
  wrangler.kill("SIGTERM");
  await llm?.close();
  await mail.close();
  await receiver.close();
  await github.close();
  await neon.close();
  await backend.close();
  process.exit(code);
}
wrangler.on("exit", (code) => void stop(code ?? 0));
process.on("SIGINT", () => void stop(0));
process.on("SIGTERM", () => void stop(0));

/** wrangler dev's port: `--port N` or `--port=N` among its arguments, else its default 8787. */
function devPort(args: string[]): number {
  for (let i = 0; i < args.length; i++) {
    const m = /^--port(?:=(.+))?$/.exec(args[i] ?? "");
    if (m) return Number(m[1] ?? args[i + 1]);
  }
  return 8787;
}

/** The sink's address as a reader types it (it listens on 127.0.0.1). */
function mailUrlOf(sink: { url: string }): string {
  return sink.url.replace("127.0.0.1", "localhost");
}
