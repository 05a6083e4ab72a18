import { env } from "cloudflare:test";
import { createHash, createHmac } from "node:crypto";
import { afterEach, describe, expect, it, vi } from "vitest";
import { clientNetwork } from "../../../src/platform/auth/client-network";
import { hashToken } from "../../../src/platform/auth/tokens";
import { HASH_GATE_DEFAULTS } from "../../../src/platform/config";
import { LIMIT, WINDOW_SECONDS } from "../documented-limits";
import {
  api,
  errorOf,
  jsonInit,
  mailsTo,
  PASSWORD,
  shownLimits,
  signedInUser,
  signUp,
  sql,
  tokenFromMail,
  uniqueEmail,
  uniqueIp,
} from "../helpers";

// Each signup/login spends a real scrypt hash (~0.1-0.2 s of CPU in workerd); under a parallel
// run a file with many of them can pass vitest's 5 s default without anything being wrong.
vi.setConfig({ testTimeout: 30_000 });

afterEach(() => vi.restoreAllMocks());

/** A signed-in user whose email is not verified yet (written straight into the tables). */
async function unverifiedUser() {
  const u = await signedInUser("Unverified");
  await sql.query("update users set email_verified = false where id = $1", [u.id]);
  return u;
}

const statuses = (rs: Response[]) => rs.map((r) => r.status).sort((a, b) => a - b);
const tally = (rs: Response[]) =>
  rs.reduce<Record<number, number>>((acc, r) => {
    acc[r.status] = (acc[r.status] ?? 0) + 1;
    return acc;
  }, {});

describe("rate limits: exact under concurrency", () => {
  it(`login: ${LIMIT.loginByEmailNet + 5} parallel attempts on one account from one network let exactly ${LIMIT.loginByEmailNet} through`, async () => {
    const u = await signUp(api());
    const ip = uniqueIp();
    const n = LIMIT.loginByEmailNet + 5;
    const rs = await Promise.all(
      Array.from({ length: n }, () =>
        api().request(
          "/api/auth/login",
          jsonInit("POST", { email: u.email, password: "wrong password" }, { "cf-connecting-ip": ip }),
        ),
      ),
    );
    // Past the limit: 429. Within it, each is hashed (401) unless the isolate's hashing queue is full
    // (503 server_busy, src/platform/auth/hash-gate.ts): it holds 1 + HASH_QUEUE_MAX at once.
    const t = tally(rs);
    expect(t[429]).toBe(5);
    expect((t[401] ?? 0) + (t[503] ?? 0)).toBe(LIMIT.loginByEmailNet);
    expect(t[401]).toBeGreaterThanOrEqual(Math.min(LIMIT.loginByEmailNet, 1 + HASH_GATE_DEFAULTS.maxQueued));
    for (const r of rs.filter((x) => x.status === 503)) expect((await errorOf(r)).code).toBe("server_busy");
    // That network is refused even the right password now; the owner's own network is not.
    const locked = await api().request(
      "/api/auth/login",
      jsonInit("POST", { email: u.email, password: PASSWORD }, { "cf-connecting-ip": ip }),
    );
    expect(locked.status).toBe(429);
    expect(
      (await api().request("/api/auth/login", jsonInit("POST", { email: u.email, password: PASSWORD }))).status,
    ).toBe(200);
  });

  it(`forgot-password: 10 parallel requests for one email from one network let exactly ${LIMIT.forgotByEmailNet} through, and send that many mails`, async () => {
    const u = await signUp(api());
    const ip = uniqueIp();
    const rs = await Promise.all(
      Array.from({ length: 10 }, () =>
        api().request("/api/auth/forgot-password", jsonInit("POST", { email: u.email }, { "cf-connecting-ip": ip })),
      ),
    );
    expect(tally(rs)).toEqual({ 202: LIMIT.forgotByEmailNet, 429: 10 - LIMIT.forgotByEmailNet });
    const resets = (await mailsTo(u.email)).filter((m) => m.text.includes("/reset-password?token="));
    expect(resets).toHaveLength(LIMIT.forgotByEmailNet);
  });

  it(`signup: ${LIMIT.signupByIp + 3} parallel signups from one IP create exactly ${LIMIT.signupByIp} accounts`, async () => {
    const ip = uniqueIp();
    const emails = Array.from({ length: LIMIT.signupByIp + 3 }, () => uniqueEmail("burst"));
    const rs = await Promise.all(
      emails.map((email) =>
        api().request(
          "/api/auth/signup",
          jsonInit("POST", { email, password: PASSWORD, name: "B" }, { "cf-connecting-ip": ip }),
        ),
      ),
    );
    expect(tally(rs)).toEqual({ 201: LIMIT.signupByIp, 429: 3 });
    const rows = (await sql.query("select count(*)::int as n from users where email = any($1)", [emails])) as {
      n: number;
    }[];
    expect(rows[0]!.n).toBe(LIMIT.signupByIp);
  });
});

