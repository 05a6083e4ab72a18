// `npm run bench`: latency, round trips and CPU per endpoint of the REAL worker.
//
// 1. Database: a fresh database on the Postgres at BENCH_DATABASE_URL (default
//    postgres://postgres@127.0.0.1:5432/postgres), migrated, dropped at the end. If no server
//    answers, embedded PGlite (said so in the output: PGlite is single-connection, so concurrent
//    requests queue there and the latencies are not a server's).
// 2. For each injected latency in BENCH_LATENCIES (default "20,0", ms per database round trip,
//    standing for the edge-to-region distance): the local Neon endpoint (tools/local-neon) with that
//    latency, and the worker bundled and run in workerd exactly as `wrangler dev` does
//    (wrangler's unstable_startWorker: the front, bench/api.wrangler.toml, forwarding what it does not serve
//    to the teams worker, bench/teams.wrangler.toml, as deployed), reached over HTTP. BENCH_USERS virtual
//    users (default 4; more saturate a 2-core machine, whose queueing then hides the latency) run concurrently, each the journey of bench/scenario.ts with BENCH_ROUNDS
//    rounds (default 8), the whole run bounded by BENCH_MAX_SECONDS (default 120).
//    Every virtual user sends its own cf-connecting-ip, so the per-IP auth rate limits do not
//    throttle the bench (checked first on verify-email's per-IP limit, which needs no hashing).
//    Per endpoint: round trips (from the Server-Timing header the app sends), p50/p95/p99 of the
//    client-side latency, and p50 / (round trips x injected latency): 1.0 is the floor.
// 3. CPU per request per endpoint: bench/cpu.ts in a child Node process (same app, same journey,
//    app.request, process.cpuUsage), password-hashing endpoints apart. Plus, as a cross-check, the
//    workerd process's own CPU time (/proc, Linux) over each load run divided by its requests.
// 4. CPU per MB of a hostile body whose credential is not yet checked (it holds a ticket), flat vs
//    nested 60 deep (bench/body-cpu.ts).
// 5. Validation CPU per stored version by artifact size up to the 512 KiB content limit, and traceability over a
//    grown spec set (bench/validation.ts, BENCH_VALIDATION_ROUNDS rounds per size, default 15).
// 6. Credentials before work: CPU in workerd of every signed-in operation that takes a body, at its
//    body limit and at PRECHECK_BODY_OVER, with an unknown key, a revoked key and no credential,
//    against the same body sent to the yardstick (bench/preauth.ts, BENCH_PREAUTH_RUNS per cell,
//    default 7); more than 5 ms over that floor fails the bench.
// Output: tables on stdout, bench/results/api-<timestamp>.json and .svg (git-ignored).
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import { fileURLToPath } from "node:url";
import { RULES } from "../src/platform/auth/rate-limit.ts";
import { type Backend, startLocalNeon } from "../tools/local-neon/index.ts";
import { openDatabase } from "./database.ts";
import {
  type Bundle,
  edge,
  median as medianOf,
  type Startup,
  type StartupOf,
  startApi,
  startWorker,
  workerdCpuOf,
  YARDSTICK_CONFIG,
} from "./edge.ts";
import { burstHeader, burstRow, loginBurst } from "./login-burst.ts";
import { preauthRun, printPreauth } from "./preauth.ts";
import { everydayMix, HASHING, type Reply, signIn, userJourney } from "./scenario.ts";
import { workerdCpuMs, workerdProcesses } from "./workerd-cpu.ts";

const root = fileURLToPath(new URL("..", import.meta.url));
const LATENCIES = (process.env.BENCH_LATENCIES ?? process.env.BENCH_LATENCY_MS ?? "20,0")
  .split(",")
  .filter((s) => s.trim() !== "")
  .map(Number);
const USERS = Number(process.env.BENCH_USERS ?? 4);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 8);
const MAX_SECONDS = Number(process.env.BENCH_MAX_SECONDS ?? 120);
const STARTUP_RUNS = Number(process.env.BENCH_STARTUP_RUNS ?? 5);
const CPU_USERS = Number(process.env.BENCH_CPU_USERS ?? 6);
const CPU_WARMUP = Number(process.env.BENCH_CPU_WARMUP ?? 2);
const YARDSTICK_REQUESTS = Number(process.env.BENCH_YARDSTICK_REQUESTS ?? 200);
const BURST_LOGINS = Number(process.env.BENCH_BURST_LOGINS ?? 20);
/** Rounds per document size of the validation CPU section (bench/validation.ts). */
const VALIDATION_ROUNDS = Number(process.env.BENCH_VALIDATION_ROUNDS ?? 15);
const runId = `b${Date.now().toString(36)}`;
// The local runtime would otherwise try to fetch Cloudflare's `request.cf` data from the internet.
process.env.CLOUDFLARE_CF_FETCH_ENABLED ??= "false";

