import { describe, expect, it, vi } from "vitest";
import { hashPassword, needsRehash, verifyPassword } from "../../../src/platform/auth/password";
import { hashToken } from "../../../src/platform/auth/tokens";
import { type AuthResult, api, errorOf, jsonInit, PASSWORD, signUp, sql, uniqueEmail } from "../helpers";

// Each signup/login spends a real scrypt hash (~0.1-0.2 s of CPU in workerd); under a parallel
// run a file with many of them can pass vitest's 5 s default without anything being wrong.
vi.setConfig({ testTimeout: 30_000 });

const userRow = async (id: string) =>
  (
    (await sql.query("select * from users where id = $1", [id])) as {
      email: string;
      password_hash: string;
      email_verified: boolean;
      email_verification_token_hash: string | null;
      email_verification_expires_at: string | null;
    }[]
  )[0];

describe("POST /api/auth/signup", () => {
  it("201: creates the user and a session (token in body AND cookie) in at most 2 round trips", async () => {
    const t = api();
    const email = uniqueEmail();
    const res = await t.request(
      "/api/auth/signup",
      jsonInit(
        "POST",
        { email: `  ${email.toUpperCase()} `, password: PASSWORD, name: "  Ada Lovelace " },
        { "user-agent": "curl/8" },
      ),
    );
    expect(res.status).toBe(201);
    const body = (await res.json()) as AuthResult;
    expect(body.user).toMatchObject({ email, name: "Ada Lovelace", emailVerified: false });
    expect(body.session.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await t.roundTrips()).toBeLessThanOrEqual(2);

    const cookie = res.headers.get("set-cookie")!;
    expect(cookie).toContain(`__Host-session=${body.session.token}`);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/Secure/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).toMatch(/Path=\//);
    expect(cookie).toMatch(/Max-Age=259\d{4}/);

    // Stored: lowercased email, scrypt hash, hashed verification token; the session token only hashed.
    const row = (await userRow(body.user.id))!;
    expect(row.email).toBe(email);
    expect(row.password_hash).toMatch(/^\$scrypt\$ln=14,r=8,p=5\$/);
    expect(row.email_verification_token_hash).toMatch(/^[0-9a-f]{64}$/);
    const sessions = (await sql.query("select token_hash, user_agent, ip from auth_sessions where user_id = $1", [
      body.user.id,
    ])) as { token_hash: string; user_agent: string; ip: string }[];
    expect(sessions).toEqual([{ token_hash: hashToken(body.session.token), user_agent: "curl/8", ip: t.ip }]);

    // The token works for both kinds of client.
    expect(
      (await api().request("/api/me", { headers: { authorization: `Bearer ${body.session.token}` } })).status,
    ).toBe(200);
    expect(
      (await api().request("/api/me", { headers: { cookie: `__Host-session=${body.session.token}` } })).status,
    ).toBe(200);
  });

  it("409 email_taken for an existing email (any case), nothing written", async () => {
    const t = api();
    const first = await signUp(t);
    const t2 = api();
    const res = await t2.request(
      "/api/auth/signup",
      jsonInit("POST", { email: first.email.toUpperCase(), password: "another password", name: "Mallory" }),
    );
    expect(res.status).toBe(409);
    expect((await errorOf(res)).code).toBe("email_taken");
    expect(await t2.roundTrips()).toBe(1);
    const rows = (await sql.query("select count(*)::int as n from users where lower(email) = $1", [first.email])) as {
      n: number;
    }[];
    expect(rows[0]!.n).toBe(1);
  });

  it("concurrent signups with one email: exactly one account, the other 409, no orphan session", async () => {
    const email = uniqueEmail();
    const results = await Promise.all(
      [1, 2, 3].map(() =>
        api().request("/api/auth/signup", jsonInit("POST", { email, password: PASSWORD, name: "Twin" })),
      ),
    );
    expect(results.map((r) => r.status).sort()).toEqual([201, 409, 409]);
    const users = (await sql.query("select id from users where email = $1", [email])) as { id: string }[];
    expect(users).toHaveLength(1);
    const sessions = (await sql.query("select user_id from auth_sessions where user_id = $1", [users[0]!.id])) as [];
    expect(sessions).toHaveLength(1);
  });

  it.each([
    ["bad email", { email: "not-an-email", password: PASSWORD, name: "A" }, "email"],
    ["short password", { email: "a@b.test", password: "short", name: "A" }, "password"],
    ["long password", { email: "a@b.test", password: "x".repeat(129), name: "A" }, "password"],
    ["empty name", { email: "a@b.test", password: PASSWORD, name: "   " }, "name"],
    ["missing fields", {}, "email"],
  ])("400 validation_failed: %s", async (_n, body, field) => {
    const t = api();
    const res = await t.request("/api/auth/signup", jsonInit("POST", body));
    expect(res.status).toBe(400);
    const err = await errorOf(res);
    expect(err.code).toBe("validation_failed");
    expect(err.issues!.map((i) => i.path)).toContain(field);
    expect(await t.roundTrips()).toBe(0);
  });

  it("415 in the error shape for a non-JSON body (content-type is checked)", async () => {
    const res = await api().request("/api/auth/signup", {
      method: "POST",
      headers: { "content-type": "text/plain" },
      body: "email=x",
    });
    expect(res.status).toBe(415);
    expect((await errorOf(res)).code).toBe("unsupported_media_type");
  });
});

