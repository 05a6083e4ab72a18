// The GitHub routes' samples for the cross-cutting suites (test/worker/route-fixtures.ts). The
// authorisation suites ask with an app installation body (no token sealed to a project id) on the
// owner's project, which has no connection: a permitted role gets 202 (PUT), 404 from the route
// itself (GET, DELETE: no repository) or 409 (push, sync).
import { jsonInit } from "../helpers";
import type { RouteSamples } from "../route-fixtures";
import { connectedProject, githubPath } from "./fixtures";

const APP_BODY = { repository: "acme/spec-samples", auth: { kind: "app", installationId: 4242 } };

export const samples: RouteSamples = {
  "PUT /api/projects/:id/github": {
    status: 202,
    typedClient: 400,
    run: async (t) => {
      const { user, project } = await connectedProject();
      return t.request(githubPath(project.id), jsonInit("PUT", APP_BODY, user.auth));
    },
    authz: { request: (o) => ({ path: githubPath(o.projectId), body: APP_BODY }), owned: true },
  },
  "GET /api/projects/:id/github": {
    status: 200,
    typedClient: 404,
    run: async (t) => {
      const { user, project } = await connectedProject();
      return t.request(githubPath(project.id), { headers: user.auth });
    },
    authz: { request: (o) => ({ path: githubPath(o.projectId) }), owned: true },
  },
  "DELETE /api/projects/:id/github": {
    status: 204,
    typedClient: 404,
    run: async (t) => {
      const { user, project } = await connectedProject();
      return t.request(githubPath(project.id), { method: "DELETE", headers: user.auth });
    },
    authz: { request: (o) => ({ path: githubPath(o.projectId) }), owned: true },
  },
  "POST /api/projects/:id/github/push": {
    status: 202,
    typedClient: 409,
    run: async (t) => {
      const { user, project } = await connectedProject();
      return t.request(`${githubPath(project.id)}/push`, { method: "POST", headers: user.auth });
    },
    authz: { request: (o) => ({ path: `${githubPath(o.projectId)}/push` }), owned: true },
  },
  "POST /api/projects/:id/github/issues/sync": {
    status: 202,
    typedClient: 409,
    run: async (t) => {
      const { user, project } = await connectedProject();
      return t.request(`${githubPath(project.id)}/issues/sync`, { method: "POST", headers: user.auth });
    },
    authz: { request: (o) => ({ path: `${githubPath(o.projectId)}/issues/sync` }), owned: true },
  },
  "GET /api/projects/:id/github/jobs": {
    status: 200,
    typedClient: 200,
    run: async (t) => {
      const { user, project } = await connectedProject();
      return t.request(`${githubPath(project.id)}/jobs?limit=5`, { headers: user.auth });
    },
    authz: { request: (o) => ({ path: `${githubPath(o.projectId)}/jobs` }), owned: true },
  },
};