// ------------------------------------------------------------------------------------ workerd CPU

// ------------------------------------------------------------------------------------ statistics

interface Sample {
  label: string;
  status: number;
  ms: number;
  roundTrips: number;
}

const pct = (sorted: number[], p: number) =>
  sorted.length ? (sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number) : NaN;
const median = (xs: number[]) =>
  pct(
    [...xs].sort((a, b) => a - b),
    50,
  );

interface Row {
  endpoint: string;
  requests: number;
  errors: number;
  roundTrips: number | string;
  p50: number;
  p95: number;
  p99: number;
  floorRatio: number | null;
}

function summarise(samples: Sample[], latencyMs: number): Row[] {
  const by = new Map<string, Sample[]>();
  for (const s of samples) by.set(s.label, [...(by.get(s.label) ?? []), s]);
  return [...by.entries()]
    .map(([endpoint, xs]) => {
      const ok = xs.filter((s) => s.status < 400);
      const ms = ok.map((s) => s.ms).sort((a, b) => a - b);
      const rts = [...new Set(ok.map((s) => s.roundTrips))].sort((a, b) => a - b);
      const rt = rts.length === 1 ? (rts[0] as number) : `${rts[0]}-${rts.at(-1)}`;
      const p50 = pct(ms, 50);
      const floor = typeof rt === "number" && rt > 0 && latencyMs > 0 ? rt * latencyMs : null;
      return {
        endpoint,
        requests: xs.length,
        errors: xs.length - ok.length,
        roundTrips: rt,
        p50,
        p95: pct(ms, 95),
        p99: pct(ms, 99),
        floorRatio: floor ? p50 / floor : null,
      };
    })
    .sort((a, b) => a.endpoint.localeCompare(b.endpoint));
}

const f1 = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : "-");

function printTable(rows: Row[]) {
  console.log("| endpoint | requests | errors | round trips | p50 ms | p95 ms | p99 ms | p50 / (RT x latency) |");
  console.log("|---|---:|---:|---:|---:|---:|---:|---:|");
  for (const r of rows) {
    const ratio = r.floorRatio === null ? "-" : r.floorRatio.toFixed(2);
    console.log(
      `| ${r.endpoint} | ${r.requests} | ${r.errors} | ${r.roundTrips} | ${f1(r.p50)} | ${f1(r.p95)} | ${f1(r.p99)} | ${ratio} |`,
    );
  }
}

// ------------------------------------------------------------------------------------ load run

/**
 * Does the local runtime pass a client-supplied cf-connecting-ip through to the worker? Checked on
 * verify-email's per-IP limit (no hashing, no mail): limit+1 requests with ONE header value must
 * end in 429, and limit+1 requests with a different value each must not.
 */
async function checkIpPassthrough(base: string): Promise<string> {
  const n = RULES.verifyByIp.limit + 1;
  const tag = randomBytes(3).toString("hex");
  const post = (ip: string) =>
    fetch(`${base}/api/auth/verify-email`, {
      method: "POST",
      headers: { "content-type": "application/json", "cf-connecting-ip": ip },
      body: JSON.stringify({ token: "x".repeat(43) }),
    }).then(async (r) => {
      await r.arrayBuffer();
      return r.status;
    });
  const same: number[] = [];
  for (let i = 0; i < n; i++) same.push(await post(`198.51.100.${tag}-same`));
  const distinct: number[] = [];
  for (let i = 0; i < n; i++) distinct.push(await post(`198.51.100.${tag}-${i}`));
  const ok = same.at(-1) === 429 && !distinct.includes(429);
  return ok
    ? `cf-connecting-ip: honoured by the local runtime (${n} requests with one value: last one 429; ${n} with distinct values: none 429), so each virtual user has its own per-IP limits`
    : `!! cf-connecting-ip NOT honoured (same value: ${same.join(",")}; distinct: ${distinct.join(",")}): per-IP limits may distort the run`;
}

