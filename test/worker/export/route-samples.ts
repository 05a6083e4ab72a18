// The export route's sample for the cross-cutting suites (test/worker/route-fixtures.ts).
import { postArtifact, type RouteSamples, withProject } from "../route-fixtures";

export const samples: RouteSamples = {
  "GET /api/projects/:id/export": {
    status: 200,
    typedClient: 200,
    run: async (t) => {
      const { user, project } = await withProject();
      await postArtifact(user, project.id);
      return t.request(`/api/projects/${project.id}/export`, { headers: user.auth });
    },
    authz: { request: (o) => ({ path: `/api/projects/${o.projectId}/export` }), owned: true },
  },
};
