// The requirement and change-request routes' samples for the cross-cutting suites (test/worker/route-fixtures.ts).
// In the authorisation matrix the ids are ones nobody has: every status is decided by the project's owner first.
import { expect } from "vitest";
import { SPEC_SET } from "../../shared/spec-fixtures";
import { call, jsonInit, type User } from "../helpers";
import { createProject, walkTo } from "../project-fixtures";
import { count, type RouteSamples, withProject } from "../route-fixtures";

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

const NO_CR = "00000000-0000-4000-8000-000000000000";
const ADDED = {
  kind: "added",
  reqId: "REQ-LOAN-004",
  title: "Remind borrowers",
  body: "The borrower gets a reminder a day before the loan is due.",
  acceptance: "one reminder per loan.",
};

/** A project in spec with its PRD stored, and a change request on it moved to `status` through the API. */
async function withChangeRequest(status: "draft" | "in_review" | "approved" = "draft") {
  const { user, project } = await withProject();
  await walkTo(user, project.id, "spec");
  await storePrd(user, project.id);
  const base = `/api/projects/${project.id}/change-requests`;
  const opened = await call(user, "POST", base, { title: "Remind borrowers", deltas: [ADDED] });
  expect(opened.status).toBe(201);
  const crId = opened.json.changeRequest.id as string;
  if (status !== "draft") expect((await call(user, "POST", `${base}/${crId}/submit`)).status).toBe(200);
  if (status === "approved") expect((await call(user, "POST", `${base}/${crId}/approve`)).status).toBe(200);
  return { user, project, crId, path: `${base}/${crId}` };
}

/** A POST on one change request (submit, withdraw, reject, approve, rebase) from the state it moves from. */
const move = (action: string, from: "draft" | "in_review" | "approved", typedClient = 400): RouteSamples[string] => ({
  status: 200,
  typedClient,
  run: async (t) => {
    const { user, path } = await withChangeRequest(from);
    return t.request(`${path}/${action}`, jsonInit("POST", undefined, user.auth));
  },
  authz: {
    request: (o) => ({ path: `/api/projects/${o.projectId}/change-requests/${NO_CR}/${action}` }),
    owned: true,
  },
});

Object.assign(samples, {
  "POST /api/projects/:id/change-requests": {
    status: 201,
    typedClient: 400,
    run: async (t) => {
      const { user, project } = await withProject();
      await walkTo(user, project.id, "spec");
      await storePrd(user, project.id);
      return t.request(
        `/api/projects/${project.id}/change-requests`,
        jsonInit("POST", { title: "Remind borrowers", deltas: [ADDED] }, user.auth),
      );
    },
    authz: {
      request: (o) => ({ path: `/api/projects/${o.projectId}/change-requests`, body: { title: "x", deltas: [ADDED] } }),
      owned: true,
    },
    keyed: async (user) => {
      const project = await createProject(user);
      await walkTo(user, project.id, "spec");
      await storePrd(user, project.id);
      return {
        path: `/api/projects/${project.id}/change-requests`,
        body: { title: "Remind borrowers", deltas: [ADDED] },
        other: { title: "Something else", deltas: [ADDED] },
        status: 201,
        effects: () => count("select count(*)::int as n from change_requests where project_id = $1", [project.id]),
      };
    },
  },
  "GET /api/projects/:id/change-requests": {
    status: 200,
    typedClient: 200,
    run: async (t) => {
      const { user, project } = await withProject();
      return t.request(`/api/projects/${project.id}/change-requests`, jsonInit("GET", undefined, user.auth));
    },
    authz: { request: (o) => ({ path: `/api/projects/${o.projectId}/change-requests` }), owned: true },
  },
  "GET /api/projects/:id/change-requests/:crId": {
    status: 200,
    typedClient: 400,
    run: async (t) => {
      const { user, path } = await withChangeRequest();
      return t.request(path, jsonInit("GET", undefined, user.auth));
    },
    authz: { request: (o) => ({ path: `/api/projects/${o.projectId}/change-requests/${NO_CR}` }), owned: true },
  },
  "PATCH /api/projects/:id/change-requests/:crId": {
    status: 200,
    typedClient: 400,
    run: async (t) => {
      const { user, path } = await withChangeRequest();
      return t.request(path, jsonInit("PATCH", { title: "Remind borrowers early" }, user.auth));
    },
    authz: {
      request: (o) => ({ path: `/api/projects/${o.projectId}/change-requests/${NO_CR}`, body: { title: "x" } }),
      owned: true,
    },
  },
  "POST /api/projects/:id/change-requests/:crId/submit": move("submit", "draft"),
  "POST /api/projects/:id/change-requests/:crId/withdraw": move("withdraw", "draft"),
  "POST /api/projects/:id/change-requests/:crId/reject": move("reject", "in_review"),
  "POST /api/projects/:id/change-requests/:crId/approve": move("approve", "in_review"),
  "POST /api/projects/:id/change-requests/:crId/rebase": move("rebase", "in_review"),
  "POST /api/projects/:id/change-requests/:crId/merge": {
    ...move("merge", "approved"),
    keyed: async (user: User) => {
      const project = await createProject(user);
      await walkTo(user, project.id, "spec");
      await storePrd(user, project.id);
      const base = `/api/projects/${project.id}/change-requests`;
      const crId = (await call(user, "POST", base, { title: "x", deltas: [ADDED] })).json.changeRequest.id as string;
      await call(user, "POST", `${base}/${crId}/submit`);
      await call(user, "POST", `${base}/${crId}/approve`);
      return {
        path: `${base}/${crId}/merge`,
        other: { unexpected: true },
        status: 200,
        effects: () =>
          count(
            "select count(*)::int as n from change_request_events where change_request_id = $1 and kind = 'merged'",
            [crId],
          ),
      };
    },
  },
} satisfies RouteSamples);
