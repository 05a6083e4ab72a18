// Cold start grows with the bundle: the deployable output (what `npm run deploy` uploads) has a
// gzip budget. Raise it only deliberately, with the reason in the commit. `npm run bench` prints the
// figure next to the yardstick worker's (bench/yardstick) and the per-package breakdown
// (docs/performance.md). Most of it is the mandated stack: @neondatabase/serverless (one file with its
// WebSocket Pool/Client, no HTTP-only entry nor sideEffects in 1.2.0: ~46 KiB gzip unshakeable), zod
// (with the locale-free alias src/platform/lib/zod-slim), drizzle-orm, hono and zod-to-openapi; then the
// spec engine and its libraries, and the core routes. `keep_names = false` (no `__name` call per
// function); fflate and the OpenAPI meta-schemas are initialized on first use.
// The API worker is the front: the core routers only (src/app.ts mountCore). Everything else (the team
// features, the OpenAPI document) is in the teams worker it forwards to (src/platform/http/forward.ts),
// the MCP server in the MCP worker; each has its own budget below. Measured 2026-12-07 (wrangler 4.164,
// --minify, zlib level 9): the front 231.1 KiB gzip (the export, the living specs and the diffs are the teams worker's; the whole app in one worker would be 282);
// 232.5 with connections by key kind, the OAuth endpoints' CORS rules, the GitHub task status in progress and
// the GitHub error codes and tag (the hard ceiling stays 240).
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";

export const BUNDLE_BUDGET_GZIP_KIB = 233;
/**
 * The MCP worker (workers/mcp/wrangler.toml): measured 297.9 KiB gzip (1017.5 raw); it is off the REST path.
 * 306.6 with the tool input descriptions, the scope filter, export_project (fflate's unzip: +3.3) and the
 * tools' output schemas (+0.5); 307.6 with the operations' descriptions (it bundles the route declarations); 308.5 with the stack override; 315.0 with the review routes;
 * 358.2 with OAuth (@cloudflare/workers-oauth-provider 1.2.3, ~40 KiB gzip, and the hono/jsx consent page); 373.2 with
 * the change-request tools (it bundles their route declarations); 374.6 with connections by key kind and the
 * consent page's origin check.
 */
export const MCP_BUNDLE_BUDGET_GZIP_KIB = 375;
/**
 * The teams worker (workers/teams/wrangler.toml): the whole app, serving what the front forwards (team
 * features, /openapi.json, unknown paths) and the cleanup cron. Measured 282.3 KiB gzip with requirements, change requests, diffs (jsdiff) and the export; off the hot path;
 * 294.6 with the GitHub routes: connect, sync, webhooks received (@octokit/webhooks-methods' verify) and drift
 * (Octokit stays in the generator worker); 295.0 with Idempotency-Key on comments and webhook subscriptions and
 * gone GitHub issues.
 */
export const TEAMS_BUNDLE_BUDGET_GZIP_KIB = 296;
/** A team route's operationId: in the teams worker's bundle, never in the front's. */
const TEAM_OPERATION = '"listWorkspaces"';

/** `wrangler deploy --dry-run --minify` of a config: the output's gzip size and its code. */
function dryRun(config?: string): { gzipKiB: number; code: string } {
  const out = mkdtempSync(join(tmpdir(), "bundle-"));
  try {
    const args = ["deploy", "--dry-run", "--minify", "--outdir", out, ...(config ? ["-c", config] : [])];
    const run = spawnSync("node_modules/.bin/wrangler", args, {
      encoding: "utf8",
      env: { ...process.env, CLOUDFLARE_CF_FETCH_ENABLED: "false", WRANGLER_SEND_METRICS: "false" },
    });
    expect(run.status, `${run.stdout}${run.stderr}`).toBe(0);
    const js = readdirSync(out).filter((f) => f.endsWith(".js"));
    expect(js.length).toBeGreaterThan(0);
    const files = js.map((f) => readFileSync(join(out, f)));
    const gzipKiB = files.reduce((n, b) => n + gzipSync(b, { level: 9 }).length, 0) / 1024;
    return { gzipKiB, code: files.map((b) => b.toString("utf8")).join("\n") };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

describe("bundle", () => {
  it(`wrangler deploy --dry-run --minify output stays within ${BUNDLE_BUDGET_GZIP_KIB} KiB gzip, without the MCP SDK, the OAuth provider or team code`, () => {
    const { gzipKiB, code } = dryRun();
    console.log(`bundle: ${gzipKiB.toFixed(1)} KiB gzip (budget ${BUNDLE_BUDGET_GZIP_KIB})`);
    expect(gzipKiB).toBeLessThanOrEqual(BUNDLE_BUDGET_GZIP_KIB);
    // The MCP server lives in the MCP worker: none of the SDK's protocol (its method names) is here.
    expect(code).not.toContain("notifications/initialized");
    // The OAuth provider lives there too: the API only forwards (its outbound User-Agent names it).
    expect(code).not.toContain("workers-oauth-provider");
    // The team routes live in the teams worker; the core's are here.
    expect(code).not.toContain(TEAM_OPERATION);
    expect(code).toContain('"getHealth"');
  }, 120_000);

  it(`the teams worker's output stays within ${TEAMS_BUNDLE_BUDGET_GZIP_KIB} KiB gzip`, () => {
    const { gzipKiB, code } = dryRun("workers/teams/wrangler.toml");
    console.log(`teams worker bundle: ${gzipKiB.toFixed(1)} KiB gzip (budget ${TEAMS_BUNDLE_BUDGET_GZIP_KIB})`);
    expect(gzipKiB).toBeLessThanOrEqual(TEAMS_BUNDLE_BUDGET_GZIP_KIB);
    expect(code).toContain(TEAM_OPERATION);
    // GitHub's client runs in the generator worker only (src/github/worker.ts).
    expect(code).not.toContain("createInstallationAccessToken");
  }, 120_000);

  it(`the MCP worker's output stays within ${MCP_BUNDLE_BUDGET_GZIP_KIB} KiB gzip`, () => {
    const { gzipKiB, code } = dryRun("workers/mcp/wrangler.toml");
    console.log(`MCP worker bundle: ${gzipKiB.toFixed(1)} KiB gzip (budget ${MCP_BUNDLE_BUDGET_GZIP_KIB})`);
    expect(gzipKiB).toBeLessThanOrEqual(MCP_BUNDLE_BUDGET_GZIP_KIB);
    expect(code).toContain("notifications/initialized");
    expect(code).toContain("workers-oauth-provider");
  }, 120_000);
});
