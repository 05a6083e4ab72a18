// The prose checked against the repository: every npm script, repository path and code symbol that
// README.md or docs/*.md names exists, and every path and npm script a comment in src/ names exists. A rename that
// leaves a doc behind fails here.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, normalize } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = new URL("../../", import.meta.url).pathname;
const read = (path: string) => readFileSync(join(ROOT, path), "utf8");

/** The repository's files (tracked or new; not git-ignored ones such as `.dev.vars`) and their folders. */
const FILES = execFileSync("git", ["ls-files", "--cached", "--others", "--exclude-standard"], { cwd: ROOT })
  .toString()
  .split("\n")
  .filter((f) => f && existsSync(join(ROOT, f)));
const PATHS = new Set(FILES.flatMap((f) => f.split("/").map((_, i, parts) => parts.slice(0, i + 1).join("/"))));

const DOCS = FILES.filter((f) => f === "README.md" || /^docs\/[^/]+\.md$/.test(f));
const CODE = FILES.filter((f) => /^(src|tools|test|bench|workers|client)\/.*\.(ts|cjs|mjs|js)$/.test(f));

/**
 * Names under a top-level folder of the repo that are not paths: MCP's JSON-RPC methods.
 * (https://modelcontextprotocol.io/specification/2025-06-18/server/tools)
 */
const NOT_PATHS = new Set(["tools/list", "tools/call"]);

/** Names of other software the docs compare with or configure, not ours. */
const EXTERNAL = new Set([
  "autoSignIn", // better-auth's option, compared in docs/auth-threat-model.md
  "requireEmailVerification", // better-auth's option, same
  "mcpServers", // the MCP client configuration's key (Claude Code's .mcp.json)
  "sideEffects", // package.json's field
  "__name", // esbuild's keepNames helper
  "extendZodWithOpenApi", // @hono/zod-openapi's, which it calls on import
]);

