// The change requests' SQL, each statement for the caller's `authed` batch and scoped through accessibleProject:
// opening one with its deltas (validated against the requirement rows in the same statement), the list and the
// read, editing a draft, the state transitions, approval through the reviews' machinery (gate change_request,
// approvals.subject_id = the change request), and the conflict check the merge and the rebase share.

import { and, asc, desc, eq, inArray, type SQL, sql } from "drizzle-orm";
import type { Db } from "../platform/db/client";
import { type Position, pastPosition, sortKeyText } from "../platform/db/keyset";
import { insertSelect, qualified, valueAs } from "../platform/db/raw";
import {
  approvals,
  type ChangeRequestEventKind,
  type ChangeRequestStatus,
  changeRequestDeltas,
  changeRequestDocuments,
  changeRequestEvents,
  changeRequests,
  PHASES,
  projects,
  requirements,
} from "../platform/db/schema";
import type { AnswerClaim } from "../platform/http/idempotency";
import { rowsAsJson } from "../platform/http/idempotency";
import { accessibleProject } from "../projects";
import { giveSubjectApproval, subjectApprover, subjectPolicyMet, subjectReviewState } from "../reviews";

const cr = changeRequests;
const dl = changeRequestDeltas;
const req = requirements;

/** The phases in which change requests open: spec and later, done included. */
export const OPEN_PHASES = PHASES.slice(PHASES.indexOf("spec"));

export const changeRequestFields = {
  id: cr.id,
  projectId: cr.projectId,
  number: cr.number,
  title: cr.title,
  rationale: cr.rationale,
  status: cr.status,
  authorId: cr.authorId,
  mergedBy: cr.mergedBy,
  mergedAt: cr.mergedAt,
  createdAt: cr.createdAt,
  updatedAt: cr.updatedAt,
};

export const deltaFields = {
  position: dl.position,
  kind: dl.kind,
  reqId: dl.reqId,
  baseRevision: dl.baseRevision,
  title: dl.title,
  body: dl.body,
  acceptance: dl.acceptance,
  reason: dl.reason,
};

/** A delta as a request gives it (validated by the route). */
export interface DeltaInput {
  kind: "added" | "modified" | "removed";
  reqId: string;
  baseRevision?: number;
  title?: string;
  body?: string;
  acceptance?: string;
  reason?: string;
}

/** The deltas as rows (`x`), from one jsonb parameter. Raw: a jsonb parameter as a row source. */
function deltaSource(deltas: readonly DeltaInput[]): SQL {
  const rows = deltas.map((d, position) => ({
    position,
    kind: d.kind,
    req_id: d.reqId,
    base_revision: d.baseRevision ?? null,
    title: d.title ?? null,
    body: d.body ?? null,
    acceptance: d.acceptance ?? null,
    reason: d.reason ?? null,
  }));
  return sql`(select * from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as x(position int, kind text,
    req_id text, base_revision int, title text, body text, acceptance text, reason text))`;
}

/**
 * Why delta row `x` does not apply to project `projectId` (null: it does): an ADDED id with an active revision,
 * a MODIFIED/REMOVED id without one (unknown or retired), a base revision the requirement never had.
 * Raw: correlated existence tests over the requirement rows.
 */
function deltaProblem(projectId: SQL): SQL<string | null> {
  const active = sql`exists (select 1 from ${req} r where r.project_id = ${projectId} and r.req_id = x.req_id and r.status = 'active')`;
  return sql`case
    when x.kind = 'added' and ${active} then 'the requirement exists already'
    when x.kind <> 'added' and not ${active} then 'no active requirement has this id (unknown or retired)'
    when x.kind <> 'added' and not exists (select 1 from ${req} r where r.project_id = ${projectId}
      and r.req_id = x.req_id and r.revision = x.base_revision) then 'the requirement has no such revision'
    end`;
}

const allValid = (deltas: readonly DeltaInput[], projectId: SQL) =>
  sql`not exists (select 1 from ${deltaSource(deltas)} x where ${deltaProblem(projectId)} is not null)`;

/** The project as the caller may write it, with its phase (why an open was refused) and its lock. */
export function lockProjectForChange(db: Db, userId: SQL, idOrSlug: string) {
  return db
    .select({ id: projects.id, currentPhase: projects.currentPhase })
    .from(projects)
    .where(accessibleProject(idOrSlug, userId, "project:write"))
    .for("no key update");
}

