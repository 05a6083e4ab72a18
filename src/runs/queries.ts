// Generation runs, the API's statements: each for the caller's `authed` batch (one round trip),
// scoped to the session's user through accessibleProject. The generator worker keeps the rows current
// (src/runs/generation/store.ts); these read them and move them between the states a person controls.
import { and, count, desc, eq, exists, getTableColumns, inArray, type SQL, sql } from "drizzle-orm";
import { RUN_TOKEN_BUDGET_MIN } from "../platform/config";
import type { Db } from "../platform/db/client";
import { insertSelect, valueAs } from "../platform/db/raw";
import {
  ACTIVE_RUN_STATUSES,
  changeRequests,
  generationRuns,
  type Phase,
  PROPOSING_STATUSES,
  projects,
  type RunStatus,
  tokenUsage,
  usageMonth,
  users,
} from "../platform/db/schema";
import { type AnswerClaim, rowsAsJson } from "../platform/http/idempotency";
import { accessibleProject } from "../projects";

export type RunRow = typeof generationRuns.$inferSelect;
export const runFields = getTableColumns(generationRuns);

const isActive = inArray(generationRuns.status, [...ACTIVE_RUN_STATUSES]);
// The one-active-run index's predicate, as written in the schema: `on conflict` must name it with
// constants (a bound parameter does not prove the index's predicate) and unqualified columns.
const activeIndexPredicate = sql.raw(
  `${generationRuns.status.name} in (${ACTIVE_RUN_STATUSES.map((s) => `'${s}'`).join(", ")})`,
);

/** The project's active run (id and status), if any: explains a refused start. */
export function activeRun(db: Db, userId: SQL, idOrSlug: string) {
  return db
    .select({ id: generationRuns.id, status: generationRuns.status })
    .from(generationRuns)
    .innerJoin(projects, eq(projects.id, generationRuns.projectId))
    .where(and(accessibleProject(idOrSlug, userId, "project:read"), isActive));
}

/** How many active runs the user has (the per-user cap). */
export function activeRunCount(db: Db, userId: SQL) {
  return db
    .select({ n: count() })
    .from(generationRuns)
    .where(and(eq(generationRuns.userId, userId), isActive));
}

/** Tokens the user's runs spent this month (UTC). */
export const usedThisMonth = (userId: SQL) =>
  sql<number>`coalesce((select ${tokenUsage.tokens} from ${tokenUsage} where ${and(
    eq(tokenUsage.userId, userId),
    eq(tokenUsage.month, usageMonth),
  )}), 0)::bigint`;

/** Tokens the user's active runs may still spend (their budgets' unspent rest): reserved from the month. */
export const reservedByActiveRuns = (userId: SQL) =>
  sql<number>`(select coalesce(sum(greatest(${generationRuns.tokenBudget} - ${generationRuns.tokensIn} - ${generationRuns.tokensOut}, 0)), 0)
    from ${generationRuns} where ${and(eq(generationRuns.userId, userId), isActive)})::bigint`;

/**
 * What decides whether the user may start a run, beyond the project: a verified email, and this
 * month's tokens (spent, and reserved by active runs). Read after lockOwner, so it is what
 * startRun's insert sees.
 */
export function startAllowance(db: Db, userId: SQL) {
  return db
    .select({
      emailVerified: users.emailVerified,
      used: sql<string>`${usedThisMonth(userId)}`,
      reserved: sql<string>`${reservedByActiveRuns(userId)}`,
    })
    .from(users)
    .where(eq(users.id, userId));
}

/**
 * Inserts a queued run for the project, unless the user's email is unverified, the user is at the
 * active-run cap or has less than RUN_TOKEN_BUDGET_MIN of the month's tokens left, or the project
 * already has an active run (the partial unique index: `on conflict do nothing`). The run's budget
 * is the one asked for, lowered to what the month has left. Exact only when the batch locked the
 * user's row first (lockOwner): concurrent starts then count each other's runs. No row: refused
 * (activeRun, activeRunCount and startAllowance, earlier in the same batch, say why). With `changeRequestId`: a
 * scoped run, only while that change request of the project is open to proposals (PROPOSING_STATUSES).
 */
