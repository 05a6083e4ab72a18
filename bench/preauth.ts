// Credentials before work (docs/auth-threat-model.md): the CPU the API worker spends, inside workerd,
// on a request whose credential is missing, unknown or revoked, for EVERY signed-in operation that
// takes a body (read from the OpenAPI document: `security` and `x-body-limit`), at two sizes:
// - the operation's body limit, the largest body it accepts (with a body over PRECHECK_BODY_OVER
//   the credential is looked up before the body is read);
// - PRECHECK_BODY_OVER bytes, the largest body read and validated BEFORE the credential is known,
//   filled with the costliest text known for the spec engine (one heading line of spaces).
// Three credentials each: an `sd_` key never issued, a key revoked through the API after use (its
// ticket dropped), none. CPU per request: the workerd process's CPU time (/proc/<pid>/stat, exited
// threads included) over BENCH_PREAUTH_RUNS requests sent one after another, divided by their number
// (10 ms ticks, so the resolution is 10 ms / runs). Not per-thread schedstat (bench/edge.ts's
// workerdCpuOf): it loses the time of threads that exit, e.g. it read 3 ms for the 128 KB heading
// repro that took 4.1 s of process CPU before the pre-check existed. The same body is also sent to the yardstick (bench/yardstick), whose
// POST /row answers 404 without reading it: what workerd itself (and wrangler's dev proxy in front)
// spends receiving that many bytes, whatever the worker does. The worker's own share is the API's
// figure minus that floor; any over BOUND_MS is flagged and fails the bench.
// (A key revoked where this isolate did not see it and which still holds a ticket spends it on one
// full request: the documented residual, not measured here.) POST .../runs with a key answers 500 at
// the threshold size: the bench worker has no GENERATION binding (bench/api.wrangler.toml).
import { fileURLToPath } from "node:url";
import { hashToken, newApiKey } from "../src/platform/auth/tokens.ts";
import { API_KEY_SCOPES } from "../src/platform/db/schema.ts";
import { PRECHECK_BODY_OVER } from "../src/platform/http/body-limit.ts";
import { type Backend, startLocalNeon } from "../tools/local-neon/index.ts";
import { startApi, startWorker, YARDSTICK_CONFIG } from "./edge.ts";
import { PASSWORD } from "./scenario.ts";
import { processCpuMs, workerdProcesses } from "./workerd-cpu.ts";

const root = fileURLToPath(new URL("..", import.meta.url));
const RUNS = Number(process.env.BENCH_PREAUTH_RUNS ?? 20);
/** The bound of docs/auth-threat-model.md: CPU per request before the credential is known. */
export const BOUND_MS = 5;

const CASES = ["unknown key", "revoked key", "no credential"] as const;
type Case = (typeof CASES)[number];

export interface PreauthRow {
  operation: string;
  bytes: number;
  /** CPU ms per request per case (the process's total over the runs, divided by them). */
  ms: Record<Case, number>;
  /** CPU ms per request of the same body sent to the yardstick, which does not read it. */
  floorMs: number;
  status: Record<Case, number>;
}

export interface PreauthResult {
  runs: number;
  rows: PreauthRow[];
  over: string[];
}

/** CPU ms per call of `work`, run RUNS times one after another, from the processes' total. */
async function cpuPerCall(pids: number[], work: () => Promise<unknown>): Promise<number> {
  const before = processCpuMs(pids);
  for (let i = 0; i < RUNS; i++) await work();
  const after = processCpuMs(pids);
  return before === undefined || after === undefined ? Number.NaN : (after - before) / RUNS;
}

/** JSON of exactly `bytes` bytes: an artifact whose content is one heading line of spaces. */
function bodyOf(bytes: number): Uint8Array {
  const head = '{"phase":"spec","name":"PRD.md","content":"# a';
  const tail = 'x"}';
  return new TextEncoder().encode(`${head}${" ".repeat(bytes - head.length - tail.length)}${tail}`);
}

