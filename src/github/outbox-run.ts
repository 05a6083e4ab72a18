// The GitHub outbox's runner: claims due jobs (github_jobs, status pending), runs each with an Octokit
// for its project's connection, and records the outcome. Success: done, unless the job was asked for
// again while it ran (requested_at after claimed_at): then pending again, due now. Failure: GitHub's
// rate limits are waited out (retry-after, x-ratelimit-reset) without spending an attempt; a 5xx or a
// network error backs off (RETRY_DELAYS_SECONDS, with jitter) and fails after the last; any other
// refusal fails at once. The connection carries the last error, cleared by the next success.
// Generator worker only (Octokit): docs/github.md, "Outbox".
import { and, eq, inArray, sql } from "drizzle-orm";
import type { GithubConfig } from "../platform/config-github";
import { batch } from "../platform/db/batch";
import type { Db } from "../platform/db/client";
import { columnName as col, qualified } from "../platform/db/raw";
import {
  type GithubConnection,
  type GithubJob,
  type GithubJobKind,
  githubConnections,
  githubJobs,
} from "../platform/db/schema";
import { runCheck } from "./check";
import { isRequestError, octokitFor, PermanentGithubError, rateLimitWaitSeconds } from "./client";
import { runCheckDrift } from "./drift";
import { runSyncIssues } from "./issues";
import type { JobContext, JobHandler, JobResult } from "./jobs";
import { runPush } from "./push";

/**
 * Seconds before the next attempt after the n-th failed one (index n - 1), for 5xx answers and network
 * errors; each gets ±20 % jitter so jobs failed together do not return together. After the last, failed.
 */
export const RETRY_DELAYS_SECONDS = [5, 30, 2 * 60, 10 * 60, 3600, 6 * 3600] as const;
/** Attempts before a job is failed: the first and one per delay (rate-limit waits do not count). */
export const MAX_ATTEMPTS = RETRY_DELAYS_SECONDS.length + 1;
/** A claimed job is due again after this if its runner died before recording the outcome. */
export const CLAIM_LEASE_SECONDS = 10 * 60;
/** Jobs claimed (and run side by side) per round: few, as GitHub asks of concurrent requests. */
export const JOBS_PER_ROUND = 4;
/** The longest lastError kept. */
export const ERROR_MAX = 500;
const JITTER = 0.2;

/** The delay after the n-th failed attempt (with jitter), or undefined when that was the last. */
export function backoffSeconds(attempts: number, random: () => number = Math.random): number | undefined {
  const base = attempts >= MAX_ATTEMPTS ? undefined : RETRY_DELAYS_SECONDS[attempts - 1];
  return base === undefined ? undefined : Math.round(base * (1 - JITTER + 2 * JITTER * random()));
}

/** What becomes of a failed run. */
export type Verdict =
  | { kind: "wait"; seconds: number; error: string }
  | { kind: "retry"; seconds: number; error: string }
  | { kind: "fail"; error: string };

const clip = (text: string) => (text.length > ERROR_MAX ? `${text.slice(0, ERROR_MAX - 1)}…` : text);

/** A GitHub error as a sentence: status, message and the call (`403 … (PUT /repos/o/r/contents/x)`). */
export function describeError(err: unknown): string {
  if (isRequestError(err)) {
    const req = (err as { request?: { method?: string; url?: string } }).request;
    const where = req?.method && req.url ? ` (${req.method} ${new URL(req.url).pathname})` : "";
    const needs = err.response?.headers["x-accepted-github-permissions"];
    return clip(`GitHub ${err.status}: ${err.message}${needs ? `; needs ${needs}` : ""}${where}`);
  }
  return clip(err instanceof Error ? err.message || err.name : String(err));
}