describe("POST /api/auth/login", () => {
  it("200 with a new session (body + cookie) in at most 2 round trips; email trimmed/lowercased", async () => {
    const u = await signUp(api());
    const t = api();
    const res = await t.request(
      "/api/auth/login",
      jsonInit("POST", { email: ` ${u.email.toUpperCase()}`, password: PASSWORD }),
    );
    expect(res.status).toBe(200);
    const body = (await res.json()) as AuthResult;
    expect(body.user.id).toBe(u.user.id);
    expect(body.session.token).not.toBe(u.session.token);
    expect(res.headers.get("set-cookie")).toContain(`__Host-session=${body.session.token}`);
    expect(await t.roundTrips()).toBe(2);
    const me = await api().request("/api/me", { headers: { authorization: `Bearer ${body.session.token}` } });
    expect(me.status).toBe(200);
  });

  it("unknown email and wrong password: the same 401 body; no session created", async () => {
    const u = await signUp(api());
    const t1 = api();
    const wrong = await t1.request(
      "/api/auth/login",
      jsonInit("POST", { email: u.email, password: "wrong password!" }),
    );
    const t2 = api();
    const unknown = await t2.request("/api/auth/login", jsonInit("POST", { email: uniqueEmail(), password: PASSWORD }));
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    const a = await errorOf(wrong);
    const b = await errorOf(unknown);
    expect({ ...a, requestId: undefined }).toEqual({ ...b, requestId: undefined });
    expect(a).toMatchObject({ code: "invalid_credentials", message: "invalid email or password" });
    // Same database work for both: one round trip, then the (dummy) hash.
    expect(await t1.roundTrips()).toBe(1);
    expect(await t2.roundTrips()).toBe(1);
    const sessions = (await sql.query("select count(*)::int as n from auth_sessions where user_id = $1", [
      u.user.id,
    ])) as {
      n: number;
    }[];
    expect(sessions[0]!.n).toBe(1);
  });

  it("a user with a fixture (non-scrypt) hash cannot log in", async () => {
    const email = uniqueEmail();
    await sql.query("insert into users (email, password_hash, name) values ($1, 'fixture-no-login', 'F')", [email]);
    const res = await api().request("/api/auth/login", jsonInit("POST", { email, password: "fixture-no-login" }));
    expect(res.status).toBe(401);
  });

  it("rehashes an outdated hash transparently, in the same round trip as the session insert", async () => {
    const email = uniqueEmail();
    const weak = await hashPassword(PASSWORD, { ln: 10, r: 8, p: 1 });
    await sql.query("insert into users (email, password_hash, name) values ($1, $2, 'Old')", [email, weak]);
    const t = api();
    const res = await t.request("/api/auth/login", jsonInit("POST", { email, password: PASSWORD }));
    expect(res.status).toBe(200);
    expect(await t.roundTrips()).toBe(2);
    const [row] = (await sql.query("select password_hash from users where email = $1", [email])) as {
      password_hash: string;
    }[];
    expect(row!.password_hash).not.toBe(weak);
    expect(row!.password_hash).toMatch(/^\$scrypt\$ln=14,r=8,p=5\$/);
    expect(needsRehash(row!.password_hash)).toBe(false);
    expect(await verifyPassword(PASSWORD, row!.password_hash)).toBe(true);
    // And the upgraded hash logs in.
    expect((await api().request("/api/auth/login", jsonInit("POST", { email, password: PASSWORD }))).status).toBe(200);
  });

  it("an up-to-date hash is not rewritten", async () => {
    const u = await signUp(api());
    const before = (await userRow(u.user.id))!.password_hash;
    expect(
      (await api().request("/api/auth/login", jsonInit("POST", { email: u.email, password: PASSWORD }))).status,
    ).toBe(200);
    expect((await userRow(u.user.id))!.password_hash).toBe(before);
  });

  it("NFKC: a password typed in another normalisation form logs in", async () => {
    const u = await signUp(api(), { password: "ｓｅｃｒｅｔ　ｐａｓｓ" });
    const res = await api().request("/api/auth/login", jsonInit("POST", { email: u.email, password: "secret pass" }));
    expect(res.status).toBe(200);
  });

  it("400 for malformed input, before any database work", async () => {
    const t = api();
    const res = await t.request("/api/auth/login", jsonInit("POST", { email: "nope", password: "" }));
    expect(res.status).toBe(400);
    expect(await t.roundTrips()).toBe(0);
  });
});

describe("POST /api/auth/logout", () => {
  it("revokes the current session only: one round trip, cookie cleared", async () => {
    const u = await signUp(api());
    const other = (await (
      await api().request("/api/auth/login", jsonInit("POST", { email: u.email, password: PASSWORD }))
    ).json()) as AuthResult;
    const t = api();
    const res = await t.request("/api/auth/logout", { method: "POST", headers: u.auth });
    expect(res.status).toBe(204);
    expect(await t.roundTrips()).toBe(1);
    expect(res.headers.get("set-cookie")).toMatch(/__Host-session=;.*Max-Age=0/);
    expect((await api().request("/api/me", { headers: u.auth })).status).toBe(401);
    expect(
      (await api().request("/api/me", { headers: { authorization: `Bearer ${other.session.token}` } })).status,
    ).toBe(200);
  });

  it("401 without a valid session; a second logout with the same token is 401", async () => {
    expect((await api().request("/api/auth/logout", { method: "POST" })).status).toBe(401);
    const u = await signUp(api());
    expect((await api().request("/api/auth/logout", { method: "POST", headers: u.auth })).status).toBe(204);
    expect((await api().request("/api/auth/logout", { method: "POST", headers: u.auth })).status).toBe(401);
  });
});
