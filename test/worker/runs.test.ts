// Generation runs over HTTP: the API starts a GenerationWorkflow in the generator worker (an
// auxiliary worker here, see vitest.config.ts), which drafts through the local LLM server
// (tools/llm-server.ts) and writes to the same database; approvals go through the API.
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { phaseTemplate } from "../../src/spec";
import { signedInUser, sql } from "./helpers";
import { call, createProject, expectError, type User } from "./project-fixtures";

const IDEA = "A shared todo list for two people who split household chores, with reminders.";

async function llm(path: string, init?: RequestInit) {
  const base = (env as unknown as { LLM_CONTROL_URL?: string }).LLM_CONTROL_URL;
  return fetch(`${base ?? ""}${path}`, init);
}

type Run = { id: string; status: string; phase: string | null; artifact: string | null; [k: string]: any };

/** Polls the run over the API until `done(run)`; the run's state is kept in Postgres by the workflow. */
async function until(u: User, projectId: string, runId: string, done: (r: Run) => boolean, timeoutMs = 60_000) {
  const start = Date.now();
  for (;;) {
    const r = await call(u, "GET", `/api/projects/${projectId}/runs/${runId}`);
    expect(r.status).toBe(200);
    const run = r.json.run as Run;
    if (done(run)) return run;
    if (Date.now() - start > timeoutMs) throw new Error(`run stuck: ${JSON.stringify(run)}`);
    await new Promise((res) => setTimeout(res, 100));
  }
}

async function projectWithIdea(u: User) {
  return createProject(u, `Chores ${crypto.randomUUID().slice(0, 8)}`, { idea: IDEA });
}

describe("generation runs", () => {
  it("idea to done over HTTP: drafts every template artifact, waits at both approvals, history with tokens and cost", async () => {
    const u = await signedInUser();
    const p = await projectWithIdea(u);
    const started = await call(u, "POST", `/api/projects/${p.id}/runs`, {});
    expect(started.status).toBe(202);
    expect(started.roundTrips).toBe(1);
    const runId = started.json.run.id as string;
    expect(started.json.run).toMatchObject({ status: "queued", targetPhase: "done", projectId: p.id });

    // A second start while this one is active: 409 naming the active run.
    const second = await call(u, "POST", `/api/projects/${p.id}/runs`, {});
    expectError(second, 409, "run_active");
    expect(second.json.error.message).toContain(runId);

    let run = await until(u, p.id, runId, (r) => r.status === "waiting_for_approval" || r.status === "failed" || r.status === "needs_attention");
    expect(run).toMatchObject({ status: "waiting_for_approval", phase: "stack_selection" });
    const stack = await call(u, "POST", `/api/projects/${p.id}/stack/approve`, { stackChoice: "nextjs_neon" });
    expect(stack.status).toBe(200);
    expect(stack.roundTrips).toBe(1);

    run = await until(u, p.id, runId, (r) => (r.status === "waiting_for_approval" && r.phase === "dependencies") || ["failed", "needs_attention", "completed"].includes(r.status));
    expect(run).toMatchObject({ status: "waiting_for_approval", phase: "dependencies" });
    expect((await call(u, "POST", `/api/projects/${p.id}/dependencies/approve`)).status).toBe(200);

    run = await until(u, p.id, runId, (r) => ["completed", "failed", "needs_attention"].includes(r.status));
    expect(run.lastError).toBeNull();
    expect(run.status).toBe("completed");
    expect(run.finishedAt).not.toBeNull();

    const project = await call(u, "GET", `/api/projects/${p.id}`);
    expect(project.json.project.currentPhase).toBe("done");

    // Every template artifact with a prompt is there, validated pass (or warn), once per run.
    const arts = await call(u, "GET", `/api/projects/${p.id}/artifacts`);
    const latest = arts.json.items as { phase: string; name: string; validationStatus: string; version: number }[];
    for (const phase of ["analysis", "stack_selection", "spec", "dependencies", "solutioning"] as const) {
      for (const tpl of phaseTemplate(phase).artifacts.filter((a) => a.name !== "traceability.json")) {
        const a = latest.find((x) => x.phase === phase && x.name === tpl.name);
        expect(a, `${phase}/${tpl.name}`).toBeDefined();
        expect(a?.validationStatus, `${phase}/${tpl.name}`).not.toBe("fail");
      }
    }
    expect(run.produced.length).toBeGreaterThanOrEqual(latest.length);
    expect(run.tokensIn).toBeGreaterThan(0);
    expect(run.tokensOut).toBeGreaterThan(0);
    // Prices in tests: 1 USD / 1M in, 2 USD / 1M out.
    expect(run.costUsd).toBeCloseTo((run.tokensIn * 1 + run.tokensOut * 2) / 1_000_000, 5);

    const history = await call(u, "GET", `/api/projects/${p.id}/phases/history`);
    const items = history.json.items as { fromPhase: string; tokensUsed: number | null; costEstimateUsd: number | null }[];
    expect(items.map((h) => h.fromPhase)).toEqual(["analysis", "stack_selection", "spec", "dependencies", "solutioning"]);
    for (const h of items) {
      expect(h.tokensUsed, h.fromPhase).toBeGreaterThan(0);
      expect(h.costEstimateUsd, h.fromPhase).toBeGreaterThan(0);
    }
    expect(items.reduce((s, h) => s + (h.tokensUsed ?? 0), 0)).toBe(run.tokensIn + run.tokensOut);

    const list = await call(u, "GET", `/api/projects/${p.id}/runs`);
    expect(list.status).toBe(200);
    expect(list.roundTrips).toBe(1);
    expect(list.json.items.map((r: Run) => r.id)).toEqual([runId]);
    console.log(`[runs] fixture idea: ${run.tokensIn} tokens in, ${run.tokensOut} out, ${latest.length} artifacts`);
  }, 180_000);
});
