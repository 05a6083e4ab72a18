// The audit log: rows written in their events' own batches (sign-in, password change and reset, API keys,
// export), the workspace log's role check, filters and keyset pages, the JSON Lines export and its cap,
// the caller's own account events, and retention.
import { describe, expect, it } from "vitest";
import { AUDIT_EXPORT_MAX_ROWS } from "../../../src/audit";
import { runCleanup } from "../../../src/cleanup/cleanup";
import { apiKeyFor } from "../api-key-fixtures";
import {
  adminDb,
  api,
  call,
  configIssues,
  expectError,
  jsonInit,
  loginAgain,
  PASSWORD,
  signedInUser,
  signUp,
  sql,
  tokenFromMail,
  type User,
  uniqueIp,
  verifyEmail,
} from "../helpers";
import { createProject } from "../project-fixtures";
import { workspaceOf } from "../route-fixtures";

/** A JSON Lines body as text (read as bytes: workerd warns when .text() reads a non-text type). */
const textOf = async (res: Response) => new TextDecoder().decode(await res.arrayBuffer());

type Row = {
  id: string;
  workspace_id: string | null;
  actor_user_id: string | null;
  actor_key_id: string | null;
  action: string;
  target_type: string | null;
  target_id: string | null;
  request_id: string | null;
  ip: string | null;
  data: Record<string, unknown>;
};

const rowsOf = async (actor: string, action: string) =>
  (await sql.query("select * from audit_events where actor_user_id = $1 and action = $2 order by created_at, id", [
    actor,
    action,
  ])) as Row[];

/** A user with a personal workspace (and a project in it). */
async function owner() {
  const user = await signedInUser();
  const project = await createProject(user);
  return { user, project, workspaceId: await workspaceOf(project.id) };
}

/** Makes `user` a member of `workspaceId` with `role` (SQL: no invitation route involved). */
async function join(workspaceId: string, user: User, role: string) {
  await sql.query("insert into workspace_members (workspace_id, user_id, role) values ($1, $2, $3)", [
    workspaceId,
    user.id,
    role,
  ]);
}

/**
 * `n` events in the workspace by `actor`, one per millisecond going back from now, every third pair
 * sharing its created_at (so the id decides the order there). Returns their ids newest first.
 */
async function seed(workspaceId: string, actor: string, n: number, action = "member.added", targetType = "user") {
  await sql.query(
    `insert into audit_events (workspace_id, actor_user_id, action, target_type, target_id, data, created_at)
     select $1, $2, $3, $4, 'target-' || i, jsonb_build_object('i', i),
            now() - interval '1 hour' - ((i / 3) * 3) * interval '1 millisecond'
     from generate_series(1, $5::int) i`,
    [workspaceId, actor, action, targetType, n],
  );
  const rows = (await sql.query(
    "select id from audit_events where workspace_id = $1 order by created_at desc, id desc",
    [workspaceId],
  )) as { id: string }[];
  return rows.map((r) => r.id);
}

