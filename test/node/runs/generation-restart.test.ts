// A run survives a restart of `wrangler dev`: both workers (API + generator) in one session as
// `npm run dev` starts them, Workflow state persisted to a temporary directory, the database and the
// local LLM server of the global setup outliving the sessions. The run waits at the stack approval,
// wrangler is stopped and started again, the approval goes through the API, and the same instance
// goes on from its stored steps: nothing already drafted is asked of the LLM again.
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, expect, inject, it } from "vitest";

const root = fileURLToPath(new URL("../../..", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "spec-drive-restart-"));
let wrangler: ChildProcess | undefined;
/** What wrangler dev printed (its console mailer prints each mail, links included). */
let out = "";

afterAll(async () => {
  await stop();
  rmSync(dir, { recursive: true, force: true });
});

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

/**
 * The generator's config next to its own .dev.vars (wrangler reads a .dev.vars beside each config; `--var`
 * reaches only the first worker), so the repository's workers/generator/.dev.vars of `npm run dev` stays untouched.
 */
function generatorConfig(): string {
  const toml = readFileSync(`${root}workers/generator/wrangler.toml`, "utf8")
    .replace('main = "../../src/workers/generator.ts"', `main = "${root}src/workers/generator.ts"`)
    .replace(
      '"zod" = "../../src/platform/lib/zod-slim/index.ts"',
      `"zod" = "${root}src/platform/lib/zod-slim/index.ts"`,
    );
  writeFileSync(join(dir, "wrangler.toml"), toml);
  writeFileSync(
    join(dir, ".dev.vars"),
    [
      `LLM_BASE_URL=${inject("llmBaseUrl")}`,
      "LLM_API_KEY=test",
      "LLM_MODEL=spec-drive-local",
      'LLM_PRICES={"spec-drive-local":{"input":1,"output":2}}',
      "DATABASE_URL=postgres://test:test@localhost/specdrive",
      `NEON_FETCH_ENDPOINT=${inject("neonEndpoint")}`,
      "",
    ].join("\n"),
  );
  return join(dir, "wrangler.toml");
}

async function start(port: number, inspector: number, config: string) {
  wrangler = spawn(
    `${root}node_modules/.bin/wrangler`,
    [
      "dev",
      ...["-c", "wrangler.toml", "-c", config],
      ...["--port", String(port), "--inspector-port", String(inspector), "--persist-to", join(dir, "state")],
      ...["--var", "DATABASE_URL:postgres://test:test@localhost/specdrive"],
      ...["--var", `NEON_FETCH_ENDPOINT:${inject("neonEndpoint")}`],
      ...["--var", `APP_URL:http://localhost:${port}`, "--var", "MAIL_PROVIDER:console"],
      ...["--var", "AUTH_SECRET:restart-test-auth-secret-0123456789abcdef"],
    ],
    {
      cwd: root,
      detached: true, // its own process group: stopping it stops workerd too
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, CLOUDFLARE_CF_FETCH_ENABLED: "false", WRANGLER_SEND_METRICS: "false" },
    },
  );
  out = "";
  wrangler.stdout?.on("data", (d) => (out += d));
  wrangler.stderr?.on("data", (d) => (out += d));
  const deadline = Date.now() + 90_000;
  while (!/Ready on/.test(out)) {
    if (Date.now() > deadline || wrangler.exitCode !== null) throw new Error(`wrangler dev did not start:\n${out}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function stop() {
  const w = wrangler;
  if (!w?.pid || w.exitCode !== null) return;
  const exited = new Promise((r) => w.once("exit", r));
  process.kill(-w.pid, "SIGTERM");
  await exited;
  wrangler = undefined;
}

it("a run waiting for its approval survives stopping and restarting wrangler dev, and goes on from its stored steps", async () => {
  const [port, inspector] = [await freePort(), await freePort()];
  const config = generatorConfig();
  const base = `http://localhost:${port}`;
  const send = async (method: string, path: string, body?: unknown, token?: string) => {
    const res = await fetch(`${base}${path}`, {
      method,
      headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: res.status, json: (await res.json()) as any };
  };
  /** This project's completion requests per artifact (other test files' runs share the LLM server). */
  const asked = async (project: string) => {
    const { requests } = (await (await fetch(`${inject("llmControlUrl")}/control/requests`)).json()) as {
      requests: { project: string | null; artifact: string | null }[];
    };
    const out: Record<string, number> = {};
    for (const r of requests) if (r.project === project && r.artifact) out[r.artifact] = (out[r.artifact] ?? 0) + 1;
    return out;
  };
  const runUntil = async (token: string, projectId: string, runId: string, done: (r: any) => boolean) => {
    const deadline = Date.now() + 60_000;
    for (;;) {
      const run = (await send("GET", `/api/projects/${projectId}/runs/${runId}`, undefined, token)).json.run;
      if (done(run)) return run;
      if (Date.now() > deadline) throw new Error(`run stuck: ${JSON.stringify(run)}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  };

  await start(port, inspector, config);
  const email = `restart-${crypto.randomUUID()}@example.com`;
  const signup = await send("POST", "/api/auth/signup", { email, password: "correct horse battery staple", name: "R" });
  expect(signup.status).toBe(201);
  const token = signup.json.session.token as string;
  // Starting runs needs a verified email: the link from the printed mail.
  let verifyToken: string | undefined;
  for (const deadline = Date.now() + 10_000; !verifyToken; ) {
    verifyToken = /\/verify-email\?token=(\S+)/.exec(out)?.[1];
    if (!verifyToken && Date.now() > deadline) throw new Error(`no verification mail printed:\n${out}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  expect((await send("POST", "/api/auth/verify-email", { token: decodeURIComponent(verifyToken) })).status).toBe(200);
  const name = `Restart ${crypto.randomUUID().slice(0, 8)}`;
  const idea = "A shared to-do list for two people who split household chores, with reminders.";
  const project = (await send("POST", "/api/projects", { name, idea }, token)).json.project;
  const started = await send("POST", `/api/projects/${project.id}/runs`, { targetPhase: "dependencies" }, token);
  expect(started.status).toBe(202);
  const runId = started.json.run.id as string;
  const waiting = await runUntil(token, project.id, runId, (r) => r.status !== "queued" && r.status !== "running");
  expect(waiting).toMatchObject({ status: "waiting_for_approval", phase: "stack_selection" });
  const before = await asked(name);
  expect(Object.keys(before)).toHaveLength(7);

  await stop();
  await start(port, inspector, config);

  const approved = await send(
    "POST",
    `/api/projects/${project.id}/stack/approve`,
    { stackChoice: "nextjs_neon_drizzle_betterauth" },
    token,
  );
  expect(approved.status).toBe(200);
  const run = await runUntil(token, project.id, runId, (r) =>
    ["completed", "failed", "needs_attention"].includes(r.status),
  );
  expect(run.status, JSON.stringify(run.lastError)).toBe("completed");
  expect((await send("GET", `/api/projects/${project.id}`, undefined, token)).json.project.currentPhase).toBe(
    "dependencies",
  );
  // What was drafted before the restart was not asked again; the run produced each document once.
  const after = await asked(name);
  for (const doc of [
    "constitution.md",
    "project-brief.md",
    "personas.md",
    "plan.md",
    "README.md",
    "stack-proposal.md",
  ]) {
    expect(after[doc], doc).toBe(1);
  }
  expect(after["PRD.md"]).toBe(1); // the spec phase was drafted after the restart
  expect(run.produced).toHaveLength(11); // 7 before, PRD.md, data-model.md, api-spec.json, traceability.json after
}, 240_000);
