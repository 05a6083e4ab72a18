import { env } from "cloudflare:test";
import { describe, expect, it, vi } from "vitest";
import { getConfig } from "../../../src/platform/config";
import { api, configIssues, errorOf, jsonInit, mailsTo, PASSWORD, uniqueEmail } from "../helpers";

const base = {
  DATABASE_URL: "postgres://u:p@db.example/x",
  APP_URL: "https://app.example.com",
  AUTH_SECRET: "a".repeat(32),
};

describe("mail configuration", () => {
  it("console needs nothing else; the Resend URL defaults to the real API", () => {
    const c = getConfig({ ...base, MAIL_PROVIDER: "console" });
    expect(c.MAIL_PROVIDER).toBe("console");
    expect(c.MAIL_API_URL).toBe("https://api.resend.com");
  });

  it("resend requires RESEND_API_KEY and MAIL_FROM, named in the error", () => {
    const issues = configIssues({ ...base, MAIL_PROVIDER: "resend" });
    expect(issues).toEqual([
      "RESEND_API_KEY is required when MAIL_PROVIDER=resend",
      "MAIL_FROM is required when MAIL_PROVIDER=resend",
    ]);
    expect(
      configIssues({ ...base, MAIL_PROVIDER: "resend", RESEND_API_KEY: "re_x", MAIL_FROM: "Spec <a@b.co>" }),
    ).toEqual([]);
  });

  it("a missing or unknown provider and a bad sender are refused with a clear message", () => {
    expect(configIssues(base)[0]).toMatch(/^MAIL_PROVIDER must be "console" .* or "resend"/);
    expect(configIssues({ ...base, MAIL_PROVIDER: "smtp" })[0]).toMatch(/^MAIL_PROVIDER must be/);
    expect(
      configIssues({ ...base, MAIL_PROVIDER: "resend", RESEND_API_KEY: "k", MAIL_FROM: "not an address" })[0],
    ).toMatch(/^MAIL_FROM must be an address/);
    expect(configIssues({ ...base, MAIL_PROVIDER: "console", MAIL_API_URL: "ftp://x" })[0]).toMatch(/^MAIL_API_URL/);
  });

  it("a misconfigured mailer fails requests loudly (500 server_misconfigured), not silently", async () => {
    const t = api({ MAIL_PROVIDER: undefined });
    const res = await t.request(
      "/api/auth/signup",
      jsonInit("POST", { email: uniqueEmail(), password: PASSWORD, name: "N" }),
    );
    expect(res.status).toBe(500);
    expect((await errorOf(res)).code).toBe("server_misconfigured");
    expect(await t.roundTrips()).toBe(0);
  });

  it("the test worker really sends through the HTTP provider to the sink, which takes only the right key", async () => {
    expect(env.MAIL_PROVIDER).toBe("resend");
    // The sink refuses as Resend does: no key 401, a wrong key 403 (tools/mail-sink.ts).
    const mail = { from: "Spec Drive <no-reply@specdrive.test>", to: ["k@example.test"], subject: "s", text: "t" };
    const direct = (authorization?: string) =>
      fetch(`${env.MAIL_API_URL}/emails`, {
        method: "POST",
        headers: { "content-type": "application/json", ...(authorization ? { authorization } : {}) },
        body: JSON.stringify(mail),
      });
    expect((await direct()).status).toBe(401);
    expect(await (await direct("Bearer not-the-key")).json()).toMatchObject({
      statusCode: 403,
      name: "invalid_api_key",
    });
    // Through the app: with the configured key the verification mail arrives; with a wrong key the
    // provider refuses it, the failure is logged, and nothing arrives (the signup itself succeeds).
    const good = uniqueEmail();
    const ok = await api().request(
      "/api/auth/signup",
      jsonInit("POST", { email: good, password: PASSWORD, name: "N" }),
    );
    expect(ok.status).toBe(201);
    expect((await mailsTo(good)).map((m) => m.subject)).toHaveLength(1);
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      const bad = uniqueEmail();
      const res = await api({ RESEND_API_KEY: "wrong-key" }).request(
        "/api/auth/signup",
        jsonInit("POST", { email: bad, password: PASSWORD, name: "N" }),
      );
      expect(res.status).toBe(201);
      expect(await mailsTo(bad)).toEqual([]);
      const logged = errors.mock.calls.map((args) => JSON.parse(String(args[0])) as Record<string, unknown>);
      expect(logged).toContainEqual(
        expect.objectContaining({ event: "mail_send_failed", error: "MailSendError: mail provider answered HTTP 403" }),
      );
    } finally {
      errors.mockRestore();
    }
  });
});
