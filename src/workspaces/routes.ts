// /api/workspaces: workspaces (create, list, get, rename, delete), their members (list, re-role,
// remove or leave) and invitations (invite by email, list, revoke, accept). Every handler is one
// `authed` batch: one database round trip; audit rows and webhook outbox rows ride in the same batch.
import { z } from "@hono/zod-openapi";
import { sql } from "drizzle-orm";
import { audit } from "../audit";
import { memberRole, onWorkspace } from "../platform/auth/membership";
import { ROLES, rolesWith } from "../platform/auth/roles";
import { authed } from "../platform/auth/session";
import { hashToken, newToken } from "../platform/auth/tokens";
import { workspaceInvitations, workspaceMembers, workspaces } from "../platform/db/schema";
import { keysetPage, positionOf } from "../platform/http/cursor";
import { ApiError, notFound } from "../platform/http/errors";
import { router } from "../platform/http/openapi-router";
import { defineRoute, type Handler, jsonBody, jsonResponse } from "../platform/http/route";
import { sendInBackground } from "../platform/mail/send";
import { lockOwner } from "../projects";
import { webhookEvent } from "../webhooks";
import { invitationMail } from "./messages";
import {
  acceptedMembership,
  acceptInvitation,
  changeRole,
  closeExpired,
  createdWorkspaces,
  deletable,
  deleteWorkspace,
  findWorkspace,
  insertCreatorAsOwner,
  insertInvitation,
  insertWorkspace,
  invitationByToken,
  invitationState,
  joinedNow,
  listInvitations,
  listMembers,
  listWorkspaces,
  lockWorkspace,
  memberFromInvitation,
  memberState,
  removable,
  removeMember,
  renameWorkspace,
  revokeInvitation,
  workspaceKind,
} from "./queries";

/** The most open (unanswered, unexpired) invitations a workspace may have at once. */
export const MAX_OPEN_INVITATIONS = 100;
/** How long an invitation's link works. */
export const INVITATION_TTL_SECONDS = 7 * 24 * 3600;

// ------------------------------------------------------------------------------------------ shapes

const RoleSchema = z.enum(ROLES).openapi("Role", { description: "A member's role (docs/workspaces.md)" });

const WorkspaceSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    personal: z.boolean().openapi({ description: "The user's own workspace, created with the account" }),
    role: RoleSchema,
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .openapi("Workspace");

const MemberSchema = z
  .object({
    userId: z.uuid(),
    email: z.string(),
    name: z.string(),
    role: RoleSchema,
    joinedAt: z.iso.datetime(),
  })
  .openapi("Member");

const InvitationSchema = z
  .object({
    id: z.uuid(),
    email: z.string(),
    role: RoleSchema,
    expiresAt: z.iso.datetime(),
    createdAt: z.iso.datetime(),
  })
  .openapi("Invitation");

const iso = (d: Date | string) => (typeof d === "string" ? new Date(d) : d).toISOString();

type WorkspaceRow = { id: string; name: string; personal: boolean; role: string; createdAt: Date; updatedAt: Date };
const workspaceJson = (w: WorkspaceRow) => ({
  id: w.id,
  name: w.name,
  personal: w.personal,
  role: w.role as (typeof ROLES)[number],
  createdAt: iso(w.createdAt),
  updatedAt: iso(w.updatedAt),
});

const name = z.string().trim().min(1).max(255);
/** Compared like users.email: trimmed and lowercased (the account's rule, src/account/email.ts). */
const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email("must be an email address").max(255, "must be at most 255 characters"))
  .openapi({ example: "ada@example.com" });
const WorkspaceParams = z.object({
  workspaceId: z.uuid().openapi({ param: { name: "workspaceId", in: "path" }, description: "The workspace's id" }),
});
const MemberParams = WorkspaceParams.extend({
  userId: z.uuid().openapi({ param: { name: "userId", in: "path" }, description: "The member's user id" }),
});
const InvitationParams = WorkspaceParams.extend({
  invitationId: z.uuid().openapi({ param: { name: "invitationId", in: "path" }, description: "The invitation's id" }),
});

