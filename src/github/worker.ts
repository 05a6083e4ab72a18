// What the generator worker (src/workers/generator.ts) hosts for GitHub: the outbox's runner.
// Apart from index.ts so that no API bundle loads Octokit.
import { getDbConfig, getGithubConfig } from "../platform/config";
import { createDb } from "../platform/db/client";
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
): Promise<GithubDispatchReport> {
  const db = createDb(getDbConfig(env));
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
