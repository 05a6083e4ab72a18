// What the edge sees, measured against the yardstick (bench/yardstick/: Hono + drizzle over
// neon-http + nodejs_compat + one route that selects a row) in the SAME run, so that the ratios
// hold on a loaded machine: bundle size (gzip, per package from esbuild's metafile), startup CPU
// (`wrangler check startup` profiles of the minified build, median of BENCH_STARTUP_RUNS, runs of the
// two interleaved, busy time by package through the source map),
// and CPU per request inside workerd (scheduler time of the workerd threads around each request,
// from /proc; see workerd-cpu.ts). Used by bench/api.ts.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { originalPositionFor, TraceMap } from "@jridgewell/trace-mapping";
import { unstable_startWorker } from "wrangler";
import { asPlainBindings, benchBindings } from "./env.ts";
import { onCpuNs } from "./workerd-cpu.ts";

export const API_CONFIG = "bench/api.wrangler.toml";
export const TEAMS_CONFIG = "bench/teams.wrangler.toml";
export const YARDSTICK_CONFIG = "bench/yardstick/wrangler.toml";
/** The yardstick plus @hono/zod-openapi: the mandated stack's own cost, before any of our code. */
export const STACK_CONFIG = "bench/yardstick/openapi/wrangler.toml";

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

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number } }[];
  samples: number[];
  timeDeltas: number[];
}

/** A worker built as `npm run deploy` uploads it (minified): its size, and the upload and its code's map for profiling. */
interface Built {
  size: Bundle;
  bundle: string;
  map: TraceMap;
  dir: string;
}

/** A path relative to the repository: its package (node_modules/<pkg>) or src/<dir>. */
function packageOf(path: string): string {
  const pkg = /^node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(path)?.[1];
  // drizzle-orm's published maps name its unpublished src/, which resolves to node_modules/src/.
  if (pkg) return pkg === "src" ? "drizzle-orm" : pkg;
  return path.split("/").slice(0, 2).join("/");
}

function build(root: string, config: string): Built {
  const dir = mkdtempSync(join(tmpdir(), "edge-build-"));
  const bundle = join(dir, "worker.bundle");
  const meta = join(dir, "meta.json");
  wrangler(root, [
    "deploy",
    "-c",
    config,
    "--dry-run",
    "--minify",
    "--outdir",
    dir,
    "--outfile",
    bundle,
    "--metafile",
    meta,
  ]);
  const mapFile = readdirSync(dir).find((f) => f.endsWith(".js.map"));
  if (!mapFile) throw new Error(`no source map in ${dir}`);
  const bytes = readdirSync(dir)
    .filter((f) => f.endsWith(".js"))
    .map((f) => readFileSync(join(dir, f)));
  const metafile = JSON.parse(readFileSync(meta, "utf8")) as {
    outputs: Record<string, { inputs: Record<string, { bytesInOutput: number }> }>;
  };
  const by = new Map<string, number>();
  for (const [name, output] of Object.entries(metafile.outputs)) {
    if (!name.endsWith(".js")) continue;
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      // Inputs are relative to the config's directory (bench/ for the API: "../src/...").
      const pkg = packageOf(relative(root, resolve(root, dirname(config), input)));
      by.set(pkg, (by.get(pkg) ?? 0) + bytesInOutput);
    }
  }
  const size = {
    rawKiB: bytes.reduce((n, b) => n + b.length, 0) / 1024,
    gzipKiB: bytes.reduce((n, b) => n + gzipSync(b, { level: 9 }).length, 0) / 1024,
    byPackage: [...by.entries()].map(([name, b]) => ({ name, kib: b / 1024 })).sort((a, b) => b.kib - a.kib),
  };
  return { size, bundle, map: new TraceMap(readFileSync(join(dir, mapFile), "utf8")), dir };
}

/** Where a profile frame's time goes: a package or src/<dir> through the source map, or a V8/runtime bucket. */
function sourceOf(root: string, built: Built, frame: CpuProfile["nodes"][number]["callFrame"]): string {
  const { functionName, url, lineNumber, columnNumber } = frame;
  if (functionName === "(program)") return "(program): compiling and running the script, unattributed";
  if (functionName === "(garbage collector)") return "(garbage collector)";
  if (!url.endsWith(".js")) return "workerd's own modules (node compat: process, streams, buffer, ...)";
  // Module-scope code of every module is the script's top level in a bundle: no source to give.
  if (lineNumber < 0) return "(top level): module-scope code of every module";
  const source = originalPositionFor(built.map, { line: lineNumber + 1, column: columnNumber }).source;
  if (!source) return "(unmapped)";
  return packageOf(relative(root, resolve(built.dir, source)));
}

/**
 * Busy CPU of a startup profile: the sampled time of every sample that is not "(idle)" (V8
 * attributes timeDeltas[i] to samples[i]), and that time by source (self time of each frame).
 */