// Keyset pages on (created_at, id): the cursor is that pair, base64url-encoded.
const PageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: z.string().max(200).optional(),
});

const pageOf = <T extends z.ZodType>(item: T, name: string) =>
  z.object({ items: z.array(item), nextCursor: z.string().nullable() }).openapi(name);

const workspaceNotFound = () => notFound("workspace");

// ------------------------------------------------------------------------------------------ workspaces

const createRoute = defineRoute({
  operationId: "createWorkspace",
  tags: ["workspaces"],
  summary: "Create a workspace (the caller becomes its owner)",
  description: "Creates a shared workspace with the caller as its only member and owner. Needs `projects:write`.",
  method: "post",
  path: "/api/workspaces",
  roundTrips: 1,
  auth: { scopes: ["projects:write"] },
  request: { body: jsonBody(z.object({ name }).openapi({ example: { name: "Acme product team" } })) },
  responses: { 201: jsonResponse("Created", z.object({ workspace: WorkspaceSchema })) },
  errors: ["quota_exceeded"],
});

const listRoute = defineRoute({
  operationId: "listWorkspaces",
  tags: ["workspaces"],
  summary: "The caller's workspaces, with the caller's role in each",
  description:
    "Lists the workspaces the caller is a member of, oldest first, one keyset page at a time. Needs `projects:read`.",
  method: "get",
  path: "/api/workspaces",
  roundTrips: 1,
  auth: { scopes: ["projects:read"] },
  request: { query: PageQuery },
  responses: { 200: jsonResponse("A page", pageOf(WorkspaceSchema, "WorkspacePage")) },
  errors: ["invalid_cursor"],
});

const getRoute = defineRoute({
  operationId: "getWorkspace",
  tags: ["workspaces"],
  summary: "One workspace, with the caller's role",
  description: "Returns a workspace the caller is a member of. Needs `projects:read`.",
  method: "get",
  path: "/api/workspaces/{workspaceId}",
  access: onWorkspace("project:read"),
  roundTrips: 1,
  auth: { scopes: ["projects:read"] },
  request: { params: WorkspaceParams },
  responses: { 200: jsonResponse("The workspace", z.object({ workspace: WorkspaceSchema })) },
  errors: ["not_found"],
});

const renameRoute = defineRoute({
  operationId: "renameWorkspace",
  tags: ["workspaces"],
  summary: "Rename a workspace",
  description: "Changes the workspace's name. Needs `projects:write`.",
  method: "patch",
  path: "/api/workspaces/{workspaceId}",
  access: onWorkspace("workspace:manage"),
  roundTrips: 1,
  auth: { scopes: ["projects:write"] },
  request: { params: WorkspaceParams, body: jsonBody(z.object({ name }).openapi({ example: { name: "Platform" } })) },
  responses: { 200: jsonResponse("Renamed", z.object({ workspace: WorkspaceSchema })) },
  errors: ["not_found"],
});

const deleteRoute = defineRoute({
  operationId: "deleteWorkspace",
  tags: ["workspaces"],
  summary: "Delete a workspace with its projects",
  description:
    "Deletes a shared workspace with its projects, members and invitations; this cannot be undone. A personal workspace cannot be deleted (409 `personal_workspace`). Needs `projects:write`.",
  method: "delete",
  path: "/api/workspaces/{workspaceId}",
  access: onWorkspace("workspace:delete"),
  roundTrips: 1,
  auth: { scopes: ["projects:write"] },
  request: { params: WorkspaceParams },
  responses: { 204: { description: "Deleted" } },
  errors: ["not_found", "personal_workspace"],
});

// ------------------------------------------------------------------------------------------ members

const listMembersRoute = defineRoute({
  operationId: "listMembers",
  tags: ["workspaces"],
  summary: "The workspace's members and their roles",
  description: "Lists the members by joining time, one keyset page at a time. Needs `projects:read`.",
  method: "get",
  path: "/api/workspaces/{workspaceId}/members",
  access: onWorkspace("project:read"),
  roundTrips: 1,
  auth: { scopes: ["projects:read"] },
  request: { params: WorkspaceParams, query: PageQuery },
  responses: { 200: jsonResponse("A page", pageOf(MemberSchema, "MemberPage")) },
  errors: ["not_found", "invalid_cursor"],
});