describe("rate limits: answers, windows, identifiers", () => {
  it("429 carries Retry-After and the RateLimit headers; allowed answers carry the RateLimit headers too", async () => {
    const ip = uniqueIp();
    const seen: Response[] = [];
    for (let i = 0; i < LIMIT.verifyByIp + 1; i++) {
      seen.push(
        await api().request(
          "/api/auth/verify-email",
          jsonInit("POST", { token: "C".repeat(43) }, { "cf-connecting-ip": ip }),
        ),
      );
    }
    expect(statuses(seen)).toEqual([...Array(LIMIT.verifyByIp).fill(400), 429]);
    const policy = { policy: "verify-email-ip", q: LIMIT.verifyByIp, w: WINDOW_SECONDS };
    expect(seen[0]!.headers.get("ratelimit-policy")).toBe(
      `"verify-email-ip";q=${LIMIT.verifyByIp};w=${WINDOW_SECONDS}`,
    );
    expect(seen[0]!.headers.get("ratelimit")).toMatch(
      new RegExp(`^"verify-email-ip";r=${LIMIT.verifyByIp - 1};t=\\d+$`),
    );
    expect(seen.slice(0, -1).map((r) => shownLimits(r).map(({ t, ...rest }) => rest))).toEqual(
      Array.from({ length: LIMIT.verifyByIp }, (_, i) => [{ ...policy, r: LIMIT.verifyByIp - 1 - i }]),
    );
    const limited = seen.at(-1)!;
    const retry = Number(limited.headers.get("retry-after"));
    expect(retry).toBeGreaterThan(0);
    expect(retry).toBeLessThanOrEqual(WINDOW_SECONDS);
    expect(shownLimits(limited)).toEqual([{ ...policy, r: 0, t: retry }]);
    expect(await errorOf(limited)).toMatchObject({ code: "rate_limited" });
  });

  it("an answer lists every limit it was counted against, tightest first; the account-wide one never", async () => {
    const u = await signUp(api());
    const res = await api().request(
      "/api/auth/login",
      jsonInit("POST", { email: u.email, password: "not the password" }, { "cf-connecting-ip": uniqueIp() }),
    );
    expect(res.status).toBe(401);
    expect(shownLimits(res).map(({ t, ...rest }) => rest)).toEqual([
      { policy: "login-email-ip", q: LIMIT.loginByEmailNet, w: WINDOW_SECONDS, r: LIMIT.loginByEmailNet - 1 },
      { policy: "login-ip", q: LIMIT.loginByIp, w: WINDOW_SECONDS, r: LIMIT.loginByIp - 1 },
    ]);
    for (const { t } of shownLimits(res)) expect(t).toBeGreaterThan(WINDOW_SECONDS - 60);
  });

  it("a limited login is refused after ONE round trip: no hashing, no session, no rehash", async () => {
    const u = await signUp(api());
    const ip = uniqueIp();
    await sql.query(
      "insert into rate_limit_log (identifier, endpoint, attempts, reset_at) values ($1, 'login', $2, now() + interval '10 minutes')",
      [`ip:${clientNetwork(ip)}`, LIMIT.loginByIp],
    );
    const t = api();
    const res = await t.request(
      "/api/auth/login",
      jsonInit("POST", { email: u.email, password: PASSWORD }, { "cf-connecting-ip": ip }),
    );
    expect(res.status).toBe(429);
    expect(await t.roundTrips()).toBe(1);
    const n = (await sql.query("select count(*)::int as n from auth_sessions where user_id = $1", [u.user.id])) as {
      n: number;
    }[];
    expect(n[0]!.n).toBe(1);
  });

  it("an expired window restarts at 1 in the same upsert (clock moved in SQL)", async () => {
    const ip = uniqueIp();
    const identifier = `ip:${clientNetwork(ip)}`;
    await sql.query(
      "insert into rate_limit_log (identifier, endpoint, attempts, reset_at) values ($1, 'verify-email', 99, now() + interval '5 minutes')",
      [identifier],
    );
    const verify = () =>
      api().request("/api/auth/verify-email", jsonInit("POST", { token: "D".repeat(43) }, { "cf-connecting-ip": ip }));
    expect((await verify()).status).toBe(429);
    await sql.query("update rate_limit_log set reset_at = now() - interval '1 second' where identifier = $1", [
      identifier,
    ]);
    const res = await verify();
    expect(res.status).toBe(400);
    expect(shownLimits(res).map((l) => l.r)).toEqual([LIMIT.verifyByIp - 1]);
    const [row] = (await sql.query(
      "select attempts, extract(epoch from reset_at - now()) as left from rate_limit_log where identifier = $1 and endpoint = 'verify-email'",
      [identifier],
    )) as { attempts: number; left: string }[];
    expect(row!.attempts).toBe(1);
    expect(Number(row!.left)).toBeGreaterThan(WINDOW_SECONDS - 60);
  });

  it("emails are counted by a keyed hash (HMAC with AUTH_SECRET, normalised), never raw or by a plain SHA-256; IPs by network", async () => {
    const email = uniqueEmail("Counted");
    const ip = uniqueIp();
    await api().request(
      "/api/auth/forgot-password",
      jsonInit("POST", { email: `  ${email.toUpperCase()}  ` }, { "cf-connecting-ip": ip }),
    );
    await api().request("/api/auth/forgot-password", jsonInit("POST", { email }, { "cf-connecting-ip": ip }));
    const keyed = createHmac("sha256", env.AUTH_SECRET).update(`email\0${email.toLowerCase()}`).digest("hex");
    const rows = (await sql.query(
      "select identifier, attempts from rate_limit_log where endpoint = 'forgot-password' and identifier in ($1, $2) order by identifier",
      [`email:${keyed}`, `ip:${clientNetwork(ip)}`],
    )) as { identifier: string; attempts: number }[];
    expect(rows).toEqual([
      { identifier: `email:${keyed}`, attempts: 2 },
      { identifier: `ip:${clientNetwork(ip)}`, attempts: 2 },
    ]);
    const plain = createHash("sha256").update(email.toLowerCase()).digest("hex");
    const leaked = (await sql.query(
      "select count(*)::int as n from rate_limit_log where identifier ilike $1 or identifier like $2",
      [`%${email.split("@")[0]}%`, `%${plain}%`],
    )) as { n: number }[];
    expect(leaked[0]!.n).toBe(0);
  });

  it("resend is limited per user as well as per IP: 3 per user, then 5 per network across users", async () => {
    // Per user: one user, each request from a fresh network (so only the user's counter can refuse).
    const u = await signUp(api());
    const rs: Response[] = [];
    for (let i = 0; i < LIMIT.resendByUser + 1; i++) {
      rs.push(await api().request("/api/auth/verify-email/resend", { method: "POST", headers: u.auth }));
    }
    expect(statuses(rs)).toEqual([...Array(LIMIT.resendByUser).fill(202), 429]);
    // Per network: one request per (unverified) user, all from one network: the per-user counters
    // stay at 1, so only the network's counter can refuse the sixth.
    const ip = uniqueIp();
    const fromIp: Response[] = [];
    for (let i = 0; i < LIMIT.resendByIp + 1; i++) {
      const v = await unverifiedUser();
      fromIp.push(
        await api().request("/api/auth/verify-email/resend", {
          method: "POST",
          headers: { ...v.auth, "cf-connecting-ip": ip },
        }),
      );
    }
    expect(fromIp.map((r) => r.status)).toEqual([...Array(LIMIT.resendByIp).fill(202), 429]);
    expect((await errorOf(fromIp.at(-1)!)).code).toBe("rate_limited");
  });

  it("the limiter and the write it guards share one round trip, and a refused request writes nothing", async () => {
    // verify-email: the IP's window used up with bad tokens, then a VALID token from that IP.
    const u = await signUp(api());
    const token = await tokenFromMail(u.email, "/verify-email");
    const ip = uniqueIp();
    for (let i = 0; i < LIMIT.verifyByIp; i++) {
      await api().request(
        "/api/auth/verify-email",
        jsonInit("POST", { token: "D".repeat(43) }, { "cf-connecting-ip": ip }),
      );
    }
    const t = api();
    const refused = await t.request("/api/auth/verify-email", jsonInit("POST", { token }, { "cf-connecting-ip": ip }));
    expect(refused.status).toBe(429);
    expect(await t.roundTrips()).toBe(1);
    const [row] = (await sql.query(
      "select email_verified as v, email_verification_token_hash as h from users where id = $1",
      [u.user.id],
    )) as { v: boolean; h: string | null }[];
    expect(row).toEqual({ v: false, h: hashToken(token) });

    // resend past the per-user limit: the stored token stays the last one mailed, no new mail.
    for (let i = 0; i < LIMIT.resendByUser; i++) {
      expect((await api().request("/api/auth/verify-email/resend", { method: "POST", headers: u.auth })).status).toBe(
        202,
      );
    }
    const mailed = await tokenFromMail(u.email, "/verify-email");
    const mails = (await mailsTo(u.email)).length;
    const tr = api();
    expect((await tr.request("/api/auth/verify-email/resend", { method: "POST", headers: u.auth })).status).toBe(429);
    expect(await tr.roundTrips()).toBe(1);
    const [after] = (await sql.query("select email_verification_token_hash as h from users where id = $1", [
      u.user.id,
    ])) as { h: string }[];
    expect(after!.h).toBe(hashToken(mailed));
    expect(await mailsTo(u.email)).toHaveLength(mails);
  });

  it("change-password / DELETE me re-authentication is limited per user", async () => {
    const u = await signUp(api());
    await sql.query(
      "insert into rate_limit_log (identifier, endpoint, attempts, reset_at) values ($1, 'reauthenticate', $2, now() + interval '10 minutes')",
      [`user:${u.user.id}`, LIMIT.reauthByUser],
    );
    const t = api();
    const res = await t.request("/api/me", jsonInit("DELETE", { password: PASSWORD }, u.auth));
    expect(res.status).toBe(429);
    expect(await t.roundTrips()).toBe(1);
    const change = await api().request(
      "/api/auth/change-password",
      jsonInit("POST", { currentPassword: PASSWORD, newPassword: "whatever 12345" }, u.auth),
    );
    expect(change.status).toBe(429);
    expect((await api().request("/api/me", { headers: u.auth })).status).toBe(200);
  });
});