describe("audit rows written with their events", () => {
  it("login: auth.signed_in with the user as actor, the request id and the client's address, no workspace", async () => {
    const u = await signUp(api());
    const ip = uniqueIp();
    const res = await api().request(
      "/api/auth/login",
      jsonInit("POST", { email: u.email, password: PASSWORD }, { "cf-connecting-ip": ip }),
    );
    expect(res.status).toBe(200);
    const [row, ...more] = await rowsOf(u.user.id, "auth.signed_in");
    expect(more).toEqual([]);
    expect(row).toMatchObject({
      workspace_id: null,
      actor_key_id: null,
      target_type: "user",
      target_id: u.user.id,
      ip,
      request_id: res.headers.get("x-request-id"),
    });
    // A wrong password writes nothing.
    const wrong = await api().request("/api/auth/login", jsonInit("POST", { email: u.email, password: "wrong one!!" }));
    expect(wrong.status).toBe(401);
    expect(await rowsOf(u.user.id, "auth.signed_in")).toHaveLength(1);
  });

  it("password change and reset: auth.password_changed, only when the new password went in", async () => {
    const u = await signUp(api());
    const next = "another correct horse battery";
    const bad = await call({ ...u, id: u.user.id, token: "" }, "POST", "/api/auth/change-password", {
      currentPassword: "not the password",
      newPassword: next,
    });
    expect(bad.status).toBe(403);
    expect(await rowsOf(u.user.id, "auth.password_changed")).toEqual([]);
    const ok = await call({ ...u, id: u.user.id, token: "" }, "POST", "/api/auth/change-password", {
      currentPassword: PASSWORD,
      newPassword: next,
    });
    expect(ok.status).toBe(200);
    expect((await rowsOf(u.user.id, "auth.password_changed")).map((r) => r.data)).toEqual([{ method: "change" }]);

    const forgot = await api().request("/api/auth/forgot-password", jsonInit("POST", { email: u.email }));
    expect(forgot.status).toBe(202);
    const token = await tokenFromMail(u.email, "/reset-password");
    const reset = await api().request(
      "/api/auth/reset-password",
      jsonInit("POST", { token, password: "a third correct horse staple" }),
    );
    expect(reset.status).toBe(204);
    // The token is spent: a second use writes no second row.
    const again = await api().request(
      "/api/auth/reset-password",
      jsonInit("POST", { token, password: "a third correct horse staple" }),
    );
    expect(again.status).toBe(400);
    const rows = await rowsOf(u.user.id, "auth.password_changed");
    expect(rows.map((r) => [r.data, r.workspace_id, r.target_id])).toEqual([
      [{ method: "change" }, null, u.user.id],
      [{ method: "reset" }, null, u.user.id],
    ]);
  });

  it("API keys: api_key.created and api_key.revoked name the key; a second revoke writes nothing", async () => {
    const u = await signUp(api());
    await verifyEmail(u.user.id);
    const created = await api().request(
      "/api/me/keys",
      jsonInit("POST", { name: "agent", scopes: ["projects:read"], password: PASSWORD }, u.auth),
    );
    expect(created.status).toBe(201);
    const { key } = (await created.json()) as { key: { id: string; prefix: string } };
    const [made] = await rowsOf(u.user.id, "api_key.created");
    expect(made).toMatchObject({ workspace_id: null, target_type: "api_key", target_id: key.id });
    expect(made!.data).toMatchObject({ name: "agent", prefix: key.prefix, scopes: ["projects:read"] });

    const del = await api().request(`/api/me/keys/${key.id}`, { method: "DELETE", headers: u.auth });
    expect(del.status).toBe(204);
    const twice = await api().request(`/api/me/keys/${key.id}`, { method: "DELETE", headers: u.auth });
    expect(twice.status).toBe(404);
    const revoked = await rowsOf(u.user.id, "api_key.revoked");
    expect(revoked.map((r) => [r.target_type, r.target_id])).toEqual([["api_key", key.id]]);
  });

  it("export: export.downloaded in the project's workspace, with the API key that acted", async () => {
    const { user, project, workspaceId } = await owner();
    const key = await apiKeyFor(user.id, ["projects:read"]);
    const res = await api().request(`/api/projects/${project.id}/export`, { headers: key.auth });
    expect(res.status).toBe(200);
    await res.arrayBuffer();
    const bySession = await api().request(`/api/projects/${project.id}/export`, { headers: user.auth });
    expect(bySession.status).toBe(200);
    await bySession.arrayBuffer();
    const rows = await rowsOf(user.id, "export.downloaded");
    expect(rows.map((r) => [r.workspace_id, r.target_type, r.target_id, r.actor_key_id])).toEqual([
      [workspaceId, "project", project.id, key.id],
      [workspaceId, "project", project.id, null],
    ]);
    // Another user's attempt (404) is not recorded.
    const other = await signedInUser();
    const denied = await api().request(`/api/projects/${project.id}/export`, { headers: other.auth });
    expect(denied.status).toBe(404);
    expect(await rowsOf(other.id, "export.downloaded")).toEqual([]);
  });
});