const changeRoleRoute = defineRoute({
  operationId: "changeMemberRole",
  tags: ["workspaces"],
  summary: "Change a member's role",
  description:
    "Gives a member another role. Only an owner grants owner or changes an owner's role (403 `insufficient_role`); the last owner cannot be demoted (409 `last_owner`). Needs `projects:write`.",
  method: "patch",
  path: "/api/workspaces/{workspaceId}/members/{userId}",
  access: onWorkspace("members:manage"),
  roundTrips: 1,
  auth: { scopes: ["projects:write"] },
  request: {
    params: MemberParams,
    body: jsonBody(z.object({ role: RoleSchema }).openapi({ example: { role: "editor" } })),
  },
  responses: { 200: jsonResponse("Changed", z.object({ member: z.object({ userId: z.uuid(), role: RoleSchema }) })) },
  errors: ["not_found", "last_owner"],
});

const removeMemberRoute = defineRoute({
  operationId: "removeMember",
  tags: ["workspaces"],
  summary: "Remove a member, or leave the workspace",
  description: `Removes a member (roles: ${rolesWith("members:manage").join(", ")}; only an owner removes an owner), or, with the caller's own id, leaves the workspace (any role). The last owner cannot leave or be removed (409 \`last_owner\`). Needs \`projects:write\`.`,
  method: "delete",
  path: "/api/workspaces/{workspaceId}/members/{userId}",
  roundTrips: 1,
  auth: { scopes: ["projects:write"] },
  request: { params: MemberParams },
  responses: { 204: { description: "Removed" } },
  errors: ["not_found", "last_owner", "insufficient_role"],
});

// ------------------------------------------------------------------------------------------ invitations

const inviteRoute = defineRoute({
  operationId: "inviteMember",
  tags: ["workspaces"],
  summary: "Invite someone by email",
  description: `Mails a link to join the workspace with the given role, valid ${INVITATION_TTL_SECONDS / 86400} days; only its token's hash is stored. Only an owner invites an owner. At most ${MAX_OPEN_INVITATIONS} open invitations per workspace. Needs \`projects:write\`.`,
  method: "post",
  path: "/api/workspaces/{workspaceId}/invitations",
  access: onWorkspace("members:manage"),
  roundTrips: 1,
  auth: { scopes: ["projects:write"] },
  request: {
    params: WorkspaceParams,
    body: jsonBody(
      z
        .object({ email: emailSchema, role: RoleSchema })
        .openapi({ example: { email: "ada@example.com", role: "editor" } }),
    ),
  },
  responses: { 201: jsonResponse("Invited", z.object({ invitation: InvitationSchema })) },
  errors: ["not_found", "already_member", "invitation_pending", "too_many_invitations"],
});

const listInvitationsRoute = defineRoute({
  operationId: "listInvitations",
  tags: ["workspaces"],
  summary: "The workspace's open invitations",
  description: "Lists the invitations neither accepted, revoked nor expired, oldest first. Needs `projects:read`.",
  method: "get",
  path: "/api/workspaces/{workspaceId}/invitations",
  access: onWorkspace("members:manage"),
  roundTrips: 1,
  auth: { scopes: ["projects:read"] },
  request: { params: WorkspaceParams, query: PageQuery },
  responses: { 200: jsonResponse("A page", pageOf(InvitationSchema, "InvitationPage")) },
  errors: ["not_found", "invalid_cursor"],
});

const revokeRoute = defineRoute({
  operationId: "revokeInvitation",
  tags: ["workspaces"],
  summary: "Revoke an invitation",
  description: "Makes an unanswered invitation's link stop working. Needs `projects:write`.",
  method: "delete",
  path: "/api/workspaces/{workspaceId}/invitations/{invitationId}",
  access: onWorkspace("members:manage"),
  roundTrips: 1,
  auth: { scopes: ["projects:write"] },
  request: { params: InvitationParams },
  responses: { 204: { description: "Revoked" } },
  errors: ["not_found"],
});

