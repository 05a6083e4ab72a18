// `npm run dev` (tools/dev.ts) as a child process, for the tests and benches that drive it over HTTP: a fresh
// PGlite in a temporary directory, free ports for the API, the inspector, the mail sink, the webhook receiver,
// the GitHub stand-in, the local Neon endpoint and the LLM server, Workflow state in the same directory.
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));

export interface DevServer {
  port: number;
  mailPort: number;
  /** The webhook receiver's (tools/webhook-receiver.ts). */
  hookPort: number;
  /** The local GitHub API's (tools/local-github/). */
  githubPort: number;
  /** A directory of its own, for the documents' files. */
  dir: string;
  /** Everything dev printed so far. */
  output(): string;
  stop(): Promise<void>;
}

/** A distinct free port per name: every listener is held until all are chosen, so none is handed out twice. */
async function freePorts<K extends string>(names: readonly K[]): Promise<Record<K, number>> {
  const servers = await Promise.all(
    names.map(
      () =>
        new Promise<Server>((resolve) => {
          const s = createServer().listen(0, "127.0.0.1", () => resolve(s));
        }),
    ),
  );
  const ports = Object.fromEntries(
    names.map((name, i) => [name, ((servers[i] as Server).address() as { port: number }).port]),
  ) as Record<K, number>;
  await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
  return ports;
}

export interface DevOptions {
  /** More environment for dev, e.g. `LLM_BASE_URL` (then dev starts no LLM server of its own). */
  env?: Record<string, string>;
  /** How long dev may take to be ready (default 90 s). */
  readyTimeoutMs?: number;
}

export async function startDev({ env: extra = {}, readyTimeoutMs = 90_000 }: DevOptions = {}): Promise<DevServer> {
  const dir = mkdtempSync(join(tmpdir(), "spec-drive-dev-"));
  // Every server dev starts gets a port chosen here: one left to pick port 0 itself (the local Neon
  // endpoint, the LLM server) could be handed a port reserved here and not yet bound (EADDRINUSE).
  const { port, inspector, mailPort, hookPort, githubPort, neonPort, llmPort } = await freePorts([
    "port",
    "inspector",
    "mailPort",
    "hookPort",
    "githubPort",
    "neonPort",
    "llmPort",
  ]);
  // What would change what dev does (a real provider, a fixed APP_URL, another database) is left out.
  const { LLM_BASE_URL, APP_URL, LOCAL_DATABASE_URL, ...env } = process.env;
  const dev: ChildProcess = spawn(
    process.execPath,
    [
      "tools/dev.ts",
      ...["--port", String(port), "--inspector-port", String(inspector), "--persist-to", join(dir, "state")],
    ],
    {
      cwd: root,
      detached: true, // its own process group: stopping it stops wrangler and workerd too
      stdio: ["ignore", "pipe", "pipe"],
      env: {
        ...env,
        LOCAL_PGLITE_DIR: join(dir, "pglite"),
        MAIL_SINK_PORT: String(mailPort),
        WEBHOOK_RECEIVER_PORT: String(hookPort),
        LOCAL_GITHUB_PORT: String(githubPort),
        LOCAL_NEON_PORT: String(neonPort),
        LLM_PORT: String(llmPort),
        WRANGLER_SEND_METRICS: "false",
        ...extra,
      },
    },
  );
  let out = "";
  dev.stdout?.on("data", (d) => (out += d));
  dev.stderr?.on("data", (d) => (out += d));
  const stop = async () => {
    if (dev.pid && dev.exitCode === null) {
      const exited = new Promise((r) => dev.once("exit", r));
      process.kill(-dev.pid, "SIGTERM");
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  };
  const deadline = Date.now() + readyTimeoutMs;
  while (!/Ready on/.test(out)) {
    if (Date.now() > deadline || dev.exitCode !== null) {
      await stop();
      throw new Error(`npm run dev did not start:\n${out}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return { port, mailPort, hookPort, githubPort, dir, output: () => out, stop };
}
