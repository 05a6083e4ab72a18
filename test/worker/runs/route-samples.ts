// The generation run routes' samples for the cross-cutting suites (test/worker/route-fixtures.ts). In the
// authorisation matrix the run id is one nobody has: every status is decided by the project's owner first.

import { expect } from "vitest";
import { call, jsonInit, signedInUser, sql } from "../helpers";
import { createProject } from "../project-fixtures";
import { count, NO_RUN, type Owner, type RouteSamples, withProject, withRun } from "../route-fixtures";

/** pause, resume and cancel: the run in the state the action moves it from. */
const action = (name: "pause" | "resume" | "cancel"): RouteSamples[string] => ({
  status: 200,
  typedClient: 400,
  run: async (t) => {
    const { user, project, runId } = await withRun(name === "resume" ? "paused" : "waiting_for_approval");
    return t.request(`/api/projects/${project.id}/runs/${runId}/${name}`, jsonInit("POST", undefined, user.auth));
  },
  authz: {
    request: (o) => ({ path: `/api/projects/${o.projectId}/runs/${NO_RUN}/${name}` }),
    owned: true,
    inWorkspace: async (o) => ({ path: `/api/projects/${o.projectId}/runs/${await runIn(o)}/${name}` }),
  },
});

/** A run of the project (started by a member, to the current phase: it completes at once), for the role suite. */
async function runIn(o: Owner): Promise<string> {
  const starter = await signedInUser("Run starter");
  await sql.query("insert into workspace_members (workspace_id, user_id, role) values ($1, $2, 'editor')", [
    o.workspaceId,
    starter.id,
  ]);
  const r = await call(starter, "POST", `/api/projects/${o.projectId}/runs`, { targetPhase: "analysis" });
  expect(r.status).toBe(202);
  return r.json.run.id as string;
}

export const samples: RouteSamples = {
  "POST /api/projects/:id/runs": {
    status: 202,
    typedClient: 202,
    run: async (t) => {
      const { user, project } = await withProject();
      // Target the current phase: the run completes at its first step and never calls the LLM.
      return t.request(`/api/projects/${project.id}/runs`, jsonInit("POST", { targetPhase: "analysis" }, user.auth));
    },
    authz: {
      request: (o) => ({ path: `/api/projects/${o.projectId}/runs`, body: {} }),
      owned: true,
      needsVerified: true,
    },
    keyed: async (user) => {
      const p = await createProject(user);
      return {
        path: `/api/projects/${p.id}/runs`,
        // Target the current phase: the run completes at its first step and never calls the LLM.
        body: { targetPhase: "analysis" },
        other: { targetPhase: "spec" },
        status: 202,
        effects: () => count("select count(*)::int as n from generation_runs where project_id = $1", [p.id]),
      };
    },
  },
  "GET /api/projects/:id/runs": {
    status: 200,
    typedClient: 200,
    run: async (t) => {
      const { user, project } = await withProject();
      return t.request(`/api/projects/${project.id}/runs`, jsonInit("GET", undefined, user.auth));
    },
    authz: { request: (o) => ({ path: `/api/projects/${o.projectId}/runs` }), owned: true },
  },
  "GET /api/projects/:id/runs/:runId": {
    status: 200,
    typedClient: 400,
    run: async (t) => {
      const { user, project, runId } = await withRun();
      return t.request(`/api/projects/${project.id}/runs/${runId}`, jsonInit("GET", undefined, user.auth));
    },
    authz: {
      request: (o) => ({ path: `/api/projects/${o.projectId}/runs/${NO_RUN}` }),
      owned: true,
      inWorkspace: async (o) => ({ path: `/api/projects/${o.projectId}/runs/${await runIn(o)}` }),
    },
  },
  "POST /api/projects/:id/runs/:runId/pause": action("pause"),
  "POST /api/projects/:id/runs/:runId/resume": action("resume"),
  "POST /api/projects/:id/runs/:runId/cancel": action("cancel"),
};
