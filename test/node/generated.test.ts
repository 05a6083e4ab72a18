// Files generated from the code, committed, and kept equal to it here: docs/errors.md from the
// error catalog; tables of docs/workspaces.md (roles), docs/limits.md (body limits) and docs/github.md (the
// outbox's retry schedule) and docs/mcp.md (the tools) from their definitions; client/schema.d.ts (openapi-typescript) and docs/api.md's table of operations from
// the served OpenAPI document (and each route's declared round trips); CHANGELOG.md's API section from
// api-smart-diff's comparison of docs/openapi.released.json with the served document. `npm run generate` rewrites them (this file with UPDATE_GENERATED=1).
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { apiCompare } from "api-smart-diff";
import openapiTS, { astToString, type OpenAPITSOptions } from "openapi-typescript";
import { describe, expect, it } from "vitest";
import { MAX_ATTEMPTS, RETRY_DELAYS_SECONDS } from "../../src/github/outbox-run.ts";
import { TOOLS } from "../../src/mcp/server.ts";
import { PERMISSIONS, ROLES } from "../../src/platform/auth/roles.ts";
import { DEFAULT_BODY_MAX, KiB, MiB } from "../../src/platform/http/body-limit.ts";
import { ERROR_CATALOG } from "../../src/platform/http/error-catalog.ts";
import { ROUTE_FACTS } from "../../src/platform/http/route.ts";
import { servedDocument } from "./document.ts";

const ROOT = join(import.meta.dirname, "../..");
const UPDATE = process.env.UPDATE_GENERATED === "1";

/** `current` with what lies between its `start` and `end` marker lines replaced by `body`. */
function between(file: string, current: string, [start, end]: readonly [string, string], body: string): string {
  const from = current.indexOf(start);
  const to = current.indexOf(end);
  if (from < 0 || to < from) throw new Error(`${file} needs the markers ${start} and ${end}`);
  return `${current.slice(0, from + start.length)}\n\n${body}\n\n${current.slice(to)}`;
}

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
    '`rate_limited` (the window\'s reset). Every 401 carries `WWW-Authenticate: Bearer realm="spec-drive"`',
    '(RFC 6750 §3), followed by `, error="invalid_token"` when the request sent a Bearer token that was refused.',
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

const API_MARKERS = [
  "<!-- operations: generated from /openapi.json by `npm run generate` -->",
  "<!-- /operations -->",
] as const;

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
  const body = table(["Operation", "operationId", "What", "Who may call", "Round trips"], rows).join("\n");
  return between("docs/api.md", current, API_MARKERS, body);
}

const ROLES_MARKERS = [
  "<!-- roles: generated from src/platform/auth/roles.ts by `npm run generate` -->",
  "<!-- /roles -->",
] as const;

/** docs/workspaces.md with its roles table (between the markers) made from the PERMISSIONS table. */
export function rolesMarkdown(current: string): string {
  const rows = Object.entries(PERMISSIONS).map(([permission, p]) => [
    `\`${permission}\``,
    ...ROLES.map((role) => ((p.roles as readonly string[]).includes(role) ? "yes" : "")),
    p.allows,
  ]);
  const body = table(["Permission", ...ROLES, "Allows"], rows).join("\n");
  return between("docs/workspaces.md", current, ROLES_MARKERS, body);
}

const LIMITS_MARKERS = [
  "<!-- body-limits: generated from the routes' bodyLimit by `npm run generate` -->",
  "<!-- /body-limits -->",
] as const;

/** A byte count as docs say it: `2 MiB`, `16 KiB`. */
const bytesText = (n: number) => (n % MiB === 0 ? `${n / MiB} MiB` : n % KiB === 0 ? `${n / KiB} KiB` : `${n} bytes`);

