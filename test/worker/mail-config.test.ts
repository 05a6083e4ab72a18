import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { ConfigError, getConfig } from "../../src/config";
import { api, errorOf, PASSWORD, postJson, uniqueEmail } from "./helpers";

const base = {
  DATABASE_URL: "postgres://u:p@db.example/x",
  APP_URL: "https://app.example.com",
  AUTH_SECRET: "a".repeat(32),
};

function issuesOf(bindings: Record<string, string | undefined>): string[] {
  try {
    getConfig({ ...bindings });
    return [];
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return (err as ConfigError).issues;
  }
}

describe("mail configuration", () => {
  it("console needs nothing else; the Resend URL defaults to the real API", () => {
    const c = getConfig({ ...base, MAIL_PROVIDER: "console" });
    expect(c.MAIL_PROVIDER).toBe("console");
    expect(c.MAIL_API_URL).toBe("https://api.resend.com");
  });

  it("resend requires RESEND_API_KEY and MAIL_FROM, named in the error", () => {
    const issues = issuesOf({ ...base, MAIL_PROVIDER: "resend" });
    expect(issues).toEqual([
      "RESEND_API_KEY is required when MAIL_PROVIDER=resend",
      "MAIL_FROM is required when MAIL_PROVIDER=resend",
    ]);
    expect(issuesOf({ ...base, MAIL_PROVIDER: "resend", RESEND_API_KEY: "re_x", MAIL_FROM: "Spec <a@b.co>" })).toEqual(
      [],
    );
  });

  it("a missing or unknown provider and a bad sender are refused with a clear message", () => {
    expect(issuesOf(base)[0]).toMatch(/^MAIL_PROVIDER must be "console" .* or "resend"/);
    expect(issuesOf({ ...base, MAIL_PROVIDER: "smtp" })[0]).toMatch(/^MAIL_PROVIDER must be/);
    expect(issuesOf({ ...base, MAIL_PROVIDER: "resend", RESEND_API_KEY: "k", MAIL_FROM: "not an address" })[0]).toMatch(
      /^MAIL_FROM must be an address/,
    );
    expect(issuesOf({ ...base, MAIL_PROVIDER: "console", MAIL_API_URL: "ftp://x" })[0]).toMatch(/^MAIL_API_URL/);
  });

  it("a misconfigured mailer fails requests loudly (500 server_misconfigured), not silently", async () => {
    const t = api({ MAIL_PROVIDER: undefined });
    const res = await t.request("/api/auth/signup", postJson({ email: uniqueEmail(), password: PASSWORD, name: "N" }));
    expect(res.status).toBe(500);
    expect((await errorOf(res)).code).toBe("server_misconfigured");
    expect(await t.roundTrips()).toBe(0);
  });

  it("the test worker really sends through the HTTP provider to the sink", () => {
    expect(env.MAIL_PROVIDER).toBe("resend");
    expect(env.MAIL_API_URL).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });
});
