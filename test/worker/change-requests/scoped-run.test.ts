// Scoped runs: a generation run started with a change request drafts only the change request's affected documents
// (its impact), through the local LLM server, as the change request's proposals; no project version is stored, and
// the proposals are what the merge then stores. A change request of another project is 404, a merged one 409.
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { applyDeltas, type RequirementDelta } from "../../../src/spec-engine/requirements";
import { fixture } from "../../shared/spec-fixtures";
import { call, expectError, sql, type User } from "../helpers";
import { ADD, MODIFY, projectAtDone } from "./fixtures";

const crPath = (projectId: string, crId = "") => `/api/projects/${projectId}/change-requests${crId ? `/${crId}` : ""}`;

type Run = { id: string; status: string; changeRequestId: string | null; lastError: unknown };

/** Polls the run over the API until it leaves queued/running. */
async function settled(u: User, projectId: string, runId: string, timeoutMs = 60_000): Promise<Run> {
  for (const start = Date.now(); ; await new Promise((res) => setTimeout(res, 100))) {
    const r = await call(u, "GET", `/api/projects/${projectId}/runs/${runId}`);
    expect(r.status).toBe(200);
    const run = r.json.run as Run;
    if (run.status !== "queued" && run.status !== "running") return run;
    if (Date.now() - start > timeoutMs) throw new Error(`run stuck: ${JSON.stringify(run)}`);
  }
}

const versionCounts = async (projectId: string) =>
  Object.fromEntries(
    (
      await sql`select phase || '/' || artifact_name as doc, count(*)::int as n from project_artifacts
        where project_id = ${projectId} group by 1`
    ).map((r) => [r.doc, r.n]),
  );

const latestContents = async (projectId: string) =>
  Object.fromEntries(
    (
      await sql`select distinct on (phase, artifact_name) phase || '/' || artifact_name as doc, content
        from project_artifacts where project_id = ${projectId} order by phase, artifact_name, version desc`
    ).map((r) => [r.doc, r.content]),
  );

/** The artifacts the local LLM server was asked for on behalf of the project, in order. */
async function draftedFor(projectName: string) {
  const { requests } = (await (await fetch(`${env.LLM_CONTROL_URL}/control/requests`)).json()) as {
    requests: { project: string | null; artifact: string | null }[];
  };
  return requests.filter((q) => q.project === projectName).map((q) => q.artifact);
}

async function openChangeRequest(user: User, projectId: string) {
  const opened = await call(user, "POST", crPath(projectId), { title: "Log out everywhere", deltas: [MODIFY, ADD] });
  expect(opened.status, opened.text).toBe(201);
  return opened.json.changeRequest.id as string;
}

