import { describe, expect, it } from "vitest";
import { call, expectError, mailsTo, signedInUser, sql, type User } from "../helpers";
import { createProject, uploadPhaseDocs, walkTo } from "../project-fixtures";

const policy = (o: object = {}) => ({
  requiredApprovals: 1,
  approverRoles: ["owner", "admin", "reviewer"],
  approverUserIds: [],
  allowAuthor: true,
  staleOnNewVersion: true,
  requireResolvedBlocking: false,
  ...o,
});

/** A project of a new owner, its workspace, and members added with a role straight into workspace_members. */
async function team(...roles: string[]) {
  const owner = await signedInUser("Owner");
  const p = await createProject(owner);
  const [{ workspace_id: ws } = { workspace_id: "" }] = (await sql.query(
    "select workspace_id from projects where id = $1",
    [p.id],
  )) as { workspace_id: string }[];
  const members: User[] = [];
  for (const role of roles) {
    const m = await signedInUser(role);
    await sql.query("insert into workspace_members (workspace_id, user_id, role) values ($1, $2, $3)", [
      ws,
      m.id,
      role,
    ]);
    members.push(m);
  }
  return { owner, id: p.id, ws, members };
}

const inPhase = (id: string, phase: string) =>
  sql.query("update projects set current_phase = $2 where id = $1", [id, phase]);
const approveDeps = (u: User, id: string) => call(u, "POST", `/api/projects/${id}/dependencies/approve`);
const status = async (u: User, id: string) =>
  (await call(u, "GET", `/api/projects/${id}/approvals?gate=dependencies`)).json.status;

describe("review policies", () => {
  it("workspace policy, project override and the default; where each comes from; bounds", async () => {
    const { owner, id, ws, members } = await team("reviewer");
    const [reviewer] = members as [User];
    const wsPath = `/api/workspaces/${ws}/review-policies/dependencies`;
    const pPath = `/api/projects/${id}/review-policies/dependencies`;

    const d = await call(owner, "GET", pPath);
    expect(d.status).toBe(200);
    expect(d.roundTrips).toBe(1);
    expect(d.json).toMatchObject({ source: "default", policy: { requiredApprovals: 1, allowAuthor: true } });
    expect(d.json.policy.approverRoles).toEqual(["owner", "admin", "editor", "reviewer"]);

    const put = await call(owner, "PUT", wsPath, policy({ requiredApprovals: 2, approverUserIds: [reviewer.id] }));
    expect(put.status).toBe(200);
    expect(put.roundTrips).toBe(1);
    expect((await call(owner, "GET", wsPath)).json).toMatchObject({
      source: "workspace",
      policy: { requiredApprovals: 2 },
    });
    expect((await call(reviewer, "GET", pPath)).json).toMatchObject({
      source: "workspace",
      policy: { requiredApprovals: 2 },
    });

    const pp = await call(owner, "PUT", pPath, policy({ requiredApprovals: 3 }));
    expect(pp.status).toBe(200);
    expect((await call(owner, "GET", pPath)).json).toMatchObject({
      source: "project",
      policy: { requiredApprovals: 3 },
    });
    const del = await call(owner, "DELETE", pPath);
    expect(del.json).toMatchObject({ source: "workspace", policy: { requiredApprovals: 2 } });

    // Only a role with workspace:manage sets policies; a stranger sees no workspace.
    expectError(await call(reviewer, "PUT", wsPath, policy()), 403, "insufficient_role");
    expectError(await call(reviewer, "PUT", pPath, policy()), 403, "insufficient_role");
    const stranger = await signedInUser();
    expectError(await call(stranger, "GET", wsPath), 404, "not_found");
    expectError(await call(stranger, "PUT", wsPath, policy()), 404, "not_found");

    // Bounds.
    for (const bad of [
      policy({ requiredApprovals: 0 }),
      policy({ requiredApprovals: 21 }),
      policy({ approverRoles: ["boss"] }),
      policy({ approverUserIds: Array.from({ length: 51 }, () => crypto.randomUUID()) }),
    ]) {
      expectError(await call(owner, "PUT", wsPath, bad), 400, "validation_failed");
    }
    expect((await call(owner, "PUT", wsPath, policy({ requiredApprovals: 20 }))).status).toBe(200);
    const outsider = crypto.randomUUID();
    const nm = await call(owner, "PUT", pPath, policy({ approverUserIds: [outsider] }));
    expectError(nm, 400, "validation_failed");
    expect(nm.json.error.message).toContain(outsider);

    const [{ n } = { n: 0 }] = (await sql.query(
      "select count(*)::int as n from audit_events where action = 'policy.changed' and workspace_id = $1",
      [ws],
    )) as { n: number }[];
    expect(n).toBe(4);
  });
});

