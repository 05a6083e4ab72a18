// `npm run bench:generation`: a full run, idea to done, through `npm run dev` (the API and the
// generator worker in wrangler dev, on a fresh PGlite) against the local LLM server under a provider
// profile with a simulated throughput (time to first token, tokens per second), both approvals given
// through the API as soon as the run waits. Per profile it prints the wall time of the run beside
// its critical-path floor: per phase, per level of the drafts' dependency graph (draftLevels), groups
// of GENERATION_DRAFT_CONCURRENCY drafts, each group as long as its slowest answer at that
// throughput, summed. Also the tokens in and out, the share of prompt tokens the provider's cache
// served, and the cost at the built-in price of the profile's model. Goal: wall <= 1.3x the floor.
//
// BENCH_PROFILES (default "openai"): profiles to run, comma-separated, of THROUGHPUT below.
// BENCH_SPEED (default 1): throughput multiplier (CI runs it at 20: seconds, not minutes).
// BENCH_CONCURRENCY (default 4): GENERATION_DRAFT_CONCURRENCY of the generator.
import { PHASES, type Phase } from "../src/platform/db/schema.ts";
import { draftLevels } from "../src/runs/generation/brief.ts";
import { isComputed } from "../src/runs/generation/computed.ts";
import { builtInPrice, type Price } from "../src/runs/generation/provider.ts";
import { phaseTemplate } from "../src/spec-engine/index.ts";
import { startDev } from "../tools/dev-server.ts";
import { DEFAULT_MODEL, startLlmServer, type Throughput } from "../tools/llm-server.ts";

/**
 * Simulated speed per profile and the model whose built-in price the cost uses. The throughputs are
 * assumptions of the order providers' small models show (not measurements of them).
 */
const THROUGHPUT: Record<string, Throughput & { model: string }> = {
  openai: { ttftMs: 400, tokensPerSecond: 80, model: "gpt-4o-mini" },
  "workers-ai": { ttftMs: 300, tokensPerSecond: 60, model: "@cf/meta/llama-3.3-70b-instruct-fp8-fast" },
  anthropic: { ttftMs: 600, tokensPerSecond: 65, model: "claude-haiku-4-5" },
  gemini: { ttftMs: 400, tokensPerSecond: 150, model: "gemini-2.5-flash" },
  ollama: { ttftMs: 800, tokensPerSecond: 15, model: "(local)" },
};

const profiles = (process.env.BENCH_PROFILES ?? "openai").split(",").map((p) => p.trim());
const speed = Number(process.env.BENCH_SPEED ?? 1);
const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 4);
const IDEA = "A shared todo list for two people who split household chores, with reminders.";

/** `npm run dev` (tools/dev-server.ts) on a fresh PGlite, its generator pointed at `llmBaseUrl`. */
async function startBenchDev(llmBaseUrl: string) {
  const dev = await startDev({
    env: {
      LLM_BASE_URL: llmBaseUrl,
      LLM_API_KEY: "bench",
      LLM_MODEL: DEFAULT_MODEL,
      LLM_PRICES: JSON.stringify({ [DEFAULT_MODEL]: { input: 0, output: 0 } }),
      GENERATION_DRAFT_CONCURRENCY: String(concurrency),
    },
    readyTimeoutMs: 120_000,
  });
  return { api: `http://localhost:${dev.port}`, mail: `http://localhost:${dev.mailPort}`, stop: dev.stop };
}

type Json = Record<string, any>;

