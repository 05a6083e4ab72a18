// The gate decides cross-document errors from facts stored on write (src/spec-engine/trace-ids.ts); the matrix computes
// them from the contents (src/spec-engine/traceability.ts). Both must name the same (rule, document) for every set.
import { describe, expect, it } from "vitest";
import { crossErrors } from "../../../src/artifacts/cross-findings";
import { computeTraceability } from "../../../src/spec-engine";
import { traceIds } from "../../../src/spec-engine/trace-ids";
import type { ArtifactInput } from "../../../src/spec-engine/types";
import { replaceOnce, SPEC_SET, withArtifact } from "../../shared/spec-fixtures";
import { PROJECT_VARIANTS } from "../../shared/spec-variants";

const key = (x: { ruleId: string; phase: string; artifact: string }) => `${x.ruleId} ${x.phase}/${x.artifact}`;

function fromContents(set: readonly ArtifactInput[]) {
  const m = computeTraceability(set);
  return [...new Set(m.findings.filter((f) => f.severity === "error").map((f) => key({ ...f, ...f.location })))].sort();
}

function fromFacts(set: readonly ArtifactInput[]) {
  const rows = set.map((a) => ({
    phase: a.phase,
    artifactName: a.name,
    extraFile: false,
    traceIds: JSON.parse(JSON.stringify(traceIds(a.name, a.content))),
  }));
  return crossErrors(rows).map(key).sort();
}

const SETS: [string, readonly ArtifactInput[]][] = [
  ["the complete set", SPEC_SET],
  ...PROJECT_VARIANTS.map((v): [string, ArtifactInput[]] => [v.rule, v.artifacts]),
  [
    "an undefined id in data-model.md and in an analysis document",
    withArtifact(
      withArtifact(SPEC_SET, "spec", "data-model.md", (c) => replaceOnce(c, "REQ-LOAN-003", "REQ-LOAN-003, REQ-X-001")),
      "analysis",
      "personas.md",
      (c) => `${c}\nSee REQ-AUTH-001 and REQ-ZZZ-123.\n`,
    ),
  ],
  [
    "declared operation and entity links, spelled differently but the same",
    withArtifact(SPEC_SET, "spec", "traceability.json", (c) =>
      replaceOnce(replaceOnce(c, '"GET /books"]', '"get   /books"]'), '"entities": ["Loan"]', '"entities": ["LOAN"]'),
    ),
  ],
  [
    "a declared operation that does not exist, and one of an undefined requirement",
    withArtifact(SPEC_SET, "spec", "traceability.json", (c) =>
      replaceOnce(c, '"requirements": [', '"requirements": [\n{ "id": "REQ-NOPE-001", "tasks": ["TASK-999"] },'),
    ),
  ],
  ["without PRD.md (nothing is defined: no trace finding)", SPEC_SET.filter((a) => a.name !== "PRD.md")],
  ["without the SBOM", SPEC_SET.filter((a) => a.name !== "sbom.json")],
];

describe("cross-document errors from stored facts", () => {
  it.each(SETS)("agree with the matrix: %s", (_name, set) => {
    expect(fromFacts(set)).toEqual(fromContents(set));
  });

  it("the variants do produce errors (the comparison is not between two empty lists)", () => {
    const errors = SETS.map(([, set]) => fromFacts(set).length);
    expect(errors.filter((n) => n > 0).length).toBeGreaterThanOrEqual(5);
    expect(fromFacts(SPEC_SET)).toEqual([]);
  });
});