describe("GET /api/workspaces/{id}/audit", () => {
  const path = (ws: string, q = "") => `/api/workspaces/${ws}/audit${q}`;

  it("owners and admins read it; editors, reviewers and viewers get 403 insufficient_role; others 404", async () => {
    const { user, workspaceId } = await owner();
    await seed(workspaceId, user.id, 3);
    expect((await call(user, "GET", path(workspaceId))).json.items).toHaveLength(3);
    const admin = await signedInUser();
    await join(workspaceId, admin, "admin");
    expect((await call(admin, "GET", path(workspaceId))).status).toBe(200);
    for (const role of ["editor", "reviewer", "viewer"]) {
      const member = await signedInUser();
      await join(workspaceId, member, role);
      const r = await call(member, "GET", path(workspaceId));
      expectError(r, 403, "insufficient_role");
      expectError(await call(member, "GET", path(workspaceId, "/export")), 403, "insufficient_role");
    }
    // A refused export is not recorded.
    expect(
      await sql.query("select 1 from audit_events where workspace_id = $1 and action = 'audit.exported'", [
        workspaceId,
      ]),
    ).toEqual([]);
    const stranger = await signedInUser();
    expectError(await call(stranger, "GET", path(workspaceId)), 404, "not_found");
    expectError(await call(stranger, "GET", path(crypto.randomUUID())), 404, "not_found");
    // A key never reads the log (session only).
    const key = await apiKeyFor(user.id);
    expect((await api().request(path(workspaceId), { headers: key.auth })).status).toBe(401);
  });

  it("keyset pages cover every row once, newest first (ties on created_at ordered by id)", async () => {
    const { user, workspaceId } = await owner();
    const expected = await seed(workspaceId, user.id, 23);
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const q: string = `?limit=5${cursor ? `&cursor=${cursor}` : ""}`;
      const r = await call(user, "GET", path(workspaceId, q));
      expect(r.status).toBe(200);
      expect(r.roundTrips).toBe(1);
      expect(r.json.items.length).toBeLessThanOrEqual(5);
      seen.push(...r.json.items.map((i: { id: string }) => i.id));
      cursor = r.json.nextCursor;
      pages++;
    } while (cursor);
    expect(pages).toBe(5);
    expect(seen).toEqual(expected);
  });

  it("limit: default 50, 1 to 200 (201 and 0: 400); a forged cursor: 400 invalid_cursor", async () => {
    const { user, workspaceId } = await owner();
    await seed(workspaceId, user.id, 205);
    const def = await call(user, "GET", path(workspaceId));
    expect(def.json.items).toHaveLength(50);
    expect((await call(user, "GET", path(workspaceId, "?limit=200"))).json.items).toHaveLength(200);
    expectError(await call(user, "GET", path(workspaceId, "?limit=201")), 400, "validation_failed");
    expectError(await call(user, "GET", path(workspaceId, "?limit=0")), 400, "validation_failed");
    expectError(await call(user, "GET", path(workspaceId, "?cursor=bm9wZQ")), 400, "invalid_cursor");
    const forged = btoa(JSON.stringify({ t: "not a time", id: crypto.randomUUID() }));
    expectError(await call(user, "GET", path(workspaceId, `?cursor=${forged}`)), 400, "invalid_cursor");
    expectError(await call(user, "GET", path(workspaceId, `?targetType=${"x".repeat(33)}`)), 400, "validation_failed");
    expectError(
      await call(user, "GET", path(workspaceId, "?from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z")),
      400,
      "validation_failed",
    );
  });

  it("filters: action, actor, target type and id, time range", async () => {
    const { user, workspaceId } = await owner();
    const admin = await signedInUser();
    await join(workspaceId, admin, "admin");
    await seed(workspaceId, user.id, 4, "member.added", "user");
    await seed(workspaceId, admin.id, 2, "policy.changed", "policy");
    const ids = (q: string) =>
      call(user, "GET", path(workspaceId, q)).then((r) => {
        expect(r.status).toBe(200);
        return r.json.items as { action: string; actorUserId: string; targetType: string; targetId: string }[];
      });
    expect((await ids("?action=policy.changed")).map((i) => i.actorUserId)).toEqual([admin.id, admin.id]);
    expect(await ids(`?actorUserId=${admin.id}`)).toHaveLength(2);
    expect(await ids("?targetType=user")).toHaveLength(4);
    expect((await ids("?targetType=user&targetId=target-3")).map((i) => i.targetId)).toEqual(["target-3"]);
    expect(await ids(`?from=${new Date(Date.now() - 60_000).toISOString()}`)).toEqual([]);
    expect(await ids(`?to=${new Date(Date.now() - 60_000).toISOString()}`)).toHaveLength(6);
    expectError(await call(user, "GET", path(workspaceId, "?action=no.such")), 400, "validation_failed");
  });
});

