// The audit log's SQL: keyset pages of a workspace's events (for its owners and admins) and of the
// caller's own account events. Rows are only ever inserted (record.ts) and deleted by the retention
// cleanup (src/cleanup); nothing here updates or deletes one.
import { and, desc, eq, gte, isNull, lte, type SQL, sql } from "drizzle-orm";
import { memberMay } from "../platform/auth/membership";
import type { Db } from "../platform/db/client";
import { type Position, pastPosition, sortKeyText } from "../platform/db/keyset";
import { auditEvents, workspaces } from "../platform/db/schema";

/** The filters of a page (every field optional but the limit). */
export interface AuditQuery {
  action?: string;
  actorUserId?: string;
  targetType?: string;
  targetId?: string;
  /** Inclusive bounds on created_at (ISO 8601). */
  from?: string;
  to?: string;
  /** Rows strictly before this (created_at as Postgres's text, id) in the (created_at, id) desc order. */
  after?: Position;
  limit: number;
}

/** The columns an event shows, plus its created_at as text (microseconds kept) for the next cursor. */
const eventColumns = {
  id: auditEvents.id,
  workspaceId: auditEvents.workspaceId,
  actorUserId: auditEvents.actorUserId,
  actorKeyId: auditEvents.actorKeyId,
  action: auditEvents.action,
  targetType: auditEvents.targetType,
  targetId: auditEvents.targetId,
  requestId: auditEvents.requestId,
  ip: auditEvents.ip,
  data: auditEvents.data,
  createdAt: auditEvents.createdAt,
  sortKey: sortKeyText(auditEvents.createdAt),
};

function filters(q: AuditQuery): (SQL | undefined)[] {
  return [
    q.action ? eq(auditEvents.action, q.action) : undefined,
    q.actorUserId ? eq(auditEvents.actorUserId, q.actorUserId) : undefined,
    q.targetType ? eq(auditEvents.targetType, q.targetType) : undefined,
    q.targetId ? eq(auditEvents.targetId, q.targetId) : undefined,
    q.from ? gte(auditEvents.createdAt, sql`${q.from}::timestamptz`) : undefined,
    q.to ? lte(auditEvents.createdAt, sql`${q.to}::timestamptz`) : undefined,
    pastPosition(auditEvents.createdAt, auditEvents.id, q.after, "desc"),
  ];
}

/** One page (limit + 1 rows, to tell whether another follows) of the workspace's events, newest first. */
export function workspaceEvents(db: Db, workspaceId: string, userId: SQL, q: AuditQuery) {
  return db
    .select(eventColumns)
    .from(auditEvents)
    .where(
      and(
        eq(auditEvents.workspaceId, workspaceId),
        memberMay(auditEvents.workspaceId, userId, "audit:read"),
        ...filters(q),
      ),
    )
    .orderBy(desc(auditEvents.createdAt), desc(auditEvents.id))
    .limit(q.limit + 1);
}

/** The workspace, when the caller may read its audit log (an empty page from a 404 apart). */
export function auditableWorkspace(db: Db, workspaceId: string, userId: SQL) {
  return db
    .select({ id: workspaces.id })
    .from(workspaces)
    .where(and(eq(workspaces.id, workspaceId), memberMay(workspaces.id, userId, "audit:read")));
}

/** The caller may read the workspace's log (the export's own audit row is written only then). */
export function mayAudit(workspaceId: string, userId: SQL): SQL {
  return memberMay(sql`${workspaceId}::uuid`, userId, "audit:read");
}

/** One page of the caller's own account events (those of no workspace), newest first. */
export function accountEvents(db: Db, userId: SQL, q: AuditQuery) {
  return db
    .select(eventColumns)
    .from(auditEvents)
    .where(and(eq(auditEvents.actorUserId, userId), isNull(auditEvents.workspaceId), ...filters(q)))
    .orderBy(desc(auditEvents.createdAt), desc(auditEvents.id))
    .limit(q.limit + 1);
}

/**
 * Audit rows older than `days` days, at most `chunk` of them, oldest first through the created_at
 * index, locked `for update skip locked` (the cleanup job's pattern, src/cleanup). Raw: `= any(array(…))`
 * keeps the delete a primary-key scan (see src/cleanup/cleanup.ts). The outer statement re-checks the age.
 */
export function expiredAuditEvents(chunk: number, days: number): SQL {
  const old = sql`${auditEvents.createdAt} <= now() - make_interval(days => ${days}::int)`;
  return sql`delete from ${auditEvents} where ${auditEvents.id} = any(array(
    select ${auditEvents.id} from ${auditEvents} where ${old}
    order by ${auditEvents.createdAt} limit ${chunk} for update skip locked)) and ${old}`;
}
