// Cold start grows with the bundle: the deployable output (what `npm run deploy` uploads) has a
// gzip budget. Raise it only deliberately, with the reason in the commit. `npm run bench` prints the
// figure next to the yardstick worker's (bench/yardstick) and the per-package breakdown.
// Measured 2026-11-26 (wrangler 4.164, --minify): 172.3 KiB gzip, against 78.4 for the yardstick.
// Of it (minified KiB in the output): @neondatabase/serverless 145 (one file with its WebSocket
// Pool/Client, no HTTP-only entry nor sideEffects in 1.2.0, the latest: ~46 KiB gzip unshakeable),
// zod 142 (with the locale-free alias src/lib/zod-slim; zod's full entry makes it 226.8 KiB gzip),
// drizzle-orm 91, our routes 37, hono 32, zod-to-openapi 31, fflate 12.
// Budget: 172.3 + ~5 KiB for the spec engine's js-yaml and JSON schemas (lane i14) + headroom.
// Raised to 330 after issues 14-16 landed (measured 324.8 KiB gzip): the MCP SDK (@modelcontextprotocol/sdk
// with its statically imported Ajv, a second zod copy and zod-to-json-schema; loaded by a dynamic import
// on the first /mcp request, but wrangler does not split code) ~100 KiB, the spec engine ~43 KiB, keys,
// conditional requests, idempotency and runs ~10 KiB. Issue 18's < 140 KiB needs /mcp in its own worker
// and an HTTP-only Neon client: not done.
// Lowered to 328 by issue 18 (measured 2026-11-26: 325.1 KiB, zlib level 9 as this test computes it;
// wrangler prints 325.7). Without /mcp (moved to its own worker by another lane) the same tree measures
// 229.6 KiB: that lane lowers the budget again. What remains and why it stays over 140: docs/performance.md.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";

export const BUNDLE_BUDGET_GZIP_KIB = 328;

describe("bundle", () => {
  it(`wrangler deploy --dry-run --minify output stays within ${BUNDLE_BUDGET_GZIP_KIB} KiB gzip`, () => {
    const out = mkdtempSync(join(tmpdir(), "bundle-"));
    try {
      const run = spawnSync("node_modules/.bin/wrangler", ["deploy", "--dry-run", "--minify", "--outdir", out], {
        encoding: "utf8",
        env: { ...process.env, CLOUDFLARE_CF_FETCH_ENABLED: "false", WRANGLER_SEND_METRICS: "false" },
      });
      expect(run.status, `${run.stdout}${run.stderr}`).toBe(0);
      const js = readdirSync(out).filter((f) => f.endsWith(".js"));
      expect(js.length).toBeGreaterThan(0);
      const gzipKiB = js.reduce((n, f) => n + gzipSync(readFileSync(join(out, f)), { level: 9 }).length, 0) / 1024;
      console.log(`bundle: ${gzipKiB.toFixed(1)} KiB gzip (budget ${BUNDLE_BUDGET_GZIP_KIB})`);
      expect(gzipKiB).toBeLessThanOrEqual(BUNDLE_BUDGET_GZIP_KIB);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 120_000);
});
