// APP_URL and CORS_ORIGINS (src/config.ts): a missing or invalid one is a clear error naming it
// (500 server_misconfigured through the app), never a silent default.
import { describe, expect, it } from "vitest";
import { api, errorOf } from "./helpers";

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
