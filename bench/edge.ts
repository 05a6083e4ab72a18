// What the edge sees, measured against the yardstick (bench/yardstick/: Hono + drizzle over
// neon-http + nodejs_compat + one route that selects a row) in the SAME run, so that the ratios
// hold on a loaded machine: bundle size (gzip, per package from esbuild's metafile), startup CPU
// (`wrangler check startup` profiles, median of BENCH_STARTUP_RUNS, runs of the two interleaved),
// and CPU per request inside workerd (scheduler time of the workerd threads around each request,
// from /proc; see workerd-cpu.ts). Used by bench/api.ts.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { unstable_startWorker } from "wrangler";
import { asPlainBindings, benchBindings } from "./env.ts";
import { onCpuNs } from "./workerd-cpu.ts";

export const API_CONFIG = "bench/api.wrangler.toml";
export const YARDSTICK_CONFIG = "bench/yardstick/wrangler.toml";

const wranglerEnv = { ...process.env, CLOUDFLARE_CF_FETCH_ENABLED: "false", WRANGLER_SEND_METRICS: "false" };

function wrangler(root: string, args: string[]): string {
  const run = spawnSync(join(root, "node_modules/.bin/wrangler"), args, {
    cwd: root,
    encoding: "utf8",
    env: wranglerEnv,
  });
  if (run.status !== 0) throw new Error(`wrangler ${args.join(" ")} failed:\n${run.stdout}${run.stderr}`);
  return run.stdout;
}

export interface Bundle {
  rawKiB: number;
  gzipKiB: number;
  /** Minified bytes in the output per package (node_modules/<pkg>) or per src/<dir>, KiB, largest first. */
  byPackage: { name: string; kib: number }[];
}

/** `wrangler deploy --dry-run --minify` (what `npm run deploy` uploads), measured. */
export function bundleOf(root: string, config: string): Bundle {
  const out = mkdtempSync(join(tmpdir(), "edge-bundle-"));
  try {
    const meta = join(out, "meta.json");
    wrangler(root, ["deploy", "-c", config, "--dry-run", "--minify", "--outdir", out, "--metafile", meta]);
    const js = readdirSync(out).filter((f) => f.endsWith(".js"));
    const bytes = js.map((f) => readFileSync(join(out, f)));
    const metafile = JSON.parse(readFileSync(meta, "utf8")) as {
      outputs: Record<string, { inputs: Record<string, { bytesInOutput: number }> }>;
    };
    const by = new Map<string, number>();
    for (const [name, output] of Object.entries(metafile.outputs)) {
      if (!name.endsWith(".js")) continue;
      for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
        const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input)?.[1] ?? input.split("/").slice(0, 2).join("/");
        by.set(pkg, (by.get(pkg) ?? 0) + bytesInOutput);
      }
    }
    return {
      rawKiB: bytes.reduce((n, b) => n + b.length, 0) / 1024,
      gzipKiB: bytes.reduce((n, b) => n + gzipSync(b, { level: 9 }).length, 0) / 1024,
      byPackage: [...by.entries()].map(([name, b]) => ({ name, kib: b / 1024 })).sort((a, b) => b.kib - a.kib),
    };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string } }[];
  samples: number[];
  timeDeltas: number[];
}

/**
 * Busy CPU of a startup profile: the sampled time of every sample that is not "(idle)" (V8
 * attributes timeDeltas[i] to samples[i]). Also the busiest sources (bundle line ranges are
 * meaningless after minification, so by function name).
 */
export function busyOf(profile: CpuProfile): { busyMs: number; top: { fn: string; ms: number }[] } {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  let busy = 0;
  const self = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const node = byId.get(id);
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    if (!node || node.callFrame.functionName === "(idle)") return;
    busy += ms;
    const fn = node.callFrame.functionName || "(top level)";
    self.set(fn, (self.get(fn) ?? 0) + ms);
  });
  const top = [...self.entries()].map(([fn, ms]) => ({ fn, ms })).sort((a, b) => b.ms - a.ms);
  return { busyMs: busy, top: top.slice(0, 8) };
}

/** One `wrangler check startup` run of a config: busy CPU ms of the startup profile. */
export function startupOnce(root: string, config: string) {
  const dir = mkdtempSync(join(tmpdir(), "edge-startup-"));
  try {
    const outfile = join(dir, "startup.cpuprofile");
    // `-c` alone is not enough: `check startup` builds the worker with its own `wrangler deploy`, which
    // does not get the config unless it is passed through `--args` too (without it, both the API and
    // the yardstick were measured as the repository's wrangler.toml, i.e. the API twice).
    // A profile with no busy sample at all (seen once in five on a loaded machine: the sampler never
    // caught the script running) is not a measurement: taken again, at most twice.
    for (let attempt = 0; ; attempt++) {
      wrangler(root, ["check", "startup", "-c", config, `--args=-c ${config}`, "--outfile", outfile]);
      const busy = busyOf(JSON.parse(readFileSync(outfile, "utf8")) as CpuProfile);
      if (busy.busyMs > 0 || attempt >= 2) return busy;
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s[Math.floor((s.length - 1) / 2)] as number) : Number.NaN;
};

export interface Startup {
  apiMs: number[];
  yardstickMs: number[];
  apiMedianMs: number;
  yardstickMedianMs: number;
  ratio: number;
  apiTop: { fn: string; ms: number }[];
}

/** Startup of the API and of the yardstick, `runs` each, interleaved so that load hits both alike. */
export function startup(root: string, runs: number): Startup {
  const apiMs: number[] = [];
  const yardstickMs: number[] = [];
  let apiTop: { fn: string; ms: number }[] = [];
  for (let i = 0; i < runs; i++) {
    const api = startupOnce(root, API_CONFIG);
    apiMs.push(api.busyMs);
    if (i === 0) apiTop = api.top;
    yardstickMs.push(startupOnce(root, YARDSTICK_CONFIG).busyMs);
  }
  const apiMedianMs = median(apiMs);
  const yardstickMedianMs = median(yardstickMs);
  return { apiMs, yardstickMs, apiMedianMs, yardstickMedianMs, ratio: apiMedianMs / yardstickMedianMs, apiTop };
}

/**
 * CPU of one request in workerd: the on-CPU time of every workerd thread while the request is in
 * flight (sequential requests only, so nothing else runs there). Includes workerd's HTTP serving and
 * the request log write, as in production; the database and the local Neon endpoint run in this
 * (Node) process and are not counted. undefined off Linux.
 */
export async function workerdCpuOf<T>(pids: number[], work: () => Promise<T>): Promise<{ value: T; us?: number }> {
  const before = onCpuNs(pids);
  const value = await work();
  const after = onCpuNs(pids);
  return { value, us: before === undefined || after === undefined ? undefined : (after - before) / 1000 };
}

/** A worker (API or yardstick) in workerd as `wrangler dev` runs it, on the given Neon endpoint. */
export async function startWorker(
  root: string,
  config: string,
  neonUrl: string,
  overrides: Record<string, string> = {},
) {
  const worker = await unstable_startWorker({
    config: `${root}${config}`,
    bindings: asPlainBindings(benchBindings(neonUrl, overrides)),
    dev: { server: { hostname: "127.0.0.1", port: 0 }, inspector: false, watch: false, logLevel: "error" },
  } as never);
  await worker.ready;
  const base = (await worker.url).toString().replace(/\/$/, "");
  return { base, dispose: () => worker.dispose() };
}

export { median };