const acceptRoute = defineRoute({
  operationId: "acceptInvitation",
  tags: ["workspaces"],
  summary: "Accept an invitation (join the workspace)",
  description:
    "Joins the invitation's workspace with its role. Only an account whose verified email is the invited address may (403 `invitation_email_mismatch`); an accepted, revoked or expired invitation answers 410 `invitation_closed`. Needs a session.",
  method: "post",
  path: "/api/invitations/accept",
  roundTrips: 1,
  auth: "session",
  request: {
    body: jsonBody(
      z
        .object({ token: z.string().regex(/^[A-Za-z0-9_-]{20,200}$/, "must be a token from the invitation link") })
        .openapi({ example: { token: "aTokenFromTheInvitationLink" } }),
    ),
  },
  responses: {
    200: jsonResponse(
      "Joined",
      z.object({ workspace: z.object({ id: z.uuid(), name: z.string(), role: RoleSchema }) }),
    ),
  },
  errors: ["invitation_not_found", "invitation_closed", "invitation_email_mismatch"],
});

// ------------------------------------------------------------------------------------------ handlers

const createWorkspace: Handler<typeof createRoute> = async (c) => {
  const body = c.req.valid("json");
  const id = crypto.randomUUID();
  const db = c.var.db;
  const max = c.var.config.QUOTA_WORKSPACES_PER_USER;
  const { results } = await authed(c, ({ userId }) => ({
    // Concurrent creations by one account count each other (docs/quotas.md).
    lock: lockOwner(db, userId),
    before: createdWorkspaces(db, userId),
    created: insertWorkspace(db, userId, id, body.name, max),
    owner: insertCreatorAsOwner(db, userId, id),
    audit: audit(c, {
      action: "workspace.created",
      actor: userId,
      workspace: id,
      target: { type: "workspace", id },
      data: { name: body.name },
      when: sql`exists (select 1 from ${workspaces} where ${workspaces.id} = ${id})`,
    }),
    workspace: findWorkspace(db, userId, id),
  }));
  const row = results.workspace[0];
  if (!row) {
    const created = results.before[0]?.created ?? 0;
    if (created >= max) {
      throw new ApiError("quota_exceeded", `the account has already created ${created} workspaces, the most it may`, {
        issues: [{ path: "workspaces", message: `${created} of ${max} workspaces per account used` }],
      });
    }
    throw workspaceNotFound();
  }
  return c.json({ workspace: workspaceJson(row) }, 201);
};

const listWorkspacesHandler: Handler<typeof listRoute> = async (c) => {
  const q = c.req.valid("query");
  const after = positionOf(q.cursor);
  const { results } = await authed(c, ({ userId }) => ({ rows: listWorkspaces(c.var.db, userId, q.limit, after) }));
  const p = keysetPage(results.rows, q.limit);
  return c.json({ items: p.items.map(workspaceJson), nextCursor: p.nextCursor }, 200);
};

const getWorkspace: Handler<typeof getRoute> = async (c) => {
  const { workspaceId } = c.req.valid("param");
  const { results } = await authed(c, ({ userId }) => ({ workspace: findWorkspace(c.var.db, userId, workspaceId) }));
  const row = results.workspace[0];
  if (!row) throw workspaceNotFound();
  return c.json({ workspace: workspaceJson(row) }, 200);
};

const renameWorkspaceHandler: Handler<typeof renameRoute> = async (c) => {
  const { workspaceId } = c.req.valid("param");
  const body = c.req.valid("json");
  const db = c.var.db;
  const { results } = await authed(c, ({ userId }) => ({
    renamed: renameWorkspace(db, userId, workspaceId, body.name),
    audit: audit(c, {
      action: "workspace.renamed",
      actor: userId,
      workspace: workspaceId,
      target: { type: "workspace", id: workspaceId },
      data: { name: body.name },
      when: sql`exists (select 1 from ${workspaces} where ${workspaces.id} = ${workspaceId} and ${workspaces.updatedAt} = now())`,
    }),
    workspace: findWorkspace(db, userId, workspaceId),
  }));
  const row = results.workspace[0];
  if (!results.renamed[0] || !row) throw workspaceNotFound();
  return c.json({ workspace: workspaceJson(row) }, 200);
};

