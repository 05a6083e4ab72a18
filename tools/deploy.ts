// `npm run deploy`: the four workers deployed in the order their bindings need (the generator and the
// MCP worker first, then the teams worker, which binds to the generator, then the API, the front, which
// binds to all three by name), after a preflight that names every missing or
// malformed setting of every worker, checked with the schemas the workers validate them with at run
// time (src/platform/config.ts). Settings come from the environment and `--env-file FILE` (the environment
// wins); a setting several workers read (DATABASE_URL, DB_TIMEOUT_MS, QUOTA_*; the teams worker reads all
// of the API's) is given once and sent to each. Secrets go up with the version (`wrangler deploy --secrets-file`), everything else as vars.
//
//   npm run deploy -- --env-file deploy.env            preflight, deploy, then GET <API_URL>/health/db
//   npm run deploy -- --env-file deploy.env --migrate  the same, applying drizzle/ to DATABASE_URL first
//   npm run deploy -- --env-file deploy.env --dry-run  preflight and build each worker; nothing uploaded
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs, parseEnv } from "node:util";
import { unstable_readConfig } from "wrangler";
import { z } from "zod";
import { configSchema, dbConfigSchema } from "../src/platform/config";
import { llmConfigSchema } from "../src/runs/generation/config";

const root = fileURLToPath(new URL("..", import.meta.url));

/** Settings that are credentials: uploaded as secrets, never printed. Everything else is a var. */
export const SECRETS = new Set(["DATABASE_URL", "AUTH_SECRET", "RESEND_API_KEY", "LLM_API_KEY"]);

/** Settings of local development and tests that a deployment must not carry. */
const DEV_ONLY: Record<string, string> = {
  NEON_FETCH_ENDPOINT: "is for local development only (it sends SQL to tools/local-neon); unset it",
};

type Schema = z.ZodType<unknown, Record<string, unknown>>;

interface BindingRule {
  kind: "workflows" | "services" | "kv_namespaces";
  binding: string;
  /** The worker it must point at (by name), for bindings to another worker. */
  target?: string;
}

export interface WorkerSpec {
  name: string;
  config: string;
  /** The run-time schemas of the worker's settings. */
  schemas: Schema[];
  /** The bindings its code reads (src/runs/workflow-binding.ts, src/mcp/forward.ts, src/platform/http/forward.ts). */
  bindings: BindingRule[];
}

export const WORKERS: WorkerSpec[] = [
  {
    name: "spec-drive-generator",
    config: "workers/generator/wrangler.toml",
    schemas: [dbConfigSchema, llmConfigSchema] as Schema[],
    bindings: [{ kind: "workflows", binding: "GENERATION" }],
  },
  {
    name: "spec-drive-mcp",
    config: "workers/mcp/wrangler.toml",
    schemas: [],
    // Declared without an id: the first deploy creates the namespace (wrangler's resource provisioning).
    bindings: [{ kind: "kv_namespaces", binding: "OAUTH_KV" }],
  },
  {
    name: "spec-drive-teams",
    config: "workers/teams/wrangler.toml",
    schemas: [configSchema] as Schema[],
    bindings: [
      { kind: "workflows", binding: "GENERATION", target: "spec-drive-generator" },
      { kind: "services", binding: "WEBHOOKS", target: "spec-drive-generator" },
    ],
  },
  {
    name: "spec-drive-api",
    config: "wrangler.toml",
    schemas: [configSchema] as Schema[],
    bindings: [
      { kind: "workflows", binding: "GENERATION", target: "spec-drive-generator" },
      { kind: "services", binding: "MCP", target: "spec-drive-mcp" },
      { kind: "services", binding: "WEBHOOKS", target: "spec-drive-generator" },
      { kind: "services", binding: "TEAMS", target: "spec-drive-teams" },
    ],
  },
];

/** The workers that serve the API's routes (the front and the teams worker): the same production rules. */
const SERVES_API = new Set(["spec-drive-api", "spec-drive-teams"]);

/** The object schema under a schema's refinements and transforms. */
function shapeOf(schema: Schema): Record<string, unknown> {
  let s: unknown = schema;
  while (s instanceof z.ZodPipe) s = s.in;
  if (!(s instanceof z.ZodObject)) throw new Error("a worker's settings schema must be an object");
  return s.shape;
}

export interface WorkerPlan {
  spec: WorkerSpec;
  vars: Record<string, string>;
  secrets: Record<string, string>;
  problems: string[];
}

