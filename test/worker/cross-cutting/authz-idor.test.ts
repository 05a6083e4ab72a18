// Every project route, called by another user (404, nothing read or changed), by nobody (401)
// and by the owner (success): each costs exactly one database round trip.
import { describe, expect, it } from "vitest";
import { call, expectError, signedInUser, sql } from "../helpers";
import { createProject } from "../project-fixtures";

async function arrange() {
  const owner = await signedInUser();
  const intruder = await signedInUser();
  const p = await createProject(owner, "Private Project");
  const art = (
    await call(owner, "POST", `/api/projects/${p.id}/artifacts`, {
      phase: "analysis",
      name: "secret.md",
      content: "secret",
    })
  ).json.artifact;
  // The intruder has projects of their own: lookups stay within the caller's rows.
  await createProject(intruder, "Elsewhere");
  return { owner, intruder, p, art };
}

type Route = [method: string, path: (id: string, artId: string) => string, body?: object];
const ROUTES: Route[] = [
  ["GET", (id) => `/api/projects/${id}`],
  ["PATCH", (id) => `/api/projects/${id}`, { name: "pwned" }],
  ["PATCH", (id) => `/api/projects/${id}/orchestration`, { pwned: true }],
  ["POST", (id) => `/api/projects/${id}/stack/approve`, { stackChoice: "custom" }],
  ["POST", (id) => `/api/projects/${id}/dependencies/approve`],
  ["POST", (id) => `/api/projects/${id}/phases/advance`, { expectedPhase: "analysis" }],
  ["GET", (id) => `/api/projects/${id}/phases/history`],
  ["GET", (id) => `/api/projects/${id}/progress`],
  ["POST", (id) => `/api/projects/${id}/artifacts`, { phase: "analysis", name: "secret.md", content: "overwritten" }],
  [
    "POST",
    (id) => `/api/projects/${id}/artifacts/batch`,
    { artifacts: [{ phase: "analysis", name: "secret.md", content: "x" }] },
  ],
  ["GET", (id) => `/api/projects/${id}/artifacts`],
  ["GET", (id, a) => `/api/projects/${id}/artifacts/${a}`],
  ["PATCH", (id, a) => `/api/projects/${id}/artifacts/${a}/validation`, { ruleId: "too-short", reason: "x" }],
  ["GET", (id) => `/api/projects/${id}/traceability`],
  ["GET", (id) => `/api/projects/${id}/export`],
  ["DELETE", (id) => `/api/projects/${id}`],
];

async function snapshot(projectId: string) {
  return sql.query(
    `select p.name, p.current_phase, p.stack_approved, p.orchestration_state, p.updated_at,
            (select count(*) from phase_history where project_id = p.id)::int as history,
            (select json_agg(json_build_object('v', version, 's', validation_status) order by version)
               from project_artifacts where project_id = p.id) as artifacts
     from projects p where p.id = $1`,
    [projectId],
  );
}

describe("IDOR: another user's project is 404 on every route", () => {
  it.each(ROUTES.map((r) => [`${r[0]} ${r[1](":id", ":artifactId")}`, r] as const))(
    "%s",
    async (_n, [method, path, body]) => {
      const { intruder, p, art } = await arrange();
      const before = await snapshot(p.id);
      for (const key of [p.id, p.slug]) {
        const r = await call(intruder, method, path(key, art.id), body);
        expectError(r, 404, "not_found");
        expect(r.roundTrips).toBe(1);
        expect(JSON.stringify(r.json)).not.toContain("secret");
      }
      expectError(await call(undefined, method, path(p.id, art.id), body), 401, "unauthorized");
      expect(await snapshot(p.id)).toEqual(before);
    },
  );

  it("the same routes succeed for the owner, each in exactly one round trip (the export: one more per content page)", async () => {
    const { owner, p, art } = await arrange();
    // Order matters only for the last two (advance needs analysis; delete goes last).
    const expected: Record<string, number[]> = {
      "POST /api/projects/:id/stack/approve": [409],
      "POST /api/projects/:id/dependencies/approve": [409],
      // The analysis documents are not there (the artifacts gate); secret.md has no finding to waive.
      "POST /api/projects/:id/phases/advance": [409],
      "PATCH /api/projects/:id/artifacts/:artifactId/validation": [422],
      "POST /api/projects/:id/artifacts": [201],
      "POST /api/projects/:id/artifacts/batch": [201],
      "DELETE /api/projects/:id": [204],
    };
    for (const [method, path, body] of ROUTES) {
      const name = `${method} ${path(":id", ":artifactId")}`;
      const r = await call(owner, method, path(p.id, art.id), body);
      expect([name, (expected[name] ?? [200]).includes(r.status)]).toEqual([name, true]);
      // The export reads artifact contents in pages after its one authenticated round trip
      // (1 + ceil(content bytes / 8 MiB); test/worker/cross-cutting/round-trip-budgets.test.ts).
      const budget = name === "GET /api/projects/:id/export" ? 2 : 1;
      expect([name, r.roundTrips]).toEqual([name, budget]);
    }
    const stats = await call(owner, "GET", "/api/projects/stats");
    expect(stats.roundTrips).toBe(1);
    const list = await call(owner, "GET", "/api/projects");
    expect(list.roundTrips).toBe(1);
    const created = await call(owner, "POST", "/api/projects", { name: "Budget" });
    expect(created.roundTrips).toBe(1);
  });
});
