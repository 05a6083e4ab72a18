// The committed migrations must be exactly what the schema generates: a schema change without
// `npm run db:generate` fails here instead of at deploy time.
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

describe("migrations", () => {
  it("drizzle-kit generate finds nothing new to write", () => {
    const out = mkdtempSync(join(tmpdir(), "drizzle-drift-"));
    try {
      cpSync("drizzle", out, { recursive: true });
      const before = readdirSync(out).sort();
      const log = execFileSync(
        "node_modules/.bin/drizzle-kit",
        ["generate", "--dialect", "postgresql", "--schema", "./src/db/schema.ts", "--out", out, "--name", "drift"],
        { encoding: "utf8" },
      );
      expect(readdirSync(out).sort(), log).toEqual(before);
      expect(log).toMatch(/No schema changes/);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 60_000);
});