/** What each worker gets from `settings`, and every problem with it. */
export function planWorkers(settings: Record<string, string | undefined>, specs = WORKERS): WorkerPlan[] {
  return specs.map((spec) => {
    const keys = [...new Set(spec.schemas.flatMap((s) => Object.keys(shapeOf(s))))];
    const given = Object.fromEntries(
      keys.filter((k) => settings[k] !== undefined && settings[k] !== "").map((k) => [k, settings[k] as string]),
    );
    const problems: string[] = [];
    for (const schema of spec.schemas) {
      const parsed = schema.safeParse(given);
      if (parsed.success) continue;
      for (const issue of parsed.error.issues) {
        const key = String(issue.path[0] ?? "");
        problems.push(`${SECRETS.has(key) ? "secret" : "var"} ${key} ${issue.message}`);
      }
    }
    for (const [key, why] of Object.entries(DEV_ONLY)) if (given[key] !== undefined) problems.push(`var ${key} ${why}`);
    const reported = new Set(problems.map((p) => p.split(" ")[1]));
    problems.push(...productionRules(spec, given).filter((p) => !reported.has(p.split(" ")[1])));
    problems.push(...bindingProblems(spec));
    const vars: Record<string, string> = {};
    const secrets: Record<string, string> = {};
    for (const [k, v] of Object.entries(given)) {
      if (DEV_ONLY[k]) continue;
      (SECRETS.has(k) ? secrets : vars)[k] = v;
    }
    return { spec, vars, secrets, problems: [...new Set(problems)] };
  });
}

/** What a deployment needs beyond what the schemas accept (they also accept local development). */
function productionRules(spec: WorkerSpec, given: Record<string, string>): string[] {
  if (!SERVES_API.has(spec.name)) return [];
  const problems: string[] = [];
  if (given.MAIL_PROVIDER === "console")
    problems.push('var MAIL_PROVIDER is "console", which only prints mail: use "resend"');
  if (!given.API_URL) {
    problems.push("var API_URL is not set: the API's public https URL (its custom domain, or its workers.dev URL)");
  }
  for (const key of ["APP_URL", "API_URL", "MAIL_API_URL"]) {
    const v = given[key];
    if (v && URL.canParse(v) && new URL(v).protocol !== "https:") {
      problems.push(`var ${key} must be an https URL in a deployment, not ${new URL(v).host}`);
    }
  }
  return problems;
}

/** The bindings the worker's code reads, as its wrangler config declares them. */
function bindingProblems(spec: WorkerSpec): string[] {
  if (spec.bindings.length === 0) return [];
  // The two binding lists read here (wrangler's Config type does not resolve under this tsconfig).
  let config: {
    workflows: { binding: string; script_name?: string }[];
    services?: { binding: string; service: string }[];
    kv_namespaces: { binding: string; id?: string }[];
  };
  try {
    config = unstable_readConfig({ config: join(root, spec.config) }, { hideWarnings: true });
  } catch (err) {
    return [`config ${spec.config} cannot be read: ${err instanceof Error ? err.message : String(err)}`];
  }
  const problems: string[] = [];
  for (const rule of spec.bindings) {
    if (rule.kind === "kv_namespaces") {
      const kv = config.kv_namespaces.find((k) => k.binding === rule.binding);
      if (!kv) problems.push(`binding ${rule.binding} is not declared in ${spec.config} ([[kv_namespaces]])`);
      // A namespace id is 32 hex digits; anything else (a placeholder) would fail the upload.
      else if (kv.id !== undefined && !/^[0-9a-f]{32}$/.test(kv.id)) {
        problems.push(
          `binding ${rule.binding} has id "${kv.id}", which is no KV namespace id: remove the id (the first deploy creates the namespace) or give the namespace's id`,
        );
      }
      continue;
    }
    const declared =
      rule.kind === "workflows"
        ? config.workflows.find((w) => w.binding === rule.binding)
        : config.services?.find((s) => s.binding === rule.binding);
    const target = declared && ("service" in declared ? declared.service : declared.script_name);
    if (!declared) problems.push(`binding ${rule.binding} is not declared in ${spec.config} ([[${rule.kind}]])`);
    else if (rule.target && target !== rule.target) {
      problems.push(`binding ${rule.binding} points at "${target ?? "(this worker)"}", not "${rule.target}"`);
    }
  }
  return problems;
}

/** The preflight as lines: per worker, each setting it gets (secrets by name only) and each problem. */
export function describePlan(plans: WorkerPlan[]): string[] {
  const lines: string[] = [];
  for (const p of plans) {
    lines.push(`${p.spec.name} (${p.spec.config})`);
    for (const problem of p.problems) lines.push(`  MISSING OR INVALID  ${problem}`);
    for (const [k, v] of Object.entries(p.vars)) lines.push(`  var     ${k} = ${v}`);
    for (const k of Object.keys(p.secrets)) lines.push(`  secret  ${k} (set)`);
    if (p.spec.schemas.length === 0 && p.problems.length === 0) lines.push("  no settings");
  }
  return lines;
}

/** Runs a command, its output passed through and also returned. */
function run(
  cmd: string,
  args: string[],
  env: NodeJS.ProcessEnv = process.env,
): Promise<{ code: number; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: root, env, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    child.stdout.on("data", (d: Buffer) => {
      out += d;
      process.stdout.write(d);
    });
    child.stderr.on("data", (d: Buffer) => {
      out += d;
      process.stderr.write(d);
    });
    child.on("close", (code) => resolve({ code: code ?? 1, out }));
  });
}

