// docs/spec-engine.md documents every rule of the catalog, with its severity.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { FINDING_RULES } from "../../../src/spec-engine/rules";

describe("docs/spec-engine.md", () => {
  const doc = readFileSync("docs/spec-engine.md", "utf8");
  for (const rule of FINDING_RULES) {
    it(`lists ${rule.id} as ${rule.severity}`, () => {
      // Table cells may be padded (biome aligns Markdown tables).
      expect(doc).toMatch(new RegExp(`\\| ${rule.id} +\\| ${rule.severity} +\\|`));
    });
  }
});