describe("GET /api/workspaces/{id}/audit/export", () => {
  it("JSON Lines: one event per line and a trailer; past the cap, truncated with a cursor to go on", async () => {
    const { user, workspaceId } = await owner();
    const expected = await seed(workspaceId, user.id, AUDIT_EXPORT_MAX_ROWS + 3);
    const t = api();
    const res = await t.request(`/api/workspaces/${workspaceId}/audit/export`, { headers: user.auth });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^application\/x-ndjson/);
    expect(await t.roundTrips()).toBe(1);
    const lines = (await textOf(res)).split("\n");
    expect(lines.pop()).toBe(""); // ends with a newline
    const parsed = lines.map((l) => JSON.parse(l));
    const trailer = parsed.pop();
    expect(parsed).toHaveLength(AUDIT_EXPORT_MAX_ROWS);
    expect(parsed.map((e) => e.id)).toEqual(expected.slice(0, AUDIT_EXPORT_MAX_ROWS));
    expect(parsed[0]).toMatchObject({ workspaceId, actorUserId: user.id, action: "member.added" });
    expect(trailer).toMatchObject({ truncated: true, rows: AUDIT_EXPORT_MAX_ROWS });

    const rest = await api().request(`/api/workspaces/${workspaceId}/audit/export?cursor=${trailer.nextCursor}`, {
      headers: user.auth,
    });
    const restLines = (await textOf(rest))
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(restLines.pop()).toEqual({ truncated: false, rows: 3, nextCursor: null });
    expect(restLines.map((e) => e.id)).toEqual(expected.slice(AUDIT_EXPORT_MAX_ROWS));
    // Each export is recorded (after its read: it never lists itself).
    const exported = await rowsOf(user.id, "audit.exported");
    expect(exported.map((r) => [r.workspace_id, r.target_type, r.target_id])).toEqual([
      [workspaceId, "workspace", workspaceId],
      [workspaceId, "workspace", workspaceId],
    ]);
    expect(exported[1]!.data).toEqual({ filters: { cursor: trailer.nextCursor } });
  }, 60_000);

  it("takes the same filters", async () => {
    const { user, workspaceId } = await owner();
    await seed(workspaceId, user.id, 3, "member.added");
    await seed(workspaceId, user.id, 2, "member.removed");
    const res = await api().request(`/api/workspaces/${workspaceId}/audit/export?action=member.removed`, {
      headers: user.auth,
    });
    const lines = (await textOf(res))
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.action ?? "trailer")).toEqual(["member.removed", "member.removed", "trailer"]);
  });
});

describe("GET /api/me/audit", () => {
  it("the caller's own account events only, newest first", async () => {
    const u = await signUp(api());
    await loginAgain(u.email);
    await loginAgain(u.email);
    const other = await signUp(api());
    await loginAgain(other.email);
    const { workspaceId } = await owner();
    // A workspace event by the caller is not an account event.
    await sql.query("insert into audit_events (workspace_id, actor_user_id, action) values ($1, $2, 'member.added')", [
      workspaceId,
      u.user.id,
    ]);
    const r = await call({ ...u, id: u.user.id, token: "" }, "GET", "/api/me/audit?limit=1");
    expect(r.status).toBe(200);
    expect(r.json.items).toHaveLength(1);
    expect(r.json.nextCursor).toEqual(expect.any(String));
    const all = await call({ ...u, id: u.user.id, token: "" }, "GET", "/api/me/audit?action=auth.signed_in");
    expect(all.json.items.map((i: { actorUserId: string }) => i.actorUserId)).toEqual([u.user.id, u.user.id]);
    expect(all.json.items.every((i: { workspaceId: null }) => i.workspaceId === null)).toBe(true);
  });
});

describe("retention", () => {
  it("the cleanup deletes audit rows older than AUDIT_RETENTION_DAYS, in bounded chunks, and keeps the rest", async () => {
    const { user, workspaceId } = await owner();
    const at = (days: string) =>
      sql.query(
        `insert into audit_events (workspace_id, actor_user_id, action, created_at)
         select $1, $2, 'member.added', now() - $3::interval from generate_series(1, 3)`,
        [workspaceId, user.id, days],
      );
    await at("400 days");
    await at("31 days");
    await at("29 days");
    const ages = async () =>
      (
        (await sql.query(
          "select extract(day from now() - created_at)::int as d from audit_events where workspace_id = $1 order by 1",
          [workspaceId],
        )) as { d: number }[]
      ).map((r) => r.d);
    await runCleanup(adminDb());
    expect(await ages()).toEqual([29, 29, 29, 31, 31, 31]);
    const r = await runCleanup(adminDb(), { auditRetentionDays: 30, chunk: 2 });
    expect(r.passes).toBeGreaterThanOrEqual(2);
    expect(await ages()).toEqual([29, 29, 29]);
  });

  it("AUDIT_RETENTION_DAYS is validated: a whole number of days, 1 to 3650, default 365", () => {
    const base = {
      DATABASE_URL: "postgres://u:p@localhost/db",
      APP_URL: "https://app.example.com",
      MAIL_PROVIDER: "console",
      AUTH_SECRET: "x".repeat(32),
    };
    expect(configIssues(base)).toEqual([]);
    expect(configIssues({ ...base, AUDIT_RETENTION_DAYS: "0" })).toEqual([
      "AUDIT_RETENTION_DAYS must be at least 1 day",
    ]);
    expect(configIssues({ ...base, AUDIT_RETENTION_DAYS: "1.5" })).toEqual([
      "AUDIT_RETENTION_DAYS must be a whole number of days",
    ]);
    expect(configIssues({ ...base, AUDIT_RETENTION_DAYS: "3651" })).toEqual([
      "AUDIT_RETENTION_DAYS must be at most 3650 days",
    ]);
  });
});
