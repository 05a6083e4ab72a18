// Generation runs, the API's statements: each for the caller's `authed` batch (one round trip),
// scoped to the session's user through ownedProject. The generator worker keeps the rows current
// (src/generation/store.ts); these read them and move them between the states a person controls.
import { and, count, desc, eq, getTableColumns, inArray, type SQL, sql } from "drizzle-orm";
import type { Db } from "../db/client";
import { insertSelect, valueAs } from "../db/raw";
import { ACTIVE_RUN_STATUSES, generationRuns, type Phase, projects, type RunStatus } from "../db/schema";
import { type AnswerClaim, recordRows } from "../http/idempotency";
import { ownedProject } from "../projects/queries";

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
    .where(and(ownedProject(idOrSlug, userId), isActive));
}

/** How many active runs the user has (the per-user cap). */
export function activeRunCount(db: Db, userId: SQL) {
  return db
    .select({ n: count() })
    .from(generationRuns)
    .where(and(eq(generationRuns.userId, userId), isActive));
}

/**
 * Inserts a queued run for the project, unless the user is at the cap or the project already has an
 * active run (the partial unique index: `on conflict do nothing`). No row: refused (activeRun and
 * activeRunCount, earlier in the same batch, say why).
 */
export function startRun(
  db: Db,
  userId: SQL,
  idOrSlug: string,
  run: { targetPhase: Phase; tokenBudget: number; maxActive: number },
  answer: AnswerClaim = () => [],
) {
  const r = generationRuns;
  // Raw: insert…select with `on conflict` on a partial unique index (see insertSelect); values typed by their columns.
  const started = db.$with("started", runFields).as(sql`
    ${insertSelect(
      r,
      {
        projectId: sql`${projects.id}`,
        userId: sql`${projects.userId}`,
        targetPhase: valueAs(r.targetPhase, run.targetPhase),
        tokenBudget: valueAs(r.tokenBudget, run.tokenBudget),
      },
      sql`from ${projects} where ${and(
        ownedProject(idOrSlug, userId),
        sql`(select count(*) from ${r} where ${r.userId} = ${userId} and ${isActive}) < ${run.maxActive}`,
      )}
      on conflict (${sql.identifier(r.projectId.name)}) where ${activeIndexPredicate} do nothing`,
    )}
    returning *`);
  const answered = answer({
    ok: sql`exists (select 1 from ${started})`,
    status: 202,
    rows: { run: recordRows(started) },
  });
  return db
    .with(started, ...answered)
    .select()
    .from(started);
}

/** The project's runs, newest first. */
export function listRuns(db: Db, userId: SQL, idOrSlug: string) {
  return db
    .select(runFields)
    .from(generationRuns)
    .innerJoin(projects, eq(projects.id, generationRuns.projectId))
    .where(ownedProject(idOrSlug, userId))
    .orderBy(desc(generationRuns.createdAt), desc(generationRuns.id))
    .limit(100);
}

/** One run of the project. */
export function findRun(db: Db, userId: SQL, idOrSlug: string, runId: string) {
  return db
    .select(runFields)
    .from(generationRuns)
    .innerJoin(projects, eq(projects.id, generationRuns.projectId))
    .where(and(ownedProject(idOrSlug, userId), eq(generationRuns.id, runId)));
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
        ownedProject(idOrSlug, userId),
        eq(generationRuns.id, runId),
        inArray(generationRuns.status, [...from]),
      ),
    )
    .returning(runFields);
}
