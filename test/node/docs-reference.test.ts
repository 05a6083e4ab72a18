// Reference docs checked against the code they describe: the README's configuration table against
// the bindings the API validates (src/platform/config.ts) and binds (wrangler.toml), docs/cleanup.md's tasks
// against the cleanup job. (docs/api.md's operations and docs/errors.md are generated: generated.test.ts.)
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CLEANUP_TASKS } from "../../src/cleanup/cleanup";
import { configSchema } from "../../src/platform/config";
import { githubConfigSchema } from "../../src/platform/config-github";

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), "utf8");

/** The first column's backticked names of the markdown table that follows `heading`. */
function tableNames(markdown: string, heading: string): string[] {
  const start = markdown.indexOf(heading);
  if (start < 0) throw new Error(`no "${heading}"`);
  const lines = markdown.slice(start).split("\n");
  const first = lines.findIndex((l) => l.startsWith("|"));
  const rows = [];
  for (const line of lines.slice(first + 2)) {
    if (!line.startsWith("|")) break;
    rows.push(/^\|\s*`([^`]+)`/.exec(line)?.[1] ?? line);
  }
  return rows;
}

describe("reference docs match the code", () => {
  it("README's configuration table names every binding the API reads, and nothing else", () => {
    // The API's settings, and the GitHub integration's (the teams and generator workers read them).
    const keys = [
      ...Object.keys((configSchema as unknown as { in: { shape: object } }).in.shape),
      ...Object.keys(githubConfigSchema.shape),
    ];
    // Bindings to other workers, declared in the API's and the teams worker's wrangler.toml rather than validated as strings.
    const bindings = (path: string) => [...read(path).matchAll(/^binding = "([A-Z_]+)"/gm)].map((m) => m[1] as string);
    const bound = [...new Set([...bindings("wrangler.toml"), ...bindings("workers/teams/wrangler.toml")])];
    expect(bound.sort()).toEqual(["GENERATION", "GITHUB_OUTBOX", "MCP", "TEAMS", "WEBHOOKS"]);
    const documented = tableNames(read("README.md"), "## Configuration");
    const covers = (row: string, key: string) => (row.endsWith("*") ? key.startsWith(row.slice(0, -1)) : row === key);
    for (const key of [...keys, ...bound]) {
      expect(
        documented.some((row) => covers(row, key)),
        `${key} is not in README's configuration table`,
      ).toBe(true);
    }
    for (const row of documented) {
      expect(
        [...keys, ...bound].some((key) => covers(row, key)),
        `README documents ${row}, which nothing reads`,
      ).toBe(true);
    }
  });

  it("docs/cleanup.md lists the cleanup job's tasks", () => {
    expect(tableNames(read("docs/cleanup.md"), "# Cleanup job")).toEqual([...CLEANUP_TASKS]);
  });

  it("README's layout names every folder of src/ and test/, and every path it names exists", () => {
    const readme = read("README.md");
    const layout = readme.slice(readme.indexOf("## Layout"), readme.indexOf("## Where to read next"));
    const named = [...layout.matchAll(/`((?:src|test|tools|workers|bench|client|drizzle|docs)\/[^`]*)`/g)].map(
      (m) => m[1] as string,
    );
    // The tree block: a top-level folder ("src/") and, indented under it, its entries ("  account/  ...").
    const tree = layout.slice(layout.indexOf("```\n") + 4, layout.indexOf("\n```", layout.indexOf("```\n") + 4));
    let top = "";
    for (const line of tree.split("\n")) {
      const entry = /^(\s*)(\S+)/.exec(line);
      if (!entry) continue;
      if (entry[1] === "") top = entry[2] as string;
      else named.push(`${top}${entry[2]}`);
    }
    expect(named.length).toBeGreaterThan(20);
    for (const path of named) expect(existsSync(new URL(`../../${path}`, import.meta.url)), path).toBe(true);
    for (const top of ["src", "test"]) {
      const dirs = readdirSync(new URL(`../../${top}/`, import.meta.url), { withFileTypes: true }).filter((d) =>
        d.isDirectory(),
      );
      for (const d of dirs) {
        const path = `${top}/${d.name}/`;
        expect(
          named.some((n) => n === path || n.startsWith(path)),
          `${path} is not in README's layout`,
        ).toBe(true);
      }
    }
  });

  it("README's index links every document in docs/", () => {
    const readme = read("README.md");
    for (const file of readdirSync(new URL("../../docs/", import.meta.url)).filter((f) => f.endsWith(".md"))) {
      expect(readme, `docs/${file} is not linked from README`).toContain(`(docs/${file})`);
    }
  });
});
