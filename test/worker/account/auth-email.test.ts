import { afterEach, describe, expect, it, vi } from "vitest";
import { hashToken } from "../../../src/platform/auth/tokens";
import {
  type AuthResult,
  api,
  errorOf,
  jsonInit,
  mailsTo,
  PASSWORD,
  signUp,
  sql,
  tokenFromMail,
  uniqueEmail,
} from "../helpers";

// Each signup/login spends a real scrypt hash (~0.1-0.2 s of CPU in workerd); under a parallel
// run a file with many of them can pass vitest's 5 s default without anything being wrong.
vi.setConfig({ testTimeout: 30_000 });

const INVALID_TOKEN = { code: "invalid_token", message: "the link is invalid or has expired; request a new one" };
const strip = async (res: Response) => {
  const e = await errorOf(res);
  return { code: e.code, message: e.message };
};
const me = async (auth: Record<string, string>) =>
  (await (await api().request("/api/me", { headers: auth })).json()) as { user: AuthResult["user"] };

afterEach(() => vi.restoreAllMocks());

describe("email verification", () => {
  it("signup sends a verification mail; its token verifies the email (1 round trip) exactly once", async () => {
    const u = await signUp(api());
    const mails = await mailsTo(u.email);
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ from: "Spec Drive <no-reply@specdrive.test>", to: [u.email] });
    expect(mails[0]!.text).toContain("https://app.specdrive.test/verify-email?token=");
    expect(mails[0]!.html).toContain("https://app.specdrive.test/verify-email?token=");
    const token = await tokenFromMail(u.email, "/verify-email");
    const [row] = (await sql.query("select email_verification_token_hash as h from users where id = $1", [
      u.user.id,
    ])) as { h: string }[];
    expect(row!.h).toBe(hashToken(token));

    const t = api();
    const res = await t.request("/api/auth/verify-email", jsonInit("POST", { token }));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: "verified" });
    expect(await t.roundTrips()).toBe(1);
    expect((await me(u.auth)).user.emailVerified).toBe(true);

    const again = await api().request("/api/auth/verify-email", jsonInit("POST", { token }));
    expect(again.status).toBe(400);
    expect(await strip(again)).toEqual(INVALID_TOKEN);
  });

  it("an expired token (clock moved in SQL) and an unknown token get the same 400", async () => {
    const u = await signUp(api());
    const token = await tokenFromMail(u.email, "/verify-email");
    await sql.query("update users set email_verification_expires_at = now() - interval '1 second' where id = $1", [
      u.user.id,
    ]);
    const expired = await api().request("/api/auth/verify-email", jsonInit("POST", { token }));
    const unknown = await api().request("/api/auth/verify-email", jsonInit("POST", { token: "A".repeat(43) }));
    expect(expired.status).toBe(400);
    expect(unknown.status).toBe(400);
    expect(await strip(expired)).toEqual(INVALID_TOKEN);
    expect(await strip(unknown)).toEqual(INVALID_TOKEN);
    expect((await me(u.auth)).user.emailVerified).toBe(false);
  });

  it("400 validation_failed for a malformed token, no database work", async () => {
    const t = api();
    const res = await t.request("/api/auth/verify-email", jsonInit("POST", { token: "short" }));
    expect(res.status).toBe(400);
    expect((await errorOf(res)).code).toBe("validation_failed");
    expect(await t.roundTrips()).toBe(0);
  });

  it("resend: a new link (1 round trip) supersedes the previous one", async () => {
    const u = await signUp(api());
    const first = await tokenFromMail(u.email, "/verify-email");
    const t = api();
    const res = await t.request("/api/auth/verify-email/resend", { method: "POST", headers: u.auth });
    expect(res.status).toBe(202);
    expect(await res.json()).toEqual({ status: "sent" });
    expect(await t.roundTrips()).toBe(1);
    expect(await mailsTo(u.email)).toHaveLength(2);
    const second = await tokenFromMail(u.email, "/verify-email");
    expect(second).not.toBe(first);

    const old = await api().request("/api/auth/verify-email", jsonInit("POST", { token: first }));
    expect(old.status).toBe(400);
    expect(await strip(old)).toEqual(INVALID_TOKEN);
    expect((await api().request("/api/auth/verify-email", jsonInit("POST", { token: second }))).status).toBe(200);

    const done = await api().request("/api/auth/verify-email/resend", { method: "POST", headers: u.auth });
    expect(done.status).toBe(409);
    expect((await errorOf(done)).code).toBe("already_verified");
    expect(await mailsTo(u.email)).toHaveLength(2);
  });

  it("resend needs a session: 401, nothing counted or sent", async () => {
    const t = api();
    const res = await t.request("/api/auth/verify-email/resend", {
      method: "POST",
      headers: { authorization: `Bearer ${"z".repeat(43)}` },
    });
    expect(res.status).toBe(401);
    expect(await t.roundTrips()).toBe(1);
    const rows = (await sql.query("select count(*)::int as n from rate_limit_log where identifier = $1", [
      `ip:${t.ip}`,
    ])) as { n: number }[];
    expect(rows[0]!.n).toBe(0);
  });

  it("a failing mail provider never fails the request, and the log holds no token or address", async () => {
    const errors = vi.spyOn(console, "error");
    const t = api({ MAIL_API_URL: "http://127.0.0.1:9" });
    const email = uniqueEmail();
    const res = await t.request("/api/auth/signup", jsonInit("POST", { email, password: PASSWORD, name: "Offline" }));
    expect(res.status).toBe(201);
    const logged = errors.mock.calls.map((c) => String(c[0])).filter((l) => l.includes("mail_send_failed"));
    expect(logged).toHaveLength(1);
    const entry = JSON.parse(logged[0]!) as Record<string, unknown>;
    expect(entry).toMatchObject({ level: "error", event: "mail_send_failed", kind: "verification" });
    const [row] = (await sql.query("select email_verification_token_hash as h from users where email = $1", [
      email,
    ])) as { h: string }[];
    expect(row!.h).toMatch(/^[0-9a-f]{64}$/);
    expect(logged[0]).not.toContain(email);
    expect(logged[0]).not.toContain(row!.h);
    expect(await mailsTo(email)).toHaveLength(0);
  });
});

