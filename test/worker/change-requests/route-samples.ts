// The requirement and change-request routes' samples for the cross-cutting suites (test/worker/route-fixtures.ts).
// In the authorisation matrix the ids are ones nobody has: every status is decided by the project's owner first.
import { expect } from "vitest";
import { SPEC_SET } from "../../shared/spec-fixtures";
import { call, jsonInit, type User } from "../helpers";
import { type RouteSamples, withProject } from "../route-fixtures";

const PRD = SPEC_SET.find((a) => a.name === "PRD.md")?.content ?? "";

/** A project whose PRD.md is stored (its requirements recorded). */
export async function withPrd() {
  const { user, project } = await withProject();
  await storePrd(user, project.id);
  return { user, project };
}

export async function storePrd(user: User, projectId: string, content = PRD) {
  const r = await call(user, "POST", `/api/projects/${projectId}/artifacts`, {
    phase: "spec",
    name: "PRD.md",
    content,
  });
  expect(r.status).toBeLessThan(300);
}

export const samples: RouteSamples = {
  "GET /api/projects/:id/requirements": {
    status: 200,
    typedClient: 200,
    run: async (t) => {
      const { user, project } = await withPrd();
      return t.request(`/api/projects/${project.id}/requirements`, jsonInit("GET", undefined, user.auth));
    },
    authz: { request: (o) => ({ path: `/api/projects/${o.projectId}/requirements` }), owned: true },
  },
  "GET /api/projects/:id/requirements/:reqId": {
    status: 200,
    typedClient: 400,
    run: async (t) => {
      const { user, project } = await withPrd();
      return t.request(`/api/projects/${project.id}/requirements/REQ-AUTH-001`, jsonInit("GET", undefined, user.auth));
    },
    authz: { request: (o) => ({ path: `/api/projects/${o.projectId}/requirements/REQ-AUTH-001` }), owned: true },
  },
};