function busyOf(root: string, built: Built, profile: CpuProfile): { busyMs: number; bySource: Map<string, number> } {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  let busy = 0;
  const bySource = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const node = byId.get(id);
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    if (!node || node.callFrame.functionName === "(idle)") return;
    busy += ms;
    const source = sourceOf(root, built, node.callFrame);
    bySource.set(source, (bySource.get(source) ?? 0) + ms);
  });
  return { busyMs: busy, bySource };
}

/** One `wrangler check startup` run of a built worker: busy CPU ms of the startup profile. */
function startupOnce(root: string, built: Built) {
  const outfile = join(built.dir, "startup.cpuprofile");
  // A profile with no busy sample at all (seen once in five on a loaded machine: the sampler never
  // caught the script running) is not a measurement: taken again, at most twice.
  for (let attempt = 0; ; attempt++) {
    wrangler(root, ["check", "startup", "--worker", built.bundle, "--outfile", outfile]);
    const busy = busyOf(root, built, JSON.parse(readFileSync(outfile, "utf8")) as CpuProfile);
    if (busy.busyMs > 0 || attempt >= 2) return busy;
  }
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s[Math.floor((s.length - 1) / 2)] as number) : Number.NaN;
};

/** One worker's startup: busy ms per run, their median, and mean busy ms per run by source. */
export interface StartupOf {
  ms: number[];
  medianMs: number;
  bySource: Record<string, number>;
}

export interface Startup {
  api: StartupOf;
  yardstick: StartupOf;
  /** The yardstick plus @hono/zod-openapi (STACK_CONFIG). */
  stack: StartupOf;
  /** API median / yardstick median. */
  ratio: number;
}

/**
 * Bundle and startup of the API, the yardstick and the yardstick with @hono/zod-openapi, each built
 * once as deployed (minified): its size, then `runs` profiles by `wrangler check startup --worker`,
 * the runs of the three interleaved so that load hits them alike.
 */
export function edge(
  root: string,
  runs: number,
): { bundles: Record<"api" | "yardstick" | "stack", Bundle>; startup: Startup } {
  const built = {
    api: build(root, API_CONFIG),
    yardstick: build(root, YARDSTICK_CONFIG),
    stack: build(root, STACK_CONFIG),
  };
  const workers = [built.api, built.yardstick, built.stack];
  try {
    const all = workers.map(() => ({ ms: [] as number[], bySource: new Map<string, number>() }));
    for (let i = 0; i < runs; i++) {
      workers.forEach((b, k) => {
        const one = startupOnce(root, b);
        const into = all[k] as (typeof all)[number];
        into.ms.push(one.busyMs);
        for (const [source, ms] of one.bySource)
          into.bySource.set(source, (into.bySource.get(source) ?? 0) + ms / runs);
      });
    }
    const [api, yardstick, stack] = all.map((x) => ({
      ms: x.ms,
      medianMs: median(x.ms),
      bySource: Object.fromEntries(x.bySource),
    })) as [StartupOf, StartupOf, StartupOf];
    return {
      bundles: { api: built.api.size, yardstick: built.yardstick.size, stack: built.stack.size },
      startup: { api, yardstick, stack, ratio: api.medianMs / yardstick.medianMs },
    };
  } finally {
    for (const b of workers) rmSync(b.dir, { recursive: true, force: true });
  }
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

/**
 * A worker (API or yardstick) in workerd as `wrangler dev` runs it, on the given Neon endpoint. Workers
 * started with the same `registry` (a directory: wrangler's dev registry) reach each other's services
 * by name, as the API reaches the teams worker (startApi).
 */
export async function startWorker(
  root: string,
  config: string,
  neonUrl: string,
  overrides: Record<string, string> = {},
  registry?: string,
) {
  const worker = await unstable_startWorker({
    config: `${root}${config}`,
    bindings: asPlainBindings(benchBindings(neonUrl, overrides)),
    dev: {
      server: { hostname: "127.0.0.1", port: 0 },
      inspector: false,
      watch: false,
      logLevel: "error",
      // In memory: two workers started side by side (startApi) would otherwise open the same state
      // directory's SQLite files, and the second can fail to start on the first's lock (SQLITE_BUSY).
      persist: false,
      ...(registry ? { registry } : {}),
    },
  } as never);
  await worker.ready;
  const base = (await worker.url).toString().replace(/\/$/, "");
  return { base, dispose: () => worker.dispose() };
}

/**
 * The API as deployed: the teams worker (TEAMS_CONFIG), then the front (API_CONFIG), which forwards every
 * path it does not serve to it, both with the same bindings, in a dev registry of their own.
 */
export async function startApi(root: string, neonUrl: string, overrides: Record<string, string> = {}) {
  const registry = mkdtempSync(join(tmpdir(), "bench-registry-"));
  const teams = await startWorker(root, TEAMS_CONFIG, neonUrl, overrides, registry);
  const front = await startWorker(root, API_CONFIG, neonUrl, overrides, registry);
  return {
    base: front.base,
    /** The teams worker's own URL: the same app without the front's hop. */
    teamsBase: teams.base,
    dispose: async () => {
      await front.dispose();
      await teams.dispose();
      rmSync(registry, { recursive: true, force: true });
    },
  };
}

export { median };