describe("scoped runs", () => {
  it("drafts exactly the impact's documents as proposals, stores no version, and the merge stores the proposals", {
    timeout: 120_000,
  }, async () => {
    const { user, project } = await projectAtDone();
    const crId = await openChangeRequest(user, project.id);
    const impact = (await call(user, "GET", crPath(project.id, crId))).json.impact.documents.map(
      (d: { phase: string; name: string }) => `${d.phase}/${d.name}`,
    );
    const before = await versionCounts(project.id);

    const started = await call(user, "POST", `/api/projects/${project.id}/runs`, { changeRequestId: crId });
    expect(started.status, started.text).toBe(202);
    expect(started.roundTrips).toBe(1);
    expect(started.json.run.changeRequestId).toBe(crId);
    const run = await settled(user, project.id, started.json.run.id);
    expect(run.status, JSON.stringify(run.lastError)).toBe("completed");

    expect(await versionCounts(project.id)).toEqual(before);
    // The LLM drafted the affected documents that are neither PRD.md (the deltas applied) nor computed, once each.
    expect((await draftedFor(project.name)).sort()).toEqual(["api-spec.json", "data-model.md", "epics.md", "tasks.md"]);
    const listed = await call(user, "GET", `${crPath(project.id, crId)}/documents`);
    expect(listed.status).toBe(200);
    const proposals = listed.json.items as { phase: string; name: string; runId: string; validationStatus: string }[];
    expect(proposals.map((p) => `${p.phase}/${p.name}`).sort()).toEqual([...impact].sort());
    for (const p of proposals) {
      expect(p.runId).toBe(run.id);
      expect(p.validationStatus, `${p.phase}/${p.name}`).not.toBe("fail");
    }
    // PRD.md: the current PRD with the deltas applied, no LLM call.
    const prd = await call(user, "GET", `${crPath(project.id, crId)}/documents/spec/PRD.md`);
    expect(prd.json.document.content).toBe(
      applyDeltas(fixture("spec", "PRD.md"), [
        { ...MODIFY, kind: "modified" },
        { ...ADD, kind: "added" },
      ] as RequirementDelta[]),
    );
    const proposed = Object.fromEntries(
      await Promise.all(
        proposals.map(async (p) => {
          const r = await call(user, "GET", `${crPath(project.id, crId)}/documents/${p.phase}/${p.name}`);
          return [`${p.phase}/${p.name}`, r.json.document.content as string];
        }),
      ),
    );

    expect((await call(user, "POST", `${crPath(project.id, crId)}/submit`)).status).toBe(200);
    expect((await call(user, "POST", `${crPath(project.id, crId)}/approve`)).json.changeRequest.status).toBe(
      "approved",
    );
    const merged = await call(user, "POST", `${crPath(project.id, crId)}/merge`);
    expect(merged.status, merged.text).toBe(200);
    const after = await latestContents(project.id);
    for (const [doc, content] of Object.entries(proposed)) expect(after[doc], doc).toBe(content);
  });

  it("a draft that keeps failing validation stops the scoped run needs_attention; nothing is proposed after it", {
    timeout: 120_000,
  }, async () => {
    const { user, project } = await projectAtDone();
    const crId = await openChangeRequest(user, project.id);
    const fault = { kind: "break_rule", rule: "missing_section", artifact: "epics.md", project: project.name };
    await fetch(`${env.LLM_CONTROL_URL}/control/faults`, {
      method: "POST",
      body: JSON.stringify({ ...fault, times: "always" }),
    });
    const before = await versionCounts(project.id);
    const started = await call(user, "POST", `/api/projects/${project.id}/runs`, { changeRequestId: crId });
    const run = await settled(user, project.id, started.json.run.id);
    expect(run.status).toBe("needs_attention");
    expect(run.lastError).toMatchObject({ code: "validation_failed", artifact: "epics.md" });
    const listed = await call(user, "GET", `${crPath(project.id, crId)}/documents`);
    const names = (listed.json.items as { phase: string; name: string }[]).map((p) => `${p.phase}/${p.name}`);
    // The spec documents before it, and epics.md as it last failed; tasks.md and the solutioning matrix not yet.
    expect(names.sort()).toEqual([
      "solutioning/epics.md",
      "spec/PRD.md",
      "spec/api-spec.json",
      "spec/data-model.md",
      "spec/traceability.json",
    ]);
    expect(await versionCounts(project.id)).toEqual(before);
    // Three drafts of epics.md, then no further LLM call.
    expect((await draftedFor(project.name)).filter((a) => a !== "api-spec.json" && a !== "data-model.md")).toEqual([
      "epics.md",
      "epics.md",
      "epics.md",
    ]);
    expect((await call(user, "POST", `/api/projects/${project.id}/runs/${run.id}/cancel`)).status).toBe(200);
  });

  it("refuses a change request of another project (404) and a merged one (409)", { timeout: 60_000 }, async () => {
    const { user, project } = await projectAtDone();
    const other = await projectAtDone();
    const foreign = await openChangeRequest(other.user, other.project.id);
    expectError(
      await call(user, "POST", `/api/projects/${project.id}/runs`, { changeRequestId: foreign }),
      404,
      "not_found",
    );
    const crId = await openChangeRequest(user, project.id);
    await sql`update change_requests set status = 'merged' where id = ${crId}`;
    expectError(
      await call(user, "POST", `/api/projects/${project.id}/runs`, { changeRequestId: crId }),
      409,
      "change_request_state",
    );
    expect((await sql`select count(*)::int as n from generation_runs where project_id = ${project.id}`)[0]?.n).toBe(0);
  });
});
