// Secrets never leave: over a full account flow (signup, verify, login, forgot, reset, change
// password, sessions, logout, plus failures), every response body and header and every log line is
// searched for the passwords, the password hashes, the session tokens and their hashes, and the
// verification and reset tokens, their hashes and links. A session token may appear only in the
// response that issued it (body and Set-Cookie); nothing else may carry any of them.
import { afterEach, beforeEach, describe, expect, it, type MockInstance, vi } from "vitest";
import { hashToken } from "../../../src/platform/auth/tokens";
import { api, jsonInit, mailsTo, sql, tokenFromMail, uniqueEmail } from "../helpers";

const METHODS = ["log", "info", "warn", "error", "debug"] as const;
let spies: MockInstance[] = [];
let logged: string[] = [];

beforeEach(() => {
  logged = [];
  spies = METHODS.map((m) =>
    vi.spyOn(console, m).mockImplementation((...args: unknown[]) => {
      logged.push(args.map((a) => (typeof a === "string" ? a : JSON.stringify(a))).join(" "));
    }),
  );
});
afterEach(() => {
  for (const s of spies) s.mockRestore();
});

interface Seen {
  step: string;
  text: string;
  /** The session token this response issued, if any (allowed in this response only). */
  issued?: string;
}

describe("secrets in responses and logs", () => {
  it("a full flow with verification and reset: no secret in any response (but its own issued token) or log line", async () => {
    const t = api();
    const email = uniqueEmail("secret");
    const passwords = ["first secret pass 1", "second secret pass 2", "third secret pass 3"];
    const seen: Seen[] = [];
    const tokens: string[] = [];

    async function step(name: string, path: string, init: RequestInit = {}): Promise<Response> {
      const res = await t.request(path, init);
      const body = await res.clone().text();
      const headers = [...res.headers].map(([k, v]) => `${k}: ${v}`).join("\n");
      let issued: string | undefined;
      try {
        const parsed = JSON.parse(body) as { session?: { token?: string }; secret?: string };
        issued = parsed.session?.token ?? parsed.secret;
      } catch {}
      if (issued) tokens.push(issued);
      seen.push({ step: name, text: `${headers}\n${body}`, issued });
      return res;
    }
    const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

    expect(
      (await step("signup", "/api/auth/signup", jsonInit("POST", { email, password: passwords[0], name: "S" }))).status,
    ).toBe(201);
    const session1 = tokens[0]!;
    const verifyToken = await tokenFromMail(email, "/verify-email");
    expect(
      (await step("verify wrong", "/api/auth/verify-email", jsonInit("POST", { token: `${verifyToken}x` }))).status,
    ).toBe(400);
    expect((await step("verify", "/api/auth/verify-email", jsonInit("POST", { token: verifyToken }))).status).toBe(200);
    expect(
      (await step("login wrong", "/api/auth/login", jsonInit("POST", { email, password: passwords[1] }))).status,
    ).toBe(401);
    expect((await step("login", "/api/auth/login", jsonInit("POST", { email, password: passwords[0] }))).status).toBe(
      200,
    );
    const session2 = tokens[1]!;
    expect((await step("me", "/api/me", { headers: bearer(session2) })).status).toBe(200);
    expect((await step("sessions", "/api/me/sessions", { headers: bearer(session2) })).status).toBe(200);
    expect((await step("forgot", "/api/auth/forgot-password", jsonInit("POST", { email }))).status).toBe(202);
    const resetToken = await tokenFromMail(email, "/reset-password");
    expect(
      (await step("reset weak", "/api/auth/reset-password", jsonInit("POST", { token: resetToken, password: "short" })))
        .status,
    ).toBe(400);
    expect(
      (await step("reset", "/api/auth/reset-password", jsonInit("POST", { token: resetToken, password: passwords[1] })))
        .status,
    ).toBe(204);
    expect(
      (
        await step(
          "reset reused",
          "/api/auth/reset-password",
          jsonInit("POST", { token: resetToken, password: passwords[2] }),
        )
      ).status,
    ).toBe(400);
    expect((await step("old session", "/api/me", { headers: bearer(session1) })).status).toBe(401);
    expect(
      (await step("login new", "/api/auth/login", jsonInit("POST", { email, password: passwords[1] }))).status,
    ).toBe(200);
    const session3 = tokens[2]!;
    expect(
      (
        await step(
          "change wrong",
          "/api/auth/change-password",
          jsonInit("POST", { currentPassword: passwords[0], newPassword: passwords[2] }, bearer(session3)),
        )
      ).status,
    ).toBe(403);
    expect(
      (
        await step(
          "change",
          "/api/auth/change-password",
          jsonInit("POST", { currentPassword: passwords[1], newPassword: passwords[2] }, bearer(session3)),
        )
      ).status,
    ).toBe(200);
    // An API key: created (its secret in that answer only), listed, used, refused, revoked.
    const created = await step(
      "key create",
      "/api/me/keys",
      jsonInit("POST", { name: "agent", scopes: ["projects:read"], password: passwords[2] }, bearer(session3)),
    );
    expect(created.status).toBe(201);
    const { key, secret: apiKey } = (await created.json()) as { key: { id: string }; secret: string };
    tokens.pop(); // the key's secret is checked under its own name below
    expect((await step("key list", "/api/me/keys", { headers: bearer(session3) })).status).toBe(200);
    expect((await step("key use", "/api/projects", { headers: bearer(apiKey) })).status).toBe(200);
    expect(
      (await step("key scope", "/api/projects", jsonInit("POST", { name: "No scope" }, bearer(apiKey)))).status,
    ).toBe(403);
    expect((await step("key account", "/api/me", { headers: bearer(apiKey) })).status).toBe(401);
    expect(
      (await step("key revoke", `/api/me/keys/${key.id}`, { method: "DELETE", headers: bearer(session3) })).status,
    ).toBe(204);
    expect((await step("key revoked", "/api/projects", { headers: bearer(apiKey) })).status).toBe(401);
    // A database failure's log line (5xx) must not carry the statement's parameters either.
    await t.fault({ status: 500 });
    expect((await step("db down", "/api/auth/login", jsonInit("POST", { email, password: passwords[2] }))).status).toBe(
      503,
    );
    expect((await step("logout", "/api/auth/logout", { method: "POST", headers: bearer(session3) })).status).toBe(204);

    const [row] = (await sql.query("select password_hash from users where email = $1", [email])) as {
      password_hash: string;
    }[];
    const mails = await mailsTo(email);
    expect(mails.length).toBeGreaterThanOrEqual(2);
    const links = mails.flatMap((m) => m.text.match(/https?:\/\/\S+token=\S+/g) ?? []);
    expect(links.length).toBeGreaterThanOrEqual(2);

    const secrets: Record<string, string> = {
      "password 1": passwords[0]!,
      "password 2": passwords[1]!,
      "password 3": passwords[2]!,
      "password hash": row!.password_hash,
      "scrypt marker": "$scrypt$",
      "verification token": verifyToken,
      "verification token hash": hashToken(verifyToken),
      "reset token": resetToken,
      "reset token hash": hashToken(resetToken),
      "API key": apiKey,
      "API key hash": hashToken(apiKey),
      ...Object.fromEntries(links.map((l, i) => [`mail link ${i}`, l])),
      ...Object.fromEntries(
        tokens.flatMap((tk, i) => [
          [`session ${i}`, tk],
          [`session ${i} hash`, hashToken(tk)],
        ]),
      ),
    };

    for (const s of seen) {
      for (const [name, secret] of Object.entries(secrets)) {
        if (s.issued && secret === s.issued) continue; // the response that issued a session carries it, once
        expect(s.text.includes(secret), `${name} in the response to "${s.step}"`).toBe(false);
      }
    }
    expect(logged.length).toBeGreaterThanOrEqual(seen.length);
    const allLogs = logged.join("\n");
    for (const [name, secret] of Object.entries(secrets)) {
      expect(allLogs.includes(secret), `${name} in the logs`).toBe(false);
    }
    expect(allLogs).not.toContain(email);
    expect(allLogs).not.toMatch(/token=/);
  }, 30_000);
});
