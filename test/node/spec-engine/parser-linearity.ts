// Adversarial document families for the spec engine's parsers, shared by the linearity property test
// (test/node/spec-engine/parser-linearity.test.ts) and the validation bench (bench/validation.ts). Each family builds a
// document of about `bytes` bytes whose bulk is one hostile shape: long lines, runs of `#`, spaces or
// backticks, nesting, long tables, deep YAML, anchors and aliases, huge numbers, long keys. What one write
// costs is measured: validateArtifact (parse and rules) plus storedFacts (the facts stored with it).
import { validateArtifact } from "../../../src/spec-engine/index.ts";
import { PHASE_TEMPLATES } from "../../../src/spec-engine/templates.ts";
import { storedFacts } from "../../../src/spec-engine/trace-ids.ts";
import type { Phase } from "../../../src/spec-engine/types.ts";

export interface Family {
  name: string;
  format: "markdown" | "json";
  make: (bytes: number) => string;
}

/** `unit` repeated to about `bytes` characters (every family is ASCII or counted as such). */
const fill = (unit: string, bytes: number) => unit.repeat(Math.max(1, Math.floor(bytes / unit.length)));
const FM = "---\ntitle: Doc\nproject: Linear\nstatus: draft\nversion: 1\n---\n\n";

export const FAMILIES: Family[] = [
  // Markdown bodies (behind valid frontmatter).
  { name: "heading + spaces", format: "markdown", make: (b) => `${FM}# a${" ".repeat(b)}x\n` },
  { name: "heading + spaces + CR", format: "markdown", make: (b) => `${FM}# a${" ".repeat(b)}\rx\n` },
  { name: "run of #", format: "markdown", make: (b) => `${FM}${"#".repeat(b)}\n` },
  { name: "heading of #s", format: "markdown", make: (b) => `${FM}# ${fill("# ", b)}x\n` },
  { name: "many headings", format: "markdown", make: (b) => `${FM}${fill("## Goals\n#### h\n", b)}` },
  { name: "run of backticks", format: "markdown", make: (b) => `${FM}${"`".repeat(b)}\n` },
  { name: "fence lines", format: "markdown", make: (b) => `${FM}${fill("```\nx\n~~~~\n", b)}` },
  { name: "id + spaces + LS", format: "markdown", make: (b) => `${FM}- REQ-A-001${" ".repeat(b)}\u2028x\u2028\n` },
  {
    name: "id blocks",
    format: "markdown",
    make: (b) => `${FM}${fill("### REQ-AUTH-001: x\n- [ ] **TASK-001** EPIC-001 REQ-AUTH-002\n", b)}`,
  },
  { name: "id without end", format: "markdown", make: (b) => `${FM}- REQ-A${"0".repeat(b)}\n` },
  { name: "nested lists", format: "markdown", make: (b) => `${FM}${fill("- ", b / 2)}x\n${fill("  - x\n", b / 2)}` },
  { name: "nested quotes", format: "markdown", make: (b) => `${FM}${fill(">", b / 2)} x\n${fill("> > x\n", b / 2)}` },
  { name: "long table", format: "markdown", make: (b) => `${FM}| a | b |\n|---|---|\n${fill("| x | y |\n", b)}` },
  { name: "table row", format: "markdown", make: (b) => `${FM}${fill("| ", b)}\n` },
  { name: "open placeholders", format: "markdown", make: (b) => `${FM}${fill("[insert ", b)}\n` },
  // YAML frontmatter.
  { name: "yaml deep", format: "markdown", make: (b) => `---\na: ${"[".repeat(b)}\n---\n` },
  { name: "yaml indented", format: "markdown", make: (b) => `---\n${fill("a:\n  ", b)}b\n---\n` },
  {
    name: "yaml aliases",
    format: "markdown",
    make: (b) => `---\na0: &a0 [x]\n${fill("b: &b [*a0, *a0]\n", b).replace(/b: &b/g, (_, i) => `b${i}: &b${i}`)}---\n`,
  },
  { name: "yaml huge number", format: "markdown", make: (b) => `---\nn: ${"9".repeat(b)}\n---\n` },
  { name: "yaml long key", format: "markdown", make: (b) => `---\n${"k".repeat(b)}: 1\n---\n` },
  {
    name: "yaml many keys",
    format: "markdown",
    make: (b) => `---\n${fill("k: v\n", b).replace(/k:/g, (_, i) => `k${i}:`)}---\n`,
  },
  { name: "yaml long string", format: "markdown", make: (b) => `---\ns: "${fill("\\u0041 ", b)}"\n---\n` },
  { name: "yaml spaces", format: "markdown", make: (b) => `---\na: x${" ".repeat(b)}y\n---\n` },
  // JSON documents.
  // Nesting past the 64-level limit, 100 levels at a time: one chain as deep as the document measured up to 3.2x per
  // doubling in V8's own JSON.parse and collector (not in our code), which no parser of ours can make linear.
  {
    name: "json deep",
    format: "json",
    make: (b) =>
      `[${Array(Math.max(1, Math.floor(b / 201)))
        .fill(`${"[".repeat(100)}${"]".repeat(100)}`)
        .join(",")}]`,
  },
  { name: "json huge number", format: "json", make: (b) => `{"n":1${"0".repeat(b)}}` },
  { name: "json long key", format: "json", make: (b) => `{"${"k".repeat(b)}":1}` },
  { name: "json escapes", format: "json", make: (b) => `{"s":"${fill("\\u0041\\n", b)}"}` },
  { name: "json wide", format: "json", make: (b) => `[${fill("0,", b)}0]` },
  {
    name: "openapi tags",
    format: "json",
    make: (b) => openapi(`"tags":[${fill('{"name":"t"},', b).replace(/"t"/g, (_, i) => `"t${i}"`)}{"name":"z"}]`),
  },
  {
    name: "openapi required",
    format: "json",
    make: (b) =>
      openapi(
        `"components":{"schemas":{"S":{"type":"object","required":[${fill('"r",', b).replace(/"r"/g, (_, i) => `"r${i}"`)}"z"]}}}`,
      ),
  },
  {
    name: "openapi long ref",
    format: "json",
    make: (b) => openapi(`"components":{"schemas":{"S":{"$ref":"#/${fill("a/", b)}"}}}`),
  },
  {
    name: "sbom long purls",
    format: "json",
    make: (b) =>
      `{"bomFormat":"CycloneDX","specVersion":"1.5","version":1,"components":[{"type":"library","name":"a","version":"1","purl":"pkg:npm/${fill("a%2F", b)}@1"}]}`,
  },
];

function openapi(extra: string): string {
  return `{"openapi":"3.0.3","info":{"title":"t","version":"1"},"paths":{},${extra}}`;
}

/** The family's document at most `limit` bytes long (UTF-8), as close to it as its shape allows. */
export function sized(family: Family, limit: number): string {
  let target = limit;
  for (;;) {
    const doc = family.make(target);
    const bytes = Buffer.byteLength(doc);
    if (bytes <= limit) return doc;
    target = Math.floor((target * limit) / bytes) - 64;
  }
}

/** Every template document of `format`, by phase and name. */
export function templatesOf(format: "markdown" | "json"): { phase: Phase; name: string }[] {
  return PHASE_TEMPLATES.flatMap((p) =>
    p.artifacts.filter((a) => a.format === format).map((a) => ({ phase: p.phase, name: a.name })),
  );
}

/** What storing one version costs the worker: validation and the stored facts. */
export async function write(phase: Phase, name: string, content: string): Promise<void> {
  await validateArtifact(phase, name, content);
  storedFacts(name, content);
}

/**
 * CPU milliseconds (user + system) of `fn`, after a full collection where the process allows it (the node test
 * project runs with --expose-gc): otherwise the garbage of the previous sample is collected during this one, and a
 * collection's cost follows the heap, not the input.
 */
export async function cpuMs(fn: () => Promise<void>): Promise<number> {
  (globalThis as { gc?: () => void }).gc?.();
  const start = process.cpuUsage();
  await fn();
  const d = process.cpuUsage(start);
  return (d.user + d.system) / 1000;
}
