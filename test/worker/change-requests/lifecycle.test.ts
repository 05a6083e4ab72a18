// The change-request lifecycle: open (phase, deltas validated, bounded), list (keyset, status), read, edit while
// draft, submit, withdraw, reject and approve through the change_request review policy, history on each step.
import { describe, expect, it } from "vitest";
import { DELTAS_MAX } from "../../../src/change-requests/routes";
import { call, expectError, signedInUser, sql, type User } from "../helpers";
import { createProject, walkTo } from "../project-fixtures";
import { storePrd } from "./route-samples";

const MODIFY = {
  kind: "modified",
  reqId: "REQ-AUTH-002",
  baseRevision: 1,
  title: "Log in and log out everywhere",
  body: "A member logs in with email and password and can log out of every device at once.",
  acceptance: "after logging out everywhere, none of the member's sessions works.",
};
const ADD = {
  kind: "added",
  reqId: "REQ-LOAN-004",
  title: "Remind borrowers",
  body: "The borrower gets a reminder a day before the loan is due.",
  acceptance: "one reminder per loan.",
};

/** A project moved to spec (PRD.md stored with the phase's documents): where change requests open. */
export async function projectInSpec(user?: User) {
  const u = user ?? (await signedInUser());
  const project = await createProject(u);
  await walkTo(u, project.id, "spec");
  await storePrd(u, project.id);
  return { user: u, project };
}

const open = (user: User, projectId: string, body: object, headers: Record<string, string> = {}) =>
  call(user, "POST", `/api/projects/${projectId}/change-requests`, body, { headers });

describe("opening a change request", () => {
  it("opens a numbered draft with its deltas and an `opened` event, in one round trip", {
    timeout: 60_000,
  }, async () => {
    const { user, project } = await projectInSpec();
    const r = await open(user, project.id, {
      title: "Log out everywhere",
      rationale: "Shared devices",
      deltas: [MODIFY, ADD],
    });
    expect(r.status, r.text).toBe(201);
    expect(r.roundTrips).toBe(1);
    expect(r.json.changeRequest).toMatchObject({
      number: 1,
      status: "draft",
      title: "Log out everywhere",
      authorId: user.id,
    });
    expect(r.json.deltas.map((d: { reqId: string }) => d.reqId)).toEqual(["REQ-AUTH-002", "REQ-LOAN-004"]);
    const second = await open(user, project.id, { title: "Another", deltas: [{ ...ADD, reqId: "REQ-LOAN-005" }] });
    expect(second.json.changeRequest.number).toBe(2);
    const got = await call(user, "GET", `/api/projects/${project.id}/change-requests/${r.json.changeRequest.id}`);
    expect(got.status).toBe(200);
    expect(got.roundTrips).toBe(1);
    expect(got.json.deltas).toHaveLength(2);
    expect(got.json.events.map((e: { kind: string }) => e.kind)).toEqual(["opened"]);
    expect(got.json.review).toMatchObject({ requiredApprovals: 1, have: 0, met: false, source: "default" });
  });

  it("refuses a project before spec with 409 change_request_phase", { timeout: 60_000 }, async () => {
    const user = await signedInUser();
    const project = await createProject(user);
    expectError(await open(user, project.id, { title: "x", deltas: [ADD] }), 409, "change_request_phase");
  });

  it("refuses deltas that do not apply: unknown base, existing id, unknown id, two on one id, text that would not read back", {
    timeout: 60_000,
  }, async () => {
    const { user, project } = await projectInSpec();
    const cases: [object[], RegExp][] = [
      [[{ ...MODIFY, baseRevision: 7 }], /no such revision/],
      [[{ ...ADD, reqId: "REQ-AUTH-001" }], /exists already/],
      [[{ ...MODIFY, reqId: "REQ-NONE-001" }], /no active requirement/],
      [[{ kind: "removed", reqId: "REQ-NONE-001", baseRevision: 1, reason: "x" }], /no active requirement/],
      [[MODIFY, { kind: "removed", reqId: "REQ-AUTH-002", baseRevision: 1, reason: "x" }], /a second delta/],
      [[{ ...ADD, body: "text Acceptance: inside" }], /body/],
    ];
    for (const [deltas, message] of cases) {
      const body = expectError(await open(user, project.id, { title: "x", deltas }), 422, "invalid_delta");
      expect(body.error.message + JSON.stringify((body.error as { issues?: unknown }).issues)).toMatch(message);
    }
    expect(await sql`select count(*)::int as n from change_requests where project_id = ${project.id}`).toEqual([
      { n: 0 },
    ]);
  });

  it(`takes at most ${DELTAS_MAX} deltas`, async () => {
    const { user, project } = await projectInSpec();
    const many = (n: number) =>
      Array.from({ length: n }, (_, i) => ({ ...ADD, reqId: `REQ-NEW-${String(i).padStart(3, "0")}` }));
    expectError(await open(user, project.id, { title: "x", deltas: many(DELTAS_MAX + 1) }), 400, "validation_failed");
    expect((await open(user, project.id, { title: "x", deltas: many(DELTAS_MAX) })).status).toBe(201);
  });
});

