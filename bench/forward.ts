// `npm run bench:forward`: what the front's hop to the teams worker costs (docs/performance.md, "Bundle").
// The API as deployed (bench/edge.ts startApi: the front forwarding to the teams worker over its TEAMS
// binding), on the local Neon endpoint (no injected latency) over a fresh database (bench/database.ts).
// One signed-in user; requests one at a time, the cells interleaved (BENCH_FORWARD_REQUESTS per cell,
// default 300, after 20 rounds of warm-up), client-side latency p50/p95:
// - a core route the front serves (GET /health, GET /api/me) against a forwarded one of the same work
//   (GET /docs: static; GET /api/workspaces: one round trip);
// - the forwarded routes sent straight to the teams worker's own URL: the same app without the hop.
// Local workerd figures (wrangler's dev proxy in front of each worker), not the edge's.
import { fileURLToPath } from "node:url";
import { startLocalNeon } from "../tools/local-neon/index.ts";
import { openDatabase } from "./database.ts";
import { startApi } from "./edge.ts";

const root = fileURLToPath(new URL("..", import.meta.url));
const REQUESTS = Number(process.env.BENCH_FORWARD_REQUESTS ?? 300);
const WARMUP = 20;

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}

async function main(): Promise<number> {
  const db = await openDatabase();
  const neon = await startLocalNeon({ backend: db.backend, latencyMs: 0, log: () => {} });
  const api = await startApi(root, neon.url);
  try {
    const signup = await fetch(`${api.base}/api/auth/signup`, {
      method: "POST",
      headers: { "content-type": "application/json", "cf-connecting-ip": "198.51.100.7" },
      body: JSON.stringify({
        email: `forward-${Date.now()}@example.test`,
        password: "correct horse battery staple",
        name: "B",
      }),
    });
    const token = ((await signup.json()) as { session?: { token: string } }).session?.token;
    if (signup.status !== 201 || !token) throw new Error(`signup answered ${signup.status}`);
    const headers = { authorization: `Bearer ${token}` };
    const cells: [string, string][] = [
      ["front GET /health (core)", `${api.base}/health`],
      ["front GET /docs (forwarded)", `${api.base}/docs`],
      ["teams GET /docs (direct)", `${api.teamsBase}/docs`],
      ["front GET /api/me (core, 1 round trip)", `${api.base}/api/me`],
      ["front GET /api/workspaces (forwarded, 1 round trip)", `${api.base}/api/workspaces`],
      ["teams GET /api/workspaces (direct)", `${api.teamsBase}/api/workspaces`],
    ];
    const times = new Map(cells.map(([label]) => [label, [] as number[]]));
    for (let i = 0; i < WARMUP + REQUESTS; i++) {
      for (const [label, url] of cells) {
        const t0 = performance.now();
        const res = await fetch(url, { headers });
        await res.arrayBuffer();
        if (res.status !== 200) throw new Error(`${label}: ${res.status}`);
        if (i >= WARMUP) times.get(label)?.push(performance.now() - t0);
      }
    }
    console.log(`forwarding, ${REQUESTS} requests per cell, one at a time, database: ${db.label}\n`);
    console.log("| request | p50 ms | p95 ms |\n| --- | ---: | ---: |");
    for (const [label, t] of times)
      console.log(`| ${label} | ${quantile(t, 0.5).toFixed(1)} | ${quantile(t, 0.95).toFixed(1)} |`);
    return 0;
  } finally {
    await api.dispose();
    await neon.close();
    await db.backend.close();
    await db.drop();
  }
}

process.exitCode = await main();
