// CPU the worker spends on a hostile request body before any credential is known, per MB of body:
// the same ~1 MB of JSON as one wide array (flat) and as that array nested 60 levels deep (nested),
// sent as an artifact's frontmatter with a well-formed bearer token that holds a ticket
// (src/platform/auth/credential-cache.ts), so that no database is asked before the body is read: without one,
// a body this large waits for the credential's lookup (bench/preauth.ts measures that). Both are refused with 400 (frontmatter over
// 16 KiB) only after every check on the body has run: the body limit, the invalid_text guard,
// JSON parsing, and the schema (jsonProblem's walk, the size check). The checks are linear, so
// nested must stay within 2x of flat.
//
// Run by `npm run bench` (bench/api.ts) in a child Node process, or alone:
//   node --experimental-transform-types --import ./bench/resolve-ts.ts bench/body-cpu.ts
// No database is touched. Output: a table, then one JSON line { msPerMb, ratio } (nested / flat).
import { app } from "../src/app.ts";
import { rememberLive } from "../src/platform/auth/credential-cache.ts";
import { hashToken } from "../src/platform/auth/tokens.ts";
import { benchBindings } from "./env.ts";

const RUNS = Number(process.env.BENCH_BODY_RUNS ?? 15);
const WARMUP = 5;
const TARGET_BYTES = 1_000_000;
const DEPTH = 60;

// The endpoint is never reached: every request is refused at validation.
const env = benchBindings("http://127.0.0.1:9/sql");

/** Well-formed, never issued, given a ticket before each request: the database is never reached. */
const TOKEN = "b".repeat(43);

/** An artifact body whose frontmatter holds a wide array of `item`s nested `depth` arrays deep. */
function body(depth: number, item = "1"): string {
  const head = `{"phase":"analysis","name":"A.md","content":"x","frontmatter":{"a":${"[".repeat(depth)}`;
  const tail = `${"]".repeat(depth)}}}`;
  const n = Math.floor((TARGET_BYTES - head.length - tail.length) / (item.length + 1));
  return `${head}${Array(n).fill(item).join(",")}${tail}`;
}

const write = console.log;
console.log = () => {}; // the request log line per request

async function cpuMs(text: string): Promise<number> {
  rememberLive(hashToken(TOKEN), null);
  const before = process.cpuUsage();
  const res = await app.request(
    `http://localhost:8787/api/projects/${crypto.randomUUID()}/artifacts`,
    {
      method: "POST",
      headers: { "content-type": "application/json", "cf-connecting-ip": "10.9.9.9", authorization: `Bearer ${TOKEN}` },
      body: text,
    },
    env,
  );
  const answer = await res.text();
  const used = process.cpuUsage(before);
  if (res.status !== 400) throw new Error(`expected 400, got ${res.status}: ${answer.slice(0, 200)}`);
  return (used.user + used.system) / 1000;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

// The third shape packs the most containers per byte (each one a node the walk visits): for reference.
const shapes = { flat: body(1), nested: body(DEPTH), "nested, of empty arrays": body(DEPTH, "[]") };
const perMb: Record<string, number> = {};
write("| body | bytes | median CPU ms | CPU ms per MB |");
write("|---|---:|---:|---:|");
for (const [label, text] of Object.entries(shapes)) {
  for (let i = 0; i < WARMUP; i++) await cpuMs(text);
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) samples.push(await cpuMs(text));
  const ms = median(samples);
  perMb[label] = ms / (text.length / 1e6);
  const what = label === "flat" ? "flat: one wide array of 1s" : `${label}: the array ${DEPTH} deep`;
  write(`| ${what} | ${text.length} | ${ms.toFixed(1)} | ${(perMb[label] as number).toFixed(1)} |`);
}
const ratio = (perMb.nested as number) / (perMb.flat as number);
write(`\nnested / flat: ${ratio.toFixed(2)} (budget: at most 2)`);
write(JSON.stringify({ msPerMb: perMb, ratio }));
