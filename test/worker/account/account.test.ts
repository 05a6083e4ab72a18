import { env } from "cloudflare:test";
import { describe, expect, it, vi } from "vitest";
import { type AuthResult, api, errorOf, jsonInit, loginAgain, PASSWORD, signedInUser, signUp, sql } from "../helpers";

// Each signup/login spends a real scrypt hash (~0.1-0.2 s of CPU in workerd); under a parallel
// run a file with many of them can pass vitest's 5 s default without anything being wrong.
vi.setConfig({ testTimeout: 30_000 });

const count = async (q: string, p: unknown[]) => ((await sql.query(q, p)) as { n: number }[])[0]!.n;

describe("PATCH /api/me", () => {
  it("renames in one round trip; 400 on bad input; 401 without session", async () => {
    const u = await signedInUser("Old");
    const t = api();
    const res = await t.request("/api/me", jsonInit("PATCH", { name: "  New Name " }, u.auth));
    expect(res.status).toBe(200);
    expect(((await res.json()) as AuthResult).user).toMatchObject({ id: u.id, name: "New Name" });
    expect(await t.roundTrips()).toBe(1);

    const bad = await api().request("/api/me", jsonInit("PATCH", { name: "" }, u.auth));
    expect(bad.status).toBe(400);
    expect((await errorOf(bad)).code).toBe("validation_failed");
    expect((await api().request("/api/me", jsonInit("PATCH", { name: "X" }))).status).toBe(401);
  });
});

describe("DELETE /api/me", () => {
  it("with the password: deletes the user and cascades (sessions, projects) in 2 round trips", async () => {
    const u = await signUp(api());
    await loginAgain(u.email);
    const [project] = (await sql.query(
      `insert into projects (user_id, workspace_id, slug, name)
       select $1, id, $2, 'P' from workspaces where personal and created_by = $1 returning id`,
      [u.user.id, `p-${u.user.id}`],
    )) as { id: string }[];
    const t = api();
    const res = await t.request("/api/me", jsonInit("DELETE", { password: PASSWORD }, u.auth));
    expect(res.status).toBe(204);
    expect(await t.roundTrips()).toBe(2);
    expect(res.headers.get("set-cookie")).toMatch(/__Host-session=;/);
    expect(await count("select count(*)::int as n from users where id = $1", [u.user.id])).toBe(0);
    expect(await count("select count(*)::int as n from auth_sessions where user_id = $1", [u.user.id])).toBe(0);
    // The personal workspace went with the account, and its project with it (not kept creator-less).
    expect(await count("select count(*)::int as n from projects where id = $1", [project!.id])).toBe(0);
    expect(await count("select count(*)::int as n from workspaces where created_by = $1", [u.user.id])).toBe(0);
    expect((await api().request("/api/me", { headers: u.auth })).status).toBe(401);
  });

  it("the only owner of a workspace others share: 409 last_owner naming it, nothing deleted; once another member owns it, the account goes and the shared workspace and its projects stay", async () => {
    const u = await signUp(api());
    const ws = await api().request("/api/workspaces", jsonInit("POST", { name: "Shared chores" }, u.auth));
    expect(ws.status).toBe(201);
    const workspaceId = ((await ws.json()) as { workspace: { id: string } }).workspace.id;
    const created = await api().request("/api/projects", jsonInit("POST", { name: "Team plan", workspaceId }, u.auth));
    expect(created.status).toBe(201);
    const projectId = ((await created.json()) as { project: { id: string } }).project.id;
    const other = await signedInUser("Colleague");
    await sql.query("insert into workspace_members (workspace_id, user_id, role) values ($1, $2, 'editor')", [
      workspaceId,
      other.id,
    ]);

    const refused = await api().request("/api/me", jsonInit("DELETE", { password: PASSWORD }, u.auth));
    expect(refused.status).toBe(409);
    const error = await errorOf(refused);
    expect(error.code).toBe("last_owner");
    expect(error.message).toContain('"Shared chores"');
    expect(await count("select count(*)::int as n from users where id = $1", [u.user.id])).toBe(1);
    expect(await count("select count(*)::int as n from workspaces where created_by = $1", [u.user.id])).toBe(2);

    await sql.query("update workspace_members set role = 'owner' where workspace_id = $1 and user_id = $2", [
      workspaceId,
      other.id,
    ]);
    const res = await api().request("/api/me", jsonInit("DELETE", { password: PASSWORD }, u.auth));
    expect(res.status).toBe(204);
    expect(await count("select count(*)::int as n from users where id = $1", [u.user.id])).toBe(0);
    expect(await count("select count(*)::int as n from workspaces where id = $1", [workspaceId])).toBe(1);
    const [kept] = (await sql.query("select user_id from projects where id = $1", [projectId])) as {
      user_id: string | null;
    }[];
    expect(kept).toEqual({ user_id: null });
    const read = await api().request(`/api/projects/${projectId}`, { headers: other.auth });
    expect(read.status).toBe(200);
  });

  it("wrong password: 403 and nothing deleted; missing body: 400; no session: 401", async () => {
    const u = await signUp(api());
    const t = api();
    const res = await t.request("/api/me", jsonInit("DELETE", { password: "not my password" }, u.auth));
    expect(res.status).toBe(403);
    expect((await errorOf(res)).code).toBe("wrong_password");
    expect(await t.roundTrips()).toBe(1);
    expect(await count("select count(*)::int as n from users where id = $1", [u.user.id])).toBe(1);
    expect((await api().request("/api/me", { method: "DELETE", headers: u.auth })).status).toBe(400);
    expect((await api().request("/api/me", jsonInit("DELETE", { password: PASSWORD }))).status).toBe(401);
  });

  it("user B's session cannot delete user A", async () => {
    const a = await signUp(api());
    const b = await signUp(api());
    const res = await api().request("/api/me", jsonInit("DELETE", { password: PASSWORD }, b.auth));
    expect(res.status).toBe(204);
    expect(await count("select count(*)::int as n from users where id = $1", [a.user.id])).toBe(1);
    expect((await api().request("/api/me", { headers: a.auth })).status).toBe(200);
  });
});

