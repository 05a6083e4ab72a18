// Generation runs over HTTP: the API starts a GenerationWorkflow in the generator worker (an
// auxiliary worker here, see vitest.config.ts), which drafts through the local LLM server
// (tools/llm-server.ts) and writes to the same database; approvals go through the API.
import { env } from "cloudflare:workers";
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { getConfig } from "../../../src/platform/config";
import { PHASES } from "../../../src/platform/db/schema";
import { phaseTemplate } from "../../../src/spec-engine";
import { fixture } from "../../shared/spec-fixtures";
import { call, expectError, signedInUser, sql, type User } from "../helpers";
import { createProject, handoffApprovals, walkTo } from "../project-fixtures";

const IDEA = "A shared todo list for two people who split household chores, with reminders.";

async function llm(path: string, init?: RequestInit) {
  return fetch(`${env.LLM_CONTROL_URL}${path}`, init);
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

const sleep = (ms: number) => new Promise((res) => setTimeout(res, ms));

/**
 * Until the stand-in holds (a slow fault) this project's request for `artifact`. Documents of one level
 * are drafted in parallel, so the run's position names whichever started last: it cannot tell.
 */
async function heldInFlight(project: string, artifact: string) {
  for (let start = Date.now(); ; await sleep(50)) {
    const { inFlight } = await llmStats();
    if (inFlight.some((r) => r.project === project && r.artifact === artifact)) return;
    if (Date.now() - start > 30_000) throw new Error(`${artifact} was never held in flight`);
  }
}

async function llmStats(): Promise<{
  requests: number;
  byArtifact: Record<string, number>;
  inFlight: { project: string; artifact: string }[];
}> {
  return (await llm("/control/stats")).json();
}

/** Every stored version of one artifact, oldest first. */
async function versions(u: User, projectId: string, name: string) {
  const r = await call(u, "GET", `/api/projects/${projectId}/artifacts?versions=all`);
  return (r.json.items as { name: string; version: number; validationStatus: string }[])
    .filter((a) => a.name === name)
    .sort((a, b) => a.version - b.version);
}

async function artifactCount(projectId: string): Promise<number> {
  const [row] = await sql`select count(*)::int as n from project_artifacts where project_id = ${projectId}`;
  return Number(row?.n);
}

async function untilStored(projectId: string, n: number) {
  for (let start = Date.now(); (await artifactCount(projectId)) < n; await sleep(50)) {
    if (Date.now() - start > 30_000) throw new Error(`${n} versions were never stored`);
  }
}

async function projectWithIdea(u: User) {
  return createProject(u, `Chores ${crypto.randomUUID().slice(0, 8)}`, { idea: IDEA });
}

describe("generation runs", () => {
  it("a run through analysis over HTTP: every artifact drafted once (a 500 retried) and validated, advanced with tokens and cost in history", async () => {
    const u = await signedInUser();
    const p = await projectWithIdea(u);
    await llm("/control/faults", {
      method: "POST",
      body: JSON.stringify({ kind: "http_500", artifact: "constitution.md" }),
    });
    const started = await call(u, "POST", `/api/projects/${p.id}/runs`, { targetPhase: "stack_selection" });
    expect(started.status).toBe(202);
    expect(started.roundTrips).toBe(1);
    const runId = started.json.run.id as string;
    expect(started.json.run).toMatchObject({
      status: "queued",
      targetPhase: "stack_selection",
      projectId: p.id,
      tokenBudget: getConfig(env).GENERATION_TOKEN_BUDGET,
    });

    // A second start while this one is active: 409 naming the active run.
    const second = await call(u, "POST", `/api/projects/${p.id}/runs`, {});
    expectError(second, 409, "run_active");
    expect(second.json.error.message).toContain(runId);

    const run = await until(u, p.id, runId, (r) => ["completed", "failed", "needs_attention"].includes(r.status));
    expect(run.status, JSON.stringify(run.lastError)).toBe("completed");
    expect(run.lastError).toBeNull();
    expect(run.finishedAt).not.toBeNull();

    const project = await call(u, "GET", `/api/projects/${p.id}`);
    expect(project.json.project.currentPhase).toBe("stack_selection");

    // Every analysis template artifact, validated pass, ONE version each (the 500 was retried by the step).
    const arts = await call(u, "GET", `/api/projects/${p.id}/artifacts?versions=all`);
    const all = arts.json.items as { phase: string; name: string; validationStatus: string; version: number }[];
    const expected = phaseTemplate("analysis")
      .artifacts.map((a) => a.name)
      .sort();
    expect(all.map((a) => a.name).sort()).toEqual(expected);
    // pass or warn (warnings do not block); never fail.
    for (const a of all) expect(["pass", "warn"], a.name).toContain(a.validationStatus);
    expect(run.produced).toHaveLength(expected.length);
    expect(run.tokensIn).toBeGreaterThan(0);
    expect(run.tokensOut).toBeGreaterThan(0);
    // Prices in tests: 1 USD / 1M in, 2 USD / 1M out.
    expect(run.costUsd).toBeCloseTo((run.tokensIn * 1 + run.tokensOut * 2) / 1_000_000, 5);

    const history = await call(u, "GET", `/api/projects/${p.id}/phases/history`);
    expect(history.json.items).toHaveLength(1);
    expect(history.json.items[0]).toMatchObject({
      fromPhase: "analysis",
      toPhase: "stack_selection",
      tokensUsed: run.tokensIn + run.tokensOut,
      validationPassed: true,
    });
    expect(history.json.items[0].costEstimateUsd).toBeCloseTo(run.costUsd, 4);

    const list = await call(u, "GET", `/api/projects/${p.id}/runs`);
    expect(list.status).toBe(200);
    expect(list.roundTrips).toBe(1);
    expect(list.json.items.map((r: Run) => r.id)).toEqual([runId]);

    // The account's month counts every token of the run, once (the retried 500 added nothing), and keeps
    // them when the project (and its runs) is deleted.
    const usage = async () =>
      Number((await sql`select coalesce(sum(tokens), 0)::int as n from token_usage where user_id = ${u.id}`)[0]?.n);
    expect(await usage()).toBe(run.tokensIn + run.tokensOut);
    expect((await call(u, "DELETE", `/api/projects/${p.id}`)).status).toBe(204);
    expect(await usage()).toBe(run.tokensIn + run.tokensOut);
    console.log(`[runs] fixture idea, analysis: ${run.tokensIn} tokens in, ${run.tokensOut} out`);
  }, 120_000);

  it("a full run from the idea to done over HTTP: two approvals through the API, every document pass, traced, history with tokens and cost, a complete handoff", async () => {
    const u = await signedInUser();
    const p = await projectWithIdea(u);
    const started = await call(u, "POST", `/api/projects/${p.id}/runs`, {});
    expect(started.status).toBe(202);
    const runId = started.json.run.id as string;
    const settled = (r: Run) => ["completed", "failed", "needs_attention", "waiting_for_approval"].includes(r.status);

    // The stack gate: the run waits; the owner approves the stack the proposal names.
    let run = await until(u, p.id, runId, settled);
    expect(run, JSON.stringify(run.lastError)).toMatchObject({
      status: "waiting_for_approval",
      phase: "stack_selection",
    });
    // An option of the drafted scorecard (src/runs/generation/examples.ts): approval is held to its options.
    const stackChoice = "nextjs_neon_drizzle_betterauth";
    const approved = await call(u, "POST", `/api/projects/${p.id}/stack/approve`, { stackChoice });
    expect(approved.status, JSON.stringify(approved.json)).toBe(200);

    // The dependencies gate.
    run = await until(u, p.id, runId, (r) => settled(r) && r.phase !== "stack_selection");
    expect(run, JSON.stringify(run.lastError)).toMatchObject({ status: "waiting_for_approval", phase: "dependencies" });
    expect((await call(u, "POST", `/api/projects/${p.id}/dependencies/approve`)).status).toBe(200);

    run = await until(u, p.id, runId, (r) => settled(r) && r.phase !== "dependencies");
    expect(run.status, JSON.stringify(run.lastError)).toBe("completed");
    const project = await call(u, "GET", `/api/projects/${p.id}`);
    expect(project.json.project.currentPhase).toBe("done");

    // Every template document of every phase, one version each, validated pass.
    const arts = await call(u, "GET", `/api/projects/${p.id}/artifacts?versions=all`);
    const all = arts.json.items as { phase: string; name: string; validationStatus: string; version: number }[];
    const expected = PHASES.flatMap((ph) => phaseTemplate(ph).artifacts.map((a) => `${ph}/${a.name}`)).sort();
    expect(all.map((a) => `${a.phase}/${a.name}`).sort()).toEqual(expected);
    for (const a of all) expect(a.validationStatus, `${a.phase}/${a.name}`).toBe("pass");
    expect(run.produced).toHaveLength(expected.length);

    // Traceability: every requirement served by an operation, an entity, a task and an epic; nothing undefined.
    const trace = await call(u, "GET", `/api/projects/${p.id}/traceability`);
    expect(trace.status).toBe(200);
    expect(trace.json.requirements.length).toBeGreaterThan(0);
    for (const kind of ["operations", "entities", "tasks", "epics"]) {
      expect(trace.json.coverage[kind], kind).toMatchObject({ percent: 100, applicable: true });
    }
    expect(trace.json.uncovered).toEqual([]);
    expect(trace.json.undefinedReferences).toEqual([]);
    expect(trace.json.findings).toEqual([]);

    // Phase history: five transitions; those that drafted carry tokens and cost, summing to the run's.
    const history = (await call(u, "GET", `/api/projects/${p.id}/phases/history`)).json.items as {
      fromPhase: string;
      toPhase: string;
      tokensUsed: number;
      costEstimateUsd: number;
    }[];
    expect(history.map((h) => `${h.fromPhase}>${h.toPhase}`)).toEqual(
      PHASES.slice(0, -1).map((ph, i) => `${ph}>${PHASES[i + 1]}`),
    );
    for (const h of history) {
      expect(h.tokensUsed, h.fromPhase).toBeGreaterThan(0);
      expect(h.costEstimateUsd, h.fromPhase).toBeGreaterThan(0);
    }
    expect(history.reduce((n, h) => n + h.tokensUsed, 0)).toBe(run.tokensIn + run.tokensOut);
    // History keeps each phase's cost at 4 decimals (numeric(12,4)), the run at 6: the sum may differ from
    // the run's total by each phase's rounding, at most half a unit of the 4th decimal per phase.
    const costGap = Math.abs(history.reduce((n, h) => n + h.costEstimateUsd, 0) - run.costUsd);
    expect(costGap).toBeLessThanOrEqual(history.length * 0.00005 + 1e-9);

    // The export: every document, and a handoff that says the set is complete.
    const zip = await call(u, "GET", `/api/projects/${p.id}/export`);
    expect(zip.status).toBe(200);
    const files = unzipSync(new Uint8Array(zip.bytes as ArrayBuffer));
    for (const path of expected) expect(Object.keys(files), path).toContain(path);
    const handoff = strFromU8(files["HANDOFF.md"] ?? new Uint8Array());
    expect(handoff).toContain(`Chosen stack: \`${stackChoice}\``);
    expect(handoff).toContain(`${expected.length} artifacts: ${expected.length} pass, 0 warn, 0 fail, 0 pending.`);
    expect(handoff).toContain("Uncovered: none. Undefined references: none.");
    expect(handoff).toContain(`Total: ${run.tokensIn + run.tokensOut} tokens`);
    for (const path of expected) expect(handoff, path).toContain(`| ${path.replace("/", " | ")} | 1 | pass |`);
    // Each approval's own row (approval | by | at): the phase names alone also match history and artifact rows.
    expect(handoffApprovals(handoff)).toEqual([
      ["stack", u.id, expect.stringMatching(/^\d{4}-\d\d-\d\dT/)],
      ["dependencies", u.id, expect.stringMatching(/^\d{4}-\d\d-\d\dT/)],
    ]);
    console.log(
      `[runs] fixture idea, full run to done: ${run.tokensIn} tokens in, ${run.tokensOut} out, ${all.length} documents, ${run.costUsd} USD at the test prices`,
    );
  }, 180_000);

  it("output that keeps failing validation stops the run needs_attention with the findings; a person uploads a fixed version and resumes; the run goes on", async () => {
    const u = await signedInUser();
    const p = await projectWithIdea(u);
    await llm("/control/faults", {
      method: "POST",
      body: JSON.stringify({
        kind: "break_rule",
        rule: "missing_section",
        artifact: "project-brief.md",
        times: "always",
      }),
    });
    const before = await llmStats();
    const runId = (await call(u, "POST", `/api/projects/${p.id}/runs`, { targetPhase: "stack_selection" })).json.run
      .id as string;
    let run = await until(u, p.id, runId, (r) => ["completed", "failed", "needs_attention"].includes(r.status));
    await llm("/control/faults", { method: "DELETE" });
    expect(run).toMatchObject({ status: "needs_attention", phase: "analysis", artifact: "project-brief.md" });
    expect(run.lastError).toMatchObject({ code: "validation_failed", artifact: "project-brief.md" });
    expect(run.lastError.findings.map((f: { ruleId: string }) => f.ruleId)).toContain("section-missing");
    // Three drafts (the first and two with the findings in the prompt), each failing.
    const drafts =
      ((await llmStats()).byArtifact["project-brief.md"] ?? 0) - (before.byArtifact["project-brief.md"] ?? 0);
    expect(drafts).toBe(3);
    const failing = await versions(u, p.id, "project-brief.md");
    expect(failing.length).toBeGreaterThanOrEqual(1);
    for (const a of failing) expect(a.validationStatus).toBe("fail");

    // The person's fix, then resume: the run keeps the uploaded version and drafts what is left.
    const fixed = await call(u, "POST", `/api/projects/${p.id}/artifacts`, {
      phase: "analysis",
      name: "project-brief.md",
      content: fixture("analysis", "project-brief.md"),
    });
    expect(fixed.status).toBe(201);
    const resumed = await call(u, "POST", `/api/projects/${p.id}/runs/${runId}/resume`);
    expect(resumed.status).toBe(200);
    expect(resumed.json.run.status).toBe("running");
    run = await until(u, p.id, runId, (r) => ["completed", "failed", "needs_attention"].includes(r.status));
    expect(run.status, JSON.stringify(run.lastError)).toBe("completed");
    expect((await call(u, "GET", `/api/projects/${p.id}`)).json.project.currentPhase).toBe("stack_selection");
    const after = await versions(u, p.id, "project-brief.md");
    expect(after).toHaveLength(failing.length + 1);
    expect((await llmStats()).byArtifact["project-brief.md"]).toBe((before.byArtifact["project-brief.md"] ?? 0) + 3);
    expect((await versions(u, p.id, "personas.md")).map((a) => a.validationStatus)).toEqual(["pass"]);
    // The run's advance is audited like a person's: gate.passed, the run's owner as actor, no request.
    const passed = (await sql`select actor_user_id, data, request_id from audit_events
      where action = 'gate.passed' and target_id = ${p.id}`) as Record<string, unknown>[];
    expect(passed).toEqual([{ actor_user_id: u.id, data: { from: "analysis" }, request_id: null }]);
  }, 120_000);

  it("pause mid-phase: the draft in flight is not stored, nothing is written while paused; resume finishes the phase", async () => {
    const u = await signedInUser();
    const p = await projectWithIdea(u);
    await llm("/control/faults", {
      method: "POST",
      body: JSON.stringify({ kind: "slow", delayMs: 1500, artifact: "personas.md", project: p.name }),
    });
    const runId = (await call(u, "POST", `/api/projects/${p.id}/runs`, { targetPhase: "stack_selection" })).json.run
      .id as string;
    await heldInFlight(p.name, "personas.md");
    const paused = await call(u, "POST", `/api/projects/${p.id}/runs/${runId}/pause`);
    expect(paused.status).toBe(200);
    expect(paused.json.run.status).toBe("paused");
    const atPause = await artifactCount(p.id);
    await sleep(3000); // the slow answer came back meanwhile
    expect(await artifactCount(p.id)).toBe(atPause);
    expect(await versions(u, p.id, "personas.md")).toEqual([]);
    expect((await call(u, "GET", `/api/projects/${p.id}/runs/${runId}`)).json.run.status).toBe("paused");

    expect((await call(u, "POST", `/api/projects/${p.id}/runs/${runId}/resume`)).status).toBe(200);
    const run = await until(u, p.id, runId, (r) => ["completed", "failed", "needs_attention"].includes(r.status));
    expect(run.status, JSON.stringify(run.lastError)).toBe("completed");
    expect((await versions(u, p.id, "personas.md")).map((a) => a.validationStatus)).toEqual(["pass"]);
    expect((await call(u, "GET", `/api/projects/${p.id}`)).json.project.currentPhase).toBe("stack_selection");
  }, 60_000);

  it("pause while a document that others follow is drafted: nothing after it is drafted while paused; resume drafts the rest", async () => {
    const u = await signedInUser();
    const p = await projectWithIdea(u);
    const mine = async () =>
      (
        (await (await llm("/control/requests")).json()) as { requests: { project: string | null; artifact: string }[] }
      ).requests
        .filter((r) => r.project === p.name)
        .map((r) => r.artifact);
    // spec/PRD.md defines the requirements data-model.md and api-spec.json reference: they follow it
    // (the analysis documents are drafted in parallel, none follows another).
    await walkTo(u, p.id, "spec");
    const before = await artifactCount(p.id);
    await llm("/control/faults", {
      method: "POST",
      body: JSON.stringify({ kind: "slow", delayMs: 1500, artifact: "PRD.md", project: p.name }),
    });
    const runId = (await call(u, "POST", `/api/projects/${p.id}/runs`, { targetPhase: "dependencies" })).json.run
      .id as string;
    await until(u, p.id, runId, (r) => r.artifact === "PRD.md");
    expect((await call(u, "POST", `/api/projects/${p.id}/runs/${runId}/pause`)).status).toBe(200);
    await sleep(3000); // the slow answer came back meanwhile; a run that went on would have asked for the next one
    expect(await mine()).toEqual(["PRD.md"]);
    expect(await artifactCount(p.id)).toBe(before);
    expect((await call(u, "GET", `/api/projects/${p.id}/runs/${runId}`)).json.run.status).toBe("paused");

    expect((await call(u, "POST", `/api/projects/${p.id}/runs/${runId}/resume`)).status).toBe(200);
    const run = await until(u, p.id, runId, (r) => ["completed", "failed", "needs_attention"].includes(r.status));
    expect(run.status, JSON.stringify(run.lastError)).toBe("completed");
    expect((await mine()).sort()).toEqual(["PRD.md", "PRD.md", "api-spec.json", "data-model.md"]);
  }, 60_000);

  it("a draft that passes its own rules but breaks a cross-document one (an undefined requirement) is not accepted: needs_attention with that finding", async () => {
    const u = await signedInUser();
    const p = await projectWithIdea(u);
    // Requirements are defined by spec/PRD.md: data-model.md, drafted after it, references one it lacks.
    await walkTo(u, p.id, "spec");
    await llm("/control/faults", {
      method: "POST",
      body: JSON.stringify({
        kind: "break_rule",
        rule: "undefined_reference",
        artifact: "data-model.md",
        project: p.name,
        times: 3,
      }),
    });
    const runId = (await call(u, "POST", `/api/projects/${p.id}/runs`, { targetPhase: "dependencies" })).json.run
      .id as string;
    const run = await until(u, p.id, runId, (r) => ["completed", "failed", "needs_attention"].includes(r.status));
    expect(run).toMatchObject({ status: "needs_attention", phase: "spec", artifact: "data-model.md" });
    expect(run.lastError).toMatchObject({ code: "validation_failed", artifact: "data-model.md" });
    const findings = run.lastError.findings as { ruleId: string; message: string }[];
    expect(findings.map((f) => f.ruleId)).toEqual(["trace-undefined"]);
    expect(findings[0]?.message).toContain("REQ-UNDEFINED-999");
    // The spec engine alone passes each version: the finding is the cross-document one.
    const drafted = await versions(u, p.id, "data-model.md");
    expect(drafted.length).toBeGreaterThan(0);
    for (const v of drafted) expect(v.validationStatus).not.toBe("fail");
    expect((await call(u, "GET", `/api/projects/${p.id}`)).json.project.currentPhase).toBe("spec");
    expect((await call(u, "POST", `/api/projects/${p.id}/runs/${runId}/cancel`)).status).toBe(200);
  }, 60_000);

  it("cancel mid-phase: the run ends and writes nothing more (version counts stay)", async () => {
    const u = await signedInUser();
    const p = await projectWithIdea(u);
    await llm("/control/faults", {
      method: "POST",
      body: JSON.stringify({ kind: "slow", delayMs: 1500, artifact: "personas.md", project: p.name }),
    });
    const runId = (await call(u, "POST", `/api/projects/${p.id}/runs`, {})).json.run.id as string;
    await heldInFlight(p.name, "personas.md");
    // Its level's other drafts (constitution.md and project-brief.md) answer at once: cancel once both are stored.
    await untilStored(p.id, 2);
    const cancelled = await call(u, "POST", `/api/projects/${p.id}/runs/${runId}/cancel`);
    expect(cancelled.status).toBe(200);
    expect(cancelled.json.run.status).toBe("cancelled");
    const atCancel = await artifactCount(p.id);
    expect(atCancel).toBe(2); // constitution.md and project-brief.md
    await sleep(3000); // longer than the slow answer: an uncancelled run would have stored personas.md by now
    expect(await artifactCount(p.id)).toBe(atCancel);
    const run = (await call(u, "GET", `/api/projects/${p.id}/runs/${runId}`)).json.run as Run;
    expect(run).toMatchObject({ status: "cancelled" });
    expect(run.produced).toHaveLength(2);
    expect((await call(u, "GET", `/api/projects/${p.id}`)).json.project.currentPhase).toBe("analysis");
    expectError(await call(u, "POST", `/api/projects/${p.id}/runs/${runId}/resume`), 409, "run_state");
    // A new run may start once none is active.
    expect((await call(u, "POST", `/api/projects/${p.id}/runs`, { targetPhase: "analysis" })).status).toBe(202);
  }, 60_000);

  it("a token budget too small for the next draft stops the run needs_attention before the call", async () => {
    const u = await signedInUser();
    const p = await projectWithIdea(u);
    const runId = (await call(u, "POST", `/api/projects/${p.id}/runs`, { tokenBudget: 1000 })).json.run.id as string;
    const run = await until(u, p.id, runId, (r) => ["completed", "failed", "needs_attention"].includes(r.status));
    expect(run).toMatchObject({ status: "needs_attention", tokensIn: 0, tokensOut: 0 });
    expect(run.lastError.code).toBe("token_budget_exhausted");
    const [row] = await sql`select count(*)::int as n from project_artifacts where project_id = ${p.id}`;
    expect(row?.n).toBe(0);
  }, 60_000);

  it("a run waiting at the stack gate under a policy of two approvals: the first does not wake it, the second does", async () => {
    const u = await signedInUser();
    const p = await projectWithIdea(u);
    await walkTo(u, p.id, "stack_selection");
    const reviewer = await signedInUser("Reviewer");
    await sql`insert into workspace_members (workspace_id, user_id, role)
      select workspace_id, ${reviewer.id}, 'reviewer' from projects where id = ${p.id}`;
    const policy = { requiredApprovals: 2, approverRoles: ["owner", "reviewer"], approverUserIds: [] };
    const put = await call(u, "PUT", `/api/projects/${p.id}/review-policies/stack`, {
      ...policy,
      allowAuthor: true,
      staleOnNewVersion: true,
      requireResolvedBlocking: false,
    });
    expect(put.status).toBe(200);
    const started = await call(u, "POST", `/api/projects/${p.id}/runs`, { targetPhase: "spec" });
    expect(started.status).toBe(202);
    const runId = started.json.run.id as string;
    const settled = (r: Run) => ["completed", "failed", "needs_attention", "waiting_for_approval"].includes(r.status);
    let run = await until(u, p.id, runId, settled);
    expect(run, JSON.stringify(run.lastError)).toMatchObject({
      status: "waiting_for_approval",
      phase: "stack_selection",
    });

    const stackChoice = "nextjs_neon_drizzle_betterauth";
    const first = await call(u, "POST", `/api/projects/${p.id}/stack/approve`, { stackChoice });
    expect(first.json.review).toMatchObject({ met: false, have: 1, required: 2 });
    await sleep(1500);
    run = (await call(u, "GET", `/api/projects/${p.id}/runs/${runId}`)).json.run;
    expect(run).toMatchObject({ status: "waiting_for_approval", phase: "stack_selection" });

    const second = await call(reviewer, "POST", `/api/projects/${p.id}/stack/approve`, { stackChoice });
    expect(second.json.review).toMatchObject({ met: true, have: 2 });
    // Woken: it advances out of stack_selection.
    run = await until(u, p.id, runId, (r) => r.phase !== "stack_selection" || r.status === "failed");
    expect(run.phase, JSON.stringify(run.lastError)).toBe("spec");
  });

  it("approving while the active run's instance is gone (engine state lost) still records the approval: 200, not 500", async () => {
    const u = await signedInUser();
    const p = await projectWithIdea(u);
    await walkTo(u, p.id, "stack_selection");
    const runId = crypto.randomUUID(); // a row without a Workflow instance
    await sql`insert into generation_runs (id, project_id, user_id, status, target_phase, phase, token_budget)
      values (${runId}, ${p.id}, ${u.id}, 'waiting_for_approval', 'done', 'stack_selection', 1000)`;
    const approved = await call(u, "POST", `/api/projects/${p.id}/stack/approve`, {
      stackChoice: "hono_neon",
      override: { reason: "no scorecard in this test" },
    });
    expect(approved.status, JSON.stringify(approved.json)).toBe(200);
    expect(approved.json.project.stackApproved).toBe(true);
    expect((await call(u, "POST", `/api/projects/${p.id}/runs/${runId}/cancel`)).status).toBe(200);
  });

  it("the list holds the 100 newest runs, newest first", async () => {
    const u = await signedInUser();
    const p = await projectWithIdea(u);
    await sql`insert into generation_runs (project_id, user_id, status, target_phase, token_budget, created_at)
      select ${p.id}, ${u.id}, 'completed', 'done', 1000, now() - make_interval(mins => n) from generate_series(1, 101) n`;
    const list = await call(u, "GET", `/api/projects/${p.id}/runs`);
    expect(list.status).toBe(200);
    const created = (list.json.items as { createdAt: string }[]).map((r) => Date.parse(r.createdAt));
    expect(created).toHaveLength(100);
    expect(created).toEqual([...created].sort((a, b) => b - a));
    const [oldest] = await sql`select min(created_at) as at from generation_runs where project_id = ${p.id}`;
    expect(created.at(-1)).toBeGreaterThan(new Date(oldest!.at).getTime());
  });

  it("runs of another user's project are not found; unknown runs are 404", async () => {
    const u = await signedInUser();
    const other = await signedInUser();
    const p = await projectWithIdea(u);
    expectError(await call(other, "POST", `/api/projects/${p.id}/runs`, {}), 404, "not_found");
    expectError(await call(other, "GET", `/api/projects/${p.id}/runs`), 404, "not_found");
    expectError(await call(u, "GET", `/api/projects/${p.id}/runs/${crypto.randomUUID()}`), 404, "not_found");
  });
});