/** The deltas that do not apply to the project (position, id, why). */
export function deltaProblems(db: Db, userId: SQL, idOrSlug: string, deltas: readonly DeltaInput[]) {
  const problem = deltaProblem(qualified(projects.id));
  return db
    .select({ position: sql<number>`x.position`, reqId: sql<string>`x.req_id`, problem: sql<string>`${problem}` })
    .from(projects)
    .innerJoin(sql`${deltaSource(deltas)} x`, sql`true`)
    .where(and(accessibleProject(idOrSlug, userId, "project:read"), sql`${problem} is not null`))
    .orderBy(sql`x.position`);
}

/** Inserts `deltas` under the change request rows of `target` (a CTE or subquery with `id`). */
function insertDeltas(deltas: readonly DeltaInput[], target: SQL) {
  return insertSelect(
    dl,
    {
      changeRequestId: sql`t.id`,
      position: sql`x.position`,
      kind: sql`x.kind`,
      reqId: sql`x.req_id`,
      baseRevision: sql`x.base_revision`,
      title: sql`x.title`,
      body: sql`x.body`,
      acceptance: sql`x.acceptance`,
      reason: sql`x.reason`,
    },
    sql`from ${deltaSource(deltas)} x cross join ${target} t`,
  );
}

/** An event row of `kind` for each change request of `target` (a CTE or subquery with `id`, `project_id`). */
function insertEvent(kind: ChangeRequestEventKind, userId: SQL, target: SQL, detail: SQL = sql`'{}'::jsonb`) {
  const e = changeRequestEvents;
  return insertSelect(
    e,
    {
      changeRequestId: sql`t.id`,
      projectId: sql`t.project_id`,
      kind: valueAs(e.kind, kind),
      actorId: userId,
      detail,
    },
    sql`from ${target} t`,
  );
}

/**
 * Opens a change request with its deltas and its `opened` event, numbered next in the project, only where the
 * caller may write the project, it is in spec or later, and every delta applies. No row: refused (the batch's
 * lockProjectForChange and deltaProblems say why).
 */
export function openChangeRequest(
  db: Db,
  userId: SQL,
  idOrSlug: string,
  input: { title: string; rationale: string; deltas: readonly DeltaInput[] },
  answer: AnswerClaim,
  /** A further condition of the opening (a drift still open: src/github/drift-routes.ts). */
  when: SQL = sql`true`,
) {
  const project = sql`(select ${projects.id} as id from ${projects} where ${and(
    accessibleProject(idOrSlug, userId, "project:write"),
    inArray(projects.currentPhase, OPEN_PHASES),
  )})`;
  // Raw: insert…select from the project row (insertSelect), its number computed from the project's others.
  const opened = db.$with("opened", changeRequestFields).as(
    sql`${insertSelect(
      cr,
      {
        projectId: sql`p.id`,
        number: sql`coalesce((select max(c.number) from ${cr} c where c.project_id = p.id), 0) + 1`,
        title: valueAs(cr.title, input.title),
        rationale: valueAs(cr.rationale, input.rationale),
        authorId: userId,
      },
      sql`from ${project} p where ${allValid(input.deltas, sql`p.id`)} and ${when}`,
    )} returning *`,
  );
  const inserted = db
    .$with("inserted_deltas", deltaFields)
    .as(sql`${insertDeltas(input.deltas, sql`${opened}`)} returning *`);
  const event = db
    .$with("opened_event", { id: changeRequestEvents.id })
    .as(
      sql`${insertEvent("opened", userId, sql`${opened}`, sql`jsonb_build_object('deltas', ${input.deltas.length}::int)`)} returning ${sql.identifier("id")}`,
    );
  const answered = answer({
    ok: sql`exists (select 1 from ${opened})`,
    status: 201,
    rows: { changeRequest: rowsAsJson(opened), deltas: rowsAsJson(inserted) },
  });
  return db
    .with(opened, inserted, event, ...answered)
    .select()
    .from(opened);
}

/** The change request `crId` of the project, as the caller may read (or `permission`) it. */
const crOf = (
  idOrSlug: string,
  userId: SQL,
  crId: string,
  permission: "project:read" | "project:write" = "project:read",
) => and(accessibleProject(idOrSlug, userId, permission), eq(cr.id, crId));

/**
 * What an approval of a change request is of (its version_hashes): its deltas' ids and bases, and the content
 * hashes of the documents proposed under it. A rebase or a new proposal makes earlier approvals stale (when the
 * policy says so). Correlated on the change request `crId`. Raw: jsonb aggregates.
 */
