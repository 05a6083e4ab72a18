// `npm run bench:hash`: CPU per scrypt hash inside workerd (the app's own hashPassword, bench/hash-worker.ts)
// and in Node, for the parameters in use and OWASP's equivalent rows. Env: BENCH_K (hashes per run, 5),
// BENCH_RUNS (5); .ci/run runs it tiny.
import { scryptSync } from "node:crypto";
import { fileURLToPath } from "node:url";
import { unstable_startWorker } from "wrangler";
import { CURRENT_PARAMS, type ScryptParams } from "../src/platform/auth/password.ts";
import { workerdCpuMs } from "./workerd-cpu.ts";

const K = Number(process.env.BENCH_K ?? 5);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const root = fileURLToPath(new URL("..", import.meta.url));

// OWASP's equivalent scrypt rows that fit a 128 MB isolate, current parameters first.
const SETTINGS: ScryptParams[] = [
  CURRENT_PARAMS,
  { ln: 13, r: 8, p: 10 },
  { ln: 15, r: 8, p: 3 },
  { ln: 16, r: 8, p: 2 },
];

const min = (xs: number[]) => Math.min(...xs);

const label = (p: ScryptParams) => `N=2^${p.ln} r=${p.r} p=${p.p} (${(128 * 2 ** p.ln * p.r) / 2 ** 20} MiB)`;

// wrangler bundles the worker (as `wrangler dev` would) and runs it in workerd through Miniflare.
const worker = await unstable_startWorker({
  // Not the repository's wrangler.toml (read by default): its Workflow binding cannot start here; the
  // yardstick's config only supplies defaults (name, entrypoint and flags are set below).
  config: `${root}bench/yardstick/wrangler.toml`,
  name: "hash-bench",
  entrypoint: `${root}bench/hash-worker.ts`,
  compatibilityDate: "2026-08-22",
  compatibilityFlags: ["nodejs_compat"],
  dev: { server: { hostname: "127.0.0.1", port: 0 }, inspector: false, watch: false, logLevel: "error" },
});
await worker.ready;

async function timeRequest(k: number, p: ScryptParams): Promise<{ wall: number; cpu: number | undefined }> {
  const cpuBefore = workerdCpuMs();
  const started = performance.now();
  const res = await worker.fetch(`http://bench/?k=${k}&ln=${p.ln}&r=${p.r}&p=${p.p}`);
  const text = await res.text();
  const wall = performance.now() - started;
  const cpuAfter = workerdCpuMs();
  if (!res.ok) throw new Error(text);
  return { wall, cpu: cpuBefore === undefined || cpuAfter === undefined ? undefined : cpuAfter - cpuBefore };
}

function nodeCpuMs(p: ScryptParams): number {
  const N = 2 ** p.ln;
  const samples: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const before = process.cpuUsage();
    for (let i = 0; i < K; i++) {
      scryptSync(`bench password ${i}`, "0123456789abcdef", 32, { N, r: p.r, p: p.p, maxmem: 256 * N * p.r });
    }
    const used = process.cpuUsage(before);
    samples.push((used.user + used.system) / 1000 / K);
  }
  return min(samples);
}

console.log(`scrypt cost per hash (min of ${RUNS} runs, ${K} hashes per run; 32-byte key, 16-byte salt)\n`);
console.log("| parameters | workerd CPU (/proc), ms/hash | workerd wall, ms/hash | Node cpuUsage, ms/hash |");
console.log("|---|---|---|---|");
try {
  for (const p of SETTINGS) {
    const current = p === CURRENT_PARAMS ? " **(current)**" : "";
    try {
      await timeRequest(1, p); // warm-up
    } catch (err) {
      const cause = (err as Error & { cause?: Error }).cause?.message ?? "";
      console.log(
        `| ${label(p)}${current} | failed: ${(err as Error).message} ${cause} | | ${nodeCpuMs(p).toFixed(1)} |`,
      );
      process.exitCode = 1; // a bench that cannot measure is broken (CI runs it)
      continue;
    }
    const base = { wall: [] as number[], cpu: [] as number[] };
    const full = { wall: [] as number[], cpu: [] as number[] };
    for (let run = 0; run < RUNS; run++) {
      const b = await timeRequest(0, p);
      const f = await timeRequest(K, p);
      base.wall.push(b.wall);
      full.wall.push(f.wall);
      if (b.cpu !== undefined && f.cpu !== undefined) {
        base.cpu.push(b.cpu);
        full.cpu.push(f.cpu);
      }
    }
    const wall = ((min(full.wall) - min(base.wall)) / K).toFixed(1);
    const cpu = full.cpu.length ? ((min(full.cpu) - min(base.cpu)) / K).toFixed(1) : "n/a";
    console.log(`| ${label(p)}${current} | ${cpu} | ${wall} | ${nodeCpuMs(p).toFixed(1)} |`);
  }
} finally {
  await worker.dispose();
}
