// Merging and rebasing on the fixture spec set taken to done: the merge stores the PRD with the deltas applied and
// moves the requirement revisions, in one batch (all or nothing under a fault after its first statement); two
// change requests on different requirements both merge; on the same requirement the second gets 409
// change_conflict naming the requirement and the change request that moved it, rebases, and merges.
import { describe, expect, it } from "vitest";
import { requirementTexts } from "../../../src/spec-engine/requirements";
import { api, call, expectError, sql, type User } from "../helpers";
import { ADD, MODIFY, projectAtDone } from "./fixtures";

const crPath = (projectId: string, crId = "") => `/api/projects/${projectId}/change-requests${crId ? `/${crId}` : ""}`;

async function openApproved(user: User, projectId: string, deltas: object[], title = "A change") {
  const opened = await call(user, "POST", crPath(projectId), { title, deltas });
  expect(opened.status, opened.text).toBe(201);
  const id = opened.json.changeRequest.id as string;
  expect((await call(user, "POST", `${crPath(projectId, id)}/submit`)).status).toBe(200);
  const approved = await call(user, "POST", `${crPath(projectId, id)}/approve`);
  expect(approved.json.changeRequest.status).toBe("approved");
  return { id, number: opened.json.changeRequest.number as number };
}

const revisions = (projectId: string, reqId: string) =>
  sql`select revision, status, retired_reason, change_request_id from requirements
      where project_id = ${projectId} and req_id = ${reqId} order by revision`;

const versionCounts = async (projectId: string) =>
  Object.fromEntries(
    (
      await sql`select phase || '/' || artifact_name as doc, count(*)::int as n from project_artifacts
        where project_id = ${projectId} group by 1`
    ).map((r) => [r.doc, r.n]),
  );

const latestPrd = async (projectId: string) =>
  (
    await sql`select content, version, requirement_revisions from project_artifacts where project_id = ${projectId}
      and artifact_name = 'PRD.md' order by version desc limit 1`
  )[0] as { content: string; version: number; requirement_revisions: Record<string, number> };

