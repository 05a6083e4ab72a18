// What a stranger who knows an email can and cannot do to its owner (login lockout,
// reset-link flood), per-IP limits keyed by network (IPv6 /64), and what the owner is told.
// End to end over HTTP; each client address is its own cf-connecting-ip.

import { env } from "cloudflare:test";
import { createHmac } from "node:crypto";
import { describe, expect, it, vi } from "vitest";
import { clientNetwork } from "../../../src/platform/auth/client-network";
import { LIMIT, LOGIN_FAILURE_NOTICE_AT } from "../documented-limits";
import { api, jsonInit, mailsTo, PASSWORD, shownLimits, signUp, sql, tokenFromMail, uniqueIp } from "../helpers";

vi.setConfig({ testTimeout: 60_000 });

const from = (ip: string) => ({ "cf-connecting-ip": ip });
const login = (email: string, password: string, ip: string) =>
  api().request("/api/auth/login", jsonInit("POST", { email, password }, from(ip)));
const forgot = (email: string, ip: string) =>
  api().request("/api/auth/forgot-password", jsonInit("POST", { email }, from(ip)));
const overallKey = (email: string) =>
  `email:${createHmac("sha256", env.AUTH_SECRET).update(`email\0${email}`).digest("hex")}`;
/** Another address in the same /64 as `ip` (a uniqueIp()). */
const sameSlash64 = (ip: string, host: string) => `${ip.split(":").slice(0, 4).join(":")}::${host}`;

describe("login: a stranger cannot lock the owner out", () => {
  it("after 11 wrong guesses from one other address, then 11 from 11 other addresses, the owner signs in (200)", async () => {
    const owner = await signUp(api());
    const attacker = uniqueIp();
    const fromOne: number[] = [];
    for (let i = 0; i < 11; i++) fromOne.push((await login(owner.email, "wrong guess 1", attacker)).status);
    // The attacker's network is slowed to a halt: its 11th try is refused before any hashing.
    expect(fromOne).toEqual([...Array(LIMIT.loginByEmailNet).fill(401), 429]);
    const fromMany = await Promise.all(
      Array.from({ length: 11 }, () => login(owner.email, "wrong guess 2", uniqueIp()).then((r) => r.status)),
    );
    expect(fromMany).toEqual(Array(11).fill(401));

    const res = await login(owner.email, PASSWORD, uniqueIp());
    expect(res.status).toBe(200);
    // The owner's RateLimit headers show only the owner's own network, not the strangers' failures.
    expect(shownLimits(res).map((l) => [l.policy, l.r])).toEqual([
      ["login-email-ip", LIMIT.loginByEmailNet - 1],
      ["login-ip", LIMIT.loginByIp - 1],
    ]);
  });

  it("past the account-wide bound, networks that already failed are refused; a fresh one (the owner's) is not", async () => {
    const owner = await signUp(api());
    const attacker = uniqueIp();
    expect((await login(owner.email, "wrong guess", attacker)).status).toBe(401);
    // Everyone's failures on this email pushed past the overall bound (as a botnet would).
    await sql.query("update rate_limit_log set attempts = $2 where identifier = $1 and endpoint = 'login'", [
      overallKey(owner.email),
      LIMIT.loginByEmail + 50,
    ]);
    expect((await login(owner.email, "wrong guess", attacker)).status).toBe(429);
    expect((await login(owner.email, "wrong guess", uniqueIp())).status).toBe(401);
    expect((await login(owner.email, PASSWORD, uniqueIp())).status).toBe(200);
  });

  it("a success gives its attempt back: the owner logging in again and again is never limited per account", async () => {
    const owner = await signUp(api());
    const home = uniqueIp();
    for (let i = 0; i < LIMIT.loginByEmailNet + 2; i++) {
      const res = await login(owner.email, PASSWORD, home);
      expect(res.status).toBe(200);
    }
  });

  it(`the owner is told by email once failures reach ${LOGIN_FAILURE_NOTICE_AT} in a window`, async () => {
    const owner = await signUp(api());
    const notices = async () => (await mailsTo(owner.email)).filter((m) => m.subject.includes("Failed sign-in"));
    for (let i = 0; i < LOGIN_FAILURE_NOTICE_AT - 1; i++) await login(owner.email, "wrong", uniqueIp());
    expect(await notices()).toHaveLength(0);
    await login(owner.email, "wrong", uniqueIp());
    await login(owner.email, "wrong", uniqueIp());
    const sent = await notices();
    expect(sent).toHaveLength(1);
    expect(sent[0]!.text).toContain(`${LOGIN_FAILURE_NOTICE_AT} failed attempts`);
  });
});

