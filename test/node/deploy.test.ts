// `npm run deploy`'s preflight (tools/deploy.ts): every missing or malformed setting of every worker
// is named before anything is built or uploaded, from the schemas the workers use at run time. The
// full dry run (every worker built) is run by .ci/run with deploy.env.example.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseEnv } from "node:util";
import { describe, expect, it } from "vitest";
import { planWorkers, SECRETS, WORKERS } from "../../tools/deploy";

const root = new URL("../..", import.meta.url).pathname;
const example = parseEnv(readFileSync(join(root, "deploy.env.example"), "utf8")) as Record<string, string>;

/** `npm run deploy -- --dry-run` with only these settings (none from this process's environment). */
function dryRun(settings: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), "deploy-test-"));
  const file = join(dir, "deploy.env");
  writeFileSync(
    file,
    Object.entries(settings)
      .map(([k, v]) => `${k}=${v}`)
      .join("\n"),
  );
  return spawnSync("npm", ["run", "--silent", "deploy", "--", "--dry-run", "--env-file", file], {
    cwd: root,
    encoding: "utf8",
    env: { PATH: process.env.PATH, HOME: process.env.HOME },
    timeout: 60_000,
  });
}

const problemsOf = (name: string, settings: Record<string, string | undefined>) =>
  planWorkers(settings).find((p) => p.spec.name === name)?.problems ?? [];