describe("merge", () => {
  it("stores the PRD with the deltas applied and moves the revisions on; nothing else gets a version", {
    timeout: 60_000,
  }, async () => {
    const { user, project } = await projectAtDone();
    const cr = await openApproved(user, project.id, [
      MODIFY,
      ADD,
      { kind: "removed", reqId: "REQ-LOAN-003", baseRevision: 1, reason: "returns are automatic" },
    ]);
    const before = await versionCounts(project.id);
    const r = await call(user, "POST", `${crPath(project.id, cr.id)}/merge`);
    expect(r.status, r.text).toBe(200);
    expect(r.roundTrips).toBe(2);
    expect(r.json.changeRequest).toMatchObject({ status: "merged", mergedBy: user.id });

    const prd = await latestPrd(project.id);
    const texts = requirementTexts(prd.content);
    expect(texts.find((t) => t.reqId === "REQ-AUTH-002")).toEqual({
      reqId: "REQ-AUTH-002",
      title: MODIFY.title,
      body: MODIFY.body,
      acceptance: MODIFY.acceptance,
    });
    expect(texts.find((t) => t.reqId === "REQ-LOAN-004")?.title).toBe(ADD.title);
    expect(texts.some((t) => t.reqId === "REQ-LOAN-003")).toBe(false);
    expect(await versionCounts(project.id)).toEqual({ ...before, "spec/PRD.md": before["spec/PRD.md"] + 1 });
    expect(prd.requirement_revisions["REQ-AUTH-002"]).toBe(2);

    expect(await revisions(project.id, "REQ-AUTH-002")).toEqual([
      { revision: 1, status: "superseded", retired_reason: null, change_request_id: null },
      { revision: 2, status: "active", retired_reason: null, change_request_id: cr.id },
    ]);
    expect(await revisions(project.id, "REQ-LOAN-004")).toEqual([
      { revision: 1, status: "active", retired_reason: null, change_request_id: cr.id },
    ]);
    expect(await revisions(project.id, "REQ-LOAN-003")).toEqual([
      { revision: 1, status: "retired", retired_reason: "returns are automatic", change_request_id: null },
    ]);
    const got = await call(user, "GET", crPath(project.id, cr.id));
    const merged = got.json.events.find((e: { kind: string }) => e.kind === "merged");
    expect(merged.detail).toMatchObject({
      documents: [{ phase: "spec", name: "PRD.md", version: prd.version }],
      retired: ["REQ-LOAN-003"],
    });
    expectError(await call(user, "POST", `${crPath(project.id, cr.id)}/merge`), 409, "change_request_state");
    const audited = await sql`select action, target_id from audit_events where target_id = ${cr.id}`;
    expect(audited).toEqual([{ action: "change_request.merged", target_id: cr.id }]);
  });

  it("two change requests on different requirements both merge; on the same one the second gets 409, rebases, merges", {
    timeout: 60_000,
  }, async () => {
    const { user, project } = await projectAtDone();
    const first = await openApproved(user, project.id, [MODIFY], "first");
    const same = await openApproved(
      user,
      project.id,
      [{ ...MODIFY, body: "A member logs in and logs out of all devices." }],
      "same",
    );
    const other = await openApproved(
      user,
      project.id,
      [
        {
          kind: "modified",
          reqId: "REQ-BOOK-001",
          baseRevision: 1,
          title: "List a book",
          body: "A member adds a book with title and author.",
          acceptance: "the book appears in search.",
        },
      ],
      "other",
    );
    expect((await call(user, "POST", `${crPath(project.id, first.id)}/merge`)).status).toBe(200);
    expect((await call(user, "POST", `${crPath(project.id, other.id)}/merge`)).status).toBe(200);
    const conflict = expectError(
      await call(user, "POST", `${crPath(project.id, same.id)}/merge`),
      409,
      "change_conflict",
    );
    expect(conflict.error.message).toContain("REQ-AUTH-002");
    expect(conflict.error.message).toContain(`CR-${first.number} (${first.id})`);

    const rebased = await call(user, "POST", `${crPath(project.id, same.id)}/rebase`);
    expect(rebased.status, rebased.text).toBe(200);
    expect(rebased.json.changeRequest.status).toBe("in_review");
    const [delta] = await sql`select base_revision from change_request_deltas where change_request_id = ${same.id}`;
    expect(delta?.base_revision).toBe(2);
    // The old approval was of the old base: stale under the default policy, so it takes a new one.
    expect((await call(user, "POST", `${crPath(project.id, same.id)}/approve`)).json.changeRequest.status).toBe(
      "approved",
    );
    expect((await call(user, "POST", `${crPath(project.id, same.id)}/merge`)).status).toBe(200);
    expect((await revisions(project.id, "REQ-AUTH-002")).map((r) => [r.revision, r.status])).toEqual([
      [1, "superseded"],
      [2, "superseded"],
      [3, "active"],
    ]);
    const events = (await call(user, "GET", crPath(project.id, same.id))).json.events.map(
      (e: { kind: string }) => e.kind,
    );
    expect(events).toEqual(["opened", "submitted", "approved", "rebased", "approved", "merged"]);
  });

  it("a rebase onto a requirement retired meanwhile is refused with 409 requirement_retired", {
    timeout: 60_000,
  }, async () => {
    const { user, project } = await projectAtDone();
    const remove = await openApproved(user, project.id, [
      { kind: "removed", reqId: "REQ-LOAN-003", baseRevision: 1, reason: "gone" },
    ]);
    const modify = await openApproved(user, project.id, [
      {
        kind: "modified",
        reqId: "REQ-LOAN-003",
        baseRevision: 1,
        title: "Mark returned",
        body: "The owner marks it returned.",
        acceptance: "",
      },
    ]);
    expect((await call(user, "POST", `${crPath(project.id, remove.id)}/merge`)).status).toBe(200);
    expectError(await call(user, "POST", `${crPath(project.id, modify.id)}/merge`), 409, "change_conflict");
    const refused = expectError(
      await call(user, "POST", `${crPath(project.id, modify.id)}/rebase`),
      409,
      "requirement_retired",
    );
    expect(refused.error.message).toContain("REQ-LOAN-003");
  });

  it("is all or nothing under a Postgres error after its first statement", { timeout: 60_000 }, async () => {
    const { user, project } = await projectAtDone();
    const cr = await openApproved(user, project.id, [MODIFY, ADD]);
    const before = {
      versions: await versionCounts(project.id),
      requirements:
        await sql`select req_id, revision, status from requirements where project_id = ${project.id} order by 1, 2`,
    };
    // At and after the statement marking it merged (the write batch's first after the credential check).
    for (const at of [3, 6, 8]) {
      const t = api();
      await t.fault({ failAtStatement: at, match: "set status = 'merged'" });
      const r = await call(user, "POST", `${crPath(project.id, cr.id)}/merge`, undefined, { client: t });
      expect(r.status, `fault at ${at}`).toBe(503);
      expect(r.roundTrips).toBe(2);
      expect(await versionCounts(project.id)).toEqual(before.versions);
      expect(
        await sql`select req_id, revision, status from requirements where project_id = ${project.id} order by 1, 2`,
      ).toEqual(before.requirements);
      expect((await sql`select status from change_requests where id = ${cr.id}`)[0]?.status).toBe("approved");
    }
    expect((await call(user, "POST", `${crPath(project.id, cr.id)}/merge`)).status).toBe(200);
  });
});
