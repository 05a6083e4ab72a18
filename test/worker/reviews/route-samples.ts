// The review routes' samples for the cross-cutting suites (test/worker/route-fixtures.ts).
import { jsonInit, sql } from "../helpers";
import { type RouteSamples, withProject } from "../route-fixtures";

const POLICY = {
  requiredApprovals: 1,
  approverRoles: ["owner", "reviewer"],
  approverUserIds: [],
  allowAuthor: true,
  staleOnNewVersion: true,
  requireResolvedBlocking: false,
};

async function workspaceOf(projectId: string) {
  const [row] = (await sql.query("select workspace_id from projects where id = $1", [projectId])) as {
    workspace_id: string;
  }[];
  return row?.workspace_id as string;
}

/** A project in `phase` with its owner's approval of `gate` given (in SQL). */
async function approved(gate: "stack" | "dependencies") {
  const { user, project } = await withProject();
  const phase = gate === "stack" ? "stack_selection" : "dependencies";
  await sql.query("update projects set current_phase = $2 where id = $1", [project.id, phase]);
  await sql.query("insert into approvals (project_id, gate, user_id) values ($1, $2, $3)", [project.id, gate, user.id]);
  return { user, project };
}

export const samples: RouteSamples = {
  "GET /api/workspaces/:workspaceId/review-policies/:gate": {
    status: 200,
    typedClient: 400, // the generic request's workspace id is no uuid
    run: async (t) => {
      const { user, project } = await withProject();
      const ws = await workspaceOf(project.id);
      return t.request(`/api/workspaces/${ws}/review-policies/stack`, { headers: user.auth });
    },
    authz: { request: (o) => ({ path: `/api/workspaces/${o.workspaceId}/review-policies/stack` }), owned: true },
  },
  "PUT /api/workspaces/:workspaceId/review-policies/:gate": {
    status: 200,
    typedClient: 400,
    run: async (t) => {
      const { user, project } = await withProject();
      const ws = await workspaceOf(project.id);
      return t.request(`/api/workspaces/${ws}/review-policies/stack`, jsonInit("PUT", POLICY, user.auth));
    },
    authz: {
      request: (o) => ({ path: `/api/workspaces/${o.workspaceId}/review-policies/stack`, body: POLICY }),
      owned: true,
    },
  },
  "GET /api/projects/:id/review-policies/:gate": {
    status: 200,
    typedClient: 400, // the generic request's gate is none of the gates
    run: async (t) => {
      const { user, project } = await withProject();
      return t.request(`/api/projects/${project.id}/review-policies/stack`, { headers: user.auth });
    },
    authz: { request: (o) => ({ path: `/api/projects/${o.projectId}/review-policies/stack` }), owned: true },
  },
  "PUT /api/projects/:id/review-policies/:gate": {
    status: 200,
    typedClient: 400,
    run: async (t) => {
      const { user, project } = await withProject();
      return t.request(`/api/projects/${project.id}/review-policies/stack`, jsonInit("PUT", POLICY, user.auth));
    },
    authz: {
      request: (o) => ({ path: `/api/projects/${o.projectId}/review-policies/stack`, body: POLICY }),
      owned: true,
    },
  },
  "DELETE /api/projects/:id/review-policies/:gate": {
    status: 200,
    typedClient: 400, // the generic request's gate is none of the gates
    run: async (t) => {
      const { user, project } = await withProject();
      return t.request(`/api/projects/${project.id}/review-policies/stack`, { method: "DELETE", headers: user.auth });
    },
    authz: { request: (o) => ({ path: `/api/projects/${o.projectId}/review-policies/stack` }), owned: true },
  },
  "GET /api/projects/:id/approvals": {
    status: 200,
    typedClient: 400,
    run: async (t) => {
      const { user, project } = await approved("stack");
      return t.request(`/api/projects/${project.id}/approvals?gate=stack`, { headers: user.auth });
    },
    authz: { request: (o) => ({ path: `/api/projects/${o.projectId}/approvals?gate=stack` }), owned: true },
  },
  "DELETE /api/projects/:id/stack/approve": {
    status: 200,
    typedClient: 404,
    run: async (t) => {
      const { user, project } = await approved("stack");
      return t.request(`/api/projects/${project.id}/stack/approve`, { method: "DELETE", headers: user.auth });
    },
    authz: { request: (o) => ({ path: `/api/projects/${o.projectId}/stack/approve` }), owned: true },
  },
  "DELETE /api/projects/:id/dependencies/approve": {
    status: 200,
    typedClient: 404,
    run: async (t) => {
      const { user, project } = await approved("dependencies");
      return t.request(`/api/projects/${project.id}/dependencies/approve`, { method: "DELETE", headers: user.auth });
    },
    authz: { request: (o) => ({ path: `/api/projects/${o.projectId}/dependencies/approve` }), owned: true },
  },
  ...Object.fromEntries(
    (["stack", "dependencies"] as const).map((gate) => [
      `POST /api/projects/:id/${gate}/request-review`,
      {
        status: 202,
        typedClient: gate === "stack" ? 202 : 409, // the typed-client test's project is at the stack gate
        run: async (t) => {
          const { user, project } = await approved(gate);
          return t.request(`/api/projects/${project.id}/${gate}/request-review`, jsonInit("POST", {}, user.auth));
        },
        authz: {
          request: (o) => ({ path: `/api/projects/${o.projectId}/${gate}/request-review`, body: {} }),
          owned: true,
        },
      },
    ]),
  ),
};