describe("deploy preflight", () => {
  it("passes the example configuration, secrets apart from vars, a shared setting sent to both workers", () => {
    const plans = planWorkers(example);
    expect(plans.map((p) => [p.spec.name, p.problems])).toEqual(WORKERS.map((w) => [w.name, []]));
    const [generator, mcp, teams, api] = plans;
    expect(Object.keys(generator?.secrets ?? {}).sort()).toEqual(["DATABASE_URL", "LLM_API_KEY"]);
    expect(Object.keys(api?.secrets ?? {}).sort()).toEqual(["AUTH_SECRET", "DATABASE_URL", "RESEND_API_KEY"]);
    // The teams worker serves the same app: it gets the API's settings, all of them.
    expect(teams?.secrets).toEqual(api?.secrets);
    expect(teams?.vars).toEqual(api?.vars);
    expect(generator?.vars).toMatchObject({ LLM_BASE_URL: example.LLM_BASE_URL, LLM_MODEL: example.LLM_MODEL });
    expect(api?.vars).toMatchObject({ APP_URL: example.APP_URL, MAIL_PROVIDER: "resend" });
    for (const p of plans) for (const k of Object.keys(p.vars)) expect(SECRETS.has(k), k).toBe(false);
    expect(mcp?.vars).toEqual({});
    // A limit both workers read is given once and reaches both.
    const shared = planWorkers({ ...example, QUOTA_BYTES_PER_PROJECT: "5000000" });
    expect(shared[0]?.vars.QUOTA_BYTES_PER_PROJECT).toBe("5000000");
    expect(shared[2]?.vars.QUOTA_BYTES_PER_PROJECT).toBe("5000000");
    expect(shared[3]?.vars.QUOTA_BYTES_PER_PROJECT).toBe("5000000");
  });

  it("names every missing and malformed setting of a deliberately incomplete configuration, and builds nothing", () => {
    const res = dryRun({
      APP_URL: "https://app.example.com",
      MAIL_PROVIDER: "resend",
      LLM_MODEL: "my-model",
      LLM_PRICES: '{"gpt-4o":{"input":1,"output":2}}',
      DB_TIMEOUT_MS: "10",
      NEON_FETCH_ENDPOINT: "http://127.0.0.1:4444",
    });
    expect(res.status, res.stderr).toBe(1);
    const generator = res.stdout.slice(0, res.stdout.indexOf("spec-drive-mcp"));
    const teams = res.stdout.slice(res.stdout.indexOf("spec-drive-teams"), res.stdout.indexOf("spec-drive-api"));
    const api = res.stdout.slice(res.stdout.indexOf("spec-drive-api"));
    const missing = (section: string) =>
      section
        .split("\n")
        .filter((l) => l.includes("MISSING OR INVALID"))
        .map((l) => l.trim().split(/\s+/)[4]);
    expect(missing(generator).sort()).toEqual(
      ["DATABASE_URL", "DB_TIMEOUT_MS", "LLM_API_KEY", "LLM_BASE_URL", "LLM_PRICES", "NEON_FETCH_ENDPOINT"].sort(),
    );
    const apiMissing = [
      "API_URL",
      "AUTH_SECRET",
      "DATABASE_URL",
      "DB_TIMEOUT_MS",
      "MAIL_FROM",
      "NEON_FETCH_ENDPOINT",
      "RESEND_API_KEY",
    ].sort();
    expect(missing(api).sort()).toEqual(apiMissing);
    expect(missing(teams).sort()).toEqual(apiMissing);
    expect(generator).toContain('LLM_PRICES has no entry for LLM_MODEL "my-model", which has no built-in price');
    expect(res.stderr).toContain("preflight: 20 setting(s) missing or invalid; nothing was deployed");
    expect(res.stdout).not.toContain("wrangler deploy");
  }, 60_000);

  it("refuses local-only values a deployment cannot use", () => {
    expect(problemsOf("spec-drive-api", { ...example, MAIL_PROVIDER: "console" })).toEqual([
      'var MAIL_PROVIDER is "console", which only prints mail: use "resend"',
    ]);
    expect(problemsOf("spec-drive-api", { ...example, API_URL: "http://localhost:8787" })).toEqual([
      "var API_URL must be an https URL in a deployment, not localhost:8787",
    ]);
  });

  it("checks the bindings each worker's code reads against its wrangler config", () => {
    const dir = mkdtempSync(join(root, ".data-deploy-test-"));
    try {
      const config = join(dir, "wrangler.toml");
      writeFileSync(
        config,
        'name = "x"\nmain = "../src/workers/api.ts"\ncompatibility_date = "2026-08-22"\n' +
          '[[services]]\nbinding = "MCP"\nservice = "another-worker"\n',
      );
      const api = WORKERS.find((w) => w.name === "spec-drive-api");
      if (!api) throw new Error("no API worker");
      const [plan] = planWorkers(example, [{ ...api, config: config.slice(root.length) }]);
      expect(plan?.problems).toEqual([
        `binding GENERATION is not declared in ${config.slice(root.length)} ([[workflows]])`,
        'binding MCP points at "another-worker", not "spec-drive-mcp"',
        `binding WEBHOOKS is not declared in ${config.slice(root.length)} ([[services]])`,
        `binding TEAMS is not declared in ${config.slice(root.length)} ([[services]])`,
      ]);
    } finally {
      spawnSync("rm", ["-rf", dir]);
    }
  });

  it("checks the MCP worker's OAUTH_KV: declared, and with no id or a real namespace id (no placeholder)", () => {
    expect(problemsOf("spec-drive-mcp", example)).toEqual([]);
    const dir = mkdtempSync(join(root, ".data-deploy-test-"));
    try {
      const config = join(dir, "wrangler.toml");
      const mcp = WORKERS.find((w) => w.name === "spec-drive-mcp");
      if (!mcp) throw new Error("no MCP worker");
      const head = 'name = "x"\nmain = "../src/workers/mcp.ts"\ncompatibility_date = "2026-08-22"\n';
      const problems = (toml: string) => {
        writeFileSync(config, head + toml);
        return planWorkers(example, [{ ...mcp, config: config.slice(root.length) }])[0]?.problems;
      };
      expect(problems("")).toEqual([
        `binding OAUTH_KV is not declared in ${config.slice(root.length)} ([[kv_namespaces]])`,
      ]);
      expect(problems('[[kv_namespaces]]\nbinding = "OAUTH_KV"\nid = "spec-drive-oauth"\n')).toEqual([
        'binding OAUTH_KV has id "spec-drive-oauth", which is no KV namespace id: remove the id (the first deploy creates the namespace) or give the namespace\'s id',
      ]);
      expect(problems(`[[kv_namespaces]]\nbinding = "OAUTH_KV"\nid = "${"0123456789abcdef".repeat(2)}"\n`)).toEqual([]);
    } finally {
      spawnSync("rm", ["-rf", dir]);
    }
  });
});
