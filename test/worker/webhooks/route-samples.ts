// The webhook routes' samples for the cross-cutting suites (test/worker/route-fixtures.ts).
import { jsonInit, sql } from "../helpers";
import { count, type RouteSamples } from "../route-fixtures";
import { createWebhook, hooksPath, withWorkspace, workspaceOf } from "./fixtures";

const URL_OK = "https://hooks.example.com/samples";
const body = { url: URL_OK, eventTypes: ["member.added"] };

/** An owner, their workspace and one subscription with one failed delivery. */
async function withWebhook() {
  const { user, workspaceId } = await withWorkspace();
  const { webhook } = await createWebhook(user, workspaceId, URL_OK);
  const [delivery] = (await sql.query(
    `insert into webhook_deliveries (subscription_id, event_id, event_type, payload, status)
     values ($1, 'msg_sample', 'member.added', '{}', 'failed') returning id`,
    [webhook.id],
  )) as { id: string }[];
  return {
    user,
    workspaceId,
    webhookId: webhook.id,
    deliveryId: delivery!.id,
    path: `${hooksPath(workspaceId)}/${webhook.id}`,
  };
}

// The typed client's generic request names no workspace (its path parameters are a project's): 400.
export const samples: RouteSamples = {
  "GET /api/workspaces/:workspaceId/webhooks": {
    status: 200,
    typedClient: 400,
    run: async (t) => {
      const { user, workspaceId } = await withWebhook();
      return t.request(`${hooksPath(workspaceId)}?limit=10`, { headers: user.auth });
    },
    authz: { request: (o) => ({ path: hooksPath(o.workspaceId) }), owned: true },
  },
  "POST /api/workspaces/:workspaceId/webhooks": {
    status: 201,
    typedClient: 400,
    run: async (t) => {
      const { user, workspaceId } = await withWorkspace();
      return t.request(hooksPath(workspaceId), jsonInit("POST", body, user.auth));
    },
    authz: { request: (o) => ({ path: hooksPath(o.workspaceId), body }), owned: true },
    keyed: async (user) => {
      const workspaceId = await workspaceOf(user);
      return {
        path: hooksPath(workspaceId),
        body,
        other: { ...body, url: "https://hooks.example.com/other" },
        status: 201,
        effects: () =>
          count("select count(*)::int as n from webhook_subscriptions where workspace_id = $1", [workspaceId]),
      };
    },
  },
  "GET /api/workspaces/:workspaceId/webhooks/:webhookId": {
    status: 200,
    typedClient: 400,
    run: async (t) => {
      const { user, path } = await withWebhook();
      return t.request(path, { headers: user.auth });
    },
    authz: { request: (o) => ({ path: `${hooksPath(o.workspaceId)}/${o.webhookId}` }), owned: true },
  },
  "PATCH /api/workspaces/:workspaceId/webhooks/:webhookId": {
    status: 200,
    typedClient: 400,
    run: async (t) => {
      const { user, path } = await withWebhook();
      return t.request(path, jsonInit("PATCH", { active: false }, user.auth));
    },
    authz: {
      request: (o) => ({ path: `${hooksPath(o.workspaceId)}/${o.webhookId}`, body: { active: false } }),
      owned: true,
    },
  },
  "DELETE /api/workspaces/:workspaceId/webhooks/:webhookId": {
    status: 204,
    typedClient: 400,
    run: async (t) => {
      const { user, path } = await withWebhook();
      return t.request(path, { method: "DELETE", headers: user.auth });
    },
    authz: { request: (o) => ({ path: `${hooksPath(o.workspaceId)}/${o.webhookId}` }), owned: true },
  },
  "POST /api/workspaces/:workspaceId/webhooks/:webhookId/rotate-secret": {
    status: 200,
    typedClient: 400,
    run: async (t) => {
      const { user, path } = await withWebhook();
      return t.request(`${path}/rotate-secret`, { method: "POST", headers: user.auth });
    },
    authz: { request: (o) => ({ path: `${hooksPath(o.workspaceId)}/${o.webhookId}/rotate-secret` }), owned: true },
  },
  "GET /api/workspaces/:workspaceId/webhooks/:webhookId/deliveries": {
    status: 200,
    typedClient: 400,
    run: async (t) => {
      const { user, path } = await withWebhook();
      return t.request(`${path}/deliveries?limit=5&status=failed`, { headers: user.auth });
    },
    authz: { request: (o) => ({ path: `${hooksPath(o.workspaceId)}/${o.webhookId}/deliveries` }), owned: true },
  },
  "POST /api/workspaces/:workspaceId/webhooks/:webhookId/deliveries/:deliveryId/redeliver": {
    status: 202,
    typedClient: 400,
    run: async (t) => {
      const { user, path, deliveryId } = await withWebhook();
      return t.request(`${path}/deliveries/${deliveryId}/redeliver`, { method: "POST", headers: user.auth });
    },
    authz: {
      request: (o) => ({
        path: `${hooksPath(o.workspaceId)}/${o.webhookId}/deliveries/${o.deliveryId}/redeliver`,
      }),
      owned: true,
    },
  },
};
