// Membership, the other half of authorization with roles.ts: whether a user is a member of a workspace
// with a role holding a permission, as SQL for a statement's WHERE and for a route's `access` lookup.
import { and, Column, eq, inArray, type SQL, sql } from "drizzle-orm";
import type { Db } from "../db/client";
import { qualified } from "../db/raw";
import { workspaceMembers } from "../db/schema";
import type { Access } from "../http/context";
import { type Permission, rolesWith } from "./roles";

/**
 * "The user is a member of `workspace` with a role holding `permission`": the condition every statement
 * on a workspace's data carries (a NULL user, from a bad credential, is no member of anything).
 * A column is written table-qualified: drizzle leaves columns bare in UPDATE/DELETE, where a bare
 * `workspace_id` inside the subquery would name workspace_members' own.
 */
export function memberMay(workspace: Column | SQL, userId: SQL, permission: Permission): SQL {
  const outer = workspace instanceof Column ? qualified(workspace) : workspace;
  return sql`exists (select 1 from ${workspaceMembers} where ${and(
    sql`${workspaceMembers.workspaceId} = ${outer}`,
    eq(workspaceMembers.userId, userId),
    inArray(workspaceMembers.role, [...rolesWith(permission)]),
  )})`;
}

/** The caller's role in a workspace (no row: not a member), for a route's `access` lookup. */
export function memberRole(db: Db, workspaceId: string, userId: SQL) {
  return db
    .select({ role: workspaceMembers.role })
    .from(workspaceMembers)
    .where(and(eq(workspaceMembers.workspaceId, workspaceId), eq(workspaceMembers.userId, userId)));
}

/**
 * A route acting in the workspace named by its `{workspaceId}` path parameter: the permission it needs there
 * (a route's `access` declaration; the caller's role is read in the route's batch).
 */
export function onWorkspace(permission: Permission): Access {
  return { permission, role: (c, userId) => memberRole(c.var.db, c.req.param("workspaceId") ?? "", userId) };
}