async function loadRun(backend: Backend, latencyMs: number) {
  const neon = await startLocalNeon({ backend, latencyMs, log: () => {} });
  const worker = await startApi(root, neon.url);
  try {
    const base = worker.base;
    for (let i = 0; i < 3; i++) await (await fetch(`${base}/health`)).arrayBuffer();
    const ipCheck = await checkIpPassthrough(base);

    const samples: Sample[] = [];
    const failures: string[] = [];
    const cpuBefore = workerdCpuMs();
    const started = performance.now();
    const deadline = started + MAX_SECONDS * 1000;
    const sendAs =
      (ip: string) =>
      async (label: string, method: string, path: string, opts: { body?: unknown; token?: string } = {}) => {
        const headers: Record<string, string> = { "cf-connecting-ip": ip };
        if (opts.token) headers.authorization = `Bearer ${opts.token}`;
        if (opts.body !== undefined) headers["content-type"] = "application/json";
        const t0 = performance.now();
        const res = await fetch(`${base}${path}`, {
          method,
          headers,
          body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
        });
        const buf = await res.arrayBuffer();
        const ms = performance.now() - t0;
        const timing = /desc="(\d+) round trips"/.exec(res.headers.get("server-timing") ?? "");
        samples.push({ label, status: res.status, ms, roundTrips: timing ? Number(timing[1]) : -1 });
        const isJson = (res.headers.get("content-type") ?? "").includes("json");
        return { status: res.status, json: isJson ? JSON.parse(new TextDecoder().decode(buf)) : undefined } as Reply;
      };
    // A documentation-range address per virtual user: the per-IP limits count each on its own.
    const users = Array.from({ length: USERS }, (_, vu) => ({ vu, send: sendAs(`192.0.2.${vu + 1}`) }));
    const settle = async <T>(vu: number, work: () => Promise<T>): Promise<T | undefined> => {
      try {
        return await work();
      } catch (err) {
        failures.push(`user ${vu}: ${(err as Error).message}`);
        return undefined;
      }
    };
    // Phase 1, everyone signs up and logs in (scrypt: ~150 ms of CPU each, which blocks the
    // isolate); phase 2, the everyday mix, so that its latencies are not queued behind hashing.
    const tokens = await Promise.all(
      users.map((u) => settle(u.vu, () => signIn(u.send, `${runId}-l${latencyMs}-${u.vu}@bench.test`))),
    );
    const cpuMix = workerdCpuMs();
    const mixStart = samples.length;
    await Promise.all(
      users.map((u, i) => {
        const token = tokens[i];
        return token ? settle(u.vu, () => everydayMix(u.send, token, { rounds: ROUNDS, deadline })) : undefined;
      }),
    );
    const wallS = (performance.now() - started) / 1000;
    const cpuAfter = workerdCpuMs();
    const mixRequests = samples.length - mixStart;
    return {
      ipCheck,
      latencyMs,
      wallS,
      mixCpuMsPerRequest:
        cpuMix === undefined || cpuAfter === undefined || mixRequests === 0
          ? undefined
          : (cpuAfter - cpuMix) / mixRequests,
      samples,
      failures,
      workerdCpuMs: cpuBefore === undefined || cpuAfter === undefined ? undefined : cpuAfter - cpuBefore,
    };
  } finally {
    await worker.dispose();
    await neon.close();
  }
}

// ------------------------------------------------------------------------------------- CPU run

async function cpuRun(backend: Backend): Promise<Record<string, number[]>> {
  const neon = await startLocalNeon({ backend, latencyMs: 0, log: () => {} });
  try {
    const child = spawn(
      process.execPath,
      [
        "--experimental-transform-types",
        "--no-warnings=ExperimentalWarning",
        "--import",
        "./bench/resolve-ts.ts",
        // e.g. BENCH_CPU_NODE_ARGS=--cpu-prof to see where the CPU goes.
        ...(process.env.BENCH_CPU_NODE_ARGS ?? "").split(" ").filter(Boolean),
        "bench/cpu.ts",
      ],
      {
        cwd: root,
        env: { ...process.env, BENCH_NEON_URL: neon.url, BENCH_RUN_ID: runId, BENCH_ROUNDS: String(ROUNDS) },
        stdio: ["ignore", "pipe", "inherit"],
      },
    );
    let out = "";
    child.stdout.on("data", (d) => {
      out += d;
    });
    const code = await new Promise<number>((resolve) => child.on("exit", (c) => resolve(c ?? 1)));
    if (code !== 0) throw new Error(`bench/cpu.ts exited with ${code}`);
    return (JSON.parse(out.trim().split("\n").at(-1) as string) as { samples: Record<string, number[]> }).samples;
  } finally {
    await neon.close();
  }
}

// --------------------------------------------------------------------------- CPU inside workerd

/**
 * The API and the yardstick side by side in workerd (no injected latency): the journey of
 * bench/scenario.ts one request at a time, CPU per request from the workerd threads' scheduler time
 * (bench/edge.ts); the yardstick's one route as the floor (workerd's HTTP serving, one select); then
 * the login burst.
 */
