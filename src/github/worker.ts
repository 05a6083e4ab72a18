// What the generator worker (src/workers/generator.ts) hosts for GitHub: the outbox's runner and its
// waker, GithubOutboxWorkflow. Apart from index.ts so that no API bundle loads Octokit.
//
// GithubOutboxWorkflow: a request that queued GitHub work starts an instance for its project (nudge); the instance runs the project's due jobs, then sleeps until the
// next one is due (a retry's backoff, GitHub's `retry-after` or `x-ratelimit-reset`) and runs again,
// until none is pending. Durable sleeps make retries happen on time in production and under
// `wrangler dev` alike (where cron triggers never fire); the generator's cron stays the backstop for
// an instance that was never started. The jobs' state is the github_jobs rows: an instance holds none,
// and two instances of one project only compete for rows (claims skip locked ones).
import { WorkflowEntrypoint, type WorkflowEvent, type WorkflowStep } from "cloudflare:workers";
import { and, eq, min } from "drizzle-orm";
import { getDbConfig } from "../platform/config";
import { getGithubConfig } from "../platform/config-github";
import { createDb, type Db } from "../platform/db/client";
import { githubJobs } from "../platform/db/schema";
import { JOBS_PER_ROUND, runRound } from "./outbox-run";

/** How long one run keeps claiming rounds (the cron's next run starts a minute later). */
export const RUN_BUDGET_MS = 40_000;

export interface GithubDispatchReport {
  claimed: number;
  done: number;
  retrying: number;
  failed: number;
}

/**
 * One run of the outbox: rounds of due jobs until fewer than a full round was due or the run's budget
 * is spent. A job claimed by a run that dies is due again after its lease (CLAIM_LEASE_SECONDS).
 */
export async function runGithubDispatcher(
  env: object,
  /** Only these projects' jobs (tests: other files' rows in the shared database stay theirs). */
  projectIds?: readonly string[],
  db: Db = createDb(getDbConfig(env)),
): Promise<GithubDispatchReport> {
  const config = getGithubConfig(env);
  const total: GithubDispatchReport = { claimed: 0, done: 0, retrying: 0, failed: 0 };
  const started = Date.now();
  for (;;) {
    const r = await runRound(db, config, { limit: JOBS_PER_ROUND, projectIds });
    total.claimed += r.claimed;
    total.done += r.done;
    total.retrying += r.retrying;
    total.failed += r.failed;
    if (r.claimed < JOBS_PER_ROUND || Date.now() - started > RUN_BUDGET_MS) return total;
  }
}

export interface OutboxParams {
  projectId: string;
}

/** Rounds one instance runs before it ends (the cron picks up whatever is still pending after). */
export const OUTBOX_MAX_ROUNDS = 50;
/** The longest one sleep (a rate limit's reset is at most an hour away). */
const MAX_SLEEP_SECONDS = 3600;

/** Seconds until the project's next pending job is due (0 if due now), or null when none is pending. */
export async function nextDueSeconds(db: Db, projectId: string): Promise<number | null> {
  const [row] = await db
    .select({ next: min(githubJobs.nextAttemptAt) })
    .from(githubJobs)
    .where(and(eq(githubJobs.projectId, projectId), eq(githubJobs.status, "pending")));
  if (!row?.next) return null;
  return Math.max(0, Math.ceil((new Date(row.next).getTime() - Date.now()) / 1000));
}

export class GithubOutboxWorkflow extends WorkflowEntrypoint<object, OutboxParams> {
  override async run(event: Readonly<WorkflowEvent<OutboxParams>>, step: WorkflowStep) {
    const { projectId } = event.payload;
    for (let round = 1; round <= OUTBOX_MAX_ROUNDS; round++) {
      const next = await step.do(`round ${round}`, async () => {
        const db = createDb(getDbConfig(this.env));
        await runGithubDispatcher(this.env, [projectId], db);
        return nextDueSeconds(db, projectId);
      });
      if (next === null) return { rounds: round };
      if (next > 0) await step.sleep(`wait ${round}`, Math.min(next, MAX_SLEEP_SECONDS) * 1000);
    }
    return { rounds: OUTBOX_MAX_ROUNDS };
  }
}
