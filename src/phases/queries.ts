// The phase machine's statements (rules in src/phases/gates.ts), each for the caller's `authed`
// batch (one round trip), scoped to the session's user through ownedProject.
import { and, eq, getTableColumns, gte, lte, type SQL, sql } from "drizzle-orm";
import type { Db } from "../platform/db/client";
import { insertSelect, valueAs } from "../platform/db/raw";
import {
  type Approval,
  approvalColumns,
  type Phase,
  type PhaseHistoryEntry,
  phaseHistory,
  projects,
} from "../platform/db/schema";
import { type AnswerClaim, rowsAsJson } from "../platform/http/idempotency";
import { ownedProject } from "../projects";
import { approvalPhase, gateColumns, leaveCondition, nextPhase } from "./gates";

/** A history entry as the API shows it: every column but the project. */
export type HistoryRow = Omit<PhaseHistoryEntry, "projectId">;
const { projectId: _project, ...historyFields } = getTableColumns(phaseHistory);

export { historyFields };

/**
 * Sets the approval's flag (plus `extra`), only in the phase that takes it; no row otherwise. With an
 * Idempotency-Key, `answer` records the approved project (200), or releases the claim.
 */
export function approve(
  db: Db,
  userId: SQL,
  idOrSlug: string,
  approval: Approval,
  extra: { stackChoice?: string } = {},
  answer: AnswerClaim = () => [],
) {
  const phase = approvalPhase(approval);
  const columns = approvalColumns(approval);
  const set: Partial<typeof projects.$inferInsert> = { ...extra };
  set[columns.flag] = true;
  // Who and when: HANDOFF.md lists approvals with both.
  const by: Record<string, SQL> = { [columns.by]: userId, [columns.at]: sql`now()` };
  const approved = db.$with("approved").as(
    db
      .update(projects)
      .set({ ...set, ...by, updatedAt: sql`now()` })
      .where(and(ownedProject(idOrSlug, userId), eq(projects.currentPhase, phase)))
      .returning(),
  );
  const answered = answer({
    ok: sql`exists (select 1 from ${approved})`,
    status: 200,
    rows: { project: rowsAsJson(approved) },
  });
  // Every column (the owner too): the route's presenter drops it.
  return db
    .with(approved, ...answered)
    .select()
    .from(approved);
}

/** The project's phase (to explain a refused approval). */
export function currentPhase(db: Db, userId: SQL, idOrSlug: string) {
  return db.select({ currentPhase: projects.currentPhase }).from(projects).where(ownedProject(idOrSlug, userId));
}

/** The project's phase and the gates of leaving `expected`, evaluated (to explain a refused advance). */
export function phaseState(db: Db, userId: SQL, idOrSlug: string, expected: Phase) {
  return db
    .select({
      currentPhase: projects.currentPhase,
      coverageThreshold: projects.coverageThreshold,
      gates: gateColumns(expected),
    })
    .from(projects)
    .where(ownedProject(idOrSlug, userId));
}

export interface Transition {
  expected: Phase;
  artifactsGenerated: string[];
  validationPassed?: boolean;
  tokensUsed?: number;
  costEstimateUsd?: number;
}

/**
 * One statement: the update re-checks the expected phase and its gates on the row it locks (a
 * concurrent advance that committed first makes it match nothing), and the history insert only
 * sees a row when the update did; unique (project_id, from_phase) backs it up. No row: refused.
 * With an Idempotency-Key, `answer` records the moved project and the transition (200), or releases
 * the claim.
 */
export function advancePhase(
  db: Db,
  userId: SQL,
  idOrSlug: string,
  t: Transition,
  ifMatch?: SQL,
  answer: AnswerClaim = () => [],
) {
  const to = nextPhase(t.expected);
  const moved = db.$with("moved").as(
    db
      .update(projects)
      .set({
        currentPhase: to,
        phasesCompleted: sql`${projects.phasesCompleted} || ${JSON.stringify([t.expected])}::jsonb`,
        updatedAt: sql`now()`,
      })
      .where(
        and(
          ownedProject(idOrSlug, userId),
          ifMatch,
          eq(projects.currentPhase, t.expected),
          to === undefined ? sql`false` : leaveCondition(t.expected),
        ),
      )
      .returning(),
  );
  const h = phaseHistory;
  // Raw: insert…select (see insertSelect); values typed by their columns.
  const recorded = db.$with("recorded", getTableColumns(phaseHistory)).as(sql`
    ${insertSelect(
      h,
      {
        projectId: sql`${moved.id}`,
        fromPhase: valueAs(h.fromPhase, t.expected),
        toPhase: sql`${moved.currentPhase}`,
        artifactsGenerated: valueAs(h.artifactsGenerated, t.artifactsGenerated),
        validationPassed: valueAs(h.validationPassed, t.validationPassed ?? null),
        tokensUsed: valueAs(h.tokensUsed, t.tokensUsed ?? null),
        costEstimateUsd: valueAs(h.costEstimateUsd, t.costEstimateUsd ?? null),
        transitionedBy: userId,
      },
      sql`from ${moved}`,
    )}
    returning *`);
  const answered = answer({
    ok: sql`exists (select 1 from ${recorded})`,
    status: 200,
    rows: { project: rowsAsJson(moved), transition: rowsAsJson(recorded) },
  });
  return db
    .with(moved, recorded, ...answered)
    .select({ project: moved._.selectedFields, transition: recorded._.selectedFields })
    .from(moved)
    .crossJoin(recorded);
}

/** Transitions, oldest first, optionally within [from, to] (ISO timestamps, compared in SQL). */
export function listHistory(db: Db, userId: SQL, idOrSlug: string, range: { from?: string; to?: string }) {
  return db
    .select(historyFields)
    .from(phaseHistory)
    .innerJoin(projects, eq(projects.id, phaseHistory.projectId))
    .where(
      and(
        ownedProject(idOrSlug, userId),
        range.from ? gte(phaseHistory.transitionedAt, sql`${range.from}::timestamptz`) : undefined,
        range.to ? lte(phaseHistory.transitionedAt, sql`${range.to}::timestamptz`) : undefined,
      ),
    )
    .orderBy(phaseHistory.transitionedAt, phaseHistory.id);
}
