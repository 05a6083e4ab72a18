// Workspaces arranged for tests: a shared workspace (created through the API) with members of given
// roles (added in SQL), and the token of an invitation mail.
import { expect } from "vitest";
import type { Role } from "../../../src/platform/auth/roles";
import { ACCEPT_PATH } from "../../../src/workspaces/messages";
import { call, mailsTo, signedInUser, sql, type User } from "../helpers";

export async function createWorkspace(owner: User, name = `Team ${crypto.randomUUID()}`) {
  const r = await call(owner, "POST", "/api/workspaces", { name });
  expect(r.status).toBe(201);
  return r.json.workspace as { id: string; name: string; personal: boolean; role: Role };
}

/** A new signed-in user made a member of `workspaceId` with `role`. */
export async function memberWith(workspaceId: string, role: Role, name = `${role} member`) {
  const user = await signedInUser(name);
  await sql.query("insert into workspace_members (workspace_id, user_id, role) values ($1, $2, $3)", [
    workspaceId,
    user.id,
    role,
  ]);
  return user;
}

export async function personalWorkspaceOf(userId: string): Promise<string> {
  const [row] = (await sql.query("select id from workspaces where created_by = $1 and personal", [userId])) as {
    id: string;
  }[];
  if (!row) throw new Error(`no personal workspace for ${userId}`);
  return row.id;
}

/** The token of the newest invitation mail to `to`. */
export async function invitationToken(to: string): Promise<string> {
  const mails = (await mailsTo(to)).filter((m) => m.text.includes(`${ACCEPT_PATH}?token=`));
  const latest = mails.at(-1);
  if (!latest) throw new Error(`no invitation mail to ${to}`);
  const m = /[?&]token=([A-Za-z0-9_-]+)/.exec(latest.text);
  return m?.[1] as string;
}

export async function roleOf(workspaceId: string, userId: string): Promise<Role | undefined> {
  const rows = (await sql.query("select role from workspace_members where workspace_id = $1 and user_id = $2", [
    workspaceId,
    userId,
  ])) as { role: Role }[];
  return rows[0]?.role;
}

export async function auditActions(workspaceId: string): Promise<string[]> {
  const rows = (await sql.query("select action from audit_events where workspace_id = $1 order by created_at, id", [
    workspaceId,
  ])) as { action: string }[];
  return rows.map((r) => r.action);
}
