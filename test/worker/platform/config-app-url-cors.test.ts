// APP_URL and CORS_ORIGINS (src/platform/config.ts): a missing or invalid one is a clear error naming it
// (500 server_misconfigured through the app), never a silent default.
import { describe, expect, it } from "vitest";
import { api, configIssues, errorOf } from "../helpers";

async function misconfigured(overrides: Record<string, unknown>) {
  const res = await api(overrides).request("/health/db", undefined, { skipContract: "misconfigured on purpose" });
  expect(res.status).toBe(500);
  return errorOf(res);
}

describe("APP_URL", () => {
  it.each([
    ["missing", undefined],
    ["empty", ""],
    ["not a URL", "app.specdrive.test"],
    ["not http(s)", "ftp://app.specdrive.test"],
  ])("%s: 500 server_misconfigured naming APP_URL", async (_n, value) => {
    const e = await misconfigured({ APP_URL: value });
    expect(e.code).toBe("server_misconfigured");
    expect(e.message).toContain("APP_URL");
  });
});

describe("CORS_ORIGINS", () => {
  it.each([
    ["a URL with a path", "https://a.example/app"],
    ["not a URL", "a.example"],
    ["one bad among good ones", "https://a.example, nope"],
  ])("%s: 500 server_misconfigured naming CORS_ORIGINS and the bad entry", async (_n, value) => {
    const e = await misconfigured({ CORS_ORIGINS: value });
    expect(e.code).toBe("server_misconfigured");
    expect(e.message).toContain("CORS_ORIGINS");
    expect(e.message).toContain(value.split(",").at(-1)!.trim());
  });

  it("missing: only APP_URL's origin is trusted", async () => {
    const res = await api({ CORS_ORIGINS: undefined }).request("/health", {
      headers: { origin: "https://app.specdrive.test" },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("access-control-allow-origin")).toBe("https://app.specdrive.test");
  });
});

// The https rule: APP_URL, API_URL, CORS_ORIGINS (and MAIL_API_URL, which receives the mail API key) must use https; plain
// http only for localhost / 127.0.0.1 in development. A bad value is a clear 500 server_misconfigured.
const base = {
  DATABASE_URL: "postgres://u:p@db.example/x",
  APP_URL: "https://app.example.com",
  MAIL_PROVIDER: "console",
  AUTH_SECRET: "a-test-secret-of-at-least-32-characters",
};

describe("APP_URL: the issue named by getConfig", () => {
  it("missing or not a URL: named in the error", () => {
    expect(configIssues({ ...base, APP_URL: undefined })).toEqual(["APP_URL is not set"]);
    expect(configIssues({ ...base, APP_URL: "app.example.com" })).toEqual(["APP_URL must be an http(s) URL"]);
    expect(configIssues({ ...base, APP_URL: "ftp://app.example.com" })).toEqual(["APP_URL must be an http(s) URL"]);
  });

  it("http to any other host is refused; https anywhere and http on localhost / 127.0.0.1 pass", () => {
    for (const url of ["http://app.example.com", "http://10.0.0.5:8787", "http://localhost.example.com"]) {
      expect(configIssues({ ...base, APP_URL: url }), url).toEqual([
        "APP_URL must use https (plain http only for localhost or 127.0.0.1)",
      ]);
    }
    for (const url of ["https://app.example.com", "http://localhost:5173", "http://127.0.0.1:8787/app"]) {
      expect(configIssues({ ...base, APP_URL: url }), url).toEqual([]);
    }
  });
});

describe("CORS_ORIGINS: the issue named by getConfig", () => {
  it("every origin must be https, or http on localhost / 127.0.0.1", () => {
    expect(configIssues({ ...base, CORS_ORIGINS: "https://a.example, http://b.example" })).toEqual([
      'CORS_ORIGINS "http://b.example" must use https (plain http only for localhost or 127.0.0.1)',
    ]);
    expect(
      configIssues({ ...base, CORS_ORIGINS: "https://a.example, http://localhost:3000, http://127.0.0.1:5173" }),
    ).toEqual([]);
    expect(configIssues({ ...base, CORS_ORIGINS: "https://a.example/path" })).toEqual([
      'CORS_ORIGINS "https://a.example/path" is not an origin like https://app.example.com',
    ]);
  });
});

describe("MAIL_API_URL", () => {
  it("carries the API key: https, or http on the local machine (the tests' sink)", () => {
    expect(configIssues({ ...base, MAIL_API_URL: "http://mail.example.com" })).toEqual([
      "MAIL_API_URL must use https (plain http only for localhost or 127.0.0.1)",
    ]);
    expect(configIssues({ ...base, MAIL_API_URL: "http://127.0.0.1:9999" })).toEqual([]);
  });
});

describe("API_URL", () => {
  it("where clients send their token: https, or http on the local machine", () => {
    expect(configIssues({ ...base, API_URL: "http://api.example.com" })).toEqual([
      "API_URL must use https (plain http only for localhost or 127.0.0.1)",
    ]);
    expect(configIssues({ ...base, API_URL: "https://api.example.com" })).toEqual([]);
    expect(configIssues({ ...base, API_URL: "http://localhost:8787" })).toEqual([]);
  });
});

describe("at request time", () => {
  it("an http APP_URL on a public host answers 500 server_misconfigured, naming it, with no round trip", async () => {
    const t = api({ APP_URL: "http://app.example.com" });
    // A public route that reads the configuration (a signed-in one answers 401 first without a credential).
    const res = await t.request("/health/db");
    expect(res.status).toBe(500);
    const err = await errorOf(res);
    expect(err.code).toBe("server_misconfigured");
    expect(err.message).toContain("APP_URL must use https");
    expect(await t.roundTrips()).toBe(0);
  });
});