describe("every per-IP and per-email rule refuses at its documented number", () => {
  it(`reset-password: ${LIMIT.resetByIp} attempts per network, then 429 even with a valid token (nothing changes)`, async () => {
    const u = await signUp(api());
    await api().request("/api/auth/forgot-password", jsonInit("POST", { email: u.email }));
    const token = await tokenFromMail(u.email, "/reset-password");
    const ip = uniqueIp();
    const bad: number[] = [];
    for (let i = 0; i < LIMIT.resetByIp; i++) {
      const res = await api().request(
        "/api/auth/reset-password",
        jsonInit("POST", { token: "F".repeat(43), password: "never stored 12" }, { "cf-connecting-ip": ip }),
      );
      bad.push(res.status);
    }
    expect(bad).toEqual(Array(LIMIT.resetByIp).fill(400));
    const before = await sql.query("select password_hash, password_reset_token_hash from users where id = $1", [
      u.user.id,
    ]);
    const refused = await api().request(
      "/api/auth/reset-password",
      jsonInit("POST", { token, password: "never stored 12" }, { "cf-connecting-ip": ip }),
    );
    expect(refused.status).toBe(429);
    expect((await errorOf(refused)).code).toBe("rate_limited");
    expect(
      await sql.query("select password_hash, password_reset_token_hash from users where id = $1", [u.user.id]),
    ).toEqual(before);
  });

  it(`forgot-password: ${LIMIT.forgotByIp} requests per network (any emails), then 429`, async () => {
    const ip = uniqueIp();
    const rs: number[] = [];
    for (let i = 0; i < LIMIT.forgotByIp + 1; i++) {
      // A new email each time: only the network's counter can refuse.
      rs.push(
        (
          await api().request(
            "/api/auth/forgot-password",
            jsonInit("POST", { email: uniqueEmail("fip") }, { "cf-connecting-ip": ip }),
          )
        ).status,
      );
    }
    expect(rs).toEqual([...Array(LIMIT.forgotByIp).fill(202), 429]);
  });

  it(`signup: ${LIMIT.signupByEmail} attempts per email (from any networks), then 429`, async () => {
    const email = uniqueEmail("sbe");
    const rs: number[] = [];
    for (let i = 0; i < LIMIT.signupByEmail + 1; i++) {
      // A fresh network each time (api() default): only the email's counter can refuse.
      rs.push(
        (await api().request("/api/auth/signup", jsonInit("POST", { email, password: PASSWORD, name: "E" }))).status,
      );
    }
    expect(rs).toEqual([201, ...Array(LIMIT.signupByEmail - 1).fill(409), 429]);
  });
});

