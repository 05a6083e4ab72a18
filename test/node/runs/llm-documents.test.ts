// The local LLM server's writer (tools/llm-documents.ts) against the spec engine, phase by phase, as
// a run drives it: each brief from the run's state (src/runs/generation/brief.ts), each document validated
// on its own and against the others (traceability, sbom), traceability.json computed. Every phase's
// gate then holds, and tasks cover every requirement: what makes a full run reach `done`.
import { describe, expect, it } from "vitest";
import { gateItems } from "../../../src/phases/gates.ts";
import { PHASES, type Phase } from "../../../src/platform/db/schema.ts";
import { briefFor, crossFindings } from "../../../src/runs/generation/brief.ts";
import { declaredTraceability, isComputed } from "../../../src/runs/generation/computed.ts";
import {
  type ArtifactInput,
  computeTraceability,
  phaseTemplate,
  type StoredArtifact,
  validateArtifact,
} from "../../../src/spec-engine/index.ts";
import { writeDocument } from "../../../tools/llm-documents.ts";
import { gateData } from "../../shared/spec-fixtures.ts";

const project = {
  id: "00000000-0000-4000-8000-000000000000",
  name: "Chores",
  idea: "A shared todo list for two people who split household chores, with reminders.",
  currentPhase: "analysis" as Phase,
  stackApproved: true,
  dependenciesApproved: true,
};

/** Every phase's documents, written the way a run writes them; the stored artifacts as the gate reads them. */
async function writeAll() {
  const stored: StoredArtifact[] = [];
  const problems: string[] = [];
  for (const phase of PHASES.filter((p) => p !== "done")) {
    for (const tpl of phaseTemplate(phase).artifacts) {
      const latest: ArtifactInput[] = stored.map(({ phase, name, content }) => ({ phase, name, content }));
      const content = isComputed(tpl.name)
        ? declaredTraceability(latest)
        : writeDocument(briefFor(tpl, { project, artifacts: latest }));
      const verdict = await validateArtifact(phase, tpl.name, content);
      const cross = crossFindings(phase, tpl.name, [...latest, { phase, name: tpl.name, content }]);
      for (const f of [...verdict.findings.filter((x) => x.severity !== "info"), ...cross]) {
        problems.push(`${phase}/${tpl.name}: ${f.ruleId} ${f.message}`);
      }
      stored.push({
        phase,
        name: tpl.name,
        content,
        version: 1,
        contentHash: "",
        status: verdict.status,
        findings: verdict.findings,
        qualityScore: verdict.qualityScore,
      });
    }
  }
  return { stored, problems };
}

// validateArtifact is async (its purl parser loads on first use): the documents are written once, up front.
const { stored, problems } = await writeAll();

describe("the local writer's documents, run-style, through every phase", () => {
  it("every document passes its own rules and the cross-document ones, without warnings", () => {
    expect(problems).toEqual([]);
    expect(stored.map((a) => a.status)).toEqual(stored.map(() => "pass"));
  });

  it("every phase's gate holds; traceability is full: requirements covered by operations, entities, tasks, epics", () => {
    for (const phase of PHASES.filter((p) => p !== "done")) {
      expect(gateItems(phase, gateData(stored)), phase).toEqual([]);
    }
    const matrix = computeTraceability(stored);
    expect(matrix.requirements.map((r) => r.id)).toEqual(["REQ-CORE-001", "REQ-CORE-002", "REQ-CORE-003"]);
    for (const kind of ["operations", "entities", "tasks", "epics"] as const) {
      expect(matrix.coverage[kind], kind).toMatchObject({ percent: 100, applicable: true });
    }
    expect(matrix.findings).toEqual([]);
  });

  it("the JSON briefs carry an example that passes its own rules", async () => {
    for (const tpl of PHASES.flatMap((p) => phaseTemplate(p).artifacts)) {
      if (tpl.format !== "json" || isComputed(tpl.name)) continue;
      const brief = briefFor(tpl, { project, artifacts: [] });
      expect(brief.example, tpl.name).toBeDefined();
      expect((await validateArtifact(tpl.phase, tpl.name, JSON.stringify(brief.example))).status, tpl.name).toBe(
        "pass",
      );
    }
  });
});
