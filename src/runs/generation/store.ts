// The generator worker's statements: what a run reads at each step, and its writes, each ONE batch
// (one transaction). Every write acts for the run's owner only while the run is `running`: the
// user id the shared queries scope by (accessibleProject) is read from the run row under that condition,
// so a cancelled or paused run's late step writes nothing (NULL matches no project).
import { and, desc, eq, getTableColumns, inArray, like, type SQL, sql } from "drizzle-orm";
import { type ArtifactQuotas, storeArtifacts } from "../../artifacts";
import { asDelta, deltasOf, type ImpactRow, impactOf, putProposal } from "../../change-requests";
import { advancePhase, gatePassedEvents } from "../../phases";
import { batch } from "../../platform/db/batch";
import type { Db } from "../../platform/db/client";
import { columnName as col, insertSelect, valueAs } from "../../platform/db/raw";
import {
  changeRequestDocuments,
  generationRunSteps,
  generationRuns,
  type Phase,
  projectArtifacts,
  projects,
  type RunError,
  type RunStatus,
  tokenUsage,
  usageMonth,
} from "../../platform/db/schema";
import { projectFields } from "../../projects";
import { recordingStatements, storedPrdOf } from "../../requirements";
import type { ValidationResult } from "../../spec-engine";
import { storedFacts } from "../../spec-engine/trace-ids";

const runFields = getTableColumns(generationRuns);

/** The run's owner while the run is `running` (NULL otherwise): the scope of every write of a step. */
const ownerWhileRunning = (runId: string): SQL =>
  sql`(select ${generationRuns.userId} from ${generationRuns} where ${and(
    eq(generationRuns.id, runId),
    eq(generationRuns.status, "running"),
  )})`;

/** The run, its project and the latest version of each of the project's artifacts (with content). */
export function readRunState(db: Db, runId: string) {
  const run = db.select(runFields).from(generationRuns).where(eq(generationRuns.id, runId));
  const project = db
    .select(projectFields)
    .from(projects)
    .innerJoin(generationRuns, eq(generationRuns.projectId, projects.id))
    .where(eq(generationRuns.id, runId));
  const { phase, artifactName, version, content, validationStatus, validationErrors } = projectArtifacts;
  const artifacts = db
    .selectDistinctOn([phase, artifactName], {
      phase,
      artifactName,
      version,
      content,
      validationStatus,
      validationErrors,
    })
    .from(projectArtifacts)
    .innerJoin(generationRuns, eq(generationRuns.projectId, projectArtifacts.projectId))
    .where(eq(generationRuns.id, runId))
    .orderBy(phase, artifactName, desc(version));
  return batch(db, { run, project, artifacts });
}

/** Moves the run to running from one of `from` (queued at its first step, waiting after an approval). */
export function markRunning(db: Db, runId: string, from: readonly RunStatus[]) {
  return db
    .update(generationRuns)
    .set({ status: "running", updatedAt: sql`now()` })
    .where(and(eq(generationRuns.id, runId), inArray(generationRuns.status, [...from])));
}

/** Where the run is (phase, artifact) and, optionally, a new status and error; only while running. */
export function setRunPosition(
  db: Db,
  runId: string,
  at: { phase: Phase | null; artifact: string | null; status?: RunStatus; lastError?: RunError | null },
) {
  const finished = at.status === "completed" || at.status === "failed";
  return db
    .update(generationRuns)
    .set({
      phase: at.phase,
      artifact: at.artifact,
      ...(at.status ? { status: at.status } : {}),
      ...(at.lastError !== undefined ? { lastError: at.lastError } : {}),
      ...(finished ? { finishedAt: sql`now()` } : {}),
      updatedAt: sql`now()`,
    })
    .where(and(eq(generationRuns.id, runId), eq(generationRuns.status, "running")));
}

/** Ends a run that failed outside a running state too (e.g. a queued run whose first step failed). */
export function failRun(db: Db, runId: string, lastError: RunError) {
  return db
    .update(generationRuns)
    .set({ status: "failed", lastError, finishedAt: sql`now()`, updatedAt: sql`now()` })
    .where(and(eq(generationRuns.id, runId), sql`${generationRuns.status} in ('queued', 'running')`));
}

export interface DraftToStore {
  runId: string;
  projectId: string;
  /** The Workflow step's name: the idempotency key. */
  stepKey: string;
  phase: Phase;
  name: string;
  content: string;
  contentHash: string;
  validation: ValidationResult;
  tokensIn: number;
  tokensOut: number;
  costUsd: number;
}

/**
 * One batch: the step's row (`on conflict do nothing`: a retried step adds nothing), the version
 * through the artifact route's storeArtifacts (identical content is no new version), its validation,
 * and the run's counters and `produced` recomputed from its step rows (so a retry cannot count twice).
 */