describe("database unreachable: auth fails closed (503), never open", () => {
  const endpoints = async () => {
    const u = await signUp(api());
    return [
      ["signup", "/api/auth/signup", jsonInit("POST", { email: uniqueEmail(), password: PASSWORD, name: "X" })],
      ["login", "/api/auth/login", jsonInit("POST", { email: u.email, password: PASSWORD })],
      ["forgot-password", "/api/auth/forgot-password", jsonInit("POST", { email: u.email })],
      ["reset-password", "/api/auth/reset-password", jsonInit("POST", { token: "E".repeat(43), password: PASSWORD })],
      ["verify-email", "/api/auth/verify-email", jsonInit("POST", { token: "E".repeat(43) })],
      ["resend", "/api/auth/verify-email/resend", { method: "POST", headers: u.auth }],
      [
        "change-password",
        "/api/auth/change-password",
        jsonInit("POST", { currentPassword: PASSWORD, newPassword: "abcdefgh1" }, u.auth),
      ],
      ["logout", "/api/auth/logout", { method: "POST", headers: u.auth }],
      ["me", "/api/me", { headers: u.auth }],
      ["sessions", "/api/me/sessions", { headers: u.auth }],
    ] as const;
  };

  it.each([
    ["HTTP 500 from the endpoint", { status: 500 }],
    ["connection dropped", { drop: true }],
  ])("%s: every auth endpoint answers 503 database_unavailable", async (_n, fault) => {
    for (const [name, path, init] of await endpoints()) {
      const t = api();
      await t.fault({ ...fault, times: -1 });
      const res = await t.request(path, init);
      expect([name, res.status]).toEqual([name, 503]);
      expect((await errorOf(res)).code).toBe("database_unavailable");
      expect(res.headers.get("retry-after")).not.toBeNull();
      expect(res.headers.get("set-cookie")).toBeNull();
    }
  });

  it("a failure after the limiter passed (session insert) still refuses the login: no token, no session", async () => {
    const u = await signUp(api());
    const errors = vi.spyOn(console, "error");
    const t = api();
    await t.fault({ status: 500, match: 'insert into "auth_sessions"' });
    const res = await t.request("/api/auth/login", jsonInit("POST", { email: u.email, password: PASSWORD }));
    expect(res.status).toBe(503);
    expect(JSON.stringify(await res.json())).not.toContain("token");
    const n = (await sql.query("select count(*)::int as n from auth_sessions where user_id = $1", [u.user.id])) as {
      n: number;
    }[];
    expect(n[0]!.n).toBe(1);
    // The error log carries neither the statement's parameters nor the email.
    const logged = errors.mock.calls.map((c) => String(c[0])).join("\n");
    expect(logged).toContain("database_unavailable");
    expect(logged).not.toContain(u.email);
    expect(logged).not.toContain("$scrypt$");
  });
});
