// The drift routes' SQL (the teams worker): a project's drift, listed, dismissed, or turned into a change request.
// Every statement is scoped through accessibleProject.
import { and, desc, eq, type SQL, sql } from "drizzle-orm";
import type { Db } from "../platform/db/client";
import { type Position, pastPosition, sortKeyText } from "../platform/db/keyset";
import { qualified } from "../platform/db/raw";
import { changeRequests, githubDrift, projects, requirements } from "../platform/db/schema";
import { accessibleProject } from "../projects";

const d = githubDrift;

/** What the API shows of a drift (files without their stored repository text). */
export const driftFields = {
  id: d.id,
  commitSha: d.commitSha,
  ref: d.ref,
  status: d.status,
  changeRequestId: d.changeRequestId,
  detectedAt: d.detectedAt,
};

/** The project's id where the caller holds `permission` (a subquery). */
const projectId = (idOrSlug: string, userId: SQL, permission: "project:read" | "project:write") =>
  sql`(select ${projects.id} from ${projects} where ${accessibleProject(idOrSlug, userId, permission)})`;

/** A page of the project's drift, newest first: `limit + 1` rows past `after`. */
export function listDrift(db: Db, userId: SQL, idOrSlug: string, q: { limit: number; after?: Position }) {
  return db
    .select({
      ...driftFields,
      // Each file without `text` (the repository's PRD.md, kept for a change request).
      files: sql<{ fileName: string; change: string; diff: string; tooLarge?: true }[]>`coalesce((
        select jsonb_agg(f - 'text' order by n) from jsonb_array_elements(${d.files}) with ordinality as e(f, n)), '[]'::jsonb)`,
      sortKey: sortKeyText(d.detectedAt),
    })
    .from(d)
    .where(
      and(
        eq(d.projectId, projectId(idOrSlug, userId, "project:read")),
        pastPosition(d.detectedAt, d.id, q.after, "desc"),
      ),
    )
    .orderBy(desc(d.detectedAt), desc(d.id))
    .limit(q.limit + 1);
}

/** One drift of the project, files included, as a writer of the project sees it. */
export function findDrift(db: Db, userId: SQL, idOrSlug: string, driftId: string) {
  return db
    .select({ ...driftFields, projectId: d.projectId, files: d.files })
    .from(d)
    .where(and(eq(d.id, driftId), eq(d.projectId, projectId(idOrSlug, userId, "project:write"))));
}

/** Dismisses an open drift (no row: not open, or not the caller's to write). */
export function dismissDrift(db: Db, userId: SQL, idOrSlug: string, driftId: string) {
  return db
    .update(d)
    .set({ status: "dismissed" })
    .where(and(eq(d.id, driftId), eq(d.status, "open"), eq(d.projectId, projectId(idOrSlug, userId, "project:write"))))
    .returning(driftFields);
}

/** Whether the drift is still open (the condition a change request from it is opened under). */
export const driftStillOpen = (driftId: string) =>
  sql`exists (select 1 from ${d} where ${qualified(d.id)} = ${driftId}::uuid and ${qualified(d.status)} = 'open')`;

/** The project's active requirements (what a change request's deltas are based on). */
export function activeRequirements(db: Db, userId: SQL, idOrSlug: string) {
  const r = requirements;
  return db
    .select({ reqId: r.reqId, revision: r.revision, title: r.title, body: r.body, acceptance: r.acceptance })
    .from(r)
    .where(and(eq(r.projectId, projectId(idOrSlug, userId, "project:write")), eq(r.status, "active")))
    .orderBy(r.reqId);
}

/**
 * Marks the drift change_requested with the change request the same batch opened before it: the project's
 * change request created in this transaction (`created_at = now()`, the transaction's time). No row: the drift
 * was no longer open, or no change request was opened.
 * Raw: the change request is found by the transaction's timestamp, which the builder cannot compare to.
 */
export function markChangeRequested(db: Db, userId: SQL, idOrSlug: string, driftId: string) {
  const cr = changeRequests;
  const opened = sql`(select ${qualified(cr.id)} from ${cr} where ${qualified(cr.projectId)} = ${qualified(d.projectId)}
    and ${qualified(cr.createdAt)} = now() order by ${qualified(cr.number)} desc limit 1)`;
  return db
    .update(d)
    .set({ status: "change_requested", changeRequestId: sql`${opened}` })
    .where(
      and(
        eq(d.id, driftId),
        eq(d.status, "open"),
        eq(d.projectId, projectId(idOrSlug, userId, "project:write")),
        sql`exists ${opened}`,
      ),
    )
    .returning(driftFields);
}