export function approvalHashes(crId: SQL): SQL<Record<string, string>> {
  const doc = changeRequestDocuments;
  return sql`(jsonb_build_object('deltas', coalesce((select string_agg(d.req_id || '@' || coalesce(d.base_revision::text, 'new'), ',' order by d.req_id)
      from ${dl} d where d.change_request_id = ${crId}), ''))
    || coalesce((select jsonb_object_agg(p.phase || '/' || p.artifact_name, p.content_hash) from ${doc} p
      where p.change_request_id = ${crId}), '{}'::jsonb))`;
}

/** The change request's review state (policy, approvals that count, met), correlated on projects and cr. */
const reviewOf = () => subjectReviewState(qualified(cr.id), qualified(cr.authorId), approvalHashes(qualified(cr.id)));

/** One change request with its review state. */
export function findChangeRequest(db: Db, userId: SQL, idOrSlug: string, crId: string) {
  return db
    .select({ ...changeRequestFields, review: sql<ReviewJson>`${reviewOf()}` })
    .from(cr)
    .innerJoin(projects, eq(projects.id, cr.projectId))
    .where(crOf(idOrSlug, userId, crId));
}

export interface ReviewJson {
  policy: { requiredApprovals: number; source: string } & Record<string, unknown>;
  have: number;
  openBlocking: number;
  met: boolean;
}

/** The change request's deltas, in their order. */
export function deltasOf(db: Db, userId: SQL, idOrSlug: string, crId: string) {
  return db
    .select(deltaFields)
    .from(dl)
    .innerJoin(cr, eq(cr.id, dl.changeRequestId))
    .innerJoin(projects, eq(projects.id, cr.projectId))
    .where(crOf(idOrSlug, userId, crId))
    .orderBy(asc(dl.position));
}

/** The change request's history, oldest first (at most `limit`). */
export function eventsOf(db: Db, userId: SQL, idOrSlug: string, crId: string, limit: number) {
  const e = changeRequestEvents;
  return db
    .select({ kind: e.kind, actorId: e.actorId, detail: e.detail, createdAt: e.createdAt })
    .from(e)
    .innerJoin(cr, eq(cr.id, e.changeRequestId))
    .innerJoin(projects, eq(projects.id, cr.projectId))
    .where(crOf(idOrSlug, userId, crId))
    .orderBy(asc(e.createdAt), asc(e.id))
    .limit(limit);
}

/** One page (limit + 1 rows) of the project's change requests, newest first, optionally of one status. */
export function listChangeRequests(
  db: Db,
  userId: SQL,
  idOrSlug: string,
  q: { status?: ChangeRequestStatus; after?: Position; limit: number },
) {
  return db
    .select({ ...changeRequestFields, sortKey: sortKeyText(cr.createdAt) })
    .from(cr)
    .innerJoin(projects, eq(projects.id, cr.projectId))
    .where(
      and(
        accessibleProject(idOrSlug, userId, "project:read"),
        q.status ? eq(cr.status, q.status) : undefined,
        // Raw: a row comparison, what the (project, created_at, id) index serves.
        pastPosition(cr.createdAt, cr.id, q.after, "desc"),
      ),
    )
    .orderBy(desc(cr.createdAt), desc(cr.id))
    .limit(q.limit + 1);
}

/**
 * Edits a draft: title and rationale (when given), and its deltas replaced (when given and all apply), with an
 * `edited` event. Three statements of one batch: the update (the gate: a draft the caller may write, deltas
 * valid), then the deltas removed and inserted only for a change request updated in this transaction.
 */
export function editDraft(
  db: Db,
  userId: SQL,
  idOrSlug: string,
  crId: string,
  edit: { title?: string; rationale?: string; deltas?: readonly DeltaInput[] },
) {
  const updated = db
    .update(cr)
    .set({
      ...(edit.title !== undefined ? { title: edit.title } : {}),
      ...(edit.rationale !== undefined ? { rationale: edit.rationale } : {}),
      updatedAt: sql`now()`,
    })
    .where(
      and(
        eq(cr.id, crId),
        eq(cr.status, "draft"),
        sql`${qualified(cr.projectId)} in (select ${projects.id} from ${projects} where ${accessibleProject(idOrSlug, userId, "project:write")})`,
        edit.deltas ? allValid(edit.deltas, qualified(cr.projectId)) : undefined,
      ),
    )
    .returning({ id: cr.id });
  const editedNow = sql`(select c.id, c.project_id from ${cr} c where c.id = ${crId} and c.status = 'draft' and c.updated_at = now())`;
  const statements = {
    updated,
    ...(edit.deltas
      ? {
          removed: db.delete(dl).where(and(eq(dl.changeRequestId, crId), sql`exists ${editedNow}`)),
          replaced: db.execute(insertDeltas(edit.deltas, editedNow)),
        }
      : {}),
    edited: db.execute(
      insertEvent(
        "edited",
        userId,
        editedNow,
        sql`jsonb_build_object('fields', ${JSON.stringify(Object.keys(edit).sort())}::jsonb)`,
      ),
    ),
  };
  return statements;
}