describe("the lifecycle", () => {
  it("edits a draft (deltas replaced), submits, approves under the policy; history on each step", {
    timeout: 60_000,
  }, async () => {
    const { user, project } = await projectInSpec();
    const base = `/api/projects/${project.id}/change-requests`;
    const crId = (await open(user, project.id, { title: "x", deltas: [MODIFY] })).json.changeRequest.id;
    const edited = await call(user, "PATCH", `${base}/${crId}`, { title: "Log out everywhere", deltas: [MODIFY, ADD] });
    expect(edited.status, edited.text).toBe(200);
    expect(edited.roundTrips).toBe(1);
    expect(edited.json.changeRequest.title).toBe("Log out everywhere");
    expect(edited.json.deltas.map((d: { reqId: string }) => d.reqId)).toEqual(["REQ-AUTH-002", "REQ-LOAN-004"]);
    expectError(
      await call(user, "PATCH", `${base}/${crId}`, { deltas: [{ ...MODIFY, baseRevision: 9 }] }),
      422,
      "invalid_delta",
    );

    expectError(await call(user, "POST", `${base}/${crId}/approve`), 409, "change_request_state");
    const submitted = await call(user, "POST", `${base}/${crId}/submit`);
    expect(submitted.status).toBe(200);
    expect(submitted.json.changeRequest.status).toBe("in_review");
    expectError(await call(user, "PATCH", `${base}/${crId}`, { title: "late" }), 409, "change_request_state");
    expectError(await call(user, "POST", `${base}/${crId}/submit`), 409, "change_request_state");

    const approved = await call(user, "POST", `${base}/${crId}/approve`);
    expect(approved.status, approved.text).toBe(200);
    expect(approved.json.changeRequest.status).toBe("approved");
    expect(approved.json.review).toMatchObject({ have: 1, met: true });
    const [row] = await sql`select gate, subject_id from approvals where subject_id = ${crId}`;
    expect(row).toEqual({ gate: "change_request", subject_id: crId });

    const got = await call(user, "GET", `${base}/${crId}`);
    expect(got.json.events.map((e: { kind: string }) => e.kind)).toEqual(["opened", "edited", "submitted", "approved"]);
  });

  it("a policy of two approvals: one approval leaves it in review; reject needs an approver", {
    timeout: 60_000,
  }, async () => {
    const { user, project } = await projectInSpec();
    await sql`insert into review_policies (workspace_id, project_id, gate, required_approvals, approver_roles)
      select workspace_id, id, 'change_request', 2, '["owner","admin"]'::jsonb from projects where id = ${project.id}`;
    const base = `/api/projects/${project.id}/change-requests`;
    const crId = (await open(user, project.id, { title: "x", deltas: [ADD] })).json.changeRequest.id;
    await call(user, "POST", `${base}/${crId}/submit`);
    // The policy excludes the change request's author unless it allows them.
    await sql`update review_policies set allow_author = false where project_id = ${project.id}`;
    expectError(await call(user, "POST", `${base}/${crId}/approve`), 403, "approval_not_allowed");
    expectError(await call(user, "POST", `${base}/${crId}/reject`), 403, "approval_not_allowed");
    await sql`update review_policies set allow_author = true where project_id = ${project.id}`;
    const one = await call(user, "POST", `${base}/${crId}/approve`);
    expect(one.status).toBe(200);
    expect(one.json.changeRequest.status).toBe("in_review");
    expect(one.json.review).toMatchObject({ requiredApprovals: 2, have: 1, met: false, source: "project" });
    const rejected = await call(user, "POST", `${base}/${crId}/reject`);
    expect(rejected.json.changeRequest.status).toBe("rejected");
    expectError(await call(user, "POST", `${base}/${crId}/withdraw`), 409, "change_request_state");
  });

  it("withdraws; lists newest first in keyset pages, by status", { timeout: 60_000 }, async () => {
    const { user, project } = await projectInSpec();
    const base = `/api/projects/${project.id}/change-requests`;
    const ids: string[] = [];
    for (let i = 0; i < 5; i++)
      ids.push((await open(user, project.id, { title: `cr ${i}`, deltas: [ADD] })).json.changeRequest.id);
    expect((await call(user, "POST", `${base}/${ids[0]}/withdraw`)).json.changeRequest.status).toBe("withdrawn");
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const r = await call(user, "GET", `${base}?limit=2${cursor ? `&cursor=${cursor}` : ""}`);
      expect(r.status).toBe(200);
      seen.push(...r.json.items.map((i: { id: string }) => i.id));
      cursor = r.json.nextCursor;
    } while (cursor);
    expect(seen).toEqual([...ids].reverse());
    const withdrawn = await call(user, "GET", `${base}?status=withdrawn`);
    expect(withdrawn.json.items.map((i: { id: string }) => i.id)).toEqual([ids[0]]);
    expectError(await call(user, "GET", `${base}?cursor=nope`), 400, "invalid_cursor");
    expectError(await call(user, "GET", `${base}/00000000-0000-4000-8000-000000000000`), 404, "not_found");
  });
});