const PATH_RE = /(?<![\w./@-])((?:src|test|tools|bench|workers|drizzle|docs|client)\/[\w./*<>{},-]*)/g;

/** The paths a text names, without the sentence's punctuation after them. */
const pathsIn = (text: string) => [...text.matchAll(PATH_RE)].map((m) => (m[1] as string).replace(/[.,:]+$/, ""));

/** Whether git ignores a path: a local file that a doc names (`.dev.vars`, `bench/results/`), not the repo's. */
function ignored(path: string): boolean {
  try {
    execFileSync("git", ["check-ignore", "-q", "--no-index", path], { cwd: ROOT });
    return true;
  } catch {
    return false;
  }
}

/** A path as written in prose, with `<placeholder>`, `*` and `{a,b}` standing for names. */
function pathExists(written: string): boolean {
  const path = written.replace(/\/$/, "");
  if (NOT_PATHS.has(path) || PATHS.has(path)) return true;
  const pattern = path
    .replace(/[.+?^$()|[\]\\]/g, "\\$&")
    .replace(/<[^>/]+>|\*/g, "[^/]*")
    .replace(/\{([^}]*)\}/g, (_, alts: string) => `(?:${alts.split(",").join("|")})`);
  const re = new RegExp(`^${pattern}$`);
  return (/[<*{]/.test(path) && [...PATHS].some((p) => re.test(p))) || ignored(path);
}

/** A line comment (not the `//` of `https://` or of a string) or a block comment. */
const COMMENT_RE = /(?<![:\w"'`])\/\/.*$|\/\*[\s\S]*?\*\//gm;

/** Comments of a TypeScript source. */
function comments(source: string): string {
  return [...source.matchAll(COMMENT_RE)].map((m) => m[0]).join("\n");
}

/** Source without its comments: where a symbol must live for a doc to name it. */
function codeText(): string {
  return CODE.map((f) => read(f).replace(COMMENT_RE, "")).join("\n");
}

/** Names exported by our code or imported by it from a package. */
function exportedOrImported(code: string): Set<string> {
  const names = new Set<string>();
  const decl =
    /export\s+(?:default\s+)?(?:declare\s+)?(?:async\s+)?(?:function\*?|const|let|class|type|interface|enum)\s+([\w$]+)/g;
  for (const m of code.matchAll(decl)) names.add(m[1] as string);
  for (const m of code.matchAll(/(?:export|import)\s+(?:type\s+)?(?:[\w$]+\s*,\s*)?\{([^}]*)\}/g)) {
    for (const part of (m[1] as string).split(",")) {
      const name = part.replace(/^\s*type\s+/, "").split(/\s+as\s+/);
      for (const n of name) if (n.trim()) names.add(n.trim());
    }
  }
  return names;
}

/**
 * The code symbols a markdown text names: inline code spans (outside fenced blocks) that are one
 * identifier in camelCase or PascalCase (`recordValidation`, `ApiError`), alone or called
 * (`defineRoute(...)`). UPPER_CASE and snake_case spans are env names, SQL and error codes; dotted
 * spans are members of something else (`db.batch`); one-word names (`max(...)`) are too common to tell.
 */
function symbolsIn(markdown: string): { name: string; call: boolean }[] {
  const prose = markdown.replace(/^```[\s\S]*?^```/gm, "");
  const out: { name: string; call: boolean }[] = [];
  for (const m of prose.matchAll(/`([^`\n]+)`/g)) {
    const span = m[1] as string;
    const symbol = /^((?:[a-z$][a-z0-9$]*|[A-Z][a-z0-9]+)[A-Z][\w$]*)(\([^()]*\))?$/.exec(span);
    if (symbol) out.push({ name: symbol[1] as string, call: symbol[2] !== undefined });
  }
  return out;
}

describe("docs name what exists", () => {
  const scripts = Object.keys(JSON.parse(read("package.json")).scripts as object);

  it("every `npm run x` in README.md and docs/ is a script of package.json", () => {
    const missing = DOCS.flatMap((doc) =>
      [...read(doc).matchAll(/npm run ([\w:-]+)/g)]
        .map((m) => m[1] as string)
        .filter((s) => !scripts.includes(s))
        .map((s) => `${doc}: npm run ${s}`),
    );
    expect(missing).toEqual([]);
  });

  it("every repository path and relative link in README.md and docs/ exists", () => {
    const missing: string[] = [];
    for (const doc of DOCS) {
      const text = read(doc);
      for (const path of pathsIn(text)) if (!pathExists(path)) missing.push(`${doc}: ${path}`);
      for (const m of text.matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)) {
        const target = m[1] as string;
        if (/^[a-z]+:/.test(target)) continue;
        const path = normalize(join(dirname(doc), target));
        if (!pathExists(path)) missing.push(`${doc}: (${target})`);
      }
    }
    expect(missing).toEqual([]);
  });

  it("every code symbol README.md and docs/ name is in the code", () => {
    const code = codeText();
    const named = exportedOrImported(code);
    const words = new Set(code.match(/[\w$]+/g));
    const missing: string[] = [];
    for (const doc of DOCS) {
      for (const { name, call } of symbolsIn(read(doc))) {
        // A call names a function: ours (exported) or a package's (imported). A bare name may also be a
        // field, an operationId or a rate-limit bucket, so it must appear in the code.
        const found = EXTERNAL.has(name) || (call ? named.has(name) : words.has(name));
        if (!found) missing.push(`${doc}: ${name}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it("every repository path and npm script a comment in src/ names exists", () => {
    const missing: string[] = [];
    for (const file of CODE.filter((f) => f.startsWith("src/"))) {
      const text = comments(read(file));
      for (const path of pathsIn(text)) if (!pathExists(path)) missing.push(`${file}: ${path}`);
      for (const m of text.matchAll(/npm run ([\w:-]+)/g)) {
        if (!scripts.includes(m[1] as string)) missing.push(`${file}: npm run ${m[1]}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