async function workerdRun(backend: Backend) {
  const neon = await startLocalNeon({ backend, latencyMs: 0, log: () => {} });
  const others = new Set(workerdProcesses());
  const api = await startApi(root, neon.url);
  const apiPids = workerdProcesses().filter((p) => !others.has(p));
  const yard = await startWorker(root, YARDSTICK_CONFIG, neon.url);
  const yardPids = workerdProcesses().filter((p) => !others.has(p) && !apiPids.includes(p));
  try {
    const samples: Record<string, number[]> = {};
    const sendAs =
      (ip: string, measure: boolean) =>
      async (label: string, method: string, path: string, opts: { body?: unknown; token?: string } = {}) => {
        const headers: Record<string, string> = { "cf-connecting-ip": ip };
        if (opts.token) headers.authorization = `Bearer ${opts.token}`;
        if (opts.body !== undefined) headers["content-type"] = "application/json";
        const { value, us } = await workerdCpuOf(apiPids, async () => {
          const res = await fetch(`${api.base}${path}`, {
            method,
            headers,
            body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
          });
          return { res, buf: await res.arrayBuffer() };
        });
        if (measure && us !== undefined) {
          samples[label] ??= [];
          samples[label].push(us);
        }
        const isJson = (value.res.headers.get("content-type") ?? "").includes("json");
        return {
          status: value.res.status,
          json: isJson ? JSON.parse(new TextDecoder().decode(value.buf)) : undefined,
        } as Reply;
      };
    const journey = (i: number, measure: boolean) =>
      userJourney(sendAs(`203.0.113.${(measure ? 100 : 1) + i}`, measure), {
        email: `${runId}-wd-${measure ? "m" : "w"}-${i}@bench.test`,
        rounds: ROUNDS,
        deadline: Number.POSITIVE_INFINITY,
      });
    for (let i = 0; i < CPU_WARMUP; i++) await journey(i, false);
    for (let i = 0; i < CPU_USERS; i++) await journey(i, true);

    const row = async () => {
      const res = await fetch(`${yard.base}/row`);
      await res.arrayBuffer();
      if (res.status !== 200) throw new Error(`yardstick GET /row: HTTP ${res.status}`);
    };
    for (let i = 0; i < Math.min(20, YARDSTICK_REQUESTS); i++) await row();
    const floor: number[] = [];
    for (let i = 0; i < YARDSTICK_REQUESTS; i++) {
      const { us } = await workerdCpuOf(yardPids, row);
      if (us !== undefined) floor.push(us);
    }
    const burst = BURST_LOGINS > 0 ? await loginBurst(api.base, BURST_LOGINS, runId) : undefined;
    return { samples, floor, burst };
  } finally {
    await api.dispose();
    await yard.dispose();
    await neon.close();
  }
}

/** A bench script in a child Node process: its tables go to stdout, its last line (JSON) is returned parsed. */
async function childBench<T>(script: string, env: Record<string, string> = {}): Promise<T> {
  const child = spawn(
    process.execPath,
    [
      "--experimental-transform-types",
      "--no-warnings=ExperimentalWarning",
      "--import",
      "./bench/resolve-ts.ts",
      script,
    ],
    { cwd: root, stdio: ["ignore", "pipe", "inherit"], env: { ...process.env, ...env } },
  );
  let out = "";
  child.stdout.on("data", (d) => {
    out += d;
  });
  const code = await new Promise<number>((resolve) => child.on("exit", (c) => resolve(c ?? 1)));
  if (code !== 0) throw new Error(`${script} exited with ${code}`);
  const lines = out.trim().split("\n");
  console.log(lines.slice(0, -1).join("\n"));
  return JSON.parse(lines.at(-1) as string);
}

/** bench/body-cpu.ts: CPU per MB of a hostile body, flat vs nested. */
const bodyCpuRun = () => childBench<{ msPerMb: Record<string, number>; ratio: number }>("bench/body-cpu.ts");

/** bench/validation.ts: validation CPU per stored version by artifact size up to 512 KiB, and traceability. */
const validationCpuRun = () =>
  childBench<{
    artifacts: { name: string; kib: number; medianMs: number; maxMs: number; findings: number }[];
    traceability: { kib: number; medianMs: number; maxMs: number }[];
  }>("bench/validation.ts", { BENCH_ROUNDS: String(VALIDATION_ROUNDS) });

// ------------------------------------------------------------------------------------------ chart

