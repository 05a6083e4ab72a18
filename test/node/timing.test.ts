// Timing side channels, measured where a clock is honest: inside workerd the clock only moves across
// I/O (CPU work such as scrypt reads as 0 ms), so this runs the real app in Node (app.request with an
// execution context, the production driver, the local Neon endpoint and the same database as the
// suite) and times each request with performance.now.
//
// Claims: login with an unknown email costs the same as login with a wrong password (both run one
// scrypt verification: DUMMY_HASH for the unknown one), and forgot-password answers a known and an
// unknown email in the same time (the mail leaves after the response, in waitUntil).
// Method: samples interleaved A/B/A/B (drift and neighbours' load hit both alike), unique client IPs
// and enough accounts that no rate limit answers early; compare MEDIANS. The margin is a fraction of
// the median plus a small absolute floor for the ms-scale forgot-password requests; each assertion
// also checks that the margin is far below the effect it must catch (a skipped hash costs a whole
// scrypt; a synchronous mail send costs a provider round trip, PROVIDER_MS at this file's own mail
// sink, timed through the app's mailer), so it is not vacuous.
import { randomUUID } from "node:crypto";
import { neon, neonConfig } from "@neondatabase/serverless";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { app } from "../../src/app";
import { DUMMY_HASH, hashPassword, verifyPassword } from "../../src/platform/auth/password";
import { HASH_GATE_DEFAULTS } from "../../src/platform/config";
import { resendMailer } from "../../src/platform/mail/resend";
import { type MailSink, startMailSink } from "../../tools/mail-sink";

/** A provider round trip, as the sink of this file answers it: the effect a synchronous mail send would add. */
const PROVIDER_MS = 40;
// Its own sink, slow as a provider (the suite's answers at once), so a send inside the response would show.
const sink: MailSink = await startMailSink({ apiKey: "test", delayMs: PROVIDER_MS });
afterAll(() => sink.close());

const env = {
  DATABASE_URL: "postgres://timing:pw@localhost/specdrive",
  NEON_FETCH_ENDPOINT: inject("neonEndpoint"),
  APP_URL: "https://app.specdrive.test",
  AUTH_SECRET: "timing-auth-secret-0123456789abcdef0123456789",
  MAIL_PROVIDER: "resend",
  RESEND_API_KEY: "test",
  MAIL_FROM: "Spec Drive <no-reply@specdrive.test>",
  MAIL_API_URL: sink.url,
  DB_TIMEOUT_MS: "15000",
};
neonConfig.fetchEndpoint = env.NEON_FETCH_ENDPOINT;
const sql = neon("postgres://timing-admin:pw@localhost/specdrive");

const PASSWORD = "timing test password 1";
const LOGIN_PAIRS = 30;
const FORGOT_PAIRS = 80;

let ip = 0;
const nextIp = () => `198.51.100.${(ip++ % 250) + 1}-${randomUUID().slice(0, 8)}`;

/** One request through the app; returns its wall time (ms) and status; waitUntil work is awaited afterwards, untimed. */
async function timed(path: string, body: unknown): Promise<{ ms: number; status: number }> {
  const pending: Promise<unknown>[] = [];
  const ctx = { waitUntil: (p: Promise<unknown>) => pending.push(p), passThroughOnException() {}, props: {} };
  const init = {
    method: "POST",
    headers: { "content-type": "application/json", "cf-connecting-ip": nextIp() },
    body: JSON.stringify(body),
  };
  const started = performance.now();
  const res = await app.request(path, init, env, ctx as never);
  await res.arrayBuffer();
  const ms = performance.now() - started;
  await Promise.allSettled(pending);
  return { ms, status: res.status };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) * p)] as number;
const summary = (xs: number[]) =>
  `median ${median(xs).toFixed(1)} ms (p10 ${pct(xs, 0.1).toFixed(1)}, p90 ${pct(xs, 0.9).toFixed(1)}, n ${xs.length})`;

