// The caller's sessions (src/account/session-routes.ts): list, revoke one, revoke the others.
import { describe, expect, it, vi } from "vitest";
import { api, errorOf, loginAgain, PASSWORD, signUp, sql } from "../helpers";

// Each signup/login spends a real scrypt hash (~0.1-0.2 s of CPU in workerd).
vi.setConfig({ testTimeout: 30_000 });

type SessionView = {
  id: string;
  createdAt: string;
  lastUsedAt: string;
  expiresAt: string;
  userAgent: string | null;
  ip: string | null;
  current: boolean;
};

describe("sessions", () => {
  it("GET /api/me/sessions lists only the user's live sessions, marks the current one (1 round trip)", async () => {
    const u = await signUp(api());
    const second = await loginAgain(u.email, PASSWORD, {
      "user-agent": "Firefox/140",
      "cf-connecting-ip": "203.0.113.9",
    });
    const dead = await loginAgain(u.email);
    await sql.query("update auth_sessions set expires_at = now() - interval '1 second' where token_hash = $1", [
      (await import("../../../src/platform/auth/tokens")).hashToken(dead.session.token),
    ]);
    const b = await signUp(api());

    const t = api();
    const res = await t.request("/api/me/sessions", { headers: second.auth });
    expect(res.status).toBe(200);
    expect(await t.roundTrips()).toBe(1);
    const { sessions } = (await res.json()) as { sessions: SessionView[] };
    expect(sessions).toHaveLength(2);
    const current = sessions.filter((s) => s.current);
    expect(current).toHaveLength(1);
    expect(current[0]).toMatchObject({ userAgent: "Firefox/140", ip: "203.0.113.9" });
    for (const s of sessions) {
      expect(new Date(s.expiresAt).getTime()).toBeGreaterThan(Date.now());
      expect(Date.parse(s.createdAt)).not.toBeNaN();
      expect(Date.parse(s.lastUsedAt)).not.toBeNaN();
    }
    const bSessions = (await (await api().request("/api/me/sessions", { headers: b.auth })).json()) as {
      sessions: SessionView[];
    };
    expect(bSessions.sessions).toHaveLength(1);
    expect(bSessions.sessions.map((s) => s.id)).not.toContain(current[0]!.id);
  });

  it("DELETE /api/me/sessions/:id revokes one of mine (1 round trip); B gets 404 for A's and A's stays alive (IDOR)", async () => {
    const a = await signUp(api());
    const a2 = await loginAgain(a.email);
    const b = await signUp(api());
    const list = (await (await api().request("/api/me/sessions", { headers: a.auth })).json()) as {
      sessions: SessionView[];
    };
    const target = list.sessions.find((s) => !s.current)!;

    const idor = await api().request(`/api/me/sessions/${target.id}`, { method: "DELETE", headers: b.auth });
    expect(idor.status).toBe(404);
    expect((await errorOf(idor)).code).toBe("not_found");
    expect((await api().request("/api/me", { headers: a2.auth })).status).toBe(200);

    const t = api();
    const res = await t.request(`/api/me/sessions/${target.id}`, { method: "DELETE", headers: a.auth });
    expect(res.status).toBe(204);
    expect(await t.roundTrips()).toBe(1);
    expect((await api().request("/api/me", { headers: a2.auth })).status).toBe(401);
    expect((await api().request("/api/me", { headers: a.auth })).status).toBe(200);

    const gone = await api().request(`/api/me/sessions/${target.id}`, { method: "DELETE", headers: a.auth });
    expect(gone.status).toBe(404);
    const badId = await api().request("/api/me/sessions/not-a-uuid", { method: "DELETE", headers: a.auth });
    expect(badId.status).toBe(400);
    const anon = await api().request(`/api/me/sessions/${target.id}`, { method: "DELETE" });
    expect(anon.status).toBe(401);
  });

  it("revoking the current session signs out and clears the cookie", async () => {
    const u = await signUp(api());
    const list = (await (await api().request("/api/me/sessions", { headers: u.auth })).json()) as {
      sessions: SessionView[];
    };
    const res = await api().request(`/api/me/sessions/${list.sessions[0]!.id}`, {
      method: "DELETE",
      headers: { cookie: `__Host-session=${u.session.token}` },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get("set-cookie")).toMatch(/__Host-session=;/);
    expect((await api().request("/api/me", { headers: u.auth })).status).toBe(401);
  });

  it("POST /api/me/sessions/revoke-others keeps only the current one and touches nobody else's", async () => {
    const a = await signUp(api());
    const a2 = await loginAgain(a.email);
    const a3 = await loginAgain(a.email);
    const b = await signUp(api());
    const t = api();
    const res = await t.request("/api/me/sessions/revoke-others", { method: "POST", headers: a2.auth });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ revoked: 2 });
    expect(await t.roundTrips()).toBe(1);
    expect((await api().request("/api/me", { headers: a2.auth })).status).toBe(200);
    for (const s of [a, a3]) expect((await api().request("/api/me", { headers: s.auth })).status).toBe(401);
    expect((await api().request("/api/me", { headers: b.auth })).status).toBe(200);

    const anon = await api().request("/api/me/sessions/revoke-others", { method: "POST" });
    expect(anon.status).toBe(401);
    const csrf = await api().request("/api/me/sessions/revoke-others", {
      method: "POST",
      headers: { cookie: `__Host-session=${a2.session.token}`, "sec-fetch-site": "cross-site" },
    });
    expect(csrf.status).toBe(403);
    expect((await api().request("/api/me", { headers: a2.auth })).status).toBe(200);
  });
});
