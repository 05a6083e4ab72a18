// Files generated from the code, committed, and kept equal to it here: docs/errors.md from the
// error catalog; client/schema.d.ts (openapi-typescript) and docs/api.md's table of operations from
// the served OpenAPI document (and each route's declared round trips). `npm run generate` rewrites them (this file with UPDATE_GENERATED=1).
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import openapiTS, { astToString, type OpenAPITSOptions } from "openapi-typescript";
import { describe, expect, it } from "vitest";
import { ERROR_CATALOG } from "../../src/platform/http/error-catalog.ts";
import { ROUTE_FACTS } from "../../src/platform/http/route.ts";
import { servedDocument } from "./document.ts";

const ROOT = join(import.meta.dirname, "../..");
const UPDATE = process.env.UPDATE_GENERATED === "1";

/** A markdown table with padded columns (as the formatter writes it). */
function table(head: string[], rows: string[][]): string[] {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(" | ")} |`;
  return [line(head), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)];
}

export function errorsMarkdown(): string {
  const rows = Object.entries(ERROR_CATALOG).map(([code, e]) => [
    String(e.status),
    `\`${code}\``,
    e.description.replaceAll("|", "\\|"),
    "retryAfter" in e ? `${e.retryAfter} s` : "",
  ]);
  return [
    "# Error codes",
    "",
    "<!-- Generated from src/platform/http/error-catalog.ts by `npm run generate`; test/node/generated.test.ts keeps it equal. -->",
    "",
    'Every error is `{ "error": { "code", "message", "requestId", "issues"? } }` with the status below;',
    "a code is always sent with the same status. Each operation in `/openapi.json` lists the codes it can",
    "answer per status. `Retry-After` (seconds) is sent with the codes that have one here, and with",
    "`rate_limited` (the window's reset).",
    "",
    ...table(["Status", "Code", "Meaning", "Retry-After"], rows),
    "",
  ].join("\n");
}

/** openapi-typescript's output for the served document: its default flags, as an integrator runs it. */
export async function clientSchema(options: OpenAPITSOptions = {}): Promise<string> {
  const ast = await openapiTS((await servedDocument()) as never, options);
  return `// Generated from /openapi.json by openapi-typescript (npm run generate). Do not edit.\n\n${astToString(ast)}`;
}

type Operation = { operationId: string; summary: string; security?: Record<string, string[]>[] };
const METHODS = ["get", "post", "put", "patch", "delete"] as const;

/** Who may call an operation, from its `security`. */
function whoMayCall(op: Operation): string {
  if (!op.security?.length) return "public";
  const key = op.security.find((s) => "apiKeyAuth" in s)?.apiKeyAuth;
  return key ? `session, or a key with ${key.map((s) => `\`${s}\``).join(", ")}` : "session";
}

/** The round trips an operation's declaration states (`roundTrips` in defineRoute). */
function roundTripsOf(method: string, path: string): string {
  const facts = ROUTE_FACTS.get(`${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ":$1")}`);
  if (!facts) throw new Error(`${method} ${path} has no declaration in ROUTE_FACTS`);
  return String(facts.roundTrips);
}

const API_START = "<!-- operations: generated from /openapi.json by `npm run generate` -->";
const API_END = "<!-- /operations -->";

/** docs/api.md with its table of operations (between the markers) made from the served document. */
export async function apiMarkdown(current: string): Promise<string> {
  const doc = (await servedDocument()) as { paths: Record<string, Partial<Record<string, Operation>>> };
  const rows: string[][] = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const method of METHODS) {
      const op = item[method];
      if (op)
        rows.push([
          `\`${method.toUpperCase()} ${path}\``,
          `\`${op.operationId}\``,
          op.summary,
          whoMayCall(op),
          roundTripsOf(method, path),
        ]);
    }
  }
  const start = current.indexOf(API_START);
  const end = current.indexOf(API_END);
  if (start < 0 || end < start) throw new Error(`docs/api.md needs the markers ${API_START} and ${API_END}`);
  const body = table(["Operation", "operationId", "What", "Who may call", "Round trips"], rows).join("\n");
  return `${current.slice(0, start + API_START.length)}\n\n${body}\n\n${current.slice(end)}`;
}

async function check(path: string, expected: string) {
  const file = join(ROOT, path);
  if (UPDATE) await writeFile(file, expected);
  const actual = await readFile(file, "utf8").catch(() => "");
  expect(actual, `${path} is stale: run npm run generate`).toBe(expected);
}

describe("generated files match their source", () => {
  it("docs/errors.md lists the error catalog", async () => {
    const md = errorsMarkdown();
    for (const code of Object.keys(ERROR_CATALOG)) expect(md).toContain(`\`${code}\``);
    await check("docs/errors.md", md);
  });

  it("docs/api.md lists every operation of the served document", async () => {
    const current = await readFile(join(ROOT, "docs/api.md"), "utf8");
    const md = await apiMarkdown(current);
    expect(md).toMatch(/^\| `POST \/api\/projects\/\{id\}\/runs` +\| `startRun` +\|/m);
    expect(md).toMatch(/^\| `GET \/health` +\| `getHealth` +\| .+\| public +\| 0 +\|$/m);
    expect(md).toMatch(/^\| `GET \/api\/projects\/\{id\}\/export` +\| .+\| 2 +\|$/m);
    await check("docs/api.md", md);
  });

  it("client/schema.d.ts is openapi-typescript's output for the served document", async () => {
    const ts = await clientSchema();
    expect(ts).toContain("listProjects: {");
    await check("client/schema.d.ts", ts);
  }, 60_000);

  it("keeps every defaulted request field optional under openapi-typescript's default flags", async () => {
    // defaultNonNullable (on by default) makes a field with a `default` required, except inside a
    // request body written inline: a named component schema used as a body would lose its optional
    // fields. Without the flag every such field is optional; the two outputs must be the same.
    const ts = await clientSchema();
    expect(ts).toMatch(/expiresInDays\?: number \| null;/);
    expect(ts).toBe(await clientSchema({ defaultNonNullable: false }));
  }, 60_000);
});
