import { describe, expect, it } from "vitest";
import { SESSION_REFRESH_SECONDS } from "../../../src/platform/auth/session";
import { api, signedInUser, sql } from "../helpers";

const UNAUTHORIZED = { code: "unauthorized", message: "authentication required" };

async function errorOf(res: Response) {
  const body = (await res.json()) as { error: { code: string; message: string } };
  return { code: body.error.code, message: body.error.message };
}

describe("session check (authed helper)", () => {
  it("a valid bearer token: one round trip, session check included", async () => {
    const u = await signedInUser("Ada");
    const t = api();
    const res = await t.request("/api/me", { headers: u.auth });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { user: { id: string; name: string } }).user).toMatchObject({
      id: u.id,
      name: "Ada",
    });
    expect(await t.roundTrips()).toBe(1);
  });

  it("the cookie works too", async () => {
    const u = await signedInUser();
    const res = await api().request("/api/me", { headers: { cookie: `__Host-session=${u.token}` } });
    expect(res.status).toBe(200);
  });

  it.each([
    ["no credential", {}],
    ["garbage bearer", { authorization: "Bearer not a token" }],
    ["unknown token", { authorization: `Bearer ${"x".repeat(43)}` }],
    ["wrong scheme", { authorization: "Basic abc" }],
  ])("%s: 401 with the same body", async (_n, headers) => {
    const res = await api().request("/api/me", { headers });
    expect(res.status).toBe(401);
    expect(await errorOf(res)).toEqual(UNAUTHORIZED);
  });

  it("expired and revoked sessions: 401 with the same body", async () => {
    const expired = await signedInUser();
    await sql.query("update auth_sessions set expires_at = now() - interval '1 second' where user_id = $1", [
      expired.id,
    ]);
    const revoked = await signedInUser();
    await sql.query("delete from auth_sessions where user_id = $1", [revoked.id]);
    for (const u of [expired, revoked]) {
      const res = await api().request("/api/me", { headers: u.auth });
      expect(res.status).toBe(401);
      expect(await errorOf(res)).toEqual(UNAUTHORIZED);
    }
  });

  it("slides the expiry only in the last half of the session's life", async () => {
    const u = await signedInUser();
    const expiresAt = async () =>
      new Date(
        (
          (await sql.query("select expires_at from auth_sessions where user_id = $1", [u.id])) as { expires_at: Date }[]
        )[0]!.expires_at,
      ).getTime();
    const fresh = await expiresAt();
    await api().request("/api/me", { headers: u.auth });
    expect(await expiresAt()).toBe(fresh);

    await sql.query("update auth_sessions set expires_at = now() + make_interval(secs => $2) where user_id = $1", [
      u.id,
      SESSION_REFRESH_SECONDS - 60,
    ]);
    const before = await expiresAt();
    const t = api();
    const res = await t.request("/api/me", { headers: u.auth });
    expect(res.status).toBe(200);
    expect(await t.roundTrips()).toBe(1);
    expect((await expiresAt()) - before).toBeGreaterThan(14 * 24 * 3600 * 1000);
  });
});