async function accounts(n: number, passwordHash: string): Promise<string[]> {
  const emails = Array.from({ length: n }, () => `timing-${randomUUID()}@example.test`);
  await sql.query(
    "insert into users (email, password_hash, name, email_verified) select e, $2, 'Timing', true from unnest($1::text[]) e",
    [emails, passwordHash],
  );
  return emails;
}

let hash: string;
beforeAll(async () => {
  hash = await hashPassword(PASSWORD);
  // Warm up: module init, the driver's first connection, scrypt's first run.
  await timed("/api/auth/login", { email: `warm-${randomUUID()}@example.test`, password: PASSWORD });
}, 60_000);

describe("timing: a response's duration does not tell whether an account exists", () => {
  it("login: unknown email vs wrong password", async () => {
    // loginByEmail allows 10 per account per window: 6 accounts x 5 attempts.
    const known = await accounts(6, hash);
    const unknown: number[] = [];
    const wrong: number[] = [];
    for (let i = 0; i < LOGIN_PAIRS; i++) {
      const a = await timed("/api/auth/login", { email: `nobody-${randomUUID()}@example.test`, password: PASSWORD });
      const b = await timed("/api/auth/login", { email: known[i % known.length], password: "not the password 1" });
      expect([a.status, b.status]).toEqual([401, 401]);
      unknown.push(a.ms);
      wrong.push(b.ms);
    }
    // The effect a leak would show: one scrypt verification, timed here in the same process.
    const scrypt: number[] = [];
    for (let i = 0; i < 5; i++) {
      // Let the hashing gate reopen first (src/platform/auth/hash-gate.ts), so that only the hash is timed.
      await new Promise((r) => setTimeout(r, HASH_GATE_DEFAULTS.gapMs + 10));
      const t0 = performance.now();
      await verifyPassword("x", DUMMY_HASH);
      scrypt.push(performance.now() - t0);
    }
    const diff = Math.abs(median(unknown) - median(wrong));
    const margin = 0.2 * Math.max(median(unknown), median(wrong));
    console.info(
      `[timing] login unknown email: ${summary(unknown)}; wrong password: ${summary(wrong)}; ` +
        `|diff of medians| ${diff.toFixed(1)} ms, margin ${margin.toFixed(1)} ms; one scrypt: ${summary(scrypt)}`,
    );
    expect(margin).toBeLessThan(0.5 * median(scrypt)); // so a skipped hash (one whole scrypt) would fail the test
    expect(diff).toBeLessThan(margin);
  }, 120_000);

  it("forgot-password: known vs unknown email", async () => {
    // forgotByEmail allows 3 per account per window: one account per sample.
    const known = await accounts(FORGOT_PAIRS, "not-a-login-hash");
    const unknown: number[] = [];
    const existing: number[] = [];
    for (let i = 0; i < FORGOT_PAIRS; i++) {
      const a = await timed("/api/auth/forgot-password", { email: `nobody-${randomUUID()}@example.test` });
      const b = await timed("/api/auth/forgot-password", { email: known[i] });
      expect([a.status, b.status]).toEqual([202, 202]);
      unknown.push(a.ms);
      existing.push(b.ms);
    }
    // The effect a leak would show: one send to the provider (this file's sink), timed here.
    const mailer = resendMailer({ apiUrl: env.MAIL_API_URL, apiKey: env.RESEND_API_KEY, from: env.MAIL_FROM });
    const send: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now();
      await mailer.send({ to: "effect@example.test", subject: "s", text: "t", html: "<p>t</p>" });
      send.push(performance.now() - t0);
    }
    const diff = Math.abs(median(unknown) - median(existing));
    const margin = 0.25 * Math.max(median(unknown), median(existing)) + 1.5;
    console.info(
      `[timing] forgot-password unknown: ${summary(unknown)}; known: ${summary(existing)}; ` +
        `|diff of medians| ${diff.toFixed(1)} ms, margin ${margin.toFixed(1)} ms; one mail send: ${summary(send)}`,
    );
    expect(margin).toBeLessThan(0.5 * median(send)); // so a send before the response (one provider round trip) would fail the test
    expect(diff).toBeLessThan(margin);
  }, 120_000);
});