describe("approvals under a policy", () => {
  it("the default keeps the solo flow: the owner approves their own project", async () => {
    const { owner, id } = await team();
    await inPhase(id, "dependencies");
    const r = await approveDeps(owner, id);
    expect(r.status).toBe(200);
    expect(r.roundTrips).toBe(1);
    expect(r.json.project.dependenciesApproved).toBe(true);
    expect(r.json.review).toMatchObject({ met: true, have: 1, required: 1, missing: [], source: "default" });
  });

  it("the author is refused when the policy excludes them, with the reason", async () => {
    const { owner, id } = await team();
    await call(owner, "PUT", `/api/projects/${id}/review-policies/dependencies`, policy({ allowAuthor: false }));
    await inPhase(id, "dependencies");
    const r = await approveDeps(owner, id);
    expectError(r, 403, "approval_not_allowed");
    expect(r.json.error.message).toContain("the author cannot approve their own work");
    expect(r.roundTrips).toBe(1);
    const [{ n } = { n: -1 }] = (await sql.query("select count(*)::int as n from approvals where project_id = $1", [
      id,
    ])) as { n: number }[];
    expect(n).toBe(0);
  });

  it("a role outside the policy's approvers is refused naming them", async () => {
    const { owner, id, members } = await team("editor");
    await call(owner, "PUT", `/api/projects/${id}/review-policies/dependencies`, policy());
    await inPhase(id, "dependencies");
    const r = await approveDeps(members[0] as User, id);
    expectError(r, 403, "approval_not_allowed");
    expect(r.json.error.message).toContain("owner, admin, reviewer");
  });

  it("two reviewers required: one is not enough (advance names what is missing), the second meets it; stale after a new version; withdrawal", async () => {
    const { owner, id, ws, members } = await team("reviewer", "reviewer");
    const [r1, r2] = members as [User, User];
    await walkTo(owner, id, "dependencies");
    await uploadPhaseDocs(owner, id, "dependencies");
    await call(
      owner,
      "PUT",
      `/api/workspaces/${ws}/review-policies/dependencies`,
      policy({ requiredApprovals: 2, approverRoles: ["reviewer", "admin"], allowAuthor: false }),
    );
    const advance = () => call(owner, "POST", `/api/projects/${id}/phases/advance`, { expectedPhase: "dependencies" });

    const first = await approveDeps(r1, id);
    expect(first.status).toBe(200);
    expect(first.json.project.dependenciesApproved).toBe(false);
    expect(first.json.review).toMatchObject({ met: false, have: 1, required: 2 });
    const refused = await advance();
    expectError(refused, 409, "approval_required");
    expect(refused.json.error.message).toContain("1 of 2 approvals; approvers: reviewer, admin");
    expect(refused.roundTrips).toBe(1);
    // Approving again is still one approval.
    expect((await approveDeps(r1, id)).json.review.have).toBe(1);

    const second = await approveDeps(r2, id);
    expect(second.json.project.dependenciesApproved).toBe(true);
    expect(second.json.review).toMatchObject({ met: true, have: 2, missing: [] });

    // A new version of a document of the phase: both approvals are stale, the gate blocks.
    await sql.query(
      "update project_artifacts set content_hash = 'changed' where id = (select id from project_artifacts where project_id = $1 and phase = 'dependencies' order by version desc limit 1)",
      [id],
    );
    const s = await status(owner, id);
    expect(s).toMatchObject({ met: false, have: 0 });
    const list = await call(owner, "GET", `/api/projects/${id}/approvals?gate=dependencies`);
    expect(
      list.json.items.filter(
        (a: { stale: boolean; counts: boolean; withdrawnAt: string | null }) =>
          a.stale && !a.counts && a.withdrawnAt === null,
      ).length,
    ).toBe(2);
    expectError(await advance(), 409, "approval_required");

    await approveDeps(r1, id);
    await approveDeps(r2, id);
    // Withdrawal: the flag follows.
    const w = await call(r2, "DELETE", `/api/projects/${id}/dependencies/approve`);
    expect(w.status).toBe(200);
    expect(w.roundTrips).toBe(1);
    expect(w.json.status).toMatchObject({ met: false, have: 1 });
    expectError(await call(r2, "DELETE", `/api/projects/${id}/dependencies/approve`), 404, "not_found");
    expectError(await advance(), 409, "approval_required");
    await approveDeps(r2, id);

    const ok = await advance();
    expect(ok.status).toBe(200);
    expect(ok.roundTrips).toBe(1);
    const actions = (await sql.query(
      "select action, count(*)::int as n from audit_events where workspace_id = $1 and action like 'approval.%' or (workspace_id = $1 and action = 'gate.passed') group by action order by action",
      [ws],
    )) as { action: string; n: number }[];
    expect(Object.fromEntries(actions.map((a) => [a.action, a.n]))).toMatchObject({
      "approval.given": 7,
      "approval.withdrawn": 1,
    });
    expect(actions.find((a) => a.action === "gate.passed")?.n).toBeGreaterThanOrEqual(1);
  });

  it("requireResolvedBlocking: an open blocking thread blocks the gate until resolved", async () => {
    const { owner, id } = await team();
    await call(
      owner,
      "PUT",
      `/api/projects/${id}/review-policies/dependencies`,
      policy({ requireResolvedBlocking: true }),
    );
    await inPhase(id, "dependencies");
    await uploadPhaseDocs(owner, id, "dependencies");
    const [doc] = (await sql.query("select id from project_artifacts where project_id = $1 limit 1", [id])) as {
      id: string;
    }[];
    const [thread] = (await sql.query(
      "insert into comment_threads (project_id, artifact_id, blocking, created_by) values ($1, $2, true, $3) returning id",
      [id, doc?.id, owner.id],
    )) as { id: string }[];
    const r = await approveDeps(owner, id);
    expect(r.json.review).toMatchObject({
      met: false,
      have: 1,
      openBlockingThreads: 1,
      missing: ["1 blocking thread open"],
    });
    expect(r.json.project.dependenciesApproved).toBe(false);
    await sql.query("update comment_threads set status = 'resolved' where id = $1", [thread?.id]);
    expect(await status(owner, id)).toMatchObject({ met: true });
  });

  it("the approvals list pages by cursor; bad query is a 4xx", async () => {
    const { owner, id, members } = await team("reviewer", "admin");
    await inPhase(id, "dependencies");
    for (const u of [owner, ...members]) expect((await approveDeps(u, id)).status).toBe(200);
    const p1 = await call(owner, "GET", `/api/projects/${id}/approvals?gate=dependencies&limit=2`);
    expect(p1.json.items).toHaveLength(2);
    expect(p1.roundTrips).toBe(1);
    const p2 = await call(
      owner,
      "GET",
      `/api/projects/${id}/approvals?gate=dependencies&limit=2&cursor=${encodeURIComponent(p1.json.nextCursor)}`,
    );
    expect(p2.json.items).toHaveLength(1);
    expect(p2.json.nextCursor).toBeNull();
    expectError(await call(owner, "GET", `/api/projects/${id}/approvals?gate=dependencies&limit=101`), 400);
    expectError(
      await call(owner, "GET", `/api/projects/${id}/approvals?gate=dependencies&cursor=x`),
      400,
      "invalid_cursor",
    );
  });

  it("pages through approvals made within one millisecond: the cursor keeps the microseconds", async () => {
    const { owner, id, members } = await team("reviewer", "admin");
    await inPhase(id, "dependencies");
    for (const u of [owner, ...members]) expect((await approveDeps(u, id)).status).toBe(200);
    // Three approvals 100 µs apart within one millisecond: a cursor rounded to milliseconds skips two.
    await sql.query(
      `update approvals a set created_at = '2026-01-01 00:00:00.0001+00'::timestamptz + n.i * interval '100 microseconds'
         from (select id, row_number() over (order by id) as i from approvals where project_id = $1) n
        where a.id = n.id`,
      [id],
    );
    const seen: string[] = [];
    let cursor: string | null = "";
    while (cursor !== null) {
      const q = cursor ? `&cursor=${encodeURIComponent(cursor)}` : "";
      const page = await call(owner, "GET", `/api/projects/${id}/approvals?gate=dependencies&limit=1${q}`);
      expect(page.status).toBe(200);
      seen.push(...page.json.items.map((a: { id: string }) => a.id));
      cursor = page.json.nextCursor;
    }
    expect(seen).toHaveLength(3);
    expect(new Set(seen).size).toBe(3);
  });

  it("the author gets a decision mail per approval, unless opted out of decision mail", async () => {
    const { owner, id, members } = await team("reviewer");
    await inPhase(id, "dependencies");
    expect((await approveDeps(members[0] as User, id)).status).toBe(200);
    const waitForMail = async (n: number) => {
      for (let i = 0; i < 50; i++) {
        const mails = await mailsTo(owner.email);
        if (mails.length >= n) return mails;
        await new Promise((r) => setTimeout(r, 50));
      }
      return mailsTo(owner.email);
    };
    const mails = await waitForMail(1);
    expect(mails.map((m) => m.subject)).toEqual([expect.stringContaining("the dependencies is approved")]);
    await sql.query("insert into notification_opt_outs (user_id, kind) values ($1, 'decision')", [owner.id]);
    expect((await approveDeps(owner, id)).status).toBe(200);
    await new Promise((r) => setTimeout(r, 300));
    expect(await mailsTo(owner.email)).toHaveLength(1);
  });
});