/** The outbox's policy for a failed attempt (the attempt count includes it). */
export function classify(err: unknown, attempts: number, nowMs = Date.now()): Verdict {
  if (err instanceof PermanentGithubError) return { kind: "fail", error: clip(err.message) };
  const error = describeError(err);
  const wait = rateLimitWaitSeconds(err, nowMs);
  if (wait !== undefined) return { kind: "wait", seconds: wait, error: `rate limited, waiting ${wait} s: ${error}` };
  // Octokit reports a network failure as status 500 without a response: both are worth another try.
  if (!isRequestError(err) || err.status >= 500) {
    const seconds = backoffSeconds(attempts);
    return seconds === undefined
      ? { kind: "fail", error: `gave up after ${attempts} attempts: ${error}` }
      : { kind: "retry", seconds, error };
  }
  return { kind: "fail", error };
}

/** A claimed job and its claim's instant as Postgres wrote it (microseconds: the record's guard). */
export interface ClaimedJob {
  job: GithubJob;
  claimedAt: string;
}

/**
 * Claims up to `limit` due jobs: each gets its attempt counted, claimed_at set and a lease (due again in
 * CLAIM_LEASE_SECONDS unless its outcome is recorded first). A job of a connection still being checked
 * waits for the check (its own kind excepted).
 * Raw subquery: `for update skip locked` (concurrent runners never claim the same job) and the join on
 * the connection, which the builder's locking clause cannot say in a subquery.
 */
export async function claimJobs(db: Db, limit: number, projectIds?: readonly string[]): Promise<ClaimedJob[]> {
  const j = githubJobs;
  const c = githubConnections;
  // The subquery's own alias (j2): the update's table is the outer github_jobs. Qualified columns: inside an
  // UPDATE drizzle may write them bare, and project_id is in both tables.
  const j2 = (column: { name: string }) => sql`j2.${col(column)}`;
  const only = projectIds ? sql`and ${j2(j.projectId)} = any(${`{${projectIds.join(",")}}`}::uuid[])` : sql``;
  const rows = await db
    .update(j)
    .set({
      attempts: sql`${j.attempts} + 1`,
      claimedAt: sql`now()`,
      nextAttemptAt: sql`now() + make_interval(secs => ${CLAIM_LEASE_SECONDS})`,
    })
    .where(
      sql`${j.id} in (select ${j2(j.id)} from ${j} j2
        left join ${c} on ${qualified(c.projectId)} = ${j2(j.projectId)}
        where ${j2(j.status)} = 'pending' and ${j2(j.nextAttemptAt)} <= now()
          and (${qualified(c.status)} is distinct from 'checking' or ${j2(j.kind)} = 'check') ${only}
        order by ${j2(j.nextAttemptAt)} limit ${limit}
        for update of j2 skip locked)`,
    )
    .returning({ job: j, claimedAt: sql<string>`${j.claimedAt}::text` });
  return rows.map((r) => ({ job: r.job, claimedAt: r.claimedAt }));
}

/** The outcome of one job's run. */
export type Outcome = { ok: true; result: JobResult } | { ok: false; verdict: Verdict };