/** docs/limits.md with its body-limit table (between the markers): every route declaring its own `bodyLimit`. */
export async function limitsMarkdown(current: string): Promise<string> {
  const document = await servedDocument(); // declares every route, filling ROUTE_FACTS
  // In the document's order (ROUTE_FACTS's own order is the order modules happened to be imported in).
  const paths = Object.keys(document.paths as object);
  const rank = (route: string) => {
    const i = paths.indexOf(route.split(" ")[1]?.replace(/:(\w+)/g, "{$1}") ?? "");
    return i < 0 ? paths.length : i;
  };
  const rows = [...ROUTE_FACTS]
    .flatMap(([route, facts]) => (facts.bodyLimit ? [{ route, ...facts.bodyLimit }] : []))
    .sort((a, b) => rank(a.route) - rank(b.route))
    .map(({ route, bytes, why }) => [`\`${route}\``, bytesText(bytes), why]);
  rows.push(["any other route with a body or an unsafe method", bytesText(DEFAULT_BODY_MAX), "the default"]);
  return between(
    "docs/limits.md",
    current,
    LIMITS_MARKERS,
    table(["route", "limit", "why this much"], rows).join("\n"),
  );
}

const RETRY_MARKERS = [
  "<!-- retry-schedule: generated from src/github/outbox-run.ts by `npm run generate` -->",
  "<!-- /retry-schedule -->",
] as const;

/** A delay as docs say it: `5 s`, `2 min`, `6 h`. */
const delayText = (s: number) => (s % 3600 === 0 ? `${s / 3600} h` : s % 60 === 0 ? `${s / 60} min` : `${s} s`);

/** docs/github.md with the outbox's retry schedule (between the markers) made from RETRY_DELAYS_SECONDS. */
export function retryMarkdown(current: string): string {
  const rows = RETRY_DELAYS_SECONDS.map((s, i) => [String(i + 1), delayText(s)]);
  rows.push([String(MAX_ATTEMPTS), "failed"]);
  return between(
    "docs/github.md",
    current,
    RETRY_MARKERS,
    table(["after attempt", "next attempt in"], rows).join("\n"),
  );
}

const TOOLS_MARKERS = [
  "<!-- mcp-tools: generated from src/mcp/server.ts TOOLS by `npm run generate` -->",
  "<!-- /mcp-tools -->",
] as const;

/** docs/mcp.md with its table of tools (between the markers): each tool's route and scope, from TOOLS. */
export function mcpToolsMarkdown(current: string): string {
  const rows = Object.entries(TOOLS).map(([name, t]) => {
    const [method = "", path = ""] = t.route.split(" ");
    return [`\`${name}\``, `\`${method.toUpperCase()} ${path}\``, t.scope === "public" ? "(public)" : t.scope];
  });
  return between("docs/mcp.md", current, TOOLS_MARKERS, table(["tool", "route", "scope"], rows).join("\n"));
}

const CHANGES_MARKERS = [
  "<!-- api-changes: generated by `npm run generate` (docs/versioning.md) -->",
  "<!-- /api-changes -->",
] as const;
/** api-smart-diff's classes, in the order a reader needs them. */
const CHANGE_TYPES = [
  ["breaking", "Breaking"],
  ["deprecated", "Deprecated"],
  ["non-breaking", "Added or relaxed (not breaking)"],
  ["unclassified", "Unclassified (review by hand)"],
  ["annotation", "Documentation only"],
] as const;

/** Where a change is: `GET /api/me: a.b` for an operation, the document path otherwise. */
function changeLocation(path: readonly PropertyKey[]): string {
  const [root, url, method, ...rest] = path.map(String);
  if (root !== "paths" || !url || !method) return path.map(String).join(".");
  return `${method.toUpperCase()} ${url}${rest.length ? `: ${rest.join(".")}` : ""}`;
}

/**
 * One line per kind of change: the tool reports each enum value and each response apart (a new error code is
 * one entry per operation and status), so entries that differ only in a JSON path's index are one, and a change
 * made to many operations names how many rather than each.
 */