/**
 * Moves the change request from one of `from` to `to` with an event of `kind`, where the caller has
 * `permission` on the project (and `condition` holds: the reject's approver check). No row: refused.
 */
export function transition(
  db: Db,
  userId: SQL,
  idOrSlug: string,
  crId: string,
  move: {
    from: readonly ChangeRequestStatus[];
    to: ChangeRequestStatus;
    kind: ChangeRequestEventKind;
    permission: "project:write" | "project:approve";
    condition?: SQL;
  },
) {
  // Raw: update … from projects (the policy conditions are correlated on projects) returning the moved row.
  const moved = db.$with("moved", changeRequestFields).as(
    sql`update ${cr} set status = ${move.to}, updated_at = now() from ${projects}
      where ${and(
        eq(qualified(cr.id), sql`${crId}::uuid`),
        eq(qualified(projects.id), qualified(cr.projectId)),
        inArray(qualified(cr.status), [...move.from]),
        accessibleProject(idOrSlug, userId, move.permission),
        move.condition,
      )} returning ${cr}.*`,
  );
  const event = db
    .$with("moved_event", { id: changeRequestEvents.id })
    .as(sql`${insertEvent(move.kind, userId, sql`${moved}`)} returning ${sql.identifier("id")}`);
  return db.with(moved, event).select().from(moved);
}

/** The reject's condition: the caller may approve under the change request gate's policy. */
export const mayReview = (userId: SQL) => subjectApprover(userId, qualified(cr.authorId));

/**
 * The approve route's batch: the caller's approval (through the reviews' machinery, of the change request in
 * review), then the change request approved when the policy is met, then the `approved` event (with whether the
 * policy is met). Whoever's approval completes the policy moves it.
 */
export function approveStatements(db: Db, userId: SQL, idOrSlug: string, crId: string) {
  const ap = approvals;
  const given = giveSubjectApproval(db, userId, {
    id: crId,
    author: qualified(cr.authorId),
    hashes: approvalHashes(qualified(cr.id)),
    source: sql`${projects} inner join ${cr} on ${qualified(cr.projectId)} = ${qualified(projects.id)}`,
    where: and(
      accessibleProject(idOrSlug, userId, "project:approve"),
      eq(qualified(cr.id), sql`${crId}::uuid`),
      eq(qualified(cr.status), "in_review"),
    ) as SQL,
  });
  const givenNow = sql`exists (select 1 from ${ap} a where a.subject_id = ${crId}::uuid and a.gate = 'change_request'
    and a.user_id = ${userId} and a.created_at = now() and a.withdrawn_at is null)`;
  const approved = db.execute(
    sql`update ${cr} set status = 'approved', updated_at = now() from ${projects}
      where ${and(
        eq(qualified(cr.id), sql`${crId}::uuid`),
        eq(qualified(projects.id), qualified(cr.projectId)),
        eq(qualified(cr.status), "in_review"),
        givenNow,
        subjectPolicyMet(qualified(cr.id), qualified(cr.authorId), approvalHashes(qualified(cr.id))),
      )}`,
  );
  const event = db.execute(
    insertEvent(
      "approved",
      userId,
      sql`(select c.id, c.project_id, c.status from ${cr} c where c.id = ${crId}::uuid and ${givenNow})`,
      sql`jsonb_build_object('policyMet', t.status = 'approved')`,
    ),
  );
  return { given, approved, event };
}

/** Why the caller's approval was refused: the change request's status, whether the caller qualifies. */
export function approverOf(db: Db, userId: SQL, idOrSlug: string, crId: string) {
  return db
    .select({ status: cr.status, qualifies: sql<boolean>`${mayReview(userId)}` })
    .from(cr)
    .innerJoin(projects, eq(projects.id, cr.projectId))
    .where(crOf(idOrSlug, userId, crId));
}

/**
 * The MODIFIED/REMOVED deltas of the change request whose base revision is no longer the requirement's active
 * one: the requirement, the base, the active revision now (null: retired) and the change request that made the
 * newest revision (null: a PRD version). Raw: lateral lookups of the newest revision.
 */
