import { describe, expect, it } from "vitest";
// The refusal's list of each gate (src/phases/gates.ts gateItems), over stored fixture documents as the database
// returns them; the SQL condition agrees with it (test/worker/phases/gate-agreement.test.ts).
import { advanceRefusal, gateItems } from "../../../src/phases/gates";
import { PHASES, type Phase } from "../../../src/platform/db/schema";
import type { StoredArtifact, Waiver } from "../../../src/spec-engine/types";
import { gateData, replaceOnce, SPEC_SET, stored, withArtifact } from "../../shared/spec-fixtures";

const all = await stored(SPEC_SET);

/** What stops leaving `phase` (the 409 gate_failed items); `ok`: nothing does. */
function evaluate(g: { phase: Phase; artifacts: StoredArtifact[]; waivers: Waiver[]; coverageThreshold?: number }) {
  const items = gateItems(g.phase, gateData(g.artifacts, g.waivers, g.coverageThreshold));
  return { phase: g.phase, ok: items.length === 0, items };
}
const waiver = (w: Partial<Waiver>): Waiver => ({
  phase: "analysis",
  artifact: "constitution.md",
  ruleId: "frontmatter-key",
  reason: "the project name is in the title",
  waivedBy: "owner@example.test",
  waivedAt: "2026-11-26T10:00:00Z",
  ...w,
});

describe("gates", () => {
  it("every phase of the complete spec set can be left", async () => {
    for (const phase of PHASES.slice(0, -1)) {
      expect(evaluate({ phase, artifacts: all, waivers: [] })).toEqual({ phase, ok: true, items: [] });
    }
  });

  it("lists the missing artifacts of the phase", async () => {
    const r = evaluate({
      phase: "stack_selection",
      artifacts: all.filter((a) => a.name !== "plan.md"),
      waivers: [],
    });
    expect(r.ok).toBe(false);
    expect(r.items).toEqual([
      { code: "artifact_missing", phase: "stack_selection", artifact: "plan.md", message: "plan.md is missing" },
    ]);
    // Without api-spec.json, the operations traceability.json declares no longer exist either.
    const spec = evaluate({ phase: "spec", artifacts: all.filter((a) => a.name !== "api-spec.json"), waivers: [] });
    expect(spec.items[0]).toEqual({
      code: "artifact_missing",
      phase: "spec",
      artifact: "api-spec.json",
      message: "api-spec.json is missing",
    });
    expect(new Set(spec.items.slice(1).map((i) => i.ruleId))).toEqual(new Set(["trace-inconsistent"]));
  });

  it("refuses an artifact stored before validation existed", async () => {
    const pending = all.map((a) => (a.name === "plan.md" ? { ...a, status: "pending" as const, findings: [] } : a));
    const r = evaluate({ phase: "stack_selection", artifacts: pending, waivers: [] });
    expect(r.items.map((i) => [i.code, i.artifact])).toEqual([["artifact_not_validated", "plan.md"]]);
  });

  it("blocks on an unwaived error, and a waiver of that rule on that artifact lifts it", async () => {
    const broken = await stored(
      withArtifact(SPEC_SET, "analysis", "constitution.md", (c) => replaceOnce(c, "project: Shelfshare\n", "")),
    );
    const r = evaluate({ phase: "analysis", artifacts: broken, waivers: [] });
    expect(r.items).toEqual([
      {
        code: "finding_unwaived",
        phase: "analysis",
        artifact: "constitution.md",
        ruleId: "frontmatter-key",
        message: 'constitution.md: frontmatter key "project" is missing',
      },
    ]);
    expect(evaluate({ phase: "analysis", artifacts: broken, waivers: [waiver({})] }).ok).toBe(true);
    // A waiver of the same rule on another artifact does not apply.
    expect(evaluate({ phase: "analysis", artifacts: broken, waivers: [waiver({ artifact: "personas.md" })] }).ok).toBe(
      false,
    );
  });

  it("warnings do not block", async () => {
    const warned = await stored(
      withArtifact(SPEC_SET, "analysis", "personas.md", (c) =>
        replaceOnce(c, "## Personas\n", "## Personas\n\nTBD: a fourth persona.\n"),
      ),
    );
    expect(warned.find((a) => a.name === "personas.md")?.status).toBe("warn");
    expect(evaluate({ phase: "analysis", artifacts: warned, waivers: [] }).ok).toBe(true);
  });

  it("blocks on cross-artifact errors located in the phase", async () => {
    const set = await stored(
      withArtifact(SPEC_SET, "dependencies", "dependency-proposal.json", (c) =>
        replaceOnce(c, '"name": "zod", "version": "4.1.5"', '"name": "zod", "version": "4.1.6"'),
      ),
    );
    const r = evaluate({ phase: "dependencies", artifacts: set, waivers: [] });
    expect(r.items.map((i) => [i.code, i.artifact, i.ruleId])).toEqual([
      ["finding_unwaived", "sbom.json", "sbom-missing-dependency"],
    ]);
    // Another phase's cross-document errors do not hold it up...
    expect(evaluate({ phase: "spec", artifacts: set, waivers: [] }).ok).toBe(true);
    // ...but entering done answers for every phase's documents; a waiver lifts it there too.
    const done = evaluate({ phase: "solutioning", artifacts: set, waivers: [] });
    expect(done.items.map((i) => [i.phase, i.artifact, i.ruleId])).toEqual([
      ["dependencies", "sbom.json", "sbom-missing-dependency"],
    ]);
    const w = waiver({ phase: "dependencies", artifact: "sbom.json", ruleId: "sbom-missing-dependency" });
    expect(evaluate({ phase: "solutioning", artifacts: set, waivers: [w] }).ok).toBe(true);
  });

  it("entering done needs task coverage at the threshold", async () => {
    const set = (
      await stored(
        withArtifact(
          SPEC_SET.filter((a) => !(a.phase === "solutioning" && a.name === "traceability.json")),
          "solutioning",
          "tasks.md",
          (c) => replaceOnce(c, "Implements REQ-LOAN-003.", "Implements the return flow."),
        ),
      )
    ).concat((await stored(SPEC_SET)).filter((a) => a.phase === "solutioning" && a.name === "traceability.json"));
    // traceability.json declares REQ-LOAN-003 → TASK-007: inconsistent now; waive it to isolate coverage.
    const waivers = [waiver({ phase: "solutioning", artifact: "traceability.json", ruleId: "trace-inconsistent" })];
    const r = evaluate({ phase: "solutioning", artifacts: set, waivers });
    expect(r.items).toEqual([
      {
        code: "coverage_below_threshold",
        phase: "solutioning",
        artifact: "tasks.md",
        message: "tasks cover 7 of 8 requirements (threshold 100 %); not covered: REQ-LOAN-003",
      },
    ]);
    expect(evaluate({ phase: "solutioning", artifacts: set, waivers, coverageThreshold: 85 }).ok).toBe(true);
    expect(evaluate({ phase: "solutioning", artifacts: set, waivers, coverageThreshold: 90 }).ok).toBe(false);
  });

  it("refuses a missing approval before the documents, and done is final", async () => {
    const r = advanceRefusal(
      { currentPhase: "stack_selection", gates: { stack_approved: false, artifacts_ready: true }, data: gateData(all) },
      "stack_selection",
    );
    expect(r?.code).toBe("approval_required");
    expect(advanceRefusal({ currentPhase: "done", gates: {} }, "done")?.code).toBe("phase_final");
    expect(gateItems("done", gateData(all))).toEqual([]);
  });
});