function svgChart(runs: { latencyMs: number; rows: Row[] }[]): string {
  const endpoints = [...new Set(runs.flatMap((r) => r.rows.map((x) => x.endpoint)))].sort();
  const colors = ["#2563eb", "#f59e0b", "#10b981", "#ef4444"];
  const max = Math.max(...runs.flatMap((r) => r.rows.map((x) => x.p95)).filter(Number.isFinite), 1);
  const rowH = 8 + runs.length * 12;
  const left = 330;
  const width = 900;
  const plotW = width - left - 60;
  const height = 40 + endpoints.length * rowH + 30;
  const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="sans-serif" font-size="11">`,
    `<rect width="100%" height="100%" fill="white"/>`,
    `<text x="10" y="18" font-size="13" font-weight="bold">Latency per endpoint: bar = p50, tick = p95 (ms)</text>`,
  ];
  runs.forEach((r, i) => {
    parts.push(
      `<rect x="${left + i * 150}" y="26" width="10" height="10" fill="${colors[i % colors.length]}"/>`,
      `<text x="${left + 14 + i * 150}" y="35">${r.latencyMs} ms per round trip</text>`,
    );
  });
  endpoints.forEach((e, j) => {
    const y0 = 44 + j * rowH;
    parts.push(`<text x="${left - 6}" y="${y0 + rowH / 2 + 3}" text-anchor="end">${esc(e)}</text>`);
    runs.forEach((r, i) => {
      const row = r.rows.find((x) => x.endpoint === e);
      if (!row || !Number.isFinite(row.p50)) return;
      const y = y0 + 4 + i * 12;
      const w = (row.p50 / max) * plotW;
      const t = (row.p95 / max) * plotW;
      const c = colors[i % colors.length];
      parts.push(
        `<rect x="${left}" y="${y}" width="${w.toFixed(1)}" height="10" fill="${c}"/>`,
        `<line x1="${(left + t).toFixed(1)}" x2="${(left + t).toFixed(1)}" y1="${y}" y2="${y + 10}" stroke="${c}" stroke-width="2"/>`,
        `<text x="${(left + Math.max(w, t) + 4).toFixed(1)}" y="${y + 9}">${row.p50.toFixed(0)}</text>`,
      );
    });
  });
  parts.push("</svg>");
  return parts.join("\n");
}

function printEdge(bundles: { api: Bundle; yardstick: Bundle; stack: Bundle }, st: Startup) {
  console.log(
    `## Edge: the API against the yardstick (bench/yardstick), same run; load average ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(", ")}\n`,
  );
  console.log(
    "Yardstick + zod-openapi: the yardstick with one @hono/zod-openapi route and its document (bench/yardstick/openapi).\n",
  );
  console.log("| | API | yardstick | API / yardstick | yardstick + zod-openapi | API / that |");
  console.log("|---|---:|---:|---:|---:|---:|");
  const row = (label: string, api: number, yardstick: number, stack: number, goal = "") =>
    console.log(
      `| ${label} | ${api.toFixed(1)} | ${yardstick.toFixed(1)} | ${(api / yardstick).toFixed(2)}${goal} | ${stack.toFixed(1)} | ${(api / stack).toFixed(2)} |`,
    );
  row(
    "bundle, gzip KiB (wrangler deploy --dry-run --minify)",
    bundles.api.gzipKiB,
    bundles.yardstick.gzipKiB,
    bundles.stack.gzipKiB,
  );
  row("bundle, raw KiB", bundles.api.rawKiB, bundles.yardstick.rawKiB, bundles.stack.rawKiB);
  row(
    `startup busy CPU ms, median of ${st.api.ms.length} (wrangler check startup, minified as deployed)`,
    st.api.medianMs,
    st.yardstick.medianMs,
    st.stack.medianMs,
    " (goal <= 1.5)",
  );
  const runs = (x: StartupOf) => x.ms.map((ms) => ms.toFixed(1)).join(", ");
  console.log(
    `\nstartup runs, ms: API ${runs(st.api)}; yardstick ${runs(st.yardstick)}; yardstick + zod-openapi ${runs(st.stack)}`,
  );
  console.log(
    "\nStartup busy CPU by source, mean ms per run (self time of the profile's frames, mapped through the source map):\n",
  );
  console.log("| source | API | yardstick | yardstick + zod-openapi |");
  console.log("|---|---:|---:|---:|");
  const sources = [st.api, st.yardstick, st.stack].flatMap((x) => Object.keys(x.bySource));
  const ms = (x: StartupOf, source: string) => x.bySource[source] ?? 0;
  for (const source of [...new Set(sources)].sort((x, y) => ms(st.api, y) - ms(st.api, x))) {
    const cells = [st.api, st.yardstick, st.stack].map((x) => ms(x, source));
    if (cells.some((c) => c >= 0.5)) console.log(`| ${source} | ${cells.map((c) => c.toFixed(1)).join(" | ")} |`);
  }
  console.log("\nAPI bundle by package (minified KiB in the output, esbuild metafile):\n");
  console.log("| package / source | KiB |");
  console.log("|---|---:|");
  for (const p of bundles.api.byPackage.filter((x) => x.kib >= 1)) console.log(`| ${p.name} | ${p.kib.toFixed(1)} |`);
  console.log("");
}

