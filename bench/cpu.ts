// Worker CPU per request, per endpoint, measured in Node's V8 (spawned by bench/api.ts).
//
// workerd does not report CPU per request locally, and inside it timers stand still during pure
// CPU work. So the same app (src/app.ts, unchanged) runs here through `app.request`, one request
// at a time, against the local Neon endpoint whose URL the parent passes in (latency 0; the
// endpoint and its database run in the PARENT process, so their CPU is not counted here).
// `process.cpuUsage()` around each request (response body read, waitUntil work awaited) counts
// everything this process spent on it: routing, validation, the driver, JSON, scrypt on the
// libuv pool threads, Node's fetch to the endpoint. Warm-up journeys run first (JIT).
// Output: one JSON line on stdout, { samples: { [label]: microseconds[] } }.
import { app } from "../src/app.ts";
import { benchBindings } from "./env.ts";
import { type Reply, userJourney } from "./scenario.ts";

const neonUrl = process.env.BENCH_NEON_URL as string;
const users = Number(process.env.BENCH_CPU_USERS ?? 6);
const warmup = Number(process.env.BENCH_CPU_WARMUP ?? 2);
const rounds = Number(process.env.BENCH_ROUNDS ?? 8);
const runId = process.env.BENCH_RUN_ID ?? "cpu";

const env = benchBindings(neonUrl);

// The request log and the console mailer write a line per request: the line is still built
// (JSON.stringify, masking), only the terminal write is skipped.
const write = console.log;
console.log = () => {};

const samples: Record<string, number[]> = {};

async function journey(i: number, measure: boolean) {
  const ip = `10.${(i >> 8) & 255}.${i & 255}.${measure ? 2 : 1}`;
  await userJourney(
    async (label, method, path, opts = {}): Promise<Reply> => {
      const headers: Record<string, string> = { "cf-connecting-ip": ip };
      if (opts.token) headers.authorization = `Bearer ${opts.token}`;
      if (opts.body !== undefined) headers["content-type"] = "application/json";
      const pending: Promise<unknown>[] = [];
      const ctx = {
        waitUntil: (p: Promise<unknown>) => void pending.push(p),
        passThroughOnException: () => {},
        props: {},
      };
      const before = process.cpuUsage();
      const res = await app.request(
        `http://localhost:8787${path}`,
        { method, headers, body: opts.body === undefined ? undefined : JSON.stringify(opts.body) },
        env,
        ctx as never,
      );
      // Read every body (the zip too), so its production is measured.
      const isJson = (res.headers.get("content-type") ?? "").includes("json");
      const text = isJson ? await res.text() : "";
      if (!isJson) await res.arrayBuffer();
      await Promise.all(pending);
      const used = process.cpuUsage(before);
      if (measure) {
        samples[label] ??= [];
        samples[label].push(used.user + used.system);
      }
      return { status: res.status, json: text ? JSON.parse(text) : undefined };
    },
    { email: `${runId}-cpu-${measure ? "m" : "w"}-${i}@bench.test`, rounds, deadline: Number.POSITIVE_INFINITY },
  );
}

for (let i = 0; i < warmup; i++) await journey(i, false);
for (let i = 0; i < users; i++) await journey(i, true);
write(JSON.stringify({ samples }));
