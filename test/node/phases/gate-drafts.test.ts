// Two evaluators of the cross-document errors: the gate's list (src/phases/gates.ts gateItems, over the facts
// stored on write) and the check the run holds its drafts to (src/runs/generation/brief.ts crossFindings, over
// the contents). A draft the run accepts must not be refused by the gate, and the other way round: both name
// the same (rule, document) on every fixture variant.
import { describe, expect, it } from "vitest";
import { gateItems } from "../../../src/phases/gates";
import { PHASES } from "../../../src/platform/db/schema";
import { crossFindings } from "../../../src/runs/generation/brief";
import { type RuleId, ruleInfo } from "../../../src/spec-engine";
import type { ArtifactInput } from "../../../src/spec-engine/types";
import { gateData, SPEC_SET, stored, withArtifact } from "../../shared/spec-fixtures";
import { ARTIFACT_VARIANTS, PROJECT_VARIANTS } from "../../shared/spec-variants";

const key = (ruleId: string, phase: string, artifact: string) => `${ruleId} ${phase}/${artifact}`;

/** The gate's cross-document items entering `done` (whose scope is every phase). */
async function fromGate(set: readonly ArtifactInput[]): Promise<string[]> {
  const items = gateItems("solutioning", gateData(await stored(set)));
  const cross = items.filter((i) => i.ruleId && ruleInfo(i.ruleId as RuleId).scope === "project");
  return [...new Set(cross.map((i) => key(i.ruleId ?? "", i.phase, i.artifact ?? "")))].sort();
}

/** What the run's draft check finds in each document, given the others. */
function fromDrafts(set: readonly ArtifactInput[]): string[] {
  const found = set.flatMap((a) => crossFindings(a.phase, a.name, set).map((f) => key(f.ruleId, a.phase, a.name)));
  return [...new Set(found)].sort();
}

const SETS: [string, readonly ArtifactInput[]][] = [
  ["the complete set", SPEC_SET],
  ...ARTIFACT_VARIANTS.map((v): [string, ArtifactInput[]] => [
    `${v.rule} in ${v.phase}/${v.name}`,
    withArtifact(SPEC_SET, v.phase, v.name, v.mutate),
  ]),
  ...PROJECT_VARIANTS.map((v): [string, ArtifactInput[]] => [v.rule, v.artifacts]),
  ...PHASES.slice(0, -1).map((p): [string, ArtifactInput[]] => [
    `only up to ${p}`,
    SPEC_SET.filter((a) => PHASES.indexOf(a.phase) <= PHASES.indexOf(p)),
  ]),
];

describe("the gate and the run's draft check agree on cross-document errors", () => {
  it.each(SETS)("%s", async (_name, set) => {
    expect(await fromGate(set)).toEqual(fromDrafts(set));
  });

  it("the variants do produce errors (the comparison is not between two empty lists)", async () => {
    const counts = await Promise.all(SETS.map(async ([, set]) => (await fromGate(set)).length));
    expect(counts.filter((n) => n > 0).length).toBeGreaterThanOrEqual(3);
    expect(counts[0]).toBe(0);
  });
});