export function conflictsOf(db: Db, userId: SQL, idOrSlug: string, crId: string) {
  return db
    .select({
      reqId: dl.reqId,
      baseRevision: sql<number>`${dl.baseRevision}`,
      activeRevision: sql<number | null>`n.active_revision`,
      newestStatus: sql<string>`n.status`,
      movedBy: sql<string | null>`n.change_request_id`,
      movedByNumber: sql<number | null>`(select c.number from ${cr} c where c.id = n.change_request_id)`,
    })
    .from(dl)
    .innerJoin(cr, eq(cr.id, dl.changeRequestId))
    .innerJoin(projects, eq(projects.id, cr.projectId))
    .innerJoin(
      sql`lateral (select r.status, r.change_request_id, case when r.status = 'active' then r.revision end as active_revision
        from ${req} r where r.project_id = ${qualified(cr.projectId)} and r.req_id = ${qualified(dl.reqId)}
        order by r.revision desc limit 1) n`,
      sql`true`,
    )
    .where(
      and(
        crOf(idOrSlug, userId, crId),
        sql`${qualified(dl.kind)} <> 'added'`,
        sql`n.active_revision is distinct from ${qualified(dl.baseRevision)}`,
      ),
    )
    .orderBy(asc(dl.position));
}

/** No MODIFIED/REMOVED delta of change request `crId` is based on a revision other than the active one. */
export function noConflicts(crId: SQL): SQL<boolean> {
  return sql`not exists (select 1 from ${dl} d where d.change_request_id = ${crId} and d.kind <> 'added'
    and not exists (select 1 from ${req} r where r.project_id = (select c.project_id from ${cr} c where c.id = ${crId})
      and r.req_id = d.req_id and r.status = 'active' and r.revision = d.base_revision))`;
}

/**
 * The rebase: every MODIFIED/REMOVED delta's base moved to its requirement's active revision (none retired:
 * the batch's conflictsOf says which), the change request back to review (or left a draft), an event naming the
 * moves. Two statements of one batch: the deltas' bases, then the change request and its event, both gated on
 * the same condition.
 */
export function rebaseStatements(db: Db, userId: SQL, idOrSlug: string, crId: string) {
  const open = and(
    eq(cr.id, crId),
    inArray(cr.status, ["draft", "in_review", "approved"]),
    sql`${qualified(cr.projectId)} in (select ${projects.id} from ${projects} where ${accessibleProject(idOrSlug, userId, "project:write")})`,
    // Every requirement it modifies or removes is still active (else: requirement_retired, nothing moves).
    sql`not exists (select 1 from ${dl} d where d.change_request_id = ${qualified(cr.id)} and d.kind <> 'added'
      and not exists (select 1 from ${req} r where r.project_id = ${qualified(cr.projectId)} and r.req_id = d.req_id and r.status = 'active'))`,
  );
  const target = sql`(select c.id, c.project_id, c.status from ${cr} c where c.id = ${crId}::uuid
    and c.status in ('draft', 'in_review', 'approved'))`;
  const moves = sql`(select coalesce(jsonb_agg(jsonb_build_object('reqId', d.req_id, 'from', d.base_revision, 'to', r.revision) order by d.position), '[]'::jsonb)
    from ${dl} d join ${req} r on r.req_id = d.req_id and r.status = 'active'
      and r.project_id = (select c.project_id from ${cr} c where c.id = ${crId}::uuid)
    where d.change_request_id = ${crId}::uuid and d.kind <> 'added' and d.base_revision <> r.revision)`;
  // Raw: the event (with the moves, read before they happen) and the bases in one statement; update … from.
  const event = db.execute(
    sql`with t as ${target} ${insertEvent("rebased", userId, sql`t`, sql`jsonb_build_object('moved', ${moves}, 'from', t.status)`)}
      where exists (select 1 from ${cr} where ${open})`,
  );
  const bases = db.execute(
    sql`update ${dl} d set base_revision = r.revision from ${req} r
      where d.change_request_id = ${crId}::uuid and d.kind <> 'added' and r.req_id = d.req_id and r.status = 'active'
        and r.project_id = (select c.project_id from ${cr} c where c.id = ${crId}::uuid)
        and exists (select 1 from ${cr} where ${open})`,
  );
  const moved = db
    .update(cr)
    .set({ status: sql`case when ${cr.status} = 'draft' then 'draft' else 'in_review' end`, updatedAt: sql`now()` })
    .where(open)
    .returning(changeRequestFields);
  return { event, bases, moved };
}
