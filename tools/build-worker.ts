// Bundles an auxiliary worker (the generator, src/workers/generator.ts; the MCP worker,
// src/workers/mcp.ts; the teams worker, src/workers/teams.ts) to one ES module for the API's vitest
// project: miniflare runs it there under its deployed name ("spec-drive-generator", "spec-drive-mcp",
// "spec-drive-teams"), so the API's bindings to it (the `[[workflows]] script_name`, the `[[services]]`
// MCP and TEAMS bindings) resolve to a local worker (auxiliary workers cannot have TypeScript
// entrypoints). Same settings as wrangler's build: *.md as text (the
// prompts), zod aliased to the slim build, cloudflare:/node: modules external.
import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = fileURLToPath(new URL("..", import.meta.url));

/** The workers the tests run next to the API: entry point (from the repository root) by name. */
export const AUXILIARY_WORKERS = {
  generator: "src/workers/generator.ts",
  mcp: "src/workers/mcp.ts",
  teams: "src/workers/teams.ts",
} as const;

export async function buildWorker(
  name: keyof typeof AUXILIARY_WORKERS,
  outDir = `${root}.wrangler/${name}-test`,
): Promise<string> {
  mkdirSync(outDir, { recursive: true });
  const outfile = `${outDir}/worker.js`;
  await build({
    entryPoints: [`${root}${AUXILIARY_WORKERS[name]}`],
    outfile,
    bundle: true,
    format: "esm",
    platform: "neutral",
    target: "es2022",
    conditions: ["workerd", "worker", "browser"],
    mainFields: ["module", "main"],
    external: ["cloudflare:*", "node:*"],
    loader: { ".md": "text" },
    // Exactly `zod`, as wrangler's [alias] does: esbuild's own alias would remap zod/v3, zod/v4 too.
    plugins: [
      {
        name: "zod-slim",
        setup: (b) => b.onResolve({ filter: /^zod$/ }, () => ({ path: `${root}src/platform/lib/zod-slim/index.ts` })),
      },
    ],
    logLevel: "error",
  });
  return outfile;
}
