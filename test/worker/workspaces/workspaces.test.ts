import { describe, expect, it } from "vitest";
import { call, expectError, signedInUser, sql } from "../helpers";
import { auditActions, createWorkspace, memberWith, personalWorkspaceOf, roleOf } from "./fixtures";

describe("workspaces", () => {
  it("create: the creator is its owner; one round trip; audited", async () => {
    const u = await signedInUser();
    const r = await call(u, "POST", "/api/workspaces", { name: "  Platform team  " });
    expect(r.status).toBe(201);
    expect(r.roundTrips).toBe(1);
    expect(r.json.workspace).toMatchObject({ name: "Platform team", personal: false, role: "owner" });
    expect(await roleOf(r.json.workspace.id, u.id)).toBe("owner");
    expect(await auditActions(r.json.workspace.id)).toEqual(["workspace.created"]);
  });

  it("name: 1-255 characters", async () => {
    const u = await signedInUser();
    expectError(await call(u, "POST", "/api/workspaces", { name: "  " }), 400, "validation_failed");
    expectError(await call(u, "POST", "/api/workspaces", { name: "x".repeat(256) }), 400, "validation_failed");
    expect((await call(u, "POST", "/api/workspaces", { name: "x".repeat(255) })).status).toBe(201);
  });

  it("list: the caller's workspaces with the role, in keyset pages", async () => {
    const u = await signedInUser();
    const other = await signedInUser();
    const mine = [await createWorkspace(u, "A"), await createWorkspace(u, "B")];
    const shared = await createWorkspace(other, "Theirs");
    await sql.query("insert into workspace_members (workspace_id, user_id, role) values ($1, $2, 'viewer')", [
      shared.id,
      u.id,
    ]);
    await createWorkspace(other, "Not mine");
    const seen: { id: string; role: string; personal: boolean }[] = [];
    let cursor: string | null = null;
    do {
      const r = await call(u, "GET", `/api/workspaces?limit=2${cursor ? `&cursor=${cursor}` : ""}`);
      expect(r.status).toBe(200);
      expect(r.json.items.length).toBeLessThanOrEqual(2);
      seen.push(...r.json.items);
      cursor = r.json.nextCursor;
    } while (cursor);
    expect(seen.map((w) => w.id).sort()).toEqual(
      [await personalWorkspaceOf(u.id), ...mine.map((w) => w.id), shared.id].sort(),
    );
    expect(seen.find((w) => w.id === shared.id)?.role).toBe("viewer");
    expect(seen.filter((w) => w.personal)).toHaveLength(1);
    expectError(await call(u, "GET", "/api/workspaces?cursor=bogus"), 400, "invalid_cursor");
    expectError(await call(u, "GET", "/api/workspaces?limit=101"), 400, "validation_failed");
  });

  it("get: a member sees it with their role; a non-member gets 404", async () => {
    const owner = await signedInUser();
    const ws = await createWorkspace(owner);
    const viewer = await memberWith(ws.id, "viewer");
    const r = await call(viewer, "GET", `/api/workspaces/${ws.id}`);
    expect(r.status).toBe(200);
    expect(r.json.workspace).toMatchObject({ id: ws.id, role: "viewer" });
    expectError(await call(await signedInUser(), "GET", `/api/workspaces/${ws.id}`), 404, "not_found");
  });

  it("rename: owner and admin; an editor gets 403 insufficient_role", async () => {
    const owner = await signedInUser();
    const ws = await createWorkspace(owner);
    const admin = await memberWith(ws.id, "admin");
    const editor = await memberWith(ws.id, "editor");
    const r = await call(admin, "PATCH", `/api/workspaces/${ws.id}`, { name: "Renamed" });
    expect(r.status).toBe(200);
    expect(r.json.workspace).toMatchObject({ name: "Renamed", role: "admin" });
    expectError(await call(editor, "PATCH", `/api/workspaces/${ws.id}`, { name: "No" }), 403, "insufficient_role");
    expect(await auditActions(ws.id)).toEqual(["workspace.created", "workspace.renamed"]);
  });

  it("delete: an owner deletes it with its projects; a personal workspace answers 409 personal_workspace", async () => {
    const owner = await signedInUser();
    const ws = await createWorkspace(owner);
    const admin = await memberWith(ws.id, "admin");
    const p = await call(owner, "POST", "/api/projects", { name: "Inside", workspaceId: ws.id });
    expect(p.status).toBe(201);
    expectError(await call(admin, "DELETE", `/api/workspaces/${ws.id}`), 403, "insufficient_role");
    const d = await call(owner, "DELETE", `/api/workspaces/${ws.id}`);
    expect(d.status).toBe(204);
    expect(d.roundTrips).toBe(1);
    expect(await sql.query("select id from projects where id = $1", [p.json.project.id])).toHaveLength(0);
    const rows = (await sql.query(
      "select action from audit_events where target_id = $1 and action = 'workspace.deleted'",
      [ws.id],
    )) as unknown[];
    expect(rows).toHaveLength(1);
    const personal = await personalWorkspaceOf(owner.id);
    expectError(await call(owner, "DELETE", `/api/workspaces/${personal}`), 409, "personal_workspace");
    expectError(await call(owner, "DELETE", `/api/workspaces/${ws.id}`), 404, "not_found");
  });
});

