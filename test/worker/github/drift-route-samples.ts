// The drift routes' samples for the cross-cutting suites (test/worker/route-fixtures.ts). In the authorisation
// matrix the drift id is one nobody has: the project's owner decides every status first.
import { jsonInit } from "../helpers";
import { type RouteSamples, withProject } from "../route-fixtures";
import { driftPath, insertDrift, projectInSpec } from "./drift-fixtures";

const NO_DRIFT = "00000000-0000-4000-8000-000000000000";

export const samples: RouteSamples = {
  "GET /api/projects/:id/github/drift": {
    status: 200,
    typedClient: 200,
    run: async (t) => {
      const { user, project } = await withProject();
      await insertDrift(project.id);
      return t.request(`${driftPath(project.id)}?limit=10`, jsonInit("GET", undefined, user.auth));
    },
    authz: { request: (o) => ({ path: driftPath(o.projectId) }), owned: true },
  },
  "POST /api/projects/:id/github/drift/:driftId/dismiss": {
    status: 200,
    typedClient: 400,
    run: async (t) => {
      const { user, project } = await withProject();
      const d = await insertDrift(project.id);
      return t.request(`${driftPath(project.id, d.id)}/dismiss`, jsonInit("POST", undefined, user.auth));
    },
    authz: { request: (o) => ({ path: `${driftPath(o.projectId, NO_DRIFT)}/dismiss` }), owned: true },
  },
  "POST /api/projects/:id/github/drift/:driftId/change-request": {
    status: 201,
    typedClient: 400,
    run: async (t) => {
      const { user, project } = await projectInSpec();
      const d = await insertDrift(project.id);
      return t.request(`${driftPath(project.id, d.id)}/change-request`, jsonInit("POST", undefined, user.auth));
    },
    authz: { request: (o) => ({ path: `${driftPath(o.projectId, NO_DRIFT)}/change-request` }), owned: true },
  },
};
