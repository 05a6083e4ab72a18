import { describe, expect, it } from "vitest";
import { PHASE_TABLE } from "../../../src/phases/gates";
import { APPROVALS, PHASES } from "../../../src/platform/db/schema";
import {
  classifyArtifact,
  FINDING_RULES,
  PHASE_TEMPLATES,
  phaseApproval,
  phaseTemplate,
} from "../../../src/spec-engine";

describe("phase templates", () => {
  it("has one template per phase, in phase order", () => {
    expect(PHASE_TEMPLATES.map((t) => t.phase)).toEqual([...PHASES]);
  });

  it("requires the domain's artifacts of every phase except the generated HANDOFF.md", () => {
    for (const phase of PHASES) {
      const expected = PHASE_TABLE[phase].expectedArtifacts.filter((n) => n !== "HANDOFF.md");
      expect(phaseTemplate(phase).artifacts.map((a) => a.name)).toEqual(expected);
    }
  });

  it("each approval is taken by exactly one phase (the phase machine's approvalPhase relies on it)", () => {
    for (const approval of APPROVALS) {
      expect(
        PHASES.filter((p) => phaseApproval(p) === approval),
        approval,
      ).toHaveLength(1);
    }
  });

  it("serialises as-is (a GET endpoint can return it)", () => {
    expect(JSON.parse(JSON.stringify(PHASE_TEMPLATES))).toEqual(PHASE_TEMPLATES);
  });

  it("names only rules of the catalog, and every Markdown artifact has sections and a title key", () => {
    const ids = new Set<string>(FINDING_RULES.map((r) => r.id));
    for (const a of PHASE_TEMPLATES.flatMap((t) => t.artifacts)) {
      for (const r of a.rules) expect(ids.has(r), `${a.name}: ${r}`).toBe(true);
      if (a.format === "markdown") {
        expect(a.sections.length).toBeGreaterThan(0);
        expect(a.frontmatter.map((k) => k.key)).toContain("title");
      } else {
        expect(a.schema.type).toBe("object");
      }
    }
  });

  it("rule ids are unique", () => {
    expect(new Set(FINDING_RULES.map((r) => r.id)).size).toBe(FINDING_RULES.length);
  });

  it("classifies template artifacts by phase and name, anything else as an extra file", () => {
    const prd = classifyArtifact("spec", "PRD.md");
    expect(prd.kind === "template" && prd.template.name).toBe("PRD.md");
    expect(classifyArtifact("analysis", "PRD.md")).toEqual({ kind: "extra" });
    expect(classifyArtifact("spec", "notes.md")).toEqual({ kind: "extra" });
    const trace = classifyArtifact("solutioning", "traceability.json");
    expect(trace.kind === "template" && trace.template.phase).toBe("solutioning");
  });
});
