// The templates and traceability routes' samples for the cross-cutting suites (test/worker/route-fixtures.ts).
import { uploadPhaseDocs } from "../project-fixtures";
import { type RouteSamples, withProject } from "../route-fixtures";

export const samples: RouteSamples = {
  "GET /api/templates": { status: 200, typedClient: 200, run: (t) => t.request("/api/templates") },
  "GET /api/templates/:phase": { status: 200, typedClient: 400, run: (t) => t.request("/api/templates/solutioning") },
  "GET /api/projects/:id/traceability": {
    status: 200,
    typedClient: 200,
    run: async (t) => {
      const { user, project } = await withProject();
      await uploadPhaseDocs(user, project.id, "spec");
      return t.request(`/api/projects/${project.id}/traceability`, { headers: user.auth });
    },
    authz: { request: (o) => ({ path: `/api/projects/${o.projectId}/traceability` }), owned: true },
  },
};
