// Bundles the generator worker (src/generation/worker.ts) to one ES module for the API's vitest
// project: miniflare runs it there as an auxiliary worker named like the deployed script
// ("spec-drive-generator"), so the API's `[[workflows]] script_name` binding resolves to a local
// worker (auxiliary workers cannot have TypeScript entrypoints). Same settings as wrangler's build:
// *.md as text (the prompts), zod aliased to the slim build, cloudflare:/node: modules external.
import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = fileURLToPath(new URL("..", import.meta.url));

export async function buildGenerator(outDir = `${root}.wrangler/generator-test`): Promise<string> {
  mkdirSync(outDir, { recursive: true });
  const outfile = `${outDir}/worker.js`;
  await build({
    entryPoints: [`${root}src/generation/worker.ts`],
    outfile,
    bundle: true,
    format: "esm",
    platform: "neutral",
    target: "es2022",
    conditions: ["workerd", "worker", "browser"],
    mainFields: ["module", "main"],
    external: ["cloudflare:*", "node:*"],
    loader: { ".md": "text" },
    alias: { zod: `${root}src/lib/zod-slim/index.ts` },
    logLevel: "error",
  });
  return outfile;
}
