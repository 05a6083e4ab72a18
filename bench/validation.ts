// Validation CPU per artifact size, up to the 512 KiB content limit: `npm run bench:validation`, and a section of
// `npm run bench` (bench/api.ts runs this file in a child process, BENCH_ROUNDS from its BENCH_VALIDATION_ROUNDS).
// Measured in Node's V8 (the engine workerd runs) with process.cpuUsage around each call, after a warm-up
// (JIT, schema compilation). A call is what storing a version costs the worker: validateArtifact plus the
// stored facts (storedFacts). Documents are the fixture spec set (test/fixtures/spec-set) grown to each size
// with more requirements, operations, components or tasks, so every rule still runs on all of it.
// Output: a table per artifact kind, median and max CPU ms per call; then traceability over a grown set; then the
// adversarial families (test/node/spec-engine/parser-linearity.ts) at the 512 KiB content limit through every template
// document of their format, median CPU ms per write: the run fails (exit 1) when one exceeds HOSTILE_MAX_MS;
// last line, the figures as JSON (what bench/api.ts records).
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { computeTraceability, validateArtifact } from "../src/spec-engine/index.ts";
import { storedFacts } from "../src/spec-engine/trace-ids.ts";
import { matrixFacts, traceabilityOfFacts } from "../src/spec-engine/traceability.ts";
import type { ArtifactInput, Phase } from "../src/spec-engine/types.ts";
import { FAMILIES, sized, templatesOf } from "../test/node/spec-engine/parser-linearity.ts";

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 15);
/**
 * The most one write of the worst hostile document at the content limit may cost (ms of CPU): about twice
 * the worst measured on the 2-core machine (106 ms idle, 174 ms late in a CI run), far below what a
 * super-linear parser costs at 512 KiB (the ones fixed cost 3.7 s to 16 s).
 */
const HOSTILE_MAX_MS = 300;
const SIZES_KIB = [1, 16, 64, 128, 256, 512];
const LIMIT = 512 * 1024;
const root = fileURLToPath(new URL("../test/fixtures/spec-set/", import.meta.url));
const fixture = (phase: string, name: string) => readFileSync(`${root}${phase}/${name}`, "utf8");

/** Repeats `unit(i)` (i = 1, 2, ...) after `head` until the text reaches `bytes` (never past the limit). */
function grow(head: string, unit: (i: number) => string, tail: string, bytes: number): string {
  const parts = [head];
  let size = Buffer.byteLength(head) + Buffer.byteLength(tail);
  for (let i = 1; ; i++) {
    const u = unit(i);
    const n = Buffer.byteLength(u);
    if (size + n > Math.min(bytes, LIMIT)) break;
    parts.push(u);
    size += n;
  }
  parts.push(tail);
  return parts.join("");
}

const pad = (i: number) => String(i).padStart(4, "0");
const prd = fixture("spec", "PRD.md");
const prdHead = prd.slice(0, prd.indexOf("## Non-Functional Requirements"));
const prdTail = prd.slice(prd.indexOf("## Non-Functional Requirements"));
const tasks = fixture("solutioning", "tasks.md");
const api = JSON.parse(fixture("spec", "api-spec.json"));
const sbom = JSON.parse(fixture("dependencies", "sbom.json"));

function growJson(doc: Record<string, unknown>, key: "paths" | "components", bytes: number): string {
  const out = structuredClone(doc);
  for (let i = 1; ; i++) {
    if (key === "paths") {
      (out.paths as Record<string, unknown>)[`/things${i}/{id}`] = {
        get: {
          operationId: `getThing${i}`,
          summary: `Read thing ${i}`,
          "x-requirements": ["REQ-BOOK-002"],
          parameters: [{ $ref: "#/components/parameters/BookId" }],
          responses: {
            "200": {
              description: "The thing",
              content: { "application/json": { schema: { $ref: "#/components/schemas/Book" } } },
            },
          },
        },
      };
    } else {
      (out.components as unknown[]).push({
        type: "library",
        name: `lib-${i}`,
        version: "1.0.0",
        purl: `pkg:npm/lib-${i}@1.0.0`,
      });
    }
    const text = JSON.stringify(out, null, 2);
    if (Buffer.byteLength(text) > Math.min(bytes, LIMIT) - 600) return text;
  }
}

const KINDS: { phase: Phase; name: string; make: (bytes: number) => string }[] = [
  {
    phase: "spec",
    name: "PRD.md",
    make: (b) =>
      grow(
        prdHead,
        (i) =>
          `### REQ-GEN-${pad(i)}: Generated requirement ${i}\n\nThe system does thing ${i} for the member. Acceptance: it is done.\n\n`,
        prdTail,
        b,
      ),
  },
  {
    phase: "solutioning",
    name: "tasks.md",
    make: (b) =>
      grow(
        tasks,
        (i) =>
          `\n### TASK-${pad(i + 100)}: Generated task ${i}\n\nEPIC-001. Implements REQ-AUTH-001. Done when it works.\n`,
        "",
        b,
      ),
  },
  { phase: "spec", name: "api-spec.json", make: (b) => growJson(api, "paths", b) },
  { phase: "dependencies", name: "sbom.json", make: (b) => growJson(sbom, "components", b) },
];

// Async: validateArtifact is (its purl checks load their parser on first use); a sync fn is awaited as is.
async function cpuMs(fn: () => unknown): Promise<number> {
  const start = process.cpuUsage();
  await fn();
  const d = process.cpuUsage(start);
  return (d.user + d.system) / 1000;
}