export function startRun(
  db: Db,
  userId: SQL,
  idOrSlug: string,
  run: {
    targetPhase: Phase;
    tokenBudget: number;
    maxActive: number;
    monthlyTokens: number;
    changeRequestId?: string;
  },
  answer: AnswerClaim = () => [],
) {
  const r = generationRuns;
  const monthLeft = sql`(${run.monthlyTokens}::bigint - ${usedThisMonth(userId)} - ${reservedByActiveRuns(userId)})`;
  // Raw: insert…select with `on conflict` on a partial unique index (see insertSelect); values typed by their columns.
  const started = db.$with("started", runFields).as(sql`
    ${insertSelect(
      r,
      {
        projectId: sql`${projects.id}`,
        // Whoever starts the run owns it (its tokens, its writes), not the project's creator.
        userId,
        targetPhase: valueAs(r.targetPhase, run.targetPhase),
        tokenBudget: sql`least(${valueAs(r.tokenBudget, run.tokenBudget)}, ${monthLeft})::int`,
        changeRequestId: valueAs(r.changeRequestId, run.changeRequestId ?? null),
      },
      sql`from ${projects} where ${and(
        accessibleProject(idOrSlug, userId, "project:write"),
        sql`exists (select 1 from ${users} where ${users.id} = ${userId} and ${users.emailVerified})`,
        sql`(select count(*) from ${r} where ${r.userId} = ${userId} and ${isActive}) < ${run.maxActive}`,
        sql`${monthLeft} >= ${RUN_TOKEN_BUDGET_MIN}`,
        run.changeRequestId === undefined ? undefined : openChangeRequest(db, run.changeRequestId),
      )}
      on conflict (${sql.identifier(r.projectId.name)}) where ${activeIndexPredicate} do nothing`,
    )}
    returning *`);
  const answered = answer({
    ok: sql`exists (select 1 from ${started})`,
    status: 202,
    rows: { run: rowsAsJson(started) },
  });
  return db
    .with(started, ...answered)
    .select()
    .from(started);
}

/** The change request `crId` is the project's (the insert's `projects` row) and open to proposals. */
const openChangeRequest = (db: Db, crId: string): SQL =>
  exists(
    db
      .select({ one: sql`1` })
      .from(changeRequests)
      .where(
        and(
          eq(changeRequests.id, crId),
          eq(changeRequests.projectId, projects.id),
          inArray(changeRequests.status, [...PROPOSING_STATUSES]),
        ),
      ),
  );

/**
 * A scoped run's change request, if it is the project's and the caller may write it: its status (why a refused start
 * was refused). Here rather than through src/change-requests: the core worker, which serves the runs routes, does
 * not carry that feature (the teams worker serves it; test/node/bundle.test.ts).
 */
export function changeRequestForRun(db: Db, userId: SQL, idOrSlug: string, crId: string) {
  return db
    .select({ status: changeRequests.status })
    .from(changeRequests)
    .innerJoin(projects, eq(projects.id, changeRequests.projectId))
    .where(and(accessibleProject(idOrSlug, userId, "project:write"), eq(changeRequests.id, crId)));
}

/** The project's runs, newest first. */
export function listRuns(db: Db, userId: SQL, idOrSlug: string) {
  return db
    .select(runFields)
    .from(generationRuns)
    .innerJoin(projects, eq(projects.id, generationRuns.projectId))
    .where(accessibleProject(idOrSlug, userId, "project:read"))
    .orderBy(desc(generationRuns.createdAt), desc(generationRuns.id))
    .limit(100);
}

/** One run of the project. */
export function findRun(db: Db, userId: SQL, idOrSlug: string, runId: string) {
  return db
    .select(runFields)
    .from(generationRuns)
    .innerJoin(projects, eq(projects.id, generationRuns.projectId))
    .where(and(accessibleProject(idOrSlug, userId, "project:read"), eq(generationRuns.id, runId)));
}

/**
 * Moves the run from one of `from` to `to` (pause, resume, cancel); a finished `to` stamps
 * finished_at. No row: the run is missing or in another state (findRun in the batch says which).
 */
export function transitionRun(
  db: Db,
  userId: SQL,
  idOrSlug: string,
  runId: string,
  from: readonly RunStatus[],
  to: RunStatus,
) {
  return db
    .update(generationRuns)
    .set({
      status: to,
      updatedAt: sql`now()`,
      ...(to === "cancelled" ? { finishedAt: sql`now()` } : {}),
    })
    .from(projects)
    .where(
      and(
        eq(projects.id, generationRuns.projectId),
        accessibleProject(idOrSlug, userId, "project:write"),
        eq(generationRuns.id, runId),
        inArray(generationRuns.status, [...from]),
      ),
    )
    .returning(runFields);
}
