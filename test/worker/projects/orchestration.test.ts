// PATCH /api/projects/:id/orchestration: the orchestration state, merged key by key in SQL.
import { describe, expect, it } from "vitest";
import { call, expectError, signedInUser, sql } from "../helpers";
import { createProject } from "../project-fixtures";

describe("PATCH /api/projects/:id/orchestration", () => {
  const path = (id: string) => `/api/projects/${id}/orchestration`;

  it("merges top-level keys in SQL, one round trip", async () => {
    const u = await signedInUser();
    const p = await createProject(u);
    const a = await call(u, "PATCH", path(p.id), { step: 1, agent: { name: "pm" } });
    expect(a.status).toBe(200);
    expect(a.roundTrips).toBe(1);
    const b = await call(u, "PATCH", path(p.slug), { step: 2, paused: true });
    expect(b.json.orchestrationState).toEqual({ step: 2, agent: { name: "pm" }, paused: true });
    expect((await call(u, "GET", `/api/projects/${p.id}`)).json.project.orchestrationState).toEqual(
      b.json.orchestrationState,
    );
  });

  it("concurrent merges of different keys all survive", async () => {
    const u = await signedInUser();
    const p = await createProject(u);
    const keys = Array.from({ length: 8 }, (_, i) => `k${i}`);
    const rs = await Promise.all(keys.map((k) => call(u, "PATCH", path(p.id), { [k]: k })));
    expect(rs.map((r) => r.status)).toEqual(keys.map(() => 200));
    const [row] = (await sql.query("select orchestration_state as s from projects where id = $1", [p.id])) as {
      s: Record<string, string>;
    }[];
    expect(row!.s).toEqual(Object.fromEntries(keys.map((k) => [k, k])));
  });

  it("arrays, primitives and prototype keys are 400; over 16 KiB is 413; state unchanged", async () => {
    const u = await signedInUser();
    const p = await createProject(u);
    await call(u, "PATCH", path(p.id), { keep: true });
    for (const body of ["[1,2]", "42", '"x"', "null", '{"__proto__":{"admin":true}}', '{"a":{"constructor":{}}}']) {
      expectError(await call(u, "PATCH", path(p.id), body), 400, "validation_failed");
    }
    const big = await call(u, "PATCH", path(p.id), { blob: "x".repeat(17 * 1024) });
    expectError(big, 413, "payload_too_large");
    expect(big.roundTrips).toBe(0);
    const [row] = (await sql.query("select orchestration_state as s from projects where id = $1", [p.id])) as {
      s: unknown;
    }[];
    expect(row!.s).toEqual({ keep: true });
  });

  it("the merged state is capped too (413), and another user's project is 404", async () => {
    const u = await signedInUser();
    const b = await signedInUser();
    const p = await createProject(u);
    for (let i = 0; i < 17; i++) {
      expect((await call(u, "PATCH", path(p.id), { [`k${i}`]: "x".repeat(15 * 1024) })).status).toBe(200);
    }
    expectError(await call(u, "PATCH", path(p.id), { k17: "x".repeat(15 * 1024) }), 413, "payload_too_large");
    expectError(await call(b, "PATCH", path(p.id), { a: 1 }), 404, "not_found");
  });
});