async function measure(
  fn: () => unknown,
  warm = 3,
  rounds = ROUNDS,
): Promise<{ median: number; max: number; min: number }> {
  for (let i = 0; i < warm; i++) await fn();
  const xs: number[] = [];
  for (let i = 0; i < rounds; i++) xs.push(await cpuMs(fn));
  xs.sort((a, b) => a - b);
  return { median: xs[Math.floor(xs.length / 2)] ?? 0, max: xs[xs.length - 1] ?? 0, min: xs[0] ?? 0 };
}

/** What storing one version runs in the worker: validation, then the facts the gates and the matrix read. */
const onWrite = async (phase: Phase, name: string, content: string) => {
  await validateArtifact(phase, name, content);
  storedFacts(name, content);
};

const f = (n: number) => n.toFixed(2).padStart(8);
const figures: {
  artifacts: { name: string; kib: number; medianMs: number; maxMs: number; findings: number }[];
  traceability: { kib: number; medianMs: number; maxMs: number; readMedianMs: number }[];
  hostile: { family: string; artifact: string; kib: number; medianMs: number }[];
} = { artifacts: [], traceability: [], hostile: [] };
console.log(`validation CPU per stored version (ms; ${ROUNDS} rounds after warm-up; Node ${process.version} V8)`);
console.log("artifact               size KiB   median      max  findings");
for (const k of KINDS) {
  for (const kib of SIZES_KIB) {
    const content = k.make(kib * 1024);
    const findings = (await validateArtifact(k.phase, k.name, content)).findings.length;
    const m = await measure(() => onWrite(k.phase, k.name, content));
    const size = Buffer.byteLength(content) / 1024;
    figures.artifacts.push({ name: k.name, kib: Math.round(size), medianMs: m.median, maxMs: m.max, findings });
    console.log(
      `${k.name.padEnd(22)} ${size.toFixed(0).padStart(8)} ${f(m.median)} ${f(m.max)} ${String(findings).padStart(9)}`,
    );
  }
}

// Traceability reads every latest artifact: the fixture set with PRD.md, tasks.md and api-spec.json each at 512 KiB.
const set: ArtifactInput[] = readdirSync(root).flatMap((phase) =>
  readdirSync(`${root}${phase}`).map((name) => ({ phase: phase as Phase, name, content: fixture(phase, name) })),
);
for (const kib of [16, 128, 512]) {
  const big = set.map((a) => {
    const k = KINDS.find((x) => x.phase === a.phase && x.name === a.name);
    return k ? { ...a, content: k.make(kib * 1024) } : a;
  });
  const total = big.reduce((n, a) => n + Buffer.byteLength(a.content), 0) / 1024;
  const m = await measure(() => computeTraceability(big));
  // What a read costs: the matrix from the facts each version stored on write (no document parsed).
  const stored = big.map((a) => ({ phase: a.phase, name: a.name, facts: matrixFacts(a.name, a.content) }));
  const r = await measure(() => traceabilityOfFacts(stored));
  figures.traceability.push({ kib: Math.round(total), medianMs: m.median, maxMs: m.max, readMedianMs: r.median });
  console.log(
    `traceability: 18 artifacts, ${total.toFixed(0)} KiB in all (grown ones at ${kib} KiB): median ${m.median.toFixed(2)} ms, max ${m.max.toFixed(2)} ms; from stored facts (a read) median ${r.median.toFixed(2)} ms`,
  );
}
// Hostile documents at the content limit: one row per family, one column per template document of its format.
let worst: { ms: number; at: string; write?: () => Promise<void> } = { ms: 0, at: "" };
for (const format of ["markdown", "json"] as const) {
  const docs = templatesOf(format);
  console.log(
    `\nhostile ${format} documents at ${LIMIT / 1024} KiB: median CPU ms per write (${Math.max(3, ROUNDS)} calls)`,
  );
  console.log(`${"family".padEnd(22)}${docs.map((d) => d.name.slice(0, 9).padStart(10)).join("")}`);
  for (const family of FAMILIES.filter((x) => x.format === format)) {
    const content = sized(family, LIMIT);
    const cells: string[] = [];
    for (const d of docs) {
      // At least 3 calls whatever BENCH_ROUNDS (CI runs 1): the median then drops the cold call and a stray spike.
      const m = await measure(() => onWrite(d.phase, d.name, content), 0, Math.max(3, ROUNDS));
      figures.hostile.push({
        family: family.name,
        artifact: d.name,
        kib: Math.round(content.length / 1024),
        medianMs: m.median,
      });
      if (m.median > worst.ms)
        worst = {
          ms: m.median,
          at: `${family.name} through ${d.phase}/${d.name}`,
          write: () => onWrite(d.phase, d.name, content),
        };
      cells.push(f(m.median).padStart(10));
    }
    console.log(`${family.name.padEnd(22)}${cells.join("")}`);
  }
}
console.log(`worst hostile document: ${worst.at}, ${worst.ms.toFixed(2)} ms (bound ${HOSTILE_MAX_MS} ms)`);
// Over the bound: measured again, and judged by the fastest of 9 writes. A busy machine or a collection
// inflates a median of 3 (a CI run measured 174 ms where the idle machine measures 106); a parser that is
// slow on this input is slow on every call, so its fastest call is over the bound too.
const verdict = worst.ms > HOSTILE_MAX_MS && worst.write ? (await measure(worst.write, 1, 9)).min : worst.ms;
if (verdict !== worst.ms) console.log(`measured again: the fastest of 9 writes ${verdict.toFixed(2)} ms`);
console.log(JSON.stringify(figures));
if (verdict > HOSTILE_MAX_MS) {
  console.error(
    `FAIL: ${worst.at} costs ${verdict.toFixed(2)} ms of CPU at the content limit (> ${HOSTILE_MAX_MS} ms), its fastest of 9 writes`,
  );
  process.exit(1);
}
