// The committed migrations must be exactly what the schema generates: a schema change without
// `npm run db:generate` fails here instead of at deploy time.
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

describe("migrations", () => {
  it("drizzle-kit generate finds nothing new to write", () => {
    // drizzle-kit resolves --out relative to the project, so the scratch copy lives here (git-ignored).
    const out = mkdtempSync(".drizzle-drift-");
    try {
      cpSync("drizzle", out, { recursive: true });
      const files = () => [...readdirSync(out), ...readdirSync(join(out, "meta"))].sort();
      const before = files();
      const run = spawnSync(
        "node_modules/.bin/drizzle-kit",
        ["generate", "--dialect", "postgresql", "--schema", "./src/db/schema.ts", "--out", out, "--name", "drift"],
        { encoding: "utf8" },
      );
      const log = `${run.stdout}${run.stderr}`;
      expect(run.status, log).toBe(0);
      expect(files(), log).toEqual(before);
      expect(log).toMatch(/No schema changes/);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 60_000);
});