export async function storeDraft(db: Db, d: DraftToStore, limits: ArtifactQuotas) {
  const owner = ownerWhileRunning(d.runId);
  const s = generationRunSteps;
  const draftDoc = { phase: d.phase, artifactName: d.name, content: d.content, contentHash: d.contentHash };
  const bytes = new TextEncoder().encode(d.content).length;
  const latestOfContent = db
    .select({ id: projectArtifacts.id })
    .from(projectArtifacts)
    .where(
      and(
        eq(projectArtifacts.projectId, d.projectId),
        eq(projectArtifacts.phase, d.phase),
        eq(projectArtifacts.artifactName, d.name),
        eq(projectArtifacts.contentHash, d.contentHash),
      ),
    )
    .orderBy(desc(projectArtifacts.version))
    .limit(1);
  return batch(db, {
    held: holdRun(db, d.runId),
    step: insertStep(db, d, eq(generationRuns.status, "running")),
    stored: storeArtifacts(
      db,
      owner,
      d.projectId,
      [
        {
          phase: d.phase,
          artifactName: d.name,
          content: d.content,
          fileSize: bytes,
          contentHash: d.contentHash,
          frontmatter: d.validation.frontmatter,
          // The spec engine's verdict, stored with the version exactly as the artifact route stores it.
          validationStatus: d.validation.status,
          validationErrors: d.validation.findings,
          qualityScore: d.validation.qualityScore,
          extraFile: d.validation.extra,
          ...storedFacts(d.name, d.content),
        },
      ],
      limits,
    ),
    // The PRD's requirements and the version's requirement revisions, after the store (src/requirements).
    ...recordingStatements(db, owner, d.projectId, [draftDoc], await storedPrdOf([draftDoc])),
    linked: db
      .update(s)
      .set({ artifactId: sql`(${latestOfContent})` })
      .where(and(eq(s.runId, d.runId), eq(s.stepKey, d.stepKey))),
    counters: refreshRunCounters(db, d.runId),
    // Read last, in the same transaction: a run paused or cancelled meanwhile wrote nothing above.
    run: db.select({ status: generationRuns.status }).from(generationRuns).where(eq(generationRuns.id, d.runId)),
  });
}

/** Whether storeDraft's (storeProposal's) batch ran for a running run (else it wrote nothing: paused or cancelled). */
export function storedWhileRunning(results: { run: { status: RunStatus }[] }): boolean {
  return results.run[0]?.status === "running";
}

/**
 * What a scoped run drafts, read once at its start as its owner: the change request's affected documents (the
 * impact's `documents`, the change request GET's statement) and its deltas. Empty when the run is not running.
 */
export async function readScope(db: Db, runId: string, projectId: string, crId: string) {
  const owner = ownerWhileRunning(runId);
  const { impact, deltas } = await batch(db, {
    impact: impactOf(db, owner, projectId, crId),
    deltas: deltasOf(db, owner, projectId, crId),
  });
  const documents = new Map<string, { phase: Phase; name: string }>();
  for (const r of impact.rows as unknown as ImpactRow[]) {
    if (r.kind === "document") documents.set(`${r.phase}/${r.name}`, { phase: r.phase as Phase, name: r.name });
  }
  return { documents: [...documents.values()], deltas: deltas.map(asDelta) };
}

/**
 * The change request's proposals stored since the run started (by it, or by a person while it needed attention),
 * with their content and whether they failed their own validation: a pass after a resume keeps those that pass.
 */
export function proposedSinceStart(db: Db, runId: string, crId: string) {
  const d = changeRequestDocuments;
  return db
    .select({ phase: d.phase, name: d.artifactName, content: d.content, status: d.validationStatus })
    .from(d)
    .innerJoin(generationRuns, eq(generationRuns.id, runId))
    .where(and(eq(d.changeRequestId, crId), sql`${d.updatedAt} >= ${generationRuns.createdAt}`));
}

/**
 * storeDraft for a scoped run: the step's row and the draft as the change request's proposal for its document
 * (run_id set, replacing an earlier proposal), validated as the proposals route validates, not a project version.
 * `stored` is empty when the change request no longer takes proposals.
 */
export function storeProposal(db: Db, d: DraftToStore & { changeRequestId: string }) {
  const owner = ownerWhileRunning(d.runId);
  const proposal = {
    phase: d.phase,
    artifactName: d.name,
    content: d.content,
    fileSize: new TextEncoder().encode(d.content).length,
    contentHash: d.contentHash,
    frontmatter: d.validation.frontmatter,
    validationStatus: d.validation.status,
    validationErrors: d.validation.findings,
    qualityScore: d.validation.qualityScore,
    ...storedFacts(d.name, d.content),
  };
  return batch(db, {
    held: holdRun(db, d.runId),
    step: insertStep(db, d, eq(generationRuns.status, "running")),
    stored: putProposal(db, owner, d.projectId, d.changeRequestId, proposal, d.runId),
    counters: refreshRunCounters(db, d.runId),
    run: db.select({ status: generationRuns.status }).from(generationRuns).where(eq(generationRuns.id, d.runId)),
  });
}

