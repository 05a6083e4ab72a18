import { describe, expect, it } from "vitest";
import { artifactScore, computeTraceability, projectScore, validateArtifact } from "../../../src/spec-engine";
import { replaceOnce, SPEC_SET, withArtifact } from "../../shared/spec-fixtures";
import { PROJECT_VARIANTS } from "../../shared/spec-variants";

const REQS = [
  "REQ-AUTH-001",
  "REQ-AUTH-002",
  "REQ-BOOK-001",
  "REQ-BOOK-002",
  "REQ-LOAN-001",
  "REQ-LOAN-002",
  "REQ-LOAN-003",
  "REQ-NFR-001",
];

describe("traceability of the complete spec set", () => {
  const m = computeTraceability(SPEC_SET);

  it("finds every requirement of PRD.md, in order, with its title and line", async () => {
    expect(m.requirements.map((r) => r.id)).toEqual(REQS);
    expect(m.requirements[0]).toMatchObject({ id: "REQ-AUTH-001", title: "Sign up with email and password", line: 14 });
  });

  it("links requirements to operations, entities, tasks and epics", async () => {
    const nfr = m.requirements.find((r) => r.id === "REQ-NFR-001");
    expect(nfr?.operations.map((o) => o.id)).toEqual(["GET /books", "POST /books"]);
    expect(nfr?.entities.map((o) => o.id)).toEqual(["Book"]);
    expect(nfr?.tasks.map((o) => o.id)).toEqual(["TASK-004"]);
    expect(nfr?.epics.map((o) => o.id)).toEqual(["EPIC-002"]);
    expect(nfr?.tasks[0]).toEqual({ id: "TASK-004", phase: "solutioning", artifact: "tasks.md" });
  });

  it("has full coverage, no finding, and project score 100", async () => {
    for (const kind of ["operations", "entities", "tasks", "epics"] as const) {
      expect(m.coverage[kind]).toEqual({ covered: 8, total: 8, percent: 100, applicable: true });
    }
    expect(m.findings).toEqual([]);
    expect(m.uncovered).toEqual([]);
    expect(m.undefinedReferences).toEqual([]);
    expect(m.threshold).toBe(100);
    const scores = await Promise.all(
      SPEC_SET.map(async (a) => (await validateArtifact(a.phase, a.name, a.content)).qualityScore),
    );
    expect(projectScore(scores, m)).toBe(100);
  });

  it("is the same for the artifacts in any order", async () => {
    expect(computeTraceability([...SPEC_SET].reverse())).toEqual(m);
  });

  it("marks kinds whose document does not exist yet as not applicable", async () => {
    const early = computeTraceability(SPEC_SET.filter((a) => a.phase === "analysis" || a.name === "PRD.md"));
    expect(early.coverage.tasks).toEqual({ covered: 0, total: 8, percent: 0, applicable: false });
    expect(early.findings).toEqual([]);
  });
});

describe("a broken variant per cross-artifact rule", () => {
  for (const v of PROJECT_VARIANTS) {
    it(`breaks exactly ${v.rule}`, async () => {
      const m = computeTraceability(v.artifacts);
      expect(m.findings.length).toBeGreaterThan(0);
      expect(new Set(m.findings.map((f) => f.ruleId))).toEqual(new Set([v.rule]));
      // Each document of the variant still passes its own rules: the break is only between documents.
      for (const a of v.artifacts)
        expect((await validateArtifact(a.phase, a.name, a.content)).findings, a.name).toEqual([]);
    });
  }

  it("reports the undefined id with where it is used", async () => {
    const v = PROJECT_VARIANTS.find((x) => x.rule === "trace-undefined");
    const m = computeTraceability(v?.artifacts ?? []);
    expect(m.undefinedReferences).toEqual([
      { id: "REQ-LOAN-009", phase: "solutioning", artifact: "tasks.md", line: 35 },
    ]);
  });

  it("computes partial task coverage and lists what nothing covers", async () => {
    const set = withArtifact(SPEC_SET, "solutioning", "tasks.md", (c) =>
      replaceOnce(c, "Implements REQ-LOAN-003.", "Implements the return flow."),
    );
    const m = computeTraceability(set, 80);
    expect(m.coverage.tasks).toEqual({ covered: 7, total: 8, percent: 87.5, applicable: true });
    expect(m.threshold).toBe(80);
    expect(m.uncovered).toEqual([]);
    // The declared link REQ-LOAN-003 → TASK-007 in traceability.json no longer holds.
    expect(m.findings.map((f) => [f.ruleId, f.location.artifact, f.location.pointer ?? f.location.line])).toEqual([
      ["trace-no-task", "PRD.md", 38],
      ["trace-inconsistent", "traceability.json", "/requirements/6/tasks/0"],
    ]);
    // 0.6 × 100 + 0.4 × (4×87.5 + 3×100 + 2×100 + 1×100)/10 − 20 (one inconsistency) = 60 + 38 − 20 = 78
    expect(projectScore([100], m)).toBe(78);
  });
});

describe("scores", () => {
  it("artifact score is deterministic over the same findings", async () => {
    const r = await validateArtifact("spec", "PRD.md", "no frontmatter");
    expect(artifactScore(r.findings)).toBe(r.qualityScore);
    expect(await validateArtifact("spec", "PRD.md", "no frontmatter")).toEqual(r);
  });
});