describe("review requests", () => {
  it("mail the members who may approve under the policy (not the caller, not a viewer, not who opted out), with the webhook event; 409 outside the gate's phase", async () => {
    const { owner, id, ws, members } = await team("reviewer", "reviewer", "viewer", "editor");
    const [rita, ross, vera, eddie] = members as [User, User, User, User];
    expect(
      (await call(owner, "PUT", `/api/workspaces/${ws}/review-policies/stack`, policy({ approverRoles: ["reviewer"] })))
        .status,
    ).toBe(200);
    await sql.query("insert into notification_opt_outs (user_id, kind) values ($1, 'review_request')", [ross.id]);
    await sql.query(
      `insert into webhook_subscriptions (workspace_id, url, event_types, secret)
       values ($1, 'https://hooks.example.com/reviews', '["review.requested"]', 'whsec_reviews')`,
      [ws],
    );

    expectError(await call(eddie, "POST", `/api/projects/${id}/stack/request-review`, {}), 409, "wrong_phase");
    await inPhase(id, "stack_selection");
    const asked = await call(eddie, "POST", `/api/projects/${id}/stack/request-review`, {
      note: "the scorecard is in",
    });
    expect(asked.status).toBe(202);
    expect(asked.json).toEqual({ gate: "stack", notified: 1 });
    const mails = await mailsTo(rita.email);
    expect(mails.at(-1)?.subject).toContain("Review requested");
    expect(mails.at(-1)?.text).toContain("the scorecard is in");
    for (const u of [ross, vera, eddie, owner]) expect(await mailsTo(u.email), u.email).toEqual([]);
    const events = (await sql.query(
      `select d.event_type, d.payload->'data'->>'requestedBy' as by from webhook_deliveries d
       join webhook_subscriptions s on s.id = d.subscription_id where s.workspace_id = $1`,
      [ws],
    )) as { event_type: string; by: string }[];
    expect(events).toEqual([{ event_type: "review.requested", by: eddie.id }]);
    // A viewer may not ask (its role cannot write the project).
    expectError(await call(vera, "POST", `/api/projects/${id}/stack/request-review`, {}), 403, "insufficient_role");
  });
});
