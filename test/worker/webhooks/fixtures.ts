// Webhook test fixtures: a user's personal workspace, members with a role, subscriptions, and the
// local Standard Webhooks receiver (tools/webhook-receiver.ts) started by the global setup.
import { env } from "cloudflare:workers";
import { expect } from "vitest";
import type { Role } from "../../../src/platform/auth/roles";
import { call, signedInUser, sql, type User } from "../helpers";

/** The user's personal workspace (created with the user, owner). */
export async function workspaceOf(user: { id: string }): Promise<string> {
  const rows = (await sql.query("select id from workspaces where created_by = $1 and personal", [user.id])) as {
    id: string;
  }[];
  if (!rows[0]) throw new Error(`no personal workspace for ${user.id}`);
  return rows[0].id;
}

/** A new user who is a member of `workspaceId` with `role`. */
export async function memberWith(workspaceId: string, role: Role): Promise<User> {
  const user = await signedInUser(`A ${role}`);
  await sql.query("insert into workspace_members (workspace_id, user_id, role) values ($1, $2, $3)", [
    workspaceId,
    user.id,
    role,
  ]);
  return user;
}

/** A signed-in owner and their workspace. */
export async function withWorkspace() {
  const user = await signedInUser("Webhook Owner");
  return { user, workspaceId: await workspaceOf(user) };
}

export const hooksPath = (workspaceId: string) => `/api/workspaces/${workspaceId}/webhooks`;

/** A receiver endpoint of its own (tests share the receiver): its URL and control calls. */
export function receiverEndpoint(name = crypto.randomUUID()) {
  const root = env.WEBHOOK_RECEIVER_URL;
  const post = async (path: string, body: unknown) => {
    const res = await fetch(`${root}${path}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ endpoint: name, ...(body as object) }),
    });
    expect(res.status).toBe(200);
  };
  return {
    url: `${root}/hooks/${name}`,
    setSecret: (secret: string) => post("/control/secret", { secret }),
    fail: (count: number, status = 500, delayMs = 0) => post("/control/faults", { count, status, delayMs }),
    received: async () =>
      (await (await fetch(`${root}/control/events?endpoint=${name}`)).json()) as {
        events: { webhookId: string; signatures: number; body: any; duplicate: boolean }[];
        answers: { status: number; reason: string; webhookId: string | null }[];
      },
    /** A raw POST to the endpoint, as an attacker or a broken sender would make it. */
    post: (body: string, headers: Record<string, string>) =>
      fetch(`${root}/hooks/${name}`, {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body,
      }),
  };
}

/** Creates a subscription through the API; returns it with its secret. */
export async function createWebhook(
  user: User,
  workspaceId: string,
  url: string,
  eventTypes: string[] = ["member.added"],
) {
  const r = await call(user, "POST", hooksPath(workspaceId), { url, eventTypes });
  expect(r.status, r.text).toBe(201);
  return r.json as { webhook: { id: string; url: string }; secret: string };
}