function changeLines(diffs: readonly { description?: string; action: string; path: readonly PropertyKey[] }[]) {
  const entries = new Map<string, Set<string>>();
  for (const d of diffs) {
    // The tool's descriptions can hold doubled spaces (an empty name); Markdown (and biome) keeps one.
    const what = (d.description || d.action || "change").replace(/\s+/g, " ").trim();
    const where = changeLocation(d.path).replace(/\.\d+(?=\.|$)/g, "");
    const [place = where, inside] = where.split(": ");
    const operation = /^[A-Z]+ \//.test(place) ? place : undefined;
    const detail = inside ?? where;
    // A bare action ("add", "remove") says nothing without its place in the operation; a described one does.
    const key = what.includes(" ") ? what : `${what} \`${detail}\``;
    const operations = entries.get(key) ?? new Set<string>();
    if (operation) operations.add(operation);
    entries.set(key, operations);
  }
  return [...entries].map(([key, ops]) =>
    ops.size === 0
      ? `- ${key}`
      : ops.size <= 3
        ? `- ${key} (${[...ops].map((o) => `\`${o}\``).join(", ")})`
        : `- ${key} (${ops.size} operations)`,
  );
}

/** CHANGELOG.md with its API section (between the markers): the released document against the served one. */
export async function changelogMarkdown(current: string, released: unknown): Promise<string> {
  const { diffs } = apiCompare(released, await servedDocument());
  const sections = CHANGE_TYPES.flatMap(([type, heading]) => {
    const lines = changeLines(diffs.filter((d) => d.type === type));
    return lines.length ? [`#### ${heading}`, "", ...lines, ""] : [];
  });
  const body = sections.length ? sections.join("\n").trimEnd() : "No change since the released document.";
  return between("CHANGELOG.md", current, CHANGES_MARKERS, body);
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

  it("docs/workspaces.md's roles table is the PERMISSIONS table", async () => {
    const current = await readFile(join(ROOT, "docs/workspaces.md"), "utf8");
    const md = rolesMarkdown(current);
    for (const permission of Object.keys(PERMISSIONS)) expect(md).toContain(`\`${permission}\``);
    await check("docs/workspaces.md", md);
  });

  it("docs/limits.md's body-limit table is the routes' declared limits", async () => {
    const current = await readFile(join(ROOT, "docs/limits.md"), "utf8");
    const md = await limitsMarkdown(current);
    expect(md).toMatch(/^\| `POST \/api\/projects\/:id\/artifacts` +\| 2 MiB +\| /m);
    await check("docs/limits.md", md);
  });

  it("docs/github.md's retry schedule is the outbox's", async () => {
    const current = await readFile(join(ROOT, "docs/github.md"), "utf8");
    const md = retryMarkdown(current);
    expect(md).toMatch(/^\| 2 +\| 30 s +\|$/m);
    await check("docs/github.md", md);
  });

  it("docs/mcp.md's table of tools is TOOLS", async () => {
    const current = await readFile(join(ROOT, "docs/mcp.md"), "utf8");
    const md = mcpToolsMarkdown(current);
    expect(md).toMatch(/^\| `start_run` +\| `POST \/api\/projects\/\{id\}\/runs` +\| runs:write +\|$/m);
    await check("docs/mcp.md", md);
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

  it("CHANGELOG.md's API section is the difference between the released and the served document", async () => {
    const releasedFile = join(ROOT, "docs/openapi.released.json");
    // At a release (docs/versioning.md), the served document becomes the released one.
    if (process.env.RELEASE_API === "1")
      await writeFile(releasedFile, `${JSON.stringify(await servedDocument(), null, 2)}\n`);
    const released = JSON.parse(await readFile(releasedFile, "utf8"));
    const current = await readFile(join(ROOT, "CHANGELOG.md"), "utf8");
    const md = await changelogMarkdown(current, released);
    // The comparison does see a change: an operation the released document lacks is an addition.
    const trimmed = structuredClone(released);
    delete trimmed.paths["/health"];
    expect(await changelogMarkdown(current, trimmed)).toMatch(/#### Added or relaxed[^#]*`GET \/health`/);
    await check("CHANGELOG.md", md);
  }, 60_000);
});
