// The phase machine's statements (rules in src/phases/gates.ts), each for the caller's `authed`
// batch (one round trip), scoped to the session's user through accessibleProject.
import { and, eq, getTableColumns, gte, lte, type SQL, sql } from "drizzle-orm";
import type { Db } from "../platform/db/client";
import { insertSelect, qualified, valueAs } from "../platform/db/raw";
import {
  type Approval,
  type Phase,
  type PhaseHistoryEntry,
  phaseHistory,
  projectArtifacts,
  projects,
} from "../platform/db/schema";
import { type AnswerClaim, rowsAsJson } from "../platform/http/idempotency";
import { accessibleProject } from "../projects";
import { actedNow, flagSet, reviewState } from "../reviews";
import { phaseApproval as approvalOf } from "../spec-engine/templates";
import { gateColumns, leaveCondition, nextPhase } from "./gates";

/** A history entry as the API shows it: every column but the project. */
export type HistoryRow = Omit<PhaseHistoryEntry, "projectId">;
const { projectId: _project, ...historyFields } = getTableColumns(phaseHistory);

export { historyFields };

/** The stack scorecard every approval of the stack is held to. */
export const SCORECARD = { phase: "stack_selection", name: "stack-scorecard.json" } as const;

/**
 * The latest version of the project's stack scorecard as jsonb, null when there is none or its content is
 * not JSON Postgres reads: the version failed json-invalid, or it holds an escape JSON.parse takes and jsonb
 * refuses (`\u0000`, a surrogate), which `case` keeps from reaching the cast (a 500 otherwise).
 */
function scorecardJson(projectId: SQL | typeof projects.id): SQL<unknown> {
  const a = projectArtifacts;
  return sql`(select case
      when ${a.validationErrors} @> '[{"ruleId":"json-invalid"}]'::jsonb then null
      when ${a.content} ~ ${String.raw`\\u(0000|[dD][89abAB])`} then null
      else ${a.content}::jsonb end
    from ${a} where ${latestScorecard(projectId)})`;
}

/** The condition picking the latest version of `projectId`'s scorecard from project_artifacts. */
function latestScorecard(projectId: SQL | typeof projects.id): SQL {
  const a = projectArtifacts;
  return sql`${a.projectId} = ${projectId} and ${a.phase} = ${SCORECARD.phase} and ${a.artifactName} = ${SCORECARD.name}
    and ${a.version} = (select max(v.version) from ${a} v where v.project_id = ${projectId}
      and v.phase = ${SCORECARD.phase} and v.artifact_name = ${SCORECARD.name})`;
}

/** True when `choice` is the id of one of the scorecard's options. */
export function scorecardOffers(choice: string): SQL {
  return sql`coalesce(jsonb_path_exists(${scorecardJson(projects.id)}, '$.options[*] ? (@.id == $c)', jsonb_build_object('c', ${choice}::text)), false)`;
}

/** The ids of the scorecard's options (to name them in a refusal); empty with no readable scorecard. */
export function scorecardOptions(db: Db, userId: SQL, idOrSlug: string) {
  return db
    .select({
      options: sql<
        unknown[]
      >`coalesce(jsonb_path_query_array(${scorecardJson(projects.id)}, '$.options[*].id'), '[]'::jsonb)`,
    })
    .from(projects)
    .where(accessibleProject(idOrSlug, userId, "project:read"));
}

/**
 * After the caller's approval was recorded earlier in the batch (giveApproval): the flag follows the review
 * policy (flagSet: set when met, with who and when), and `extra` (the stack choice) is kept. No row when no
 * approval was recorded. With an Idempotency-Key, `answer` records the project and the review state (200),
 * or releases the claim.
 */
export function approve(
  db: Db,
  userId: SQL,
  idOrSlug: string,
  approval: Approval,
  extra: { stackChoice?: string; stackOverrideReason?: string | null } = {},
  answer: AnswerClaim = () => [],
) {
  const approved = db.$with("approved").as(
    db
      .update(projects)
      .set({ ...extra, ...flagSet(approval, userId) })
      .where(and(accessibleProject(idOrSlug, userId, "project:approve"), actedNow(approval, userId, "given")))
      .returning(),
  );
  const answered = answer({
    ok: sql`exists (select 1 from ${approved})`,
    status: 200,
    rows: {
      project: rowsAsJson(approved),
      // The state as this statement reads it: the approval is in (an earlier statement), the flag does not matter.
      review: sql`coalesce((select jsonb_agg(jsonb_build_object('state', ${reviewState(approval)})) from ${projects}
        where ${qualified(projects.id)} in (select id from ${approved})), '[]'::jsonb)`,
    },
  });
  // Every column (the owner too): the route's presenter drops it.
  return db
    .with(approved, ...answered)
    .select()
    .from(approved);
}

/** The project's phase (to explain a refused approval). */
export function currentPhase(db: Db, userId: SQL, idOrSlug: string) {
  return db
    .select({ currentPhase: projects.currentPhase })
    .from(projects)
    .where(accessibleProject(idOrSlug, userId, "project:read"));
}

/** The project's phase and the gates of leaving `expected`, evaluated (to explain a refused advance). */
export function phaseState(db: Db, userId: SQL, idOrSlug: string, expected: Phase) {
  return db
    .select({
      currentPhase: projects.currentPhase,
      coverageThreshold: projects.coverageThreshold,
      gates: gateColumns(expected),
      // The approval's review state, to say what it misses.
      review: approvalOf(expected) ? reviewState(approvalOf(expected) as Approval) : sql<null>`null`,
    })
    .from(projects)
    .where(accessibleProject(idOrSlug, userId, "project:read"));
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
          accessibleProject(idOrSlug, userId, "project:write"),
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
        // The stack approval's override, carried into the history of leaving its phase.
        stackOverrideReason: t.expected === "stack_selection" ? sql`${moved.stackOverrideReason}` : sql`null`,
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
        accessibleProject(idOrSlug, userId, "project:read"),
        range.from ? gte(phaseHistory.transitionedAt, sql`${range.from}::timestamptz`) : undefined,
        range.to ? lte(phaseHistory.transitionedAt, sql`${range.to}::timestamptz`) : undefined,
      ),
    )
    .orderBy(phaseHistory.transitionedAt, phaseHistory.id);
}