describe("forgot-password / reset-password", () => {
  it("forgot-password answers identically for known and unknown emails; mails only the known one", async () => {
    const u = await signUp(api());
    const unknownEmail = uniqueEmail();
    const tk = api();
    const known = await tk.request("/api/auth/forgot-password", jsonInit("POST", { email: u.email.toUpperCase() }));
    const tu = api();
    const unknown = await tu.request("/api/auth/forgot-password", jsonInit("POST", { email: unknownEmail }));
    expect(known.status).toBe(202);
    expect(unknown.status).toBe(202);
    const answer = {
      status: "accepted",
      message: "If an account exists for this email, a password reset link has been sent to it.",
    };
    expect(await known.json()).toEqual(answer);
    expect(await unknown.json()).toEqual(answer);
    const headerNames = (r: Response) => [...r.headers.keys()].sort();
    expect(headerNames(known)).toEqual(headerNames(unknown));
    expect(await tk.roundTrips()).toBe(1);
    expect(await tu.roundTrips()).toBe(1);
    expect((await mailsTo(u.email)).filter((m) => m.subject === "Reset your password")).toHaveLength(1);
    expect(await mailsTo(unknownEmail)).toHaveLength(0);
  });

  it("full flow: forgot -> mail -> reset (2 round trips) -> every old session dead -> new password works", async () => {
    const u = await signUp(api());
    const second = (await (
      await api().request("/api/auth/login", jsonInit("POST", { email: u.email, password: PASSWORD }))
    ).json()) as AuthResult;
    expect((await api().request("/api/auth/forgot-password", jsonInit("POST", { email: u.email }))).status).toBe(202);
    const token = await tokenFromMail(u.email, "/reset-password");
    expect((await mailsTo(u.email)).at(-1)!.text).toContain(`https://app.specdrive.test/reset-password?token=${token}`);

    const t = api();
    const res = await t.request(
      "/api/auth/reset-password",
      jsonInit("POST", { token, password: "a brand new password" }),
    );
    expect(res.status).toBe(204);
    expect(await t.roundTrips()).toBe(2);

    for (const token of [u.session.token, second.session.token]) {
      expect((await api().request("/api/me", { headers: { authorization: `Bearer ${token}` } })).status).toBe(401);
    }
    const [row] = (await sql.query(
      "select email_verified, password_reset_token_hash, password_reset_expires_at, email_verification_token_hash from users where id = $1",
      [u.user.id],
    )) as Record<string, unknown>[];
    expect(row).toEqual({
      email_verified: true,
      password_reset_token_hash: null,
      password_reset_expires_at: null,
      email_verification_token_hash: null,
    });
    const sessions = (await sql.query("select count(*)::int as n from auth_sessions where user_id = $1", [
      u.user.id,
    ])) as { n: number }[];
    expect(sessions[0]!.n).toBe(0);

    expect(
      (await api().request("/api/auth/login", jsonInit("POST", { email: u.email, password: PASSWORD }))).status,
    ).toBe(401);
    const fresh = await api().request(
      "/api/auth/login",
      jsonInit("POST", { email: u.email, password: "a brand new password" }),
    );
    expect(fresh.status).toBe(200);

    // Single use.
    const reuse = await api().request(
      "/api/auth/reset-password",
      jsonInit("POST", { token, password: "yet another one!" }),
    );
    expect(reuse.status).toBe(400);
    expect(await strip(reuse)).toEqual(INVALID_TOKEN);
  });

  it("a second request while a link is live mails the same link; an expired link fails with the same 400 as a reused one", async () => {
    const u = await signUp(api());
    await api().request("/api/auth/forgot-password", jsonInit("POST", { email: u.email }));
    const first = await tokenFromMail(u.email, "/reset-password");
    await api().request("/api/auth/forgot-password", jsonInit("POST", { email: u.email }));
    const second = await tokenFromMail(u.email, "/reset-password");
    // The live link is not voided by a new request (anyone can ask): it is mailed again.
    expect(second).toBe(first);

    await sql.query("update users set password_reset_expires_at = now() - interval '1 second' where id = $1", [
      u.user.id,
    ]);
    const expired = await api().request(
      "/api/auth/reset-password",
      jsonInit("POST", { token: first, password: "new pass 123" }),
    );
    expect(expired.status).toBe(400);
    expect(await strip(expired)).toEqual(INVALID_TOKEN);
    // Once expired, a new request mails a new link.
    await api().request("/api/auth/forgot-password", jsonInit("POST", { email: u.email }));
    expect(await tokenFromMail(u.email, "/reset-password")).not.toBe(first);
    // Nothing changed: the old password and session still work.
    expect((await api().request("/api/me", { headers: u.auth })).status).toBe(200);
    expect(
      (await api().request("/api/auth/login", jsonInit("POST", { email: u.email, password: PASSWORD }))).status,
    ).toBe(200);
  });

  it("an invalid token is refused after one round trip, before any hashing", async () => {
    const t = api();
    const res = await t.request(
      "/api/auth/reset-password",
      jsonInit("POST", { token: "B".repeat(43), password: "new pass 123" }),
    );
    expect(res.status).toBe(400);
    expect(await strip(res)).toEqual(INVALID_TOKEN);
    expect(await t.roundTrips()).toBe(1);
  });

  it("a weak new password is refused (400) and does not consume the token", async () => {
    const u = await signUp(api());
    await api().request("/api/auth/forgot-password", jsonInit("POST", { email: u.email }));
    const token = await tokenFromMail(u.email, "/reset-password");
    const weak = await api().request("/api/auth/reset-password", jsonInit("POST", { token, password: "short" }));
    expect(weak.status).toBe(400);
    expect((await errorOf(weak)).issues!.map((i) => i.path)).toEqual(["password"]);
    expect(
      (await api().request("/api/auth/reset-password", jsonInit("POST", { token, password: "long enough now" })))
        .status,
    ).toBe(204);
  });

  it("the reset is all-or-nothing: a database failure in its write leaves password, token and sessions as they were", async () => {
    const u = await signUp(api());
    await api().request("/api/auth/forgot-password", jsonInit("POST", { email: u.email }));
    const token = await tokenFromMail(u.email, "/reset-password");
    const before = (await sql.query("select password_hash from users where id = $1", [u.user.id])) as unknown[];

    const t = api();
    await t.fault({ failAtStatement: 0, match: 'with "u" as' });
    const res = await t.request("/api/auth/reset-password", jsonInit("POST", { token, password: "never stored 1" }));
    expect(res.status).toBe(503);
    expect((await errorOf(res)).code).toBe("database_unavailable");
    expect(await sql.query("select password_hash from users where id = $1", [u.user.id])).toEqual(before);
    expect((await api().request("/api/me", { headers: u.auth })).status).toBe(200);
    // The token was not consumed: it still works once.
    expect(
      (await api().request("/api/auth/reset-password", jsonInit("POST", { token, password: "the real new one" })))
        .status,
    ).toBe(204);
  });

  it("concurrent uses of one reset token: exactly one succeeds", async () => {
    const u = await signUp(api());
    await api().request("/api/auth/forgot-password", jsonInit("POST", { email: u.email }));
    const token = await tokenFromMail(u.email, "/reset-password");
    const results = await Promise.all(
      ["first racer 1", "second racer 2", "third racer 3"].map((password) =>
        api().request("/api/auth/reset-password", jsonInit("POST", { token, password })),
      ),
    );
    expect(results.map((r) => r.status).sort()).toEqual([204, 400, 400]);
  });
});
