// The workspace routes' samples for the cross-cutting suites (test/worker/route-fixtures.ts).
import { call, signedInUser, sql, uniqueEmail } from "../helpers";
import type { RouteSamples } from "../route-fixtures";
import { createWorkspace, invitationToken, memberWith } from "./fixtures";

/** An owner with a shared workspace and an editor in it. */
async function team() {
  const owner = await signedInUser();
  const ws = await createWorkspace(owner);
  const editor = await memberWith(ws.id, "editor");
  return { owner, ws, editor };
}

/** A user with an open invitation to someone's workspace, and its token. */
async function invited() {
  const { owner, ws } = await team();
  const invitee = await signedInUser("Invitee");
  const r = await call(owner, "POST", `/api/workspaces/${ws.id}/invitations`, { email: invitee.email, role: "viewer" });
  return {
    owner,
    ws,
    invitee,
    invitationId: r.json.invitation.id as string,
    token: await invitationToken(invitee.email),
  };
}

const json = (method: string, body: unknown, auth: Record<string, string>) => ({
  method,
  headers: { "content-type": "application/json", ...auth },
  body: JSON.stringify(body),
});

export const samples: RouteSamples = {
  "POST /api/workspaces": {
    status: 201,
    typedClient: 201,
    run: async (t) => t.request("/api/workspaces", json("POST", { name: "Round trips" }, (await signedInUser()).auth)),
    authz: { request: () => ({ path: "/api/workspaces", body: { name: "Intruder's" } }), ownStatus: 201 },
  },
  "GET /api/workspaces": {
    status: 200,
    typedClient: 200,
    run: async (t) => t.request("/api/workspaces?limit=5", { headers: (await team()).owner.auth }),
    authz: { request: () => ({ path: "/api/workspaces" }), ownStatus: 200 },
  },
  "GET /api/workspaces/:workspaceId": {
    status: 200,
    typedClient: 400, // the client sends the path template's placeholder: not a uuid
    run: async (t) => {
      const { ws, editor } = await team();
      return t.request(`/api/workspaces/${ws.id}`, { headers: editor.auth });
    },
    authz: { request: (o) => ({ path: `/api/workspaces/${o.workspaceId}` }), owned: true },
  },
  "PATCH /api/workspaces/:workspaceId": {
    status: 200,
    typedClient: 400,
    run: async (t) => {
      const { ws, owner } = await team();
      return t.request(`/api/workspaces/${ws.id}`, json("PATCH", { name: "Renamed" }, owner.auth));
    },
    authz: { request: (o) => ({ path: `/api/workspaces/${o.workspaceId}`, body: { name: "Pwned" } }), owned: true },
  },
  "DELETE /api/workspaces/:workspaceId": {
    status: 204,
    typedClient: 400,
    run: async (t) => {
      const { ws, owner } = await team();
      return t.request(`/api/workspaces/${ws.id}`, { method: "DELETE", headers: owner.auth });
    },
    authz: { request: (o) => ({ path: `/api/workspaces/${o.workspaceId}` }), owned: true },
  },
  "GET /api/workspaces/:workspaceId/members": {
    status: 200,
    typedClient: 400,
    run: async (t) => {
      const { ws, editor } = await team();
      return t.request(`/api/workspaces/${ws.id}/members?limit=10`, { headers: editor.auth });
    },
    authz: { request: (o) => ({ path: `/api/workspaces/${o.workspaceId}/members` }), owned: true },
  },
  "PATCH /api/workspaces/:workspaceId/members/:userId": {
    status: 200,
    typedClient: 400,
    run: async (t) => {
      const { ws, owner, editor } = await team();
      return t.request(`/api/workspaces/${ws.id}/members/${editor.id}`, json("PATCH", { role: "viewer" }, owner.auth));
    },
    authz: {
      request: (o) => ({ path: `/api/workspaces/${o.workspaceId}/members/${o.userId}`, body: { role: "viewer" } }),
      owned: true,
    },
  },
  "DELETE /api/workspaces/:workspaceId/members/:userId": {
    status: 204,
    typedClient: 400,
    run: async (t) => {
      const { ws, owner, editor } = await team();
      return t.request(`/api/workspaces/${ws.id}/members/${editor.id}`, { method: "DELETE", headers: owner.auth });
    },
    authz: { request: (o) => ({ path: `/api/workspaces/${o.workspaceId}/members/${o.userId}` }), owned: true },
  },
  "POST /api/workspaces/:workspaceId/invitations": {
    status: 201,
    typedClient: 400,
    run: async (t) => {
      const { ws, owner } = await team();
      return t.request(
        `/api/workspaces/${ws.id}/invitations`,
        json("POST", { email: uniqueEmail(), role: "editor" }, owner.auth),
      );
    },
    authz: {
      request: (o) => ({
        path: `/api/workspaces/${o.workspaceId}/invitations`,
        body: { email: "intruder@example.com", role: "editor" },
      }),
      owned: true,
    },
  },
  "GET /api/workspaces/:workspaceId/invitations": {
    status: 200,
    typedClient: 400,
    run: async (t) => {
      const { ws, owner } = await invited();
      return t.request(`/api/workspaces/${ws.id}/invitations?limit=10`, { headers: owner.auth });
    },
    authz: { request: (o) => ({ path: `/api/workspaces/${o.workspaceId}/invitations` }), owned: true },
  },
  "DELETE /api/workspaces/:workspaceId/invitations/:invitationId": {
    status: 204,
    typedClient: 400,
    run: async (t) => {
      const { ws, owner, invitationId } = await invited();
      return t.request(`/api/workspaces/${ws.id}/invitations/${invitationId}`, {
        method: "DELETE",
        headers: owner.auth,
      });
    },
    authz: {
      request: (o) => ({ path: `/api/workspaces/${o.workspaceId}/invitations/${crypto.randomUUID()}` }),
      owned: true,
      inWorkspace: async (o) => {
        const [row] = (await sql.query(
          `insert into workspace_invitations (workspace_id, email, role, token_hash, expires_at)
           values ($1, $2, 'viewer', $3, now() + interval '1 day') returning id`,
          [o.workspaceId, uniqueEmail(), crypto.randomUUID().replaceAll("-", "").repeat(2)],
        )) as { id: string }[];
        return { path: `/api/workspaces/${o.workspaceId}/invitations/${row?.id}` };
      },
    },
  },
  "POST /api/invitations/accept": {
    status: 200,
    typedClient: 404, // the documented example is no invitation's token
    run: async (t) => {
      const { invitee, token } = await invited();
      return t.request("/api/invitations/accept", json("POST", { token }, invitee.auth));
    },
    // A token nobody was sent: 404 for anyone.
    authz: { request: () => ({ path: "/api/invitations/accept", body: { token: "x".repeat(43) } }), owned: true },
  },
};