describe("members", () => {
  it("list: any member sees the members with their roles", async () => {
    const owner = await signedInUser();
    const ws = await createWorkspace(owner);
    const viewer = await memberWith(ws.id, "viewer");
    const r = await call(viewer, "GET", `/api/workspaces/${ws.id}/members?limit=1`);
    expect(r.status).toBe(200);
    expect(r.json.items).toHaveLength(1);
    const next = await call(viewer, "GET", `/api/workspaces/${ws.id}/members?cursor=${r.json.nextCursor}`);
    const all = [...r.json.items, ...next.json.items];
    expect(all.map((m: { userId: string; role: string }) => [m.userId, m.role]).sort()).toEqual(
      [
        [owner.id, "owner"],
        [viewer.id, "viewer"],
      ].sort(),
    );
    expectError(await call(await signedInUser(), "GET", `/api/workspaces/${ws.id}/members`), 404, "not_found");
  });

  it("re-role: admin may change non-owners; only an owner grants owner; the last owner stays", async () => {
    const owner = await signedInUser();
    const ws = await createWorkspace(owner);
    const admin = await memberWith(ws.id, "admin");
    const editor = await memberWith(ws.id, "editor");
    const path = (id: string) => `/api/workspaces/${ws.id}/members/${id}`;
    const r = await call(admin, "PATCH", path(editor.id), { role: "reviewer" });
    expect(r.status).toBe(200);
    expect(r.roundTrips).toBe(1);
    expect(await roleOf(ws.id, editor.id)).toBe("reviewer");
    expectError(await call(admin, "PATCH", path(editor.id), { role: "owner" }), 403, "insufficient_role");
    expectError(await call(admin, "PATCH", path(owner.id), { role: "viewer" }), 403, "insufficient_role");
    expectError(await call(owner, "PATCH", path(owner.id), { role: "admin" }), 409, "last_owner");
    expect(await roleOf(ws.id, owner.id)).toBe("owner");
    expectError(await call(editor, "PATCH", path(admin.id), { role: "viewer" }), 403, "insufficient_role");
    expectError(await call(owner, "PATCH", path(crypto.randomUUID()), { role: "viewer" }), 404, "not_found");
    // With a second owner, the first may step down.
    expect((await call(owner, "PATCH", path(admin.id), { role: "owner" })).status).toBe(200);
    expect((await call(owner, "PATCH", path(owner.id), { role: "admin" })).status).toBe(200);
    const actions = await auditActions(ws.id);
    expect(actions.filter((a) => a === "member.role_changed")).toHaveLength(3);
  });

  it("concurrent demotions of the only two owners: one stays owner", async () => {
    const a = await signedInUser();
    const ws = await createWorkspace(a);
    const b = await memberWith(ws.id, "owner");
    const path = (id: string) => `/api/workspaces/${ws.id}/members/${id}`;
    await Promise.all([
      call(a, "PATCH", path(a.id), { role: "admin" }),
      call(b, "PATCH", path(b.id), { role: "admin" }),
    ]);
    const owners = (await sql.query(
      "select count(*)::int as n from workspace_members where workspace_id = $1 and role = 'owner'",
      [ws.id],
    )) as { n: number }[];
    expect(owners[0]?.n).toBe(1);
  });

  it("remove and leave: members:manage removes, anyone leaves, the last owner cannot leave", async () => {
    const owner = await signedInUser();
    const ws = await createWorkspace(owner);
    const admin = await memberWith(ws.id, "admin");
    const viewer = await memberWith(ws.id, "viewer");
    const editor = await memberWith(ws.id, "editor");
    const path = (id: string) => `/api/workspaces/${ws.id}/members/${id}`;
    expectError(await call(viewer, "DELETE", path(editor.id)), 403, "insufficient_role");
    expectError(await call(admin, "DELETE", path(owner.id)), 403, "insufficient_role");
    const removed = await call(admin, "DELETE", path(editor.id));
    expect(removed.status).toBe(204);
    expect(removed.roundTrips).toBe(1);
    expect(await roleOf(ws.id, editor.id)).toBeUndefined();
    expect((await call(viewer, "DELETE", path(viewer.id))).status).toBe(204);
    expectError(await call(owner, "DELETE", path(owner.id)), 409, "last_owner");
    expectError(await call(await signedInUser(), "DELETE", path(admin.id)), 404, "not_found");
    expect((await auditActions(ws.id)).filter((a) => a === "member.removed")).toHaveLength(2);
  });
});

