// The workspace aggregate's statements: workspaces, members and invitations. Each returns a drizzle
// query for the caller's `authed` batch (one round trip); `userId` is the caller as SQL, NULL for a bad
// credential, so every statement then matches and changes nothing. Statements that a later one in the
// batch must see run first: a batch is one transaction, each statement seeing the ones before it.
import { and, asc, eq, exists, gt, isNull, ne, notExists, or, type SQL, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { memberMay } from "../platform/auth/membership";
import type { Role } from "../platform/auth/roles";
import type { Db } from "../platform/db/client";
import { type Position, pastPosition, sortKeyText } from "../platform/db/keyset";
import { insertSelect, qualified, valueAs } from "../platform/db/raw";
import { users, workspaceInvitations, workspaceMembers, workspaces } from "../platform/db/schema";

const wsId = (id: string) => sql`${id}::uuid`;

// ------------------------------------------------------------------------------------------ workspaces

export const workspaceFields = {
  id: workspaces.id,
  name: workspaces.name,
  personal: workspaces.personal,
  createdAt: workspaces.createdAt,
  updatedAt: workspaces.updatedAt,
};

/** The shared workspaces `userId` created (its personal one not counted): QUOTA_WORKSPACES_PER_USER's count. */
const createdBy = (userId: SQL) =>
  sql`(select count(*) from ${workspaces} where ${workspaces.createdBy} = ${userId} and not ${workspaces.personal})`;

/** How many shared workspaces the caller has created (read before insertWorkspace, for a refusal's answer). */
export function createdWorkspaces(db: Db, userId: SQL) {
  return db.select({ created: sql<number>`${createdBy(userId)}::int` }).from(sql`(select 1) one`);
}

/**
 * Inserts the workspace `id` (drawn by the caller) with the caller as creator, unless the caller has
 * created `max` already (exact when the batch locked the caller's row first, as project creation does).
 */
export function insertWorkspace(db: Db, userId: SQL, id: string, name: string, max: number) {
  return db.execute<{ id: string }>(
    sql`${insertSelect(
      workspaces,
      { id: wsId(id), name: valueAs(workspaces.name, name), createdBy: sql`u.id` },
      sql`from (select ${userId} as id) u where u.id is not null and ${createdBy(sql`u.id`)} < ${max}`,
    )} returning id`,
  );
}

/** The creator of the workspace `id`, created earlier in the batch, as its owner. */
export function insertCreatorAsOwner(db: Db, userId: SQL, id: string) {
  return db.execute(
    sql`${insertSelect(
      workspaceMembers,
      {
        workspaceId: sql`${workspaces.id}`,
        userId: sql`${workspaces.createdBy}`,
        role: valueAs(workspaceMembers.role, "owner"),
      },
      sql`from ${workspaces} where ${workspaces.id} = ${wsId(id)} and ${workspaces.createdBy} = ${userId}`,
    )}`,
  );
}

/** The workspace with the caller's role in it, if the caller is a member. */
export function findWorkspace(db: Db, userId: SQL, id: string) {
  return db
    .select({ ...workspaceFields, role: workspaceMembers.role })
    .from(workspaces)
    .innerJoin(
      workspaceMembers,
      and(eq(workspaceMembers.workspaceId, workspaces.id), eq(workspaceMembers.userId, userId)),
    )
    .where(eq(workspaces.id, id));
}

/** One keyset page (limit + 1 rows) of the caller's workspaces, oldest first, with the caller's role. */
export function listWorkspaces(db: Db, userId: SQL, limit: number, after?: Position) {
  return db
    .select({ ...workspaceFields, role: workspaceMembers.role, sortKey: sortKeyText(workspaces.createdAt) })
    .from(workspaces)
    .innerJoin(workspaceMembers, eq(workspaceMembers.workspaceId, workspaces.id))
    .where(and(eq(workspaceMembers.userId, userId), pastPosition(workspaces.createdAt, workspaces.id, after, "asc")))
    .orderBy(asc(workspaces.createdAt), asc(workspaces.id))
    .limit(limit + 1);
}

export function renameWorkspace(db: Db, userId: SQL, id: string, name: string) {
  return db
    .update(workspaces)
    .set({ name, updatedAt: sql`now()` })
    .where(and(eq(workspaces.id, id), memberMay(workspaces.id, userId, "workspace:manage")))
    .returning(workspaceFields);
}

/** "The caller may delete workspace `id`, and it is not a personal one": the delete's condition. */
export function deletable(userId: SQL, id: string): SQL {
  return sql`exists (select 1 from ${workspaces} where ${and(
    eq(workspaces.id, id),
    eq(workspaces.personal, false),
    memberMay(workspaces.id, userId, "workspace:delete"),
  )})`;
}

/** Deletes the workspace, with its projects, members and invitations (foreign keys cascade). */
export function deleteWorkspace(db: Db, userId: SQL, id: string) {
  return db
    .delete(workspaces)
    .where(
      and(eq(workspaces.id, id), eq(workspaces.personal, false), memberMay(workspaces.id, userId, "workspace:delete")),
    )
    .returning({ id: workspaces.id });
}

/** Whether the workspace is personal, when the caller is a member (a refused delete's 409 vs 404). */
export function workspaceKind(db: Db, userId: SQL, id: string) {
  return db
    .select({ personal: workspaces.personal })
    .from(workspaces)
    .where(and(eq(workspaces.id, id), memberMay(workspaces.id, userId, "project:read")));
}

/**
 * Locks the workspace's row until the batch commits, so the batch's next statements (each with a
 * snapshot taken after the lock) see every concurrent change to its owners and open invitations.
 */
export function lockWorkspace(db: Db, id: string) {
  return db.select({ id: workspaces.id }).from(workspaces).where(eq(workspaces.id, id)).for("no key update");
}

// ------------------------------------------------------------------------------------------ members

export const memberFields = {
  userId: workspaceMembers.userId,
  email: users.email,
  name: users.name,
  role: workspaceMembers.role,
  createdAt: workspaceMembers.createdAt,
};

/** One keyset page (limit + 1 rows) of the workspace's members, by joining time. */
export function listMembers(db: Db, userId: SQL, workspaceId: string, limit: number, after?: Position) {
  return db
    .select({ ...memberFields, sortKey: sortKeyText(workspaceMembers.createdAt) })
    .from(workspaceMembers)
    .innerJoin(users, eq(users.id, workspaceMembers.userId))
    .where(
      and(
        eq(workspaceMembers.workspaceId, workspaceId),
        memberMay(wsId(workspaceId), userId, "project:read"),
        pastPosition(workspaceMembers.createdAt, workspaceMembers.userId, after, "asc"),
      ),
    )
    .orderBy(asc(workspaceMembers.createdAt), asc(workspaceMembers.userId))
    .limit(limit + 1);
}

const isOwner = (workspaceId: string, who: SQL) =>
  sql`exists (select 1 from ${workspaceMembers} where ${and(
    eq(workspaceMembers.workspaceId, workspaceId),
    eq(workspaceMembers.userId, who),
    eq(workspaceMembers.role, "owner"),
  )})`;

/** Another owner than `target` exists in the workspace. */
const anotherOwner = (workspaceId: string, target: string) =>
  sql`exists (select 1 from ${workspaceMembers} where ${and(
    eq(workspaceMembers.workspaceId, workspaceId),
    ne(workspaceMembers.userId, target),
    eq(workspaceMembers.role, "owner"),
  )})`;

/**
 * What a refused member change is told by, read before it in the batch: the target's role, the
 * caller's role, and the number of owners.
 */
export function memberState(db: Db, userId: SQL, workspaceId: string, target: string) {
  const role = (who: SQL) =>
    sql<Role | null>`(select ${workspaceMembers.role} from ${workspaceMembers} where ${and(
      eq(workspaceMembers.workspaceId, workspaceId),
      eq(workspaceMembers.userId, who),
    )})`;
  return db
    .select({
      targetRole: role(sql`${target}::uuid`),
      callerRole: role(userId),
      self: sql<boolean>`coalesce(${target}::uuid = ${userId}, false)`,
      owners: sql<number>`(select count(*)::int from ${workspaceMembers} where ${and(
        eq(workspaceMembers.workspaceId, workspaceId),
        eq(workspaceMembers.role, "owner"),
      )})`,
    })
    .from(sql`(select 1) one`);
}

/**
 * Changes a member's role: the caller manages members; only an owner grants owner or changes an
 * owner's role; the last owner keeps it.
 */
export function changeRole(db: Db, userId: SQL, workspaceId: string, target: string, role: Role) {
  return db
    .update(workspaceMembers)
    .set({ role, updatedAt: sql`now()` })
    .where(
      and(
        eq(workspaceMembers.workspaceId, workspaceId),
        eq(workspaceMembers.userId, target),
        memberMay(wsId(workspaceId), userId, "members:manage"),
        role === "owner" ? isOwner(workspaceId, userId) : undefined,
        or(ne(workspaceMembers.role, "owner"), and(isOwner(workspaceId, userId), anotherOwner(workspaceId, target))),
      ),
    )
    .returning({ userId: workspaceMembers.userId, role: workspaceMembers.role });
}

/**
 * "The caller may remove member `target`": the caller manages members or is the member (leaving);
 * only an owner removes an owner (or the owner leaves); the last owner stays. Holds in the DELETE
 * (bare columns: the deleted row) and in `removable`'s subquery (its own row) alike.
 */
function removeCondition(userId: SQL, workspaceId: string, target: string): SQL {
  const self = sql`${workspaceMembers.userId} = ${userId}`;
  return and(
    eq(workspaceMembers.workspaceId, workspaceId),
    eq(workspaceMembers.userId, target),
    or(self, memberMay(wsId(workspaceId), userId, "members:manage")),
    or(
      ne(workspaceMembers.role, "owner"),
      and(or(self, isOwner(workspaceId, userId)), anotherOwner(workspaceId, target)),
    ),
  ) as SQL;
}

/** The removal will happen: the condition of its audit row and event, written before it. */
export function removable(userId: SQL, workspaceId: string, target: string): SQL {
  return sql`exists (select 1 from ${workspaceMembers} where ${removeCondition(userId, workspaceId, target)})`;
}

export function removeMember(db: Db, userId: SQL, workspaceId: string, target: string) {
  return db
    .delete(workspaceMembers)
    .where(removeCondition(userId, workspaceId, target))
    .returning({ userId: workspaceMembers.userId });
}

// ------------------------------------------------------------------------------------------ invitations

export const invitationFields = {
  id: workspaceInvitations.id,
  email: workspaceInvitations.email,
  role: workspaceInvitations.role,
  expiresAt: workspaceInvitations.expiresAt,
  createdAt: workspaceInvitations.createdAt,
};

const inv = workspaceInvitations;
/** Neither accepted nor revoked (the unique index's "open"); it may have expired. */
const unanswered = and(isNull(inv.acceptedAt), isNull(inv.revokedAt));
/** Open: unanswered and unexpired. */
const open = and(unanswered, gt(inv.expiresAt, sql`now()`));

/** Closes the address's expired invitation, so the unique index admits a new one. */
export function closeExpired(db: Db, userId: SQL, workspaceId: string, email: string) {
  return db
    .update(inv)
    .set({ revokedAt: sql`now()` })
    .where(
      and(
        eq(inv.workspaceId, workspaceId),
        eq(inv.email, email),
        unanswered,
        sql`${inv.expiresAt} <= now()`,
        memberMay(inv.workspaceId, userId, "members:manage"),
      ),
    );
}

/** The refusal reasons of an invitation, read before its insert: already a member, already invited, open count. */
export function invitationState(db: Db, workspaceId: string, email: string) {
  return db
    .select({
      member: sql<boolean>`exists (select 1 from ${workspaceMembers} join ${users} on ${users.id} = ${workspaceMembers.userId}
        where ${workspaceMembers.workspaceId} = ${workspaceId} and ${users.email} = ${email})`,
      pending: sql<boolean>`exists (select 1 from ${inv} where ${and(eq(inv.workspaceId, workspaceId), eq(inv.email, email), open)})`,
      open: sql<number>`(select count(*)::int from ${inv} where ${and(eq(inv.workspaceId, workspaceId), open)})`,
      name: sql<string | null>`(select ${workspaces.name} from ${workspaces} where ${workspaces.id} = ${workspaceId})`,
    })
    .from(sql`(select 1) one`);
}

export interface NewInvitation {
  workspaceId: string;
  email: string;
  role: Role;
  tokenHash: string;
  expiresAt: Date;
  maxOpen: number;
}

/**
 * Inserts the invitation unless: the caller may not manage members (or invites an owner without
 * being one), the address is a member's, or the workspace has `maxOpen` open invitations. An open
 * invitation to the same address makes it a no-op (the unique index).
 */
export function insertInvitation(db: Db, userId: SQL, i: NewInvitation) {
  return db.execute<{ id: string; email: string; role: Role; expires_at: string; created_at: string }>(
    sql`${insertSelect(
      inv,
      {
        workspaceId: sql`${i.workspaceId}::uuid`,
        email: valueAs(inv.email, i.email),
        role: valueAs(inv.role, i.role),
        tokenHash: valueAs(inv.tokenHash, i.tokenHash),
        invitedBy: sql`u.id`,
        expiresAt: valueAs(inv.expiresAt, i.expiresAt),
      },
      sql`from (select ${userId} as id) u where u.id is not null
      and ${memberMay(sql`${i.workspaceId}::uuid`, userId, "members:manage")}
      and ${i.role === "owner" ? isOwner(i.workspaceId, userId) : sql`true`}
      and not exists (select 1 from ${workspaceMembers} join ${users} on ${users.id} = ${workspaceMembers.userId}
        where ${workspaceMembers.workspaceId} = ${i.workspaceId} and ${users.email} = ${i.email})
      and (select count(*) from ${inv} where ${and(eq(inv.workspaceId, i.workspaceId), open)}) < ${i.maxOpen}`,
    )} on conflict do nothing returning id, email, role, expires_at, created_at`,
  );
}

/** One keyset page (limit + 1 rows) of the workspace's open invitations, oldest first. */
export function listInvitations(db: Db, userId: SQL, workspaceId: string, limit: number, after?: Position) {
  return db
    .select({ ...invitationFields, sortKey: sortKeyText(inv.createdAt) })
    .from(inv)
    .where(
      and(
        eq(inv.workspaceId, workspaceId),
        open,
        memberMay(inv.workspaceId, userId, "members:manage"),
        pastPosition(inv.createdAt, inv.id, after, "asc"),
      ),
    )
    .orderBy(asc(inv.createdAt), asc(inv.id))
    .limit(limit + 1);
}

export function revokeInvitation(db: Db, userId: SQL, workspaceId: string, id: string) {
  return db
    .update(inv)
    .set({ revokedAt: sql`now()` })
    .where(
      and(
        eq(inv.id, id),
        eq(inv.workspaceId, workspaceId),
        unanswered,
        memberMay(inv.workspaceId, userId, "members:manage"),
      ),
    )
    .returning({ id: inv.id, email: inv.email });
}

/** The invitation behind a token and whether the caller's verified email is the invited one, read before accepting. */
export function invitationByToken(db: Db, userId: SQL, tokenHash: string) {
  return db
    .select({
      acceptedAt: inv.acceptedAt,
      revokedAt: inv.revokedAt,
      expired: sql<boolean>`${inv.expiresAt} <= now()`,
      emailMatches: sql<boolean>`exists (select 1 from ${users} where ${users.id} = ${userId}
        and ${users.emailVerified} and ${users.email} = ${qualified(inv.email)})`,
    })
    .from(inv)
    .where(eq(inv.tokenHash, tokenHash));
}

/**
 * Accepts the invitation: open, and the caller's verified email is the invited one. Marks it
 * accepted by the caller (now()), which the membership insert that follows reads.
 */
export function acceptInvitation(db: Db, userId: SQL, tokenHash: string) {
  return db
    .update(inv)
    .set({ acceptedAt: sql`now()`, acceptedBy: sql`${userId}` })
    .where(
      and(
        eq(inv.tokenHash, tokenHash),
        open,
        sql`exists (select 1 from ${users} where ${users.id} = ${userId}
          and ${users.emailVerified} and ${users.email} = ${qualified(inv.email)})`,
      ),
    )
    .returning({ id: inv.id, workspaceId: inv.workspaceId, role: inv.role });
}

/** "The acceptance made the caller a member in this batch" (an existing member keeps their role: no event). */
export function joinedNow(userId: SQL, tokenHash: string): SQL {
  return sql`exists (select 1 from ${inv} join ${workspaceMembers}
      on ${workspaceMembers.workspaceId} = ${inv.workspaceId} and ${workspaceMembers.userId} = ${inv.acceptedBy}
    where ${inv.tokenHash} = ${tokenHash} and ${inv.acceptedBy} = ${userId} and ${inv.acceptedAt} = now()
      and ${workspaceMembers.createdAt} = now())`;
}

/**
 * The membership of an invitation accepted earlier in the batch. A member already keeps the role
 * they have (the invitation is still used up).
 */
export function memberFromInvitation(db: Db, userId: SQL, tokenHash: string) {
  return db.execute(
    sql`${insertSelect(
      workspaceMembers,
      { workspaceId: sql`${inv.workspaceId}`, userId: sql`${inv.acceptedBy}`, role: sql`${inv.role}` },
      sql`from ${inv} where ${inv.tokenHash} = ${tokenHash} and ${inv.acceptedBy} = ${userId} and ${inv.acceptedAt} = now()`,
    )} on conflict do nothing`,
  );
}

/** The accepted invitation's workspace and role, with the caller's resulting membership. */
export function acceptedMembership(db: Db, userId: SQL, tokenHash: string) {
  return db
    .select({ workspaceId: workspaceMembers.workspaceId, role: workspaceMembers.role, name: workspaces.name })
    .from(inv)
    .innerJoin(
      workspaceMembers,
      and(eq(workspaceMembers.workspaceId, inv.workspaceId), eq(workspaceMembers.userId, userId)),
    )
    .innerJoin(workspaces, eq(workspaces.id, inv.workspaceId))
    .where(and(eq(inv.tokenHash, tokenHash), sql`${inv.acceptedAt} = now()`));
}

// ---- an account's deletion (DELETE /api/me)

/**
 * The workspaces the user is the only owner of while others are members: deleting the account would
 * leave them without an owner, so it is refused until ownership is handed over (or they are emptied).
 */
export function strandedWorkspaces(db: Db, userId: SQL) {
  const others = alias(workspaceMembers, "others");
  const ws = qualified(workspaces.id);
  return db
    .select({ id: workspaces.id, name: workspaces.name })
    .from(workspaces)
    .innerJoin(
      workspaceMembers,
      and(
        eq(workspaceMembers.workspaceId, workspaces.id),
        eq(workspaceMembers.userId, userId),
        eq(workspaceMembers.role, "owner"),
      ),
    )
    .where(
      and(
        notExists(
          db
            .select({ one: sql`1` })
            .from(others)
            .where(and(sql`${others.workspaceId} = ${ws}`, ne(others.userId, userId), eq(others.role, "owner"))),
        ),
        exists(
          db
            .select({ one: sql`1` })
            .from(others)
            .where(and(sql`${others.workspaceId} = ${ws}`, ne(others.userId, userId))),
        ),
      ),
    );
}

/**
 * Deletes the workspaces the user is the only member of (their personal one among them), with their
 * projects, unless the account's deletion is refused (strandedWorkspaces): its companion in the batch.
 */
export function deleteSoleWorkspaces(db: Db, userId: SQL) {
  const ws = qualified(workspaces.id);
  return db.delete(workspaces).where(
    and(
      exists(
        db
          .select({ one: sql`1` })
          .from(workspaceMembers)
          .where(and(sql`${workspaceMembers.workspaceId} = ${ws}`, eq(workspaceMembers.userId, userId))),
      ),
      notExists(
        db
          .select({ one: sql`1` })
          .from(workspaceMembers)
          .where(and(sql`${workspaceMembers.workspaceId} = ${ws}`, ne(workspaceMembers.userId, userId))),
      ),
      notExists(strandedWorkspaces(db, userId)),
    ),
  );
}