describe("forgot-password: a flood never costs the owner a working link", () => {
  it("after a flood from one and from many networks, the owner asks and the link works", async () => {
    const owner = await signUp(api());
    const attacker = uniqueIp();
    const one: number[] = [];
    for (let i = 0; i < LIMIT.forgotByEmailNet + 2; i++) one.push((await forgot(owner.email, attacker)).status);
    expect(one).toEqual([...Array(LIMIT.forgotByEmailNet).fill(202), 429, 429]);
    const many = await Promise.all(
      Array.from({ length: LIMIT.forgotByEmail + 3 }, () => forgot(owner.email, uniqueIp()).then((r) => r.status)),
    );
    // Fresh networks are always served (their first request): the flood costs a network per mail.
    expect(many).toEqual(Array(LIMIT.forgotByEmail + 3).fill(202));

    expect((await forgot(owner.email, uniqueIp())).status).toBe(202);
    const token = await tokenFromMail(owner.email, "/reset-password");
    const reset = await api().request(
      "/api/auth/reset-password",
      jsonInit("POST", { token, password: "the owner's new passphrase" }),
    );
    expect(reset.status).toBe(204);
  });

  it("a link the owner already holds survives every later request; all of them mail that same link", async () => {
    const owner = await signUp(api());
    expect((await forgot(owner.email, uniqueIp())).status).toBe(202);
    const held = await tokenFromMail(owner.email, "/reset-password");
    for (let i = 0; i < 5; i++) await forgot(owner.email, uniqueIp());
    const links = (await mailsTo(owner.email)).filter((m) => m.text.includes("/reset-password?token="));
    expect(links).toHaveLength(6);
    expect(new Set(links.map((m) => m.text))).toEqual(new Set([links[0]!.text]));
    const reset = await api().request(
      "/api/auth/reset-password",
      jsonInit("POST", { token: held, password: "held link works 1" }),
    );
    expect(reset.status).toBe(204);
  });
});

describe("per-IP limits count an IPv6 /64 as one client", () => {
  it("networks: IPv4 as is, IPv6 by /64 whatever its spelling, IPv4-mapped as its IPv4", () => {
    expect(clientNetwork("203.0.113.7")).toBe("203.0.113.7");
    expect(clientNetwork("2001:db8:1:2::1")).toBe("2001:db8:1:2::/64");
    expect(clientNetwork("2001:0DB8:0001:0002:ffff:ffff:ffff:ffff")).toBe("2001:db8:1:2::/64");
    expect(clientNetwork("2001:db8:1:3::1")).toBe("2001:db8:1:3::/64");
    expect(clientNetwork("2001:db8::1")).toBe("2001:db8:0:0::/64");
    expect(clientNetwork("fe80::1%eth0")).toBe("fe80:0:0:0::/64");
    expect(clientNetwork("::ffff:198.51.100.7")).toBe("198.51.100.7");
    expect(clientNetwork("::ffff:c633:6407")).toBe("198.51.100.7");
    expect(clientNetwork(undefined)).toBe("unknown");
  });

  it("addresses in one /64 share a budget (compressed or not); the next /64 has its own", async () => {
    const base = uniqueIp();
    const spellings = [
      sameSlash64(base, "1"),
      `${base.split(":").slice(0, 4).join(":")}:ffff:ffff:ffff:fffe`,
      sameSlash64(base, "abcd").toUpperCase(),
      base,
      base
        .split(":")
        .map((h) => h.padStart(4, "0"))
        .join(":"),
    ];
    const verify = (ip: string) =>
      api().request("/api/auth/verify-email", jsonInit("POST", { token: "Z".repeat(43) }, from(ip)));
    const statuses: number[] = [];
    for (const ip of spellings) statuses.push((await verify(ip)).status);
    expect(statuses).toEqual(Array(LIMIT.verifyByIp).fill(400));
    expect((await verify(sameSlash64(base, "beef"))).status).toBe(429);
    const [a, b, c, d] = base.split(":").map((h) => Number.parseInt(h, 16));
    const nextSlash64 = `${[a, b, c, (d! + 1) & 0xffff].map((h) => h!.toString(16)).join(":")}::1`;
    expect((await verify(nextSlash64)).status).toBe(400);
  });

  it("an IPv4 client and its IPv4-mapped IPv6 form share a budget", async () => {
    const n = Number.parseInt(crypto.randomUUID().slice(0, 6), 16);
    const v4 = `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;
    const verify = (ip: string) =>
      api().request("/api/auth/verify-email", jsonInit("POST", { token: "Y".repeat(43) }, from(ip)));
    for (let i = 0; i < LIMIT.verifyByIp; i++) {
      expect((await verify(i % 2 ? v4 : `::ffff:${v4}`)).status).toBe(400);
    }
    expect((await verify(`::FFFF:${v4}`)).status).toBe(429);
  });
});
