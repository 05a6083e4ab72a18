import { describe, expect, it } from "vitest";
import { api } from "../helpers";

describe("health", () => {
  it("GET /health answers without touching the database", async () => {
    const t = api();
    const res = await t.request("/health");
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: "ok" });
    expect(await t.roundTrips()).toBe(0);
  });

  it("GET /health/db makes exactly one round trip through the real driver", async () => {
    const t = api();
    const res = await t.request("/health/db");
    expect(res.status).toBe(200);
    const body = (await res.json()) as { status: string; database: { latencyMs: number } };
    expect(body.status).toBe("ok");
    expect(body.database.latencyMs).toBeGreaterThanOrEqual(0);
    expect(await t.roundTrips()).toBe(1);
  });

  it("unknown routes get the JSON error shape with the request id", async () => {
    const res = await api().request("/nope");
    expect(res.status).toBe(404);
    const body = (await res.json()) as { error: { code: string; requestId: string } };
    expect(body.error.code).toBe("not_found");
    expect(body.error.requestId).toBe(res.headers.get("x-request-id"));
  });
});