const WRANGLER = join(root, "node_modules/.bin/wrangler");

/** `wrangler deploy` for one worker: its vars as --var, its secrets in a file of their own (0600). */
async function deployWorker(plan: WorkerPlan, dryRun: boolean, apiUrl: string | undefined): Promise<string> {
  const args = ["deploy", "--minify", "-c", plan.spec.config];
  for (const [k, v] of Object.entries(plan.vars)) args.push("--var", `${k}:${v}`);
  if (plan.spec.name === "spec-drive-api" && apiUrl && !new URL(apiUrl).hostname.endsWith(".workers.dev")) {
    args.push("--domain", new URL(apiUrl).hostname);
  }
  const dir = mkdtempSync(join(tmpdir(), "spec-drive-deploy-"));
  try {
    if (dryRun) args.push("--dry-run", "--outdir", join(dir, "out"));
    else if (Object.keys(plan.secrets).length > 0) {
      const file = join(dir, "secrets.json");
      writeFileSync(file, JSON.stringify(plan.secrets), { mode: 0o600 });
      args.push("--secrets-file", file);
    }
    console.log(`\n== ${plan.spec.name}: wrangler ${dryRun ? "deploy --dry-run" : "deploy"}`);
    const { code, out } = await run(WRANGLER, args);
    if (code !== 0) throw new Error(`wrangler deploy of ${plan.spec.name} exited ${code}`);
    return out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * After deploying: the API answers and reaches its database (`/health/db`, the front's), and forwards to
 * the teams worker (`/openapi.json`, the teams worker's through the TEAMS binding).
 */
async function checkHealth(apiUrl: string): Promise<boolean> {
  for (const path of ["/health/db", "/openapi.json"])
    if (!(await answers200(`${apiUrl.replace(/\/+$/, "")}${path}`))) return false;
  return true;
}

async function answers200(url: string): Promise<boolean> {
  for (let attempt = 1; attempt <= 5; attempt++) {
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(10_000) });
      const body = await res.text();
      console.log(`GET ${url} -> ${res.status} ${body.slice(0, 200)}`);
      if (res.ok) return true;
    } catch (err) {
      console.log(`GET ${url} -> ${err instanceof Error ? err.message : String(err)}`);
    }
    await new Promise((r) => setTimeout(r, 3000 * attempt));
  }
  return false;
}

const USAGE = "usage: npm run deploy -- [--env-file FILE] [--dry-run] [--migrate]";

export async function main(argv: string[]): Promise<number> {
  let options: { "env-file"?: string; "dry-run"?: boolean; migrate?: boolean };
  try {
    ({ values: options } = parseArgs({
      args: argv,
      options: { "env-file": { type: "string" }, "dry-run": { type: "boolean" }, migrate: { type: "boolean" } },
      strict: true,
    }));
  } catch (err) {
    console.error(`${err instanceof Error ? err.message : String(err)}\n${USAGE}`);
    return 2;
  }
  const fromFile = options["env-file"] ? parseEnv(readFileSync(options["env-file"], "utf8")) : {};
  const settings: Record<string, string | undefined> = { ...fromFile, ...process.env };
  const dryRun = options["dry-run"] === true;

  const plans = planWorkers(settings);
  console.log(
    `preflight${options["env-file"] ? ` (${options["env-file"]} and the environment)` : " (the environment)"}`,
  );
  for (const line of describePlan(plans)) console.log(line);
  const problems = plans.reduce((n, p) => n + p.problems.length, 0);
  if (problems > 0) {
    console.error(`\npreflight: ${problems} setting(s) missing or invalid; nothing was deployed (README, "Deploy")`);
    return 1;
  }

  const databaseUrl = settings.DATABASE_URL as string;
  if (options.migrate) {
    if (dryRun) console.log("\n== migrations: not applied (--dry-run)");
    else {
      console.log("\n== migrations (npm run db:migrate)");
      const { code } = await run(process.execPath, [join(root, "tools/migrate.ts")], {
        ...process.env,
        DATABASE_URL: databaseUrl,
      });
      if (code !== 0) return 1;
    }
  }

  const apiUrl = settings.API_URL as string;
  for (const plan of plans) {
    try {
      await deployWorker(plan, dryRun, apiUrl);
    } catch (err) {
      console.error(err instanceof Error ? err.message : String(err));
      return 1;
    }
  }
  if (dryRun) {
    console.log("\ndry run: preflight passed and every worker built; nothing was uploaded");
    return 0;
  }
  const healthy = await checkHealth(apiUrl);
  console.log(healthy ? `\ndeployed: ${apiUrl}` : `\ndeployed, but ${apiUrl} did not answer 200 (above)`);
  return healthy ? 0 : 1;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = await main(process.argv.slice(2));
