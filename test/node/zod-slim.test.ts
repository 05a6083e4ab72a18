// src/platform/lib/zod-slim copies zod's internal export list (node_modules/zod/v4/classic/external.js), so
// zod is pinned to an exact version in package.json, and this test fails when a zod upgrade adds,
// removes or renames an export of its entry that the copy does not follow.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const root = new URL("../../", import.meta.url);
const readJson = (path: string) => JSON.parse(readFileSync(new URL(path, root), "utf8"));

// What zod-slim leaves out on purpose (see src/platform/lib/zod-slim/external.ts for why).
const EXCLUDED = [
  "core",
  "locales",
  "fromJSONSchema",
  "compile",
  "withParser",
  "ZodCompileAsyncError",
  "ZodCompileUnsupportedError",
].sort();

describe("zod-slim", () => {
  it("zod is pinned to an exact version", () => {
    const pkg = readJson("package.json");
    const installed = readJson("node_modules/zod/package.json").version;
    expect(pkg.dependencies.zod).toMatch(/^\d+\.\d+\.\d+$/);
    expect(installed).toBe(pkg.dependencies.zod);
  });

  it("re-exports exactly zod's classic entry, minus the documented exclusions", async () => {
    // zod's own "zod" entry for ESM, from its exports map (the "zod" specifier itself is aliased to
    // zod-slim in vitest.config.ts).
    const entry = readJson("node_modules/zod/package.json").exports["."].import;
    const real: Record<string, unknown> = await import(new URL(`node_modules/zod/${entry}`, root).href);
    const slim: Record<string, unknown> = await import("../../src/platform/lib/zod-slim/index.ts");
    const realNames = Object.keys(real).sort();
    const slimNames = Object.keys(slim).sort();
    expect(
      EXCLUDED.filter((n) => !realNames.includes(n)),
      "exclusions zod no longer has",
    ).toEqual([]);
    expect(slimNames).toEqual(realNames.filter((n) => !EXCLUDED.includes(n)));
    // Same objects, not look-alikes: the slim entry re-exports zod's own modules.
    for (const name of slimNames) {
      if (name === "z" || name === "default" || name === "coerce" || name === "iso") continue;
      expect(slim[name], name).toBe(real[name]);
    }
  });
});