/**
 * A run's write batch's first statement (storing a draft, advancing): the run's row locked until the batch
 * commits. Each later statement reads the run's status afresh (read committed), so without it a pause or cancel
 * committing mid-batch would let the version in and keep the counters out (or the advance without its audit
 * event); with it the transition waits, or lands first and the batch writes nothing. `no key update`, not `share`: two drafts of one run storing at once would deadlock upgrading shares.
 */
function holdRun(db: Db, runId: string) {
  return db
    .select({ status: generationRuns.status })
    .from(generationRuns)
    .where(eq(generationRuns.id, runId))
    .for("no key update");
}

/** Tokens, cost and produced versions of the run, from its step rows (idempotent). */
function refreshRunCounters(db: Db, runId: string) {
  const s = generationRunSteps;
  const a = projectArtifacts;
  return db
    .update(generationRuns)
    .set({
      tokensIn: sql`(select coalesce(sum(${s.tokensIn}), 0) from ${s} where ${s.runId} = ${runId})`,
      tokensOut: sql`(select coalesce(sum(${s.tokensOut}), 0) from ${s} where ${s.runId} = ${runId})`,
      costUsd: sql`(select coalesce(sum(${s.costUsd}), 0) from ${s} where ${s.runId} = ${runId})`,
      // Raw: jsonb_agg over a join, in step order; one entry per stored version.
      produced: sql`(select coalesce(jsonb_agg(distinct jsonb_build_object('phase', ${a.phase}, 'name', ${a.artifactName}, 'version', ${a.version})), '[]'::jsonb)
        from ${s} join ${a} on ${a.id} = ${s.artifactId} where ${s.runId} = ${runId})`,
      updatedAt: sql`now()`,
    })
    .where(and(eq(generationRuns.id, runId), eq(generationRuns.status, "running")));
}

/** Counts an LLM call that answered but produced nothing storable (its tokens still count). */
export function recordSpentStep(
  db: Db,
  d: Pick<DraftToStore, "runId" | "stepKey" | "tokensIn" | "tokensOut" | "costUsd">,
) {
  return batch(db, { step: insertStep(db, d), counters: refreshRunCounters(db, d.runId) });
}

/**
 * The step's row (nothing when the step was recorded already, or when `runWhere` excludes the run),
 * and its tokens added to the owner's month only when the row is new, so a retried step is counted
 * once. Raw: an insert feeding an upsert through a data-modifying CTE.
 */
function insertStep(
  db: Db,
  d: Pick<DraftToStore, "runId" | "stepKey" | "tokensIn" | "tokensOut" | "costUsd">,
  runWhere?: SQL,
) {
  const s = generationRunSteps;
  const r = generationRuns;
  const u = tokenUsage;
  return db.execute(sql`with step as (
      ${insertSelect(
        s,
        {
          runId: sql`${r.id}`,
          stepKey: valueAs(s.stepKey, d.stepKey),
          tokensIn: valueAs(s.tokensIn, d.tokensIn),
          tokensOut: valueAs(s.tokensOut, d.tokensOut),
          costUsd: valueAs(s.costUsd, String(d.costUsd)),
        },
        sql`from ${r} where ${and(eq(r.id, d.runId), runWhere)} on conflict do nothing`,
      )}
      returning ${col(s.runId)} as run_id, ${col(s.tokensIn)} + ${col(s.tokensOut)} as tokens
    )
    insert into ${u} (${col(u.userId)}, ${col(u.month)}, ${col(u.tokens)})
    select ${r.userId}, ${usageMonth}, step.tokens from step join ${r} on ${r.id} = step.run_id
    where step.tokens > 0
    on conflict (${col(u.userId)}, ${col(u.month)}) do update set ${col(u.tokens)} = ${u.tokens} + excluded.${col(u.tokens)}`);
}

/**
 * Advances the project through the API's advance statement (same gates), as the run's owner, with the
 * gate.passed audit row and webhook event in the same batch; the project's row when it moved.
 */
export async function advanceForRun(
  db: Db,
  runId: string,
  projectId: string,
  t: {
    expected: Phase;
    artifactsGenerated: string[];
    validationPassed: boolean;
    tokensUsed: number;
    costEstimateUsd: number;
  },
) {
  const owner = ownerWhileRunning(runId);
  const { advanced } = await batch(db, {
    held: holdRun(db, runId),
    advanced: advancePhase(db, owner, projectId, t),
    ...gatePassedEvents(db, owner, projectId, t.expected),
  });
  return advanced;
}

/** Tokens and cost the run spent on one phase (its step keys carry "<pass> <phase>/"). */
export async function phaseSpend(db: Db, runId: string, phase: Phase) {
  const s = generationRunSteps;
  const [row] = await db
    .select({
      tokens: sql<number>`coalesce(sum(${s.tokensIn} + ${s.tokensOut}), 0)::int`,
      cost: sql<number>`coalesce(sum(${s.costUsd}), 0)::float8`,
    })
    .from(s)
    .where(and(eq(s.runId, runId), like(s.stepKey, `% ${phase}/%`)));
  return row ?? { tokens: 0, cost: 0 };
}
