// GithubOutboxWorkflow: the outbox's waker (generator worker). A request that queued GitHub work starts
// an instance for its project (nudge); the instance runs the project's due jobs, then sleeps until the
// next one is due (a retry's backoff, GitHub's `retry-after` or `x-ratelimit-reset`) and runs again,
// until none is pending. Durable sleeps make retries happen on time in production and under
// `wrangler dev` alike (where cron triggers never fire); the generator's cron stays the backstop for
// an instance that was never started. The jobs' state is the github_jobs rows: an instance holds none,
// and two instances of one project only compete for rows (claims skip locked ones).
import { WorkflowEntrypoint, type WorkflowEvent, type WorkflowStep } from "cloudflare:workers";
import { and, eq, min } from "drizzle-orm";
import { getDbConfig } from "../platform/config";
import { createDb } from "../platform/db/client";
import { githubJobs } from "../platform/db/schema";
import { runGithubDispatcher } from "./worker";

export interface OutboxParams {
  projectId: string;
}

/** Rounds one instance runs before it ends (the cron picks up whatever is still pending after). */
export const OUTBOX_MAX_ROUNDS = 50;
/** The longest one sleep (a rate limit's reset is at most an hour away). */
const MAX_SLEEP_SECONDS = 3600;

/** Seconds until the project's next pending job is due (0 if due now), or null when none is pending. */
export async function nextDueSeconds(env: object, projectId: string): Promise<number | null> {
  const db = createDb(getDbConfig(env));
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
        await runGithubDispatcher(this.env, [projectId]);
        return nextDueSeconds(this.env, projectId);
      });
      if (next === null) return { rounds: round };
      if (next > 0) await step.sleep(`wait ${round}`, Math.min(next, MAX_SLEEP_SECONDS) * 1000);
    }
    return { rounds: OUTBOX_MAX_ROUNDS };
  }
}
