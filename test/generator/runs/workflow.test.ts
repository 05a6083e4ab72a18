// The workflow's pure parts inside workerd. Whole runs (LLM server, database, approvals, faults) are
// tested over HTTP from the API's project: test/worker/runs/runs.test.ts.
import { describe, expect, it } from "vitest";
import { briefFor } from "../../../src/runs/generation/brief";
import { draftConcurrency, draftLevels, draftRetryDelay, toDraft } from "../../../src/runs/generation/workflow";
import { phaseTemplate } from "../../../src/spec-engine";

const state = {
  status: "running",
  targetPhase: "done" as const,
  tokensUsed: 0,
  tokenBudget: 100_000,
  project: {
    id: "00000000-0000-4000-8000-000000000000",
    name: "Tiny Todo",
    idea: "A todo list for two people who share chores.",
    currentPhase: "spec" as const,
    stackApproved: true,
    dependenciesApproved: false,
  },
  artifacts: [],
};

describe("GenerationWorkflow", () => {
  it("retry delays grow exponentially and honour Retry-After", () => {
    const plain = new Error("LLM error 500");
    expect([1, 2, 3, 4].map((a) => draftRetryDelay(a, plain))).toEqual([
      "2 seconds",
      "4 seconds",
      "8 seconds",
      "16 seconds",
    ]);
    expect(draftRetryDelay(1, new Error("LLM rate limited (429), retry after 30 s"))).toBe("30 seconds");
  });

  it("drafts the phase's template artifacts that have a prompt, skipping passing ones and computed ones", () => {
    const names = toDraft("spec", state).map((t) => t.name);
    expect(names).toEqual(
      phaseTemplate("spec")
        .artifacts.map((a) => a.name)
        .filter((n) => n !== "traceability.json"),
    );
    const withPrd = {
      ...state,
      artifacts: [{ phase: "spec" as const, name: "PRD.md", content: "x", status: "pass" }],
    };
    expect(toDraft("spec", withPrd).map((t) => t.name)).not.toContain("PRD.md");
    const failing = { ...state, artifacts: [{ phase: "spec" as const, name: "PRD.md", content: "x", status: "fail" }] };
    expect(toDraft("spec", failing).map((t) => t.name)).toContain("PRD.md");
  });

  it("the PRD's brief defines requirement ids, later briefs reference the PRD's", () => {
    const [prdTpl] = phaseTemplate("spec").artifacts.filter((a) => a.name === "PRD.md");
    if (!prdTpl) throw new Error("no PRD.md template");
    expect(briefFor(prdTpl, state).defines).toEqual(["REQ-CORE-001", "REQ-CORE-002", "REQ-CORE-003"]);
    const later = phaseTemplate("solutioning").artifacts[0];
    if (!later) throw new Error("no solutioning template");
    const withPrd = {
      ...state,
      artifacts: [
        {
          phase: "spec" as const,
          name: "PRD.md",
          content: "- **REQ-AUTH-001**: x\n- **REQ-AUTH-002**: y",
          status: "pass",
        },
      ],
    };
    expect(briefFor(later, withPrd)).toMatchObject({ defines: [], references: ["REQ-AUTH-001", "REQ-AUTH-002"] });
  });

  it("drafts in levels of the phase's dependency graph: independent documents together, readers after what they read", () => {
    const names = (phase: Parameters<typeof phaseTemplate>[0]) =>
      draftLevels(toDraft(phase, { ...state, artifacts: [] })).map((l) => l.map((t) => t.name));
    expect(names("analysis")).toEqual([["constitution.md", "project-brief.md", "personas.md"]]);
    expect(names("spec")).toEqual([["PRD.md"], ["data-model.md", "api-spec.json"]]);
    expect(names("dependencies")).toEqual([["dependency-proposal.json"], ["DEPENDENCIES.md", "sbom.json"]]);
    expect(names("solutioning")).toEqual([["architecture.md", "epics.md", "tasks.md"]]);
    expect([draftConcurrency({}), draftConcurrency({ GENERATION_DRAFT_CONCURRENCY: "1" })]).toEqual([4, 1]);
    expect(draftConcurrency({ GENERATION_DRAFT_CONCURRENCY: "0" })).toBe(4);
  });
});