const deleteWorkspaceHandler: Handler<typeof deleteRoute> = async (c) => {
  const { workspaceId } = c.req.valid("param");
  const db = c.var.db;
  const { results } = await authed(c, ({ userId }) => ({
    kind: workspaceKind(db, userId, workspaceId),
    // Before the delete, on the same condition: the workspace's own rows (this one too) go with it.
    audit: audit(c, {
      action: "workspace.deleted",
      actor: userId,
      workspace: null,
      target: { type: "workspace", id: workspaceId },
      when: deletable(userId, workspaceId),
    }),
    deleted: deleteWorkspace(db, userId, workspaceId),
  }));
  if (results.deleted[0]) return c.body(null, 204);
  if (results.kind[0]?.personal) {
    throw new ApiError("personal_workspace", "a personal workspace cannot be deleted; delete the account instead");
  }
  throw workspaceNotFound();
};

const listMembersHandler: Handler<typeof listMembersRoute> = async (c) => {
  const { workspaceId } = c.req.valid("param");
  const q = c.req.valid("query");
  const after = positionOf(q.cursor);
  const { results } = await authed(c, ({ userId }) => ({
    workspace: workspaceKind(c.var.db, userId, workspaceId),
    rows: listMembers(c.var.db, userId, workspaceId, q.limit, after),
  }));
  if (!results.workspace[0]) throw workspaceNotFound();
  const p = keysetPage(results.rows, q.limit, (r) => r.userId);
  return c.json(
    {
      items: p.items.map((m) => ({
        userId: m.userId,
        email: m.email,
        name: m.name,
        role: m.role,
        joinedAt: iso(m.createdAt),
      })),
      nextCursor: p.nextCursor,
    },
    200,
  );
};

/** A member's row changed in this batch (its updated_at is the transaction's now()). */
const memberChangedNow = (workspaceId: string, target: string) =>
  sql`exists (select 1 from ${workspaceMembers} where ${workspaceMembers.workspaceId} = ${workspaceId}
    and ${workspaceMembers.userId} = ${target} and ${workspaceMembers.updatedAt} = now())`;

const changeRoleHandler: Handler<typeof changeRoleRoute> = async (c) => {
  const { workspaceId, userId: target } = c.req.valid("param");
  const { role } = c.req.valid("json");
  const db = c.var.db;
  const { results } = await authed(c, ({ userId }) => {
    const when = memberChangedNow(workspaceId, target);
    return {
      lock: lockWorkspace(db, workspaceId),
      before: memberState(db, userId, workspaceId, target),
      changed: changeRole(db, userId, workspaceId, target, role),
      audit: audit(c, {
        action: "member.role_changed",
        actor: userId,
        workspace: workspaceId,
        target: { type: "user", id: target },
        data: { role },
        when,
      }),
      event: webhookEvent(c, {
        type: "member.role_changed",
        workspace: workspaceId,
        data: { workspaceId, userId: target, role },
        when,
      }),
    };
  });
  const changed = results.changed[0];
  if (changed) return c.json({ member: { userId: changed.userId, role: changed.role } }, 200);
  const before = results.before[0];
  if (!before?.targetRole || !before.callerRole) throw notFound("member");
  if (before.callerRole !== "owner") {
    throw new ApiError("insufficient_role", "only an owner grants the owner role or changes an owner's role");
  }
  throw new ApiError("last_owner", "the workspace's last owner cannot be demoted: make another member owner first");
};

