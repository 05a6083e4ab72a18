// The toolchain floor said in one place (package.json engines.node), enforced by every npm script,
// and every npm script exercised by CI.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), "utf8");
const pkg = JSON.parse(read("package.json")) as { engines: { node: string }; scripts: Record<string, string> };
const CHECK = "node tools/check-node.cjs && ";

/** tools/check-node.cjs as run by a Node that reports `version`. */
function checkAs(version: string) {
  const fake = `Object.defineProperty(process, "versions", { value: { ...process.versions, node: "${version}" } });`;
  return spawnSync(process.execPath, ["-e", `${fake} require("./tools/check-node.cjs")`], { encoding: "utf8" });
}

describe("toolchain", () => {
  it(".nvmrc names the floor of engines.node", () => {
    expect(pkg.engines.node).toBe(`>=${read(".nvmrc").trim()}`);
  });

  it("every npm script checks the Node version first", () => {
    const unchecked = Object.entries(pkg.scripts).filter(([, command]) => !command.startsWith(CHECK));
    expect(unchecked).toEqual([]);
  });

  it("the check refuses a Node below the floor in one line naming both versions, and passes the floor", () => {
    const floor = read(".nvmrc").trim();
    const [major, minor] = floor.split(".").map(Number);
    const below = checkAs(`${major}.${(minor as number) - 1}.99`);
    expect(below.status).toBe(1);
    expect(below.stdout).toBe("");
    expect(below.stderr).toBe(
      `Spec Drive needs Node ${floor} or later (see .nvmrc; README says how to get it); this is Node ${major}.${(minor as number) - 1}.99 (${process.execPath}).\n`,
    );
    expect(checkAs(floor).status).toBe(0);
    expect(checkAs(`${(major as number) + 1}.0.0`).status).toBe(0);
  });

  it("CI runs the deploy's dry run on the example configuration", () => {
    expect(read(".ci/run")).toMatch(/^npm run deploy -- --dry-run --env-file deploy\.env\.example$/m);
  });

  it("CI runs the README's test command and every bench script", () => {
    const ci = read(".ci/run");
    expect(read("README.md")).toContain("`npm test`");
    expect(ci).toMatch(/^npm test$/m);
    for (const script of Object.keys(pkg.scripts).filter((s) => s.startsWith("bench") || s === "load")) {
      expect(ci, script).toMatch(new RegExp(`npm run ${script}$`, "m"));
    }
  });
});
