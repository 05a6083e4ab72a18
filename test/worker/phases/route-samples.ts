// The phase and approval routes' samples for the cross-cutting suites (test/worker/route-fixtures.ts).
import { jsonInit, sql } from "../helpers";
import { createProject, uploadPhaseDocs } from "../project-fixtures";
import { advance, count, postArtifact, type RouteSamples, withProject } from "../route-fixtures";

export const samples: RouteSamples = {
  "POST /api/projects/:id/phases/advance": {
    status: 200,
    typedClient: 409, // the documented example is a valid body; the fresh project has not met the gate
    run: async (t) => {
      const { user, project } = await withProject();
      await uploadPhaseDocs(user, project.id, "analysis");
      return t.request(
        `/api/projects/${project.id}/phases/advance`,
        jsonInit("POST", { expectedPhase: "analysis", artifactsGenerated: ["constitution.md"] }, user.auth),
      );
    },
    authz: {
      request: (o) => ({ path: `/api/projects/${o.projectId}/phases/advance`, body: { expectedPhase: "analysis" } }),
      owned: true,
    },
    keyed: async (user) => {
      const p = await createProject(user);
      await uploadPhaseDocs(user, p.id, "analysis");
      return {
        path: `/api/projects/${p.id}/phases/advance`,
        body: { expectedPhase: "analysis", artifactsGenerated: ["constitution.md"] },
        other: { expectedPhase: "analysis" },
        status: 200,
        effects: () => count("select count(*)::int as n from phase_history where project_id = $1", [p.id]),
      };
    },
  },
  "POST /api/projects/:id/stack/approve": {
    status: 200,
    typedClient: 400,
    run: async (t) => {
      const { user, project } = await withProject();
      await advance(user, project.id, "analysis");
      return t.request(
        `/api/projects/${project.id}/stack/approve`,
        jsonInit("POST", { stackChoice: "hono_neon_drizzle", override: { reason: "no scorecard" } }, user.auth),
      );
    },
    authz: {
      request: (o) => ({ path: `/api/projects/${o.projectId}/stack/approve`, body: { stackChoice: "evil" } }),
      owned: true,
    },
    keyed: async (user) => {
      const p = await createProject(user);
      await sql.query("update projects set current_phase = 'stack_selection' where id = $1", [p.id]);
      return {
        path: `/api/projects/${p.id}/stack/approve`,
        body: { stackChoice: "hono_neon", override: { reason: "no scorecard" } },
        other: { stackChoice: "other", override: { reason: "no scorecard" } },
        status: 200,
        effects: () =>
          count(
            "select count(*)::int as n from projects where id = $1 and stack_approved and stack_choice = 'hono_neon'",
            [p.id],
          ),
      };
    },
  },
  "POST /api/projects/:id/dependencies/approve": {
    status: 200,
    typedClient: 409,
    run: async (t) => {
      const { user, project } = await withProject();
      await sql.query("update projects set current_phase = 'dependencies' where id = $1", [project.id]);
      return t.request(`/api/projects/${project.id}/dependencies/approve`, { method: "POST", headers: user.auth });
    },
    authz: { request: (o) => ({ path: `/api/projects/${o.projectId}/dependencies/approve` }), owned: true },
    keyed: async (user) => {
      const p = await createProject(user);
      await sql.query("update projects set current_phase = 'dependencies' where id = $1", [p.id]);
      return {
        path: `/api/projects/${p.id}/dependencies/approve`,
        other: {},
        status: 200,
        effects: () => count("select count(*)::int as n from projects where id = $1 and dependencies_approved", [p.id]),
      };
    },
  },
  "GET /api/projects/:id/phases/history": {
    status: 200,
    typedClient: 200,
    run: async (t) => {
      const { user, project } = await withProject();
      await advance(user, project.id, "analysis");
      return t.request(`/api/projects/${project.id}/phases/history`, { headers: user.auth });
    },
    authz: { request: (o) => ({ path: `/api/projects/${o.projectId}/phases/history` }), owned: true },
  },
  "GET /api/projects/:id/progress": {
    status: 200,
    typedClient: 200,
    run: async (t) => {
      const { user, project } = await withProject();
      await postArtifact(user, project.id);
      return t.request(`/api/projects/${project.id}/progress`, { headers: user.auth });
    },
    authz: { request: (o) => ({ path: `/api/projects/${o.projectId}/progress` }), owned: true },
  },
};