const removeMemberHandler: Handler<typeof removeMemberRoute> = async (c) => {
  const { workspaceId, userId: target } = c.req.valid("param");
  const db = c.var.db;
  const { results } = await authed(c, ({ userId }) => {
    // Before the delete, on its condition (after it, the row is gone).
    const when = removable(userId, workspaceId, target);
    return {
      lock: lockWorkspace(db, workspaceId),
      before: memberState(db, userId, workspaceId, target),
      audit: audit(c, {
        action: "member.removed",
        actor: userId,
        workspace: workspaceId,
        target: { type: "user", id: target },
        when,
      }),
      event: webhookEvent(c, {
        type: "member.removed",
        workspace: workspaceId,
        data: { workspaceId, userId: target },
        when,
      }),
      removed: removeMember(db, userId, workspaceId, target),
    };
  });
  if (results.removed[0]) return c.body(null, 204);
  const before = results.before[0];
  if (!before?.targetRole || !before.callerRole) throw notFound("member");
  if (before.targetRole === "owner" && before.callerRole !== "owner" && !before.self) {
    throw new ApiError("insufficient_role", "only an owner removes an owner");
  }
  if (before.targetRole === "owner" && before.owners <= 1) {
    throw new ApiError(
      "last_owner",
      "the workspace's last owner cannot leave or be removed: make another member owner first",
    );
  }
  // The member themself may always leave (unless the last owner): a refusal here is the caller's role.
  throw new ApiError(
    "insufficient_role",
    `your role here (${before.callerRole}) cannot remove members: it needs ${rolesWith("members:manage").join(", ")}`,
  );
};

const inviteHandler: Handler<typeof inviteRoute> = async (c) => {
  const { workspaceId } = c.req.valid("param");
  const { email, role } = c.req.valid("json");
  const db = c.var.db;
  const token = newToken();
  const tokenHash = hashToken(token);
  const expiresAt = new Date(Date.now() + INVITATION_TTL_SECONDS * 1000);
  const { results } = await authed(c, ({ userId }) => {
    const when = sql`exists (select 1 from ${workspaceInvitations} where ${workspaceInvitations.tokenHash} = ${tokenHash})`;
    return {
      lock: lockWorkspace(db, workspaceId),
      closed: closeExpired(db, userId, workspaceId, email),
      before: invitationState(db, workspaceId, email),
      caller: memberRole(db, workspaceId, userId),
      invited: insertInvitation(db, userId, {
        workspaceId,
        email,
        role,
        tokenHash,
        expiresAt,
        maxOpen: MAX_OPEN_INVITATIONS,
      }),
      audit: audit(c, {
        action: "member.invited",
        actor: userId,
        workspace: workspaceId,
        target: {
          type: "invitation",
          id: sql`(select ${workspaceInvitations.id}::text from ${workspaceInvitations} where ${workspaceInvitations.tokenHash} = ${tokenHash})`,
        },
        data: { email, role },
        when,
      }),
      event: webhookEvent(c, {
        type: "member.invited",
        workspace: workspaceId,
        data: { workspaceId, email, role },
        when,
      }),
    };
  });
  const row = results.invited.rows[0];
  const before = results.before[0];
  if (row) {
    sendInBackground(
      c,
      "invitation",
      invitationMail(c.var.config.APP_URL, email, before?.name ?? "a workspace", role, token),
    );
    return c.json(
      {
        invitation: {
          id: row.id,
          email: row.email,
          role: row.role,
          expiresAt: iso(row.expires_at),
          createdAt: iso(row.created_at),
        },
      },
      201,
    );
  }
  const caller = results.caller[0]?.role;
  if (!caller || !before) throw workspaceNotFound();
  if (role === "owner" && caller !== "owner") throw new ApiError("insufficient_role", "only an owner invites an owner");
  if (before.member) throw new ApiError("already_member", "this address belongs to a member of the workspace");
  if (before.pending)
    throw new ApiError("invitation_pending", "this address already has an open invitation; revoke it to send another");
  throw new ApiError(
    "too_many_invitations",
    `the workspace has ${before.open} open invitations, the most it may have (${MAX_OPEN_INVITATIONS})`,
  );
};

