import { describe, expect, it } from "vitest";
import { api } from "../helpers";

type ErrorJson = { error: { code: string; message: string; requestId?: string } };

describe("configuration", () => {
  it.each([
    ["missing", undefined, /DATABASE_URL is not set/],
    ["empty", "", /DATABASE_URL is empty/],
    ["not a postgres URL", "mysql://u:p@host/db", /DATABASE_URL must be a postgres:\/\/ URL/],
    ["garbage", "not a url", /DATABASE_URL must be a postgres:\/\/ URL/],
  ])("%s DATABASE_URL: a clear JSON 500, never a fallback", async (_n, value, message) => {
    const t = api({ DATABASE_URL: value });
    const res = await t.request("/health/db");
    expect(res.status).toBe(500);
    const body = (await res.json()) as ErrorJson;
    expect(body.error.code).toBe("server_misconfigured");
    expect(body.error.message).toMatch(/^server misconfigured: /);
    expect(body.error.message).toMatch(message);
    expect(body.error.requestId).toBe(res.headers.get("x-request-id"));
  });

  it("a malformed NEON_FETCH_ENDPOINT is named too", async () => {
    const res = await api({ NEON_FETCH_ENDPOINT: "ftp://x" }).request("/health/db");
    expect(res.status).toBe(500);
    expect(((await res.json()) as ErrorJson).error.message).toMatch(/NEON_FETCH_ENDPOINT/);
  });

  it("/health needs no configuration at all", async () => {
    const res = await api({ DATABASE_URL: undefined }).request("/health");
    expect(res.status).toBe(200);
  });
});

describe("database failures answer 503 with Retry-After", () => {
  it.each([
    ["HTTP 500 from the endpoint", { status: 500 }],
    ["HTTP 502 from the endpoint", { status: 502 }],
    // A read is retried once after a network error (src/platform/db/client.ts): drop both attempts.
    ["connection dropped (twice)", { drop: true, times: 2 }],
  ])("%s", async (_n, fault) => {
    const t = api();
    await t.fault(fault);
    const res = await t.request("/health/db");
    expect(res.status).toBe(503);
    expect(res.headers.get("retry-after")).toMatch(/^\d+$/);
    expect(((await res.json()) as ErrorJson).error.code).toBe("database_unavailable");
  });
});
