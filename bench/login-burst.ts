// GET /api/me while a burst of logins hashes in one isolate (a burst must not starve the
// other requests of the isolate; the bound is src/platform/auth/hash-gate.ts). Used by bench/api.ts with the
// configured limits, and on its own (`npm run bench:burst`) to compare gate limits in one run:
//   BENCH_BURST_DESIGNS="16/150,4/150,16/0" (HASH_QUEUE_MAX/HASH_GAP_MS per design; default below),
//   BENCH_BURST_LOGINS (20), BENCH_BURST_REPEATS (1: bursts per design, interleaved across designs),
//   BENCH_DATABASE_URL as bench/api.ts. Each design runs the API in workerd (bench/edge.ts) with
//   those limits as bindings, on the local Neon endpoint at 0 ms injected latency.
import { fileURLToPath } from "node:url";
import { startLocalNeon } from "../tools/local-neon/index.ts";
import { openDatabase } from "./database.ts";
import { startApi } from "./edge.ts";
import { PASSWORD } from "./scenario.ts";

const pct = (sorted: number[], p: number) =>
  sorted.length ? (sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number) : NaN;

export interface LoginBurst {
  logins: number;
  /** Login answers by status and error code. */
  statuses: Record<string, number>;
  /** GET /api/me answers other than 200 (before or during the burst). */
  meFailures: number;
  /** Wall time from the first login sent to the last answer, ms. */
  burstMs: number;
  baseline: { n: number; p50: number; p99: number };
  during: { n: number; p50: number; p99: number };
}

const latencyStats = (ms: number[]) => {
  const sorted = [...ms].sort((a, b) => a - b);
  return { n: ms.length, p50: pct(sorted, 50), p99: pct(sorted, 99) };
};

/**
 * GET /api/me latency while `logins` logins (distinct accounts and addresses, so no rate limit is
 * involved) hash at once in the one isolate, against the same endpoint's latency just before, with
 * nothing else running. Two /api/me loops run for as long as the burst lasts.
 */
export async function loginBurst(base: string, logins: number, runId: string, burst = 0): Promise<LoginBurst> {
  // Addresses of this burst alone (its signups, logins, /api/me): the per-IP limits of one burst
  // do not carry into the next one on the same database.
  const net = (k: number) => `198.18.${(burst * 3 + k) % 256}`;
  const post = async (path: string, body: unknown, ip: string) => {
    const res = await fetch(`${base}${path}`, {
      method: "POST",
      headers: { "content-type": "application/json", "cf-connecting-ip": ip },
      body: JSON.stringify(body),
    });
    return { status: res.status, text: await res.text() };
  };
  const emails: string[] = [];
  let token = "";
  for (let i = 0; i < logins; i++) {
    const email = `${runId}-burst-${i}@bench.test`;
    const r = await post("/api/auth/signup", { email, password: PASSWORD, name: "Burst" }, `${net(0)}.${i + 1}`);
    if (r.status !== 201) throw new Error(`burst signup: HTTP ${r.status} ${r.text.slice(0, 200)}`);
    if (i === 0) token = (JSON.parse(r.text) as { session: { token: string } }).session.token;
    emails.push(email);
  }
  // Statuses other than 200 (e.g. 503 database_timeout when the isolate is starved): counted, not fatal.
  const meFailures: number[] = [];
  const me = async () => {
    const t0 = performance.now();
    const res = await fetch(`${base}/api/me`, {
      headers: { authorization: `Bearer ${token}`, "cf-connecting-ip": `${net(2)}.1` },
    });
    await res.arrayBuffer();
    if (res.status !== 200) meFailures.push(res.status);
    return performance.now() - t0;
  };
  const baseline: number[] = [];
  for (let i = 0; i < 40; i++) baseline.push(await me());
  let done = false;
  const during: number[] = [];
  const burstStart = performance.now();
  let burstMs = 0;
  const sent = Promise.all(
    emails.map((email, i) => post("/api/auth/login", { email, password: PASSWORD }, `${net(1)}.${i + 1}`)),
  ).finally(() => {
    done = true;
    burstMs = performance.now() - burstStart;
  });
  const loop = async () => {
    while (!done) during.push(await me());
  };
  const [results] = await Promise.all([sent, loop(), loop()]);
  const statuses: Record<string, number> = {};
  for (const r of results) {
    const code = r.status >= 400 ? ` ${(JSON.parse(r.text) as { error?: { code?: string } }).error?.code}` : "";
    statuses[`${r.status}${code}`] = (statuses[`${r.status}${code}`] ?? 0) + 1;
  }
  return {
    logins: results.length,
    statuses,
    meFailures: meFailures.length,
    burstMs,
    baseline: latencyStats(baseline),
    during: latencyStats(during),
  };
}

/** One line per burst: the table bench/api.ts and the sweep below print. */
export const burstHeader = [
  "| gate (HASH_QUEUE_MAX / HASH_GAP_MS) | /api/me alone p50 / p99 ms | during the burst: requests, p50 / p99 ms | burst wall s | logins |",
  "|---|---:|---:|---:|---|",
];
export function burstRow(label: string, b: LoginBurst): string {
  const f = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : "-");
  const statuses = Object.entries(b.statuses)
    .map(([st, n]) => `${n} x ${st}`)
    .join(", ");
  const me = b.meFailures > 0 ? `; ${b.meFailures} x /api/me not 200` : "";
  return `| ${label} | ${f(b.baseline.p50)} / ${f(b.baseline.p99)} | ${b.during.n}, ${f(b.during.p50)} / ${f(b.during.p99)} | ${(b.burstMs / 1000).toFixed(1)} | ${statuses}${me} |`;
}

async function sweep() {
  const root = fileURLToPath(new URL("..", import.meta.url));
  const designs = (process.env.BENCH_BURST_DESIGNS ?? "16/150,8/150,4/150,16/0,16/300")
    .split(",")
    .map((d) => d.trim())
    .filter(Boolean)
    .map((d) => {
      const [queue, gap] = d.split("/");
      return { label: d, bindings: { HASH_QUEUE_MAX: String(Number(queue)), HASH_GAP_MS: String(Number(gap)) } };
    });
  const logins = Number(process.env.BENCH_BURST_LOGINS ?? 20);
  const repeats = Number(process.env.BENCH_BURST_REPEATS ?? 1);
  const runId = `s${Date.now().toString(36)}`;
  const db = await openDatabase();
  console.log(`database: ${db.label}; ${logins} logins per burst, ${repeats} burst(s) per design\n`);
  const neon = await startLocalNeon({ backend: db.backend, latencyMs: 0, log: () => {} });
  console.log(burstHeader.join("\n"));
  let burst = 0;
  try {
    for (let r = 0; r < repeats; r++) {
      for (const d of designs) {
        // A fresh worker per burst: one isolate, nothing left over from the previous design.
        const api = await startApi(root, neon.url, d.bindings);
        try {
          for (let i = 0; i < 3; i++) await (await fetch(`${api.base}/health`)).arrayBuffer();
          const b = await loginBurst(api.base, logins, `${runId}-${burst}`, burst);
          burst += 1;
          console.log(burstRow(d.label, b));
        } finally {
          await api.dispose();
        }
      }
    }
  } finally {
    await neon.close();
    await db.backend.close();
    await db.drop();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await sweep();