/** The job's row and the connection's last error after a run (one batch), only while the claim is still this run's. */
export function recordOutcome(db: Db, claimed: ClaimedJob, outcome: Outcome) {
  const j = githubJobs;
  const c = githubConnections;
  const { job } = claimed;
  const ours = and(eq(j.id, job.id), eq(j.status, "pending"), sql`${j.claimedAt} = ${claimed.claimedAt}::timestamptz`);
  // Asked for again while this run ran: another run, due now, with a fresh attempt count.
  const again = sql`${j.requestedAt} > ${j.claimedAt}`;
  const rerun = {
    status: sql`case when ${again} then 'pending' else ${outcome.ok ? "done" : "failed"} end`,
    finishedAt: sql`case when ${again} then null else now() end`,
    nextAttemptAt: sql`now()`,
    attempts: sql`case when ${again} then 0 else ${j.attempts} end`,
  };
  const connection = eq(c.projectId, job.projectId);
  if (outcome.ok) {
    return {
      job: db
        .update(j)
        .set({ ...rerun, result: outcome.result, lastError: null })
        .where(ours),
      connection: db.update(c).set({ lastError: null, lastErrorAt: null }).where(connection),
    };
  }
  const { verdict } = outcome;
  const jobSet =
    verdict.kind === "fail"
      ? { ...rerun, lastError: verdict.error }
      : {
          lastError: verdict.error,
          nextAttemptAt: sql`now() + make_interval(secs => ${verdict.seconds})`,
          // A rate limit is GitHub asking us to wait, not a failure: the attempt is given back.
          ...(verdict.kind === "wait" ? { attempts: sql`greatest(${j.attempts} - 1, 0)` } : {}),
        };
  return {
    job: db.update(j).set(jobSet).where(ours),
    connection: db
      .update(c)
      .set({
        lastError: `${job.kind}: ${verdict.error}`,
        lastErrorAt: sql`now()`,
        // A check that ended failed leaves the connection failed (unless a reconnect asked for another check).
        ...(job.kind === "check" && verdict.kind === "fail"
          ? {
              status: sql`case when exists (select 1 from ${j} where ${ours} and ${again}) then ${c.status} else 'failed' end`,
            }
          : {}),
      })
      .where(connection),
  };
}

const HANDLERS: Record<Exclude<GithubJobKind, "check">, JobHandler> = {
  push: runPush,
  sync_issues: runSyncIssues,
  check_drift: runCheckDrift,
};

/** One job's run: the connection's Octokit, then its kind's handler; any throw is classified. */
export async function runJob(
  db: Db,
  config: GithubConfig,
  job: GithubJob,
  connection: GithubConnection | undefined,
): Promise<Outcome> {
  try {
    if (!connection) throw new PermanentGithubError("not connected: the project has no GitHub repository");
    if (job.kind !== "check" && connection.status !== "connected") {
      throw new PermanentGithubError(
        `not connected: the repository's check failed${connection.lastError ? ` (${connection.lastError})` : ""}`,
      );
    }
    const auth = await octokitFor(connection, config);
    const ctx: JobContext = { db, octokit: auth.octokit, connection, job, config };
    const result = job.kind === "check" ? await runCheck(ctx, auth.permissions) : await HANDLERS[job.kind](ctx);
    return { ok: true, result };
  } catch (err) {
    return { ok: false, verdict: classify(err, job.attempts) };
  }
}

export interface RoundReport {
  claimed: number;
  done: number;
  retrying: number;
  failed: number;
}

/** One round: claim (1 round trip), load the connections (1), run side by side, record (1). */
export async function runRound(
  db: Db,
  config: GithubConfig,
  opts: { limit?: number; projectIds?: readonly string[] } = {},
): Promise<RoundReport> {
  const claimed = await claimJobs(db, opts.limit ?? JOBS_PER_ROUND, opts.projectIds);
  const report: RoundReport = { claimed: claimed.length, done: 0, retrying: 0, failed: 0 };
  if (claimed.length === 0) return report;
  const projectIds = [...new Set(claimed.map((c) => c.job.projectId))];
  const connections = await db.select().from(githubConnections).where(inArray(githubConnections.projectId, projectIds));
  const byProject = new Map(connections.map((c) => [c.projectId, c]));
  const outcomes = await Promise.all(
    claimed.map(async (c) => ({ c, o: await runJob(db, config, c.job, byProject.get(c.job.projectId)) })),
  );
  // One job's record per entry: a connection with two jobs in the round gets the later one's last error.
  const statements = Object.fromEntries(
    outcomes.flatMap(({ c, o }, i) => {
      const r = recordOutcome(db, c, o);
      return [
        [`job${i}`, r.job],
        [`connection${i}`, r.connection],
      ];
    }),
  );
  await batch(db, statements);
  for (const { o } of outcomes) {
    if (o.ok) report.done++;
    else if (o.verdict.kind === "fail") report.failed++;
    else report.retrying++;
  }
  return report;
}
