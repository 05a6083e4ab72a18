// The audit routes' samples for the cross-cutting suites (test/worker/route-fixtures.ts). A workspace's
// log is the owner's (another user: 404); /api/me/audit is the caller's own (an intruder reads theirs).
import { signedInUser } from "../helpers";
import { type RouteSamples, withProject, workspaceOf } from "../route-fixtures";

export const samples: RouteSamples = {
  "GET /api/me/audit": {
    status: 200,
    typedClient: 200,
    run: async (t) => t.request("/api/me/audit", { headers: (await signedInUser()).auth }),
    authz: { request: () => ({ path: "/api/me/audit" }), ownStatus: 200 },
  },
  "GET /api/workspaces/:workspaceId/audit": {
    status: 200,
    typedClient: 400, // the typed client's test names no workspace: the path parameter fails validation
    run: async (t) => {
      const { user, project } = await withProject();
      return t.request(`/api/workspaces/${await workspaceOf(project.id)}/audit`, { headers: user.auth });
    },
    authz: { request: (o) => ({ path: `/api/workspaces/${o.workspaceId}/audit` }), owned: true },
  },
  "GET /api/workspaces/:workspaceId/audit/export": {
    status: 200,
    typedClient: 400,
    run: async (t) => {
      const { user, project } = await withProject();
      return t.request(`/api/workspaces/${await workspaceOf(project.id)}/audit/export`, { headers: user.auth });
    },
    authz: { request: (o) => ({ path: `/api/workspaces/${o.workspaceId}/audit/export` }), owned: true },
  },
};