export async function preauthRun(backend: Backend, runId: string): Promise<PreauthResult> {
  const neon = await startLocalNeon({ backend, latencyMs: 0, log: () => {} });
  const others = new Set(workerdProcesses());
  const api = await startApi(root, neon.url);
  const pids = workerdProcesses().filter((p) => !others.has(p));
  const yard = await startWorker(root, YARDSTICK_CONFIG, neon.url);
  const yardPids = workerdProcesses().filter((p) => !others.has(p) && !pids.includes(p));
  const sql = async (query: string, params: string[]) => (await backend.query({ query, params })).rows;
  const call = async (
    method: string,
    path: string,
    headers: Record<string, string>,
    body?: string | Uint8Array,
    base = api.base,
  ) => {
    const res = await fetch(`${base}${path}`, {
      method,
      headers: { "cf-connecting-ip": "198.51.100.77", ...headers },
      body,
    });
    const text = await res.text();
    return { status: res.status, json: text.startsWith("{") ? JSON.parse(text) : undefined };
  };
  try {
    // A user (one password hash) with a project; keys written in SQL.
    const signup = await call(
      "POST",
      "/api/auth/signup",
      { "content-type": "application/json" },
      JSON.stringify({ email: `${runId}-preauth@bench.test`, password: PASSWORD, name: "Preauth" }),
    );
    if (signup.status !== 201) throw new Error(`signup: HTTP ${signup.status}`);
    const session = { authorization: `Bearer ${signup.json.session.token}` };
    const project = await call(
      "POST",
      "/api/projects",
      { ...session, "content-type": "application/json" },
      JSON.stringify({ name: "Pre-auth bench" }),
    );
    if (project.status !== 201) throw new Error(`create project: HTTP ${project.status}`);
    const projectId: string = project.json.project.id;
    const insertKey = async () => {
      const secret = newApiKey();
      const [row] = await sql(
        `insert into api_keys (user_id, name, prefix, token_hash, scopes, expires_at)
         values ($1, 'bench', $2, $3, $4::text[], now() + interval '1 day') returning id`,
        [signup.json.user.id, secret.slice(0, 11), hashToken(secret), `{${API_KEY_SCOPES.join(",")}}`],
      );
      const used = await call("GET", `/api/projects/${projectId}`, { authorization: `Bearer ${secret}` });
      if (used.status !== 200) throw new Error(`key use: HTTP ${used.status}`);
      return { id: row?.[0] as string, secret };
    };
    // Revoked through the API after use: its ticket is dropped with it.
    const revoked = await insertKey();
    const gone = await call("DELETE", `/api/me/keys/${revoked.id}`, session);
    if (gone.status !== 204) throw new Error(`revoke: HTTP ${gone.status}`);
    const credentials: Record<Case, Record<string, string>> = {
      "unknown key": { authorization: `Bearer ${newApiKey()}` },
      "revoked key": { authorization: `Bearer ${revoked.secret}` },
      "no credential": {},
    };

    const doc = (await (await fetch(`${api.base}/openapi.json`)).json()) as {
      paths: Record<string, Record<string, { security?: unknown[]; "x-body-limit"?: number }>>;
    };
    const operations = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.entries(ops)
        .filter(([, op]) => (op.security?.length ?? 0) > 0 && op["x-body-limit"] !== undefined)
        .map(([method, op]) => ({
          method: method.toUpperCase(),
          path,
          url: path.replace("{id}", projectId).replace(/\{\w+\}/g, () => crypto.randomUUID()),
          limit: op["x-body-limit"] as number,
        })),
    );

    const floors = new Map<number, number>();
    const floorOf = async (bytes: number, body: Uint8Array) => {
      const known = floors.get(bytes);
      if (known !== undefined) return known;
      const post = () => call("POST", "/row", { "content-type": "application/json" }, body, yard.base);
      await post();
      const ms = await cpuPerCall(yardPids, post);
      floors.set(bytes, ms);
      return ms;
    };

    const rows: PreauthRow[] = [];
    for (const op of operations) {
      for (const bytes of [op.limit, Math.min(op.limit, PRECHECK_BODY_OVER)]) {
        const body = bodyOf(bytes);
        const ms = {} as Record<Case, number>;
        const status = {} as Record<Case, number>;
        for (const c of CASES) {
          const headers = { ...credentials[c], "content-type": "application/json" };
          status[c] = (await call(op.method, op.url, headers, body)).status; // warm-up
          ms[c] = await cpuPerCall(pids, () => call(op.method, op.url, headers, body));
        }
        rows.push({ operation: `${op.method} ${op.path}`, bytes, ms, floorMs: await floorOf(bytes, body), status });
      }
    }

    const over = rows.flatMap((r) =>
      CASES.filter((c) => !(r.ms[c] - r.floorMs <= BOUND_MS)).map(
        (c) => `${r.operation} at ${r.bytes} bytes, ${c}: ${r.ms[c].toFixed(2)} ms, floor ${r.floorMs.toFixed(2)}`,
      ),
    );
    return { runs: RUNS, rows, over };
  } finally {
    await api.dispose();
    await yard.dispose();
    await neon.close();
  }
}

export function printPreauth(r: PreauthResult) {
  console.log(
    `CPU ms per request in workerd (process CPU over ${r.runs} requests, 10 ms ticks); bodies over ` +
      `${PRECHECK_BODY_OVER} bytes wait for the credential's lookup, smaller ones are read first. Floor: the same ` +
      `body to the yardstick, which does not read it. Bound: ${BOUND_MS} ms over the floor.\n`,
  );
  console.log("| operation | body bytes | floor | unknown key | revoked key | no credential | statuses |");
  console.log("|---|---:|---:|---:|---:|---:|---|");
  for (const row of r.rows) {
    const cell = (c: Case) => `${row.ms[c].toFixed(2)}${row.ms[c] - row.floorMs <= BOUND_MS ? "" : " !!"}`;
    console.log(
      `| ${row.operation} | ${row.bytes} | ${row.floorMs.toFixed(2)} | ${cell("unknown key")} | ${cell("revoked key")} | ` +
        `${cell("no credential")} | ${CASES.map((c) => row.status[c]).join(" / ")} |`,
    );
  }
  const all = r.rows.flatMap((row) => CASES.map((c) => row.ms[c]));
  const over = r.rows.flatMap((row) => CASES.map((c) => row.ms[c] - row.floorMs));
  console.log(`\nmax: ${Math.max(...all).toFixed(2)} ms; max over the floor: ${Math.max(...over).toFixed(2)} ms`);
  for (const o of r.over) console.log(`!! over ${BOUND_MS} ms: ${o}`);
}
