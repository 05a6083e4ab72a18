// GenerationWorkflow inside workerd (the vitest integration's Workflows support): a draft through
// the real LLM client over HTTP to tools/llm-server.ts, step retries on a 500, the wait for an
// approval event, and a non-retryable failure.
import { env, introspectWorkflowInstance } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import type { ArtifactBrief } from "../../src/generation/contract";
import {
  approvalEventType,
  type DraftResult,
  draftRetryDelay,
  type GenerationParams,
} from "../../src/generation/workflow";

const project = { name: "Tiny Todo", idea: "A todo list for two people who share chores." };

function params(runId: string, brief: Partial<ArtifactBrief> & Pick<ArtifactBrief, "artifact">): GenerationParams {
  return {
    runId,
    brief: {
      phase: "spec",
      format: "markdown",
      description: "Product requirements with stable ids",
      sections: ["Overview", "Requirements"],
      frontmatter: ["title", "project"],
      defines: ["REQ-TODO-001"],
      references: [],
      project,
      ...brief,
    },
    context: [{ phase: "analysis", name: "project-brief.md", content: "# Brief\n\nTwo people, one list.\n" }],
    contextBudget: 2000,
    gate: "stack",
  };
}

async function llm(path: string, init?: RequestInit) {
  return fetch(`${env.LLM_CONTROL_URL}${path}`, init);
}
async function requestsFor(artifact: string): Promise<number[]> {
  const log = (await (await llm("/control/requests")).json()) as { requests: { artifact: string; status: number }[] };
  return log.requests.filter((r) => r.artifact === artifact).map((r) => r.status);
}

describe("GenerationWorkflow", () => {
  it("drafts through the LLM server (a 500 retried by the step), then waits for the approval event", async () => {
    const id = `run-${crypto.randomUUID()}`;
    await llm("/control/faults", { method: "POST", body: JSON.stringify({ kind: "http_500", artifact: "PRD.md" }) });
    await using instance = await introspectWorkflowInstance(env.GENERATION, id);
    await instance.modify(async (m) => {
      await m.disableRetryDelays();
    });
    await env.GENERATION.create({ id, params: params(id, { artifact: "PRD.md" }) });

    const draft = (await instance.waitForStepResult({ name: "draft PRD.md" })) as DraftResult;
    expect(draft.content.match(/^## .*/gm)).toEqual(["## Overview", "## Requirements"]);
    expect(draft.content).toContain("- **REQ-TODO-001**:");
    expect(draft.costUsd).toBeCloseTo((draft.tokensIn * 1 + draft.tokensOut * 2) / 1e6, 12);
    expect(await requestsFor("PRD.md")).toEqual([500, 200]);

    // Locally a run waiting for an event reports "running" (not "waiting"): send the event once the
    // draft step is done; an event sent before the wait starts is kept for it.
    const handle = await env.GENERATION.get(id);
    await handle.sendEvent({ type: approvalEventType("stack"), payload: { approvedBy: "user-1" } });
    await instance.waitForStatus("complete");
    expect(await instance.getOutput()).toEqual({
      runId: id,
      artifact: "PRD.md",
      chars: draft.content.length,
      tokensIn: draft.tokensIn,
      tokensOut: draft.tokensOut,
      costUsd: draft.costUsd,
      approvedBy: "user-1",
    });
  });

  it("structured output that is not JSON fails the run at once (no retries: regenerating is the run's job)", async () => {
    const id = `run-${crypto.randomUUID()}`;
    const artifact = "stack-scorecard.json";
    await llm("/control/faults", { method: "POST", body: JSON.stringify({ kind: "invalid_json", artifact }) });
    await using instance = await introspectWorkflowInstance(env.GENERATION, id);
    await instance.modify(async (m) => {
      await m.disableRetryDelays();
    });
    const schema = { type: "object", required: ["stack"], properties: { stack: { type: "string" } } };
    const p = params(id, { artifact, format: "json", sections: [], frontmatter: [], defines: [], schema });
    await env.GENERATION.create({ id, params: p });
    await instance.waitForStatus("errored");
    // The instance's error is the engine's generic one, not the step's: the wiring wave catches the
    // step's NonRetryableError in run() and records the reason in the runs table before ending.
    expect(await instance.getError()).toMatchObject({
      message:
        "The execution of the Workflow instance was terminated, as a step threw an NonRetryableError and it was not handled",
    });
    expect(await requestsFor(artifact)).toEqual([200]);
  });

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
});