/** Startup and bundle (API vs yardstick) and CPU per request in workerd per endpoint against the floor. */
function edgeChart(
  bundles: { api: Bundle; yardstick: Bundle; stack: Bundle },
  st: Startup,
  floor: { medianMs: number; p95Ms: number },
  rows: { endpoint: string; hashing: boolean; medianMs: number; p95Ms: number }[],
): string {
  const left = 330;
  const width = 900;
  const plotW = width - left - 80;
  const esc = (x: string) => x.replace(/&/g, "&amp;").replace(/</g, "&lt;");
  const parts: string[] = [];
  let y = 20;
  const title = (t: string) => {
    parts.push(`<text x="10" y="${y}" font-size="13" font-weight="bold">${esc(t)}</text>`);
    y += 12;
  };
  const bar = (label: string, value: number, max: number, color: string, text: string, tick?: number) => {
    const w = (value / max) * plotW;
    parts.push(
      `<text x="${left - 6}" y="${y + 9}" text-anchor="end">${esc(label)}</text>`,
      `<rect x="${left}" y="${y}" width="${w.toFixed(1)}" height="10" fill="${color}"/>`,
    );
    if (tick !== undefined) {
      const t = (tick / max) * plotW;
      parts.push(
        `<line x1="${(left + t).toFixed(1)}" x2="${(left + t).toFixed(1)}" y1="${y}" y2="${y + 10}" stroke="${color}" stroke-width="2"/>`,
      );
    }
    parts.push(
      `<text x="${(left + Math.max(w, tick === undefined ? 0 : (tick / max) * plotW) + 4).toFixed(1)}" y="${y + 9}">${esc(text)}</text>`,
    );
    y += 14;
  };
  title("Startup busy CPU, ms (median; yardstick = same run's floor)");
  const sMax = Math.max(st.api.medianMs, st.yardstick.medianMs, st.stack.medianMs, 1);
  bar("API", st.api.medianMs, sMax, "#2563eb", `${st.api.medianMs.toFixed(1)} (${st.ratio.toFixed(2)}x)`);
  bar("yardstick", st.yardstick.medianMs, sMax, "#9ca3af", st.yardstick.medianMs.toFixed(1));
  bar("yardstick + zod-openapi", st.stack.medianMs, sMax, "#d1d5db", st.stack.medianMs.toFixed(1));
  y += 10;
  title("Bundle, gzip KiB");
  const bMax = Math.max(bundles.api.gzipKiB, bundles.yardstick.gzipKiB, bundles.stack.gzipKiB);
  bar("API", bundles.api.gzipKiB, bMax, "#2563eb", bundles.api.gzipKiB.toFixed(1));
  bar("yardstick", bundles.yardstick.gzipKiB, bMax, "#9ca3af", bundles.yardstick.gzipKiB.toFixed(1));
  bar("yardstick + zod-openapi", bundles.stack.gzipKiB, bMax, "#d1d5db", bundles.stack.gzipKiB.toFixed(1));
  y += 10;
  title("CPU per request in workerd, ms: bar = median, tick = p95; grey = yardstick floor");
  const other = rows.filter((r) => !r.hashing);
  const cMax = Math.max(...other.map((r) => r.p95Ms), floor.p95Ms, 0.001);
  bar("yardstick GET /row (floor)", floor.medianMs, cMax, "#9ca3af", floor.medianMs.toFixed(2), floor.p95Ms);
  for (const r of other)
    bar(r.endpoint, r.medianMs, cMax, "#10b981", `${r.medianMs.toFixed(2)} / ${r.p95Ms.toFixed(2)}`, r.p95Ms);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${y + 10}" font-family="sans-serif" font-size="11">`,
    `<rect width="100%" height="100%" fill="white"/>`,
    ...parts,
    "</svg>",
  ].join("\n");
}

// ------------------------------------------------------------------------------------------- main