const listInvitationsHandler: Handler<typeof listInvitationsRoute> = async (c) => {
  const { workspaceId } = c.req.valid("param");
  const q = c.req.valid("query");
  const after = positionOf(q.cursor);
  const { results } = await authed(c, ({ userId }) => ({
    workspace: workspaceKind(c.var.db, userId, workspaceId),
    rows: listInvitations(c.var.db, userId, workspaceId, q.limit, after),
  }));
  if (!results.workspace[0]) throw workspaceNotFound();
  const p = keysetPage(results.rows, q.limit);
  return c.json(
    {
      items: p.items.map((i) => ({
        id: i.id,
        email: i.email,
        role: i.role,
        expiresAt: iso(i.expiresAt),
        createdAt: iso(i.createdAt),
      })),
      nextCursor: p.nextCursor,
    },
    200,
  );
};

const revokeHandler: Handler<typeof revokeRoute> = async (c) => {
  const { workspaceId, invitationId } = c.req.valid("param");
  const { results } = await authed(c, ({ userId }) => ({
    revoked: revokeInvitation(c.var.db, userId, workspaceId, invitationId),
    audit: audit(c, {
      action: "member.invitation_revoked",
      actor: userId,
      workspace: workspaceId,
      target: { type: "invitation", id: invitationId },
      when: sql`exists (select 1 from ${workspaceInvitations} where ${workspaceInvitations.id} = ${invitationId} and ${workspaceInvitations.revokedAt} = now())`,
    }),
  }));
  if (!results.revoked[0]) throw notFound("invitation");
  return c.body(null, 204);
};

const acceptHandler: Handler<typeof acceptRoute> = async (c) => {
  const { token } = c.req.valid("json");
  const tokenHash = hashToken(token);
  const db = c.var.db;
  const { results } = await authed(c, ({ userId }) => {
    const when = joinedNow(userId, tokenHash);
    const workspace = sql`(select ${workspaceInvitations.workspaceId} from ${workspaceInvitations} where ${workspaceInvitations.tokenHash} = ${tokenHash})`;
    return {
      before: invitationByToken(db, userId, tokenHash),
      accepted: acceptInvitation(db, userId, tokenHash),
      member: memberFromInvitation(db, userId, tokenHash),
      audit: audit(c, { action: "member.added", actor: userId, workspace, target: { type: "user", id: userId }, when }),
      event: webhookEvent(c, {
        type: "member.added",
        workspace,
        data: sql`(select jsonb_build_object('workspaceId', ${workspaceInvitations.workspaceId}, 'userId', ${workspaceInvitations.acceptedBy}, 'role', ${workspaceInvitations.role}) from ${workspaceInvitations} where ${workspaceInvitations.tokenHash} = ${tokenHash})`,
        when,
      }),
      joined: acceptedMembership(db, userId, tokenHash),
    };
  });
  const joined = results.joined[0];
  if (results.accepted[0] && joined) {
    return c.json({ workspace: { id: joined.workspaceId, name: joined.name, role: joined.role } }, 200);
  }
  const before = results.before[0];
  if (!before) throw new ApiError("invitation_not_found", "no invitation has this token");
  if (before.acceptedAt || before.revokedAt || before.expired) {
    throw new ApiError("invitation_closed", "the invitation was already accepted, was revoked, or has expired");
  }
  if (!before.emailMatches) {
    throw new ApiError(
      "invitation_email_mismatch",
      "the invitation is for another email address: sign in with the invited address, verified",
    );
  }
  throw new ApiError("invitation_closed", "the invitation was accepted concurrently");
};

export const workspaceRoutes = router()
  .openapi(createRoute, createWorkspace)
  .openapi(listRoute, listWorkspacesHandler)
  .openapi(getRoute, getWorkspace)
  .openapi(renameRoute, renameWorkspaceHandler)
  .openapi(deleteRoute, deleteWorkspaceHandler)
  .openapi(listMembersRoute, listMembersHandler)
  .openapi(changeRoleRoute, changeRoleHandler)
  .openapi(removeMemberRoute, removeMemberHandler)
  .openapi(inviteRoute, inviteHandler)
  .openapi(listInvitationsRoute, listInvitationsHandler)
  .openapi(revokeRoute, revokeHandler)
  .openapi(acceptRoute, acceptHandler);