async function api(base: string, method: string, path: string, body?: unknown, token?: string) {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: {
      "content-type": "application/json",
      ...(token && { authorization: `Bearer ${token}` }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = (await res.json().catch(() => ({}))) as Json;
  if (res.status >= 400) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(json)}`);
  return json;
}

/** A verified account's session token. */
async function account(dev: { api: string; mail: string }): Promise<string> {
  const email = `bench-${Date.now()}@example.com`;
  const password = "correct horse battery staple";
  await api(dev.api, "POST", "/api/auth/signup", { email, password, name: "Bench" });
  const mail = await (await fetch(`${dev.mail}/latest?to=${encodeURIComponent(email)}`)).text();
  const token = /token=([A-Za-z0-9_-]+)/.exec(mail)?.[1];
  if (!token) throw new Error(`no verification link in ${mail}`);
  await api(dev.api, "POST", "/api/auth/verify-email", { token });
  const login = await api(dev.api, "POST", "/api/auth/login", { email, password });
  // The session token: the first "token" field of the answer (as the walkthrough reads it).
  const found = /"token":"([^"]+)"/.exec(JSON.stringify(login))?.[1];
  if (!found) throw new Error(`no token in the login answer: ${JSON.stringify(login)}`);
  return found;
}

interface Logged {
  artifact: string | null;
  status: number;
  promptTokens: number;
  completionTokens: number;
  cachedTokens: number;
}

/** The critical path at this throughput: phases in turn, levels in turn, groups of `concurrency`. */
function floorSeconds(log: Logged[], t: Throughput): number {
  const answerS = (artifact: string) => {
    // The slowest answer logged for the document (regenerations would add to the path; a clean run has one).
    const tokens = Math.max(0, ...log.filter((r) => r.artifact === artifact).map((r) => r.completionTokens));
    return (t.ttftMs + (tokens / t.tokensPerSecond) * 1000) / 1000;
  };
  let total = 0;
  for (const phase of PHASES.filter((p): p is Exclude<Phase, "done"> => p !== "done")) {
    const drafted = phaseTemplate(phase).artifacts.filter((a) => !isComputed(a.name));
    for (const level of draftLevels(drafted)) {
      for (let i = 0; i < level.length; i += concurrency) {
        total += Math.max(...level.slice(i, i + concurrency).map((a) => answerS(a.name)));
      }
    }
  }
  return total;
}

const cost = (price: Price | undefined, tokensIn: number, cached: number, tokensOut: number) =>
  price
    ? ((tokensIn - cached) * price.input + cached * (price.cachedInput ?? price.input) + tokensOut * price.output) / 1e6
    : 0;

async function benchProfile(profile: string) {
  const spec = THROUGHPUT[profile];
  if (!spec) throw new Error(`BENCH_PROFILES: unknown profile ${profile} (${Object.keys(THROUGHPUT).join(", ")})`);
  const throughput = { ttftMs: spec.ttftMs / speed, tokensPerSecond: spec.tokensPerSecond * speed };
  const llm = await startLlmServer({ throughput });
  const dev = await startBenchDev(`${llm.url}/${profile}/v1`);
  try {
    const token = await account(dev);
    const project = (await api(dev.api, "POST", "/api/projects", { name: `Bench ${profile}`, idea: IDEA }, token))
      .project as Json;
    const base = `/api/projects/${project.id}`;
    const began = performance.now();
    const runId = (await api(dev.api, "POST", `${base}/runs`, {}, token)).run.id as string;
    let approvalsMs = 0;
    for (const deadline = Date.now() + 15 * 60_000; ; ) {
      const run = (await api(dev.api, "GET", `${base}/runs/${runId}`, undefined, token)).run as Json;
      if (run.status === "completed") break;
      if (["failed", "needs_attention", "cancelled"].includes(run.status) || Date.now() > deadline) {
        throw new Error(`run ${run.status}: ${JSON.stringify(run.lastError)}`);
      }
      if (run.status === "waiting_for_approval") {
        const at = performance.now();
        if (run.phase === "stack_selection") {
          await api(dev.api, "POST", `${base}/stack/approve`, { stackChoice: "nextjs_neon_drizzle_betterauth" }, token);
        } else await api(dev.api, "POST", `${base}/dependencies/approve`, undefined, token);
        approvalsMs += performance.now() - at;
      }
      await new Promise((r) => setTimeout(r, 50));
    }
    const wallS = (performance.now() - began - approvalsMs) / 1000;
    const log = ((await (await fetch(`${llm.url}/control/requests`)).json()) as { requests: Logged[] }).requests;
    const ok = log.filter((r) => r.status === 200);
    const tokensIn = ok.reduce((n, r) => n + r.promptTokens, 0);
    const tokensOut = ok.reduce((n, r) => n + r.completionTokens, 0);
    const cached = ok.reduce((n, r) => n + r.cachedTokens, 0);
    const floorS = floorSeconds(ok, throughput);
    return {
      profile,
      throughput: `${throughput.ttftMs} ms + ${throughput.tokensPerSecond} tok/s`,
      completions: ok.length,
      wallS: Number(wallS.toFixed(2)),
      floorS: Number(floorS.toFixed(2)),
      ratio: Number((wallS / floorS).toFixed(2)),
      tokensIn,
      tokensOut,
      cachedShare: Number((cached / Math.max(1, tokensIn)).toFixed(3)),
      costUsd: Number(cost(builtInPrice(spec.model), tokensIn, cached, tokensOut).toFixed(6)),
      model: spec.model,
    };
  } finally {
    await dev.stop();
    await llm.close();
  }
}

const rows = [];
for (const profile of profiles) rows.push(await benchProfile(profile));
console.log(`generation bench: concurrency ${concurrency}, speed x${speed}`);
console.table(rows);
const worst = Math.max(...rows.map((r) => r.ratio));
console.log(`worst wall/floor: ${worst} (goal <= 1.3)`);