describe("projects in workspaces", () => {
  it("create in a workspace: writers may; a reviewer gets 403, a non-member 404, without retries", async () => {
    const owner = await signedInUser();
    const ws = await createWorkspace(owner);
    const editor = await memberWith(ws.id, "editor");
    const reviewer = await memberWith(ws.id, "reviewer");
    const r = await call(editor, "POST", "/api/projects", { name: "Team project", workspaceId: ws.id });
    expect(r.status).toBe(201);
    expect(r.json.project.workspaceId).toBe(ws.id);
    const refused = await call(reviewer, "POST", "/api/projects", { name: "No", workspaceId: ws.id });
    expectError(refused, 403, "insufficient_role");
    expect(refused.roundTrips).toBe(1);
    const stranger = await call(await signedInUser(), "POST", "/api/projects", { name: "No", workspaceId: ws.id });
    expectError(stranger, 404, "not_found");
    expect(stranger.roundTrips).toBe(1);
    // Without workspaceId: the personal workspace.
    const mine = await call(editor, "POST", "/api/projects", { name: "Mine" });
    expect(mine.json.project.workspaceId).toBe(await personalWorkspaceOf(editor.id));
  });

  it("list filters by workspaceId; a member sees the workspace's projects", async () => {
    const owner = await signedInUser();
    const ws = await createWorkspace(owner);
    const viewer = await memberWith(ws.id, "viewer");
    const inWs = await call(owner, "POST", "/api/projects", { name: "Shared", workspaceId: ws.id });
    await call(owner, "POST", "/api/projects", { name: "Private" });
    const mine = await call(viewer, "POST", "/api/projects", { name: "Viewer's own" });
    const all = await call(viewer, "GET", "/api/projects");
    expect(all.json.items.map((p: { id: string }) => p.id).sort()).toEqual(
      [inWs.json.project.id, mine.json.project.id].sort(),
    );
    const filtered = await call(viewer, "GET", `/api/projects?workspaceId=${ws.id}`);
    expect(filtered.json.items.map((p: { id: string }) => p.id)).toEqual([inWs.json.project.id]);
    // By id for every member; by slug only for its creator.
    expect((await call(viewer, "GET", `/api/projects/${inWs.json.project.id}`)).status).toBe(200);
    expect((await call(viewer, "GET", `/api/projects/${inWs.json.project.slug}`)).status).toBe(404);
  });

  it("move: an owner of both workspaces moves it in one statement; otherwise 403", async () => {
    const owner = await signedInUser();
    const from = await createWorkspace(owner);
    const to = await createWorkspace(owner);
    const p = (await call(owner, "POST", "/api/projects", { name: "Mover", workspaceId: from.id })).json.project;
    const foreign = await createWorkspace(await signedInUser());
    const adminThere = await createWorkspace(await signedInUser());
    await sql.query("insert into workspace_members (workspace_id, user_id, role) values ($1, $2, 'admin')", [
      adminThere.id,
      owner.id,
    ]);
    expectError(
      await call(owner, "POST", `/api/projects/${p.id}/move`, { workspaceId: foreign.id }),
      403,
      "insufficient_role",
    );
    expectError(
      await call(owner, "POST", `/api/projects/${p.id}/move`, { workspaceId: adminThere.id }),
      403,
      "insufficient_role",
    );
    const admin = await memberWith(from.id, "admin");
    expectError(
      await call(admin, "POST", `/api/projects/${p.id}/move`, { workspaceId: to.id }),
      403,
      "insufficient_role",
    );
    const r = await call(owner, "POST", `/api/projects/${p.slug}/move`, { workspaceId: to.id });
    expect(r.status).toBe(200);
    expect(r.roundTrips).toBe(1);
    expect(r.json.project).toMatchObject({ id: p.id, slug: p.slug, workspaceId: to.id });
    expect(await auditActions(to.id)).toContain("project.moved");
    // The old workspace's admin no longer sees it.
    expect((await call(admin, "GET", `/api/projects/${p.id}`)).status).toBe(404);
  });
});