async function main() {
  const db = await openDatabase();
  const machine = `${os.cpus().length} cores (${os.cpus()[0]?.model.trim()}), ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
  console.log(`database: ${db.label}`);
  console.log(`machine: ${machine}`);
  console.log(
    `load: ${USERS} virtual users in parallel, ${ROUNDS} rounds each, at most ${MAX_SECONDS} s per run; latencies ${LATENCIES.join(", ")} ms\n`,
  );
  // Bundle and startup first: they need no database, and their figures are read against the yardstick's.
  const { bundles, startup: start } = edge(root, STARTUP_RUNS);
  printEdge(bundles, start);
  const runs: {
    latencyMs: number;
    rows: Row[];
    wallS: number;
    requests: number;
    failures: string[];
    workerdCpuMsPerRequest?: number;
    workerdCpuMsPerMixRequest?: number;
  }[] = [];
  try {
    for (const latencyMs of LATENCIES) {
      const run = await loadRun(db.backend, latencyMs);
      const rows = summarise(run.samples, latencyMs);
      const perReq = run.workerdCpuMs === undefined ? undefined : run.workerdCpuMs / run.samples.length;
      console.log(
        `## ${latencyMs} ms per round trip: ${run.samples.length} requests in ${run.wallS.toFixed(1)} s ` +
          `(${(run.samples.length / run.wallS).toFixed(0)} req/s)`,
      );
      console.log(run.ipCheck);
      if (perReq !== undefined) {
        console.log(
          `workerd process CPU (/proc): ${run.workerdCpuMs?.toFixed(0)} ms in total, ${perReq.toFixed(1)} ms per request ` +
            `on average (hashing included); ${run.mixCpuMsPerRequest?.toFixed(2)} ms per request in the everyday mix ` +
            "(no hashing; includes the runtime's HTTP serving and the request log write)",
        );
      }
      for (const f of run.failures) console.log(`!! ${f}`);
      console.log("");
      printTable(rows);
      console.log("");
      runs.push({
        latencyMs,
        rows,
        wallS: run.wallS,
        requests: run.samples.length,
        failures: run.failures,
        workerdCpuMsPerRequest: perReq,
        workerdCpuMsPerMixRequest: run.mixCpuMsPerRequest,
      });
    }

    // What the injected latency adds, against the same run without it: the local stack's own
    // overhead (two HTTP hops, workerd, the endpoint, Postgres, queueing on this machine) cancels out,
    // so (p50@L - p50@0) / (RT x L) near 1.0 means the endpoint pays for its round trips and nothing else.
    const zero = runs.find((r) => r.latencyMs === 0);
    for (const run of runs.filter((r) => r.latencyMs > 0 && zero)) {
      console.log(`## Latency added by ${run.latencyMs} ms per round trip (p50 against the 0 ms run)\n`);
      console.log(`| endpoint | round trips | p50 @0 ms | p50 @${run.latencyMs} ms | added | added / (RT x latency) |`);
      console.log("|---|---:|---:|---:|---:|---:|");
      for (const row of run.rows) {
        const z = zero?.rows.find((x) => x.endpoint === row.endpoint);
        if (!z) continue;
        const added = row.p50 - z.p50;
        const floor = typeof row.roundTrips === "number" ? row.roundTrips * run.latencyMs : Number.NaN;
        console.log(
          `| ${row.endpoint} | ${row.roundTrips} | ${f1(z.p50)} | ${f1(row.p50)} | ${f1(added)} | ${floor > 0 ? (added / floor).toFixed(2) : "-"} |`,
        );
      }
      console.log("");
    }

    const cpu = await cpuRun(db.backend);
    const cpuRows = Object.entries(cpu)
      .map(([endpoint, us]) => ({
        endpoint,
        hashing: HASHING.has(endpoint),
        n: us.length,
        medianMs: median(us) / 1000,
        p95Ms:
          pct(
            [...us].sort((a, b) => a - b),
            95,
          ) / 1000,
      }))
      .sort((a, b) => Number(b.hashing) - Number(a.hashing) || a.endpoint.localeCompare(b.endpoint));
    console.log("## Worker CPU per request (Node V8, app.request + process.cpuUsage, sequential, warmed up)\n");
    console.log("| endpoint | kind | requests | median CPU ms | p95 CPU ms |");
    console.log("|---|---|---:|---:|---:|");
    for (const r of cpuRows) {
      console.log(
        `| ${r.endpoint} | ${r.hashing ? "password hashing" : "other"} | ${r.n} | ${r.medianMs.toFixed(2)} | ${r.p95Ms.toFixed(2)} |`,
      );
    }
    const rest = cpuRows.filter((r) => !r.hashing).flatMap((r) => cpu[r.endpoint] as number[]);
    const hashing = cpuRows.filter((r) => r.hashing).flatMap((r) => cpu[r.endpoint] as number[]);
    console.log(
      `\nmedian over all non-hashing requests: ${(median(rest) / 1000).toFixed(2)} ms; ` +
        `over hashing requests: ${(median(hashing) / 1000).toFixed(1)} ms`,
    );

    const wd = await workerdRun(db.backend);
    const floor = {
      medianMs: medianOf(wd.floor) / 1000,
      p95Ms:
        pct(
          [...wd.floor].sort((a, b) => a - b),
          95,
        ) / 1000,
    };
    const wdRows = Object.entries(wd.samples)
      .map(([endpoint, us]) => {
        const sorted = [...us].sort((a, b) => a - b);
        return {
          endpoint,
          hashing: HASHING.has(endpoint),
          n: us.length,
          medianMs: pct(sorted, 50) / 1000,
          p95Ms: pct(sorted, 95) / 1000,
        };
      })
      .sort((a, b) => Number(b.hashing) - Number(a.hashing) || a.endpoint.localeCompare(b.endpoint));
    const wdRest = wdRows.filter((r) => !r.hashing).flatMap((r) => wd.samples[r.endpoint] as number[]);
    const wdRestSorted = [...wdRest].sort((a, b) => a - b);
    const wdAll = { medianMs: pct(wdRestSorted, 50) / 1000, p95Ms: pct(wdRestSorted, 95) / 1000 };
    console.log(
      "\n## Worker CPU per request IN WORKERD (on-CPU time of the workerd threads per request, /proc schedstat; sequential, warmed up)\n",
    );
    console.log(
      `load average at this point: ${os
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(", ")} on ${os.cpus().length} cores`,
    );
    console.log(
      "Includes workerd's HTTP serving and the request log write; the floor is the yardstick's one route (same workerd, same run).\n",
    );
    console.log("| endpoint | kind | requests | median CPU ms | p95 CPU ms | median / floor median |");
    console.log("|---|---|---:|---:|---:|---:|");
    console.log(
      `| yardstick GET /row (floor) | floor | ${wd.floor.length} | ${floor.medianMs.toFixed(2)} | ${floor.p95Ms.toFixed(2)} | 1.00 |`,
    );
    for (const r of wdRows) {
      console.log(
        `| ${r.endpoint} | ${r.hashing ? "password hashing" : "other"} | ${r.n} | ${r.medianMs.toFixed(2)} | ${r.p95Ms.toFixed(2)} | ${(r.medianMs / floor.medianMs).toFixed(2)} |`,
      );
    }
    console.log(
      `\nall non-hashing requests in workerd: median ${wdAll.medianMs.toFixed(2)} ms (goal < 0.8), p95 ${wdAll.p95Ms.toFixed(2)} ms (goal < 2); ` +
        `floor median ${floor.medianMs.toFixed(2)} ms: ratio ${(wdAll.medianMs / floor.medianMs).toFixed(2)}`,
    );
    if (wd.burst) {
      const b = wd.burst;
      const gate = `${process.env.HASH_QUEUE_MAX ?? "default"} / ${process.env.HASH_GAP_MS ?? "default"}`;
      console.log(
        `\n## GET /api/me while ${b.logins} logins hash at once in the isolate (npm run bench:burst compares gate limits)\n`,
      );
      console.log([...burstHeader, burstRow(gate, b)].join("\n"));
      console.log(`\np99 during / alone: ${(b.during.p99 / b.baseline.p99).toFixed(1)}x`);
    }
    console.log("\n## Request-body checks before authentication: CPU per MB, flat vs nested (Node V8)\n");
    const bodyCpu = await bodyCpuRun();
    console.log("\n## Validation CPU per stored version, by artifact size up to the 512 KiB limit (Node V8)\n");
    const validationCpu = await validationCpuRun();
    console.log("\n## Credentials before work: CPU per refused request in workerd, every signed-in body\n");
    const preauth = await preauthRun(db.backend, runId);
    printPreauth(preauth);

    mkdirSync(`${root}bench/results`, { recursive: true });
    const stamp = new Date().toISOString().replace(/[:.]/g, "-");
    const base = `${root}bench/results/api-${stamp}`;
    writeFileSync(
      `${base}.json`,
      `${JSON.stringify(
        {
          at: new Date().toISOString(),
          machine,
          loadAverage: os.loadavg(),
          database: db.label,
          users: USERS,
          rounds: ROUNDS,
          bundles,
          startup: start,
          runs,
          cpu: cpuRows,
          workerdCpu: { floor, rows: wdRows, nonHashing: wdAll },
          loginBurst: wd.burst,
          bodyCpu,
          validationCpu,
          preauth,
        },
        null,
        2,
      )}\n`,
    );
    writeFileSync(`${base}.svg`, svgChart(runs));
    writeFileSync(`${base}-edge.svg`, edgeChart(bundles, start, floor, wdRows));
    console.log(`\nwrote ${base}.json, ${base}.svg and ${base}-edge.svg`);
    // A journey that broke (an endpoint answered what the scenario does not expect): the bench is
    // stale or the API regressed; either way CI, which runs it, must notice.
    if (runs.some((r) => r.failures.length > 0)) process.exitCode = 1;
    // A request refused for its credential that cost more than the bound (docs/auth-threat-model.md).
    if (preauth.over.length > 0) process.exitCode = 1;
  } finally {
    await db.backend.close();
    await db.drop();
  }
}

await main();