describe("POST /api/auth/change-password", () => {
  it("changes the hash, keeps the current session, revokes the others (2 round trips)", async () => {
    const u = await signUp(api());
    const other = await loginAgain(u.email);
    const t = api();
    const res = await t.request(
      "/api/auth/change-password",
      jsonInit("POST", { currentPassword: PASSWORD, newPassword: "my new password 2" }, u.auth),
    );
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ revokedSessions: 1 });
    expect(await t.roundTrips()).toBe(2);
    expect((await api().request("/api/me", { headers: u.auth })).status).toBe(200);
    expect((await api().request("/api/me", { headers: other.auth })).status).toBe(401);
    expect(
      (await api().request("/api/auth/login", jsonInit("POST", { email: u.email, password: PASSWORD }))).status,
    ).toBe(401);
    await loginAgain(u.email, "my new password 2");
  });

  it("wrong current password: 403, nothing changed, no session revoked, one round trip", async () => {
    const u = await signUp(api());
    const other = await loginAgain(u.email);
    const t = api();
    const res = await t.request(
      "/api/auth/change-password",
      jsonInit("POST", { currentPassword: "not the password", newPassword: "my new password 2" }, u.auth),
    );
    expect(res.status).toBe(403);
    expect((await errorOf(res)).code).toBe("wrong_password");
    expect(await t.roundTrips()).toBe(1);
    expect((await api().request("/api/me", { headers: other.auth })).status).toBe(200);
    await loginAgain(u.email);
  });

  it("400 for a weak new password, 401 without a session, 403 cross-site with a cookie", async () => {
    const u = await signUp(api());
    const weak = await api().request(
      "/api/auth/change-password",
      jsonInit("POST", { currentPassword: PASSWORD, newPassword: "short" }, u.auth),
    );
    expect(weak.status).toBe(400);
    expect((await errorOf(weak)).issues!.map((i) => i.path)).toEqual(["newPassword"]);
    const anon = await api().request(
      "/api/auth/change-password",
      jsonInit("POST", { currentPassword: PASSWORD, newPassword: "long enough 1" }),
    );
    expect(anon.status).toBe(401);
    const csrf = await api().request(
      "/api/auth/change-password",
      jsonInit(
        "POST",
        { currentPassword: PASSWORD, newPassword: "long enough 1" },
        { cookie: `__Host-session=${u.session.token}`, origin: "https://evil.example" },
      ),
    );
    expect(csrf.status).toBe(403);
    await loginAgain(u.email);
  });
});

describe("POST /api/auth/change-password under a concurrent change", () => {
  it("the hash changed between the confirmation and the write: 409 concurrent_update, the other change kept, no session revoked", async () => {
    const u = await signUp(api());
    const other = await loginAgain(u.email);
    const t = api();
    // The write (the second round trip) waits at the endpoint before it runs; meanwhile the hash changes.
    await t.fault({ delayMs: 1500, match: 'update "users" set "password_hash"' });
    const pending = t.request(
      "/api/auth/change-password",
      jsonInit("POST", { currentPassword: PASSWORD, newPassword: "my new password 2" }, u.auth),
    );
    const control = `${env.NEON_CONTROL_URL}/stats?key=${t.key}`;
    for (;;) {
      const s = (await (await fetch(control)).json()) as { requests: number; active: number };
      if (s.requests === 2 && s.active === 1) break;
      await new Promise((r) => setTimeout(r, 10));
    }
    await sql.query("update users set password_hash = 'changed concurrently' where id = $1", [u.user.id]);
    const res = await pending;
    expect(res.status).toBe(409);
    expect((await errorOf(res)).code).toBe("concurrent_update");
    expect(await t.roundTrips()).toBe(2);
    const [row] = (await sql.query("select password_hash from users where id = $1", [u.user.id])) as {
      password_hash: string;
    }[];
    expect(row!.password_hash).toBe("changed concurrently");
    expect((await api().request("/api/me", { headers: other.auth })).status).toBe(200);
  });
});
