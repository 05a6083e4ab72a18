// The project routes' samples for the cross-cutting suites (test/worker/route-fixtures.ts).
import { call, jsonInit, signedInUser } from "../helpers";
import { count, type RouteSamples, withProject } from "../route-fixtures";

export const samples: RouteSamples = {
  "POST /api/projects": {
    status: 201,
    typedClient: 201, // the documented example is a valid body
    run: async (t) =>
      t.request("/api/projects", jsonInit("POST", { name: "Round trips" }, (await signedInUser()).auth)),
    authz: { request: () => ({ path: "/api/projects", body: { name: "Intruder" } }), ownStatus: 201 },
    keyed: async (user) => {
      const name = `Keyed ${crypto.randomUUID()}`;
      return {
        path: "/api/projects",
        body: { name },
        other: { name: `${name} 2` },
        status: 201,
        effects: () => count("select count(*)::int as n from projects where user_id = $1", [user.id]),
      };
    },
  },
  "GET /api/projects": {
    status: 200,
    typedClient: 200,
    run: async (t) => {
      const { user } = await withProject();
      return t.request("/api/projects?limit=10&sort=name&order=asc", { headers: user.auth });
    },
    authz: { request: () => ({ path: "/api/projects" }), ownStatus: 200 },
  },
  "GET /api/projects/stats": {
    status: 200,
    typedClient: 200,
    run: async (t) => t.request("/api/projects/stats", { headers: (await withProject()).user.auth }),
    authz: { request: () => ({ path: "/api/projects/stats" }), ownStatus: 200 },
  },
  "GET /api/projects/:id": {
    status: 200,
    typedClient: 200,
    run: async (t) => {
      const { user, project } = await withProject();
      return t.request(`/api/projects/${project.slug}`, { headers: user.auth });
    },
    authz: { request: (o) => ({ path: `/api/projects/${o.projectId}` }), owned: true },
  },
  "PATCH /api/projects/:id": {
    status: 200,
    typedClient: 400,
    run: async (t) => {
      const { user, project } = await withProject();
      return t.request(`/api/projects/${project.id}`, jsonInit("PATCH", { description: "Updated" }, user.auth));
    },
    authz: { request: (o) => ({ path: `/api/projects/${o.projectId}`, body: { name: "Taken" } }), owned: true },
  },
  "DELETE /api/projects/:id": {
    status: 204,
    typedClient: 204,
    run: async (t) => {
      const { user, project } = await withProject();
      return t.request(`/api/projects/${project.id}`, { method: "DELETE", headers: user.auth });
    },
    authz: { request: (o) => ({ path: `/api/projects/${o.projectId}` }), owned: true },
  },
  "PATCH /api/projects/:id/orchestration": {
    status: 200,
    typedClient: 200,
    run: async (t) => {
      const { user, project } = await withProject();
      return t.request(
        `/api/projects/${project.id}/orchestration`,
        jsonInit("PATCH", { agent: "planner", step: 3 }, user.auth),
      );
    },
    authz: {
      request: (o) => ({ path: `/api/projects/${o.projectId}/orchestration`, body: { intruder: true } }),
      owned: true,
    },
  },
  "POST /api/projects/:id/move": {
    status: 200,
    typedClient: 403, // the documented example names a workspace the caller does not own
    run: async (t) => {
      const { user, project } = await withProject();
      const to = (await call(user, "POST", "/api/workspaces", { name: "Destination" })).json.workspace.id as string;
      return t.request(`/api/projects/${project.id}/move`, jsonInit("POST", { workspaceId: to }, user.auth));
    },
    authz: {
      request: (o) => ({ path: `/api/projects/${o.projectId}/move`, body: { workspaceId: o.workspaceId } }),
      owned: true,
    },
  },
};
