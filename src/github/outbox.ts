// The GitHub outbox's write side: a job row written in the request's own batch (or by a job, or a
// webhook), so the work and the change that asked for it commit together. The generator worker runs
// due jobs (worker.ts). One pending job per project and kind: asking again while one waits moves its
// `requested_at` (and takes the newer payload), so a push requested during a running push runs again
// once it ends (docs/github.md, "Outbox").
import { type SQL, sql } from "drizzle-orm";
import type { Db } from "../platform/db/client";
import { type GithubJobKind, githubJobs } from "../platform/db/schema";

export interface JobRequest {
  projectId: string | SQL;
  kind: GithubJobKind;
  payload?: Record<string, unknown>;
  requestedBy?: string | SQL | null;
}

/**
 * The one-pending-job rule as an insert's conflict clause, for enqueueJob and for statements that queue
 * jobs set-wise inside a larger statement (a webhook's batch: src/github/webhook-queries.ts).
 */
export const onPendingJob = sql`on conflict (project_id, kind) where status = 'pending'
    do update set requested_at = now(), payload = excluded.payload,
      requested_by = coalesce(excluded.requested_by, ${githubJobs.requestedBy})`;

/**
 * The statement queuing a job (for a batch). Returns the pending job's row (new or the one it joined);
 * a project subquery that finds nothing (a caller without the permission) queues nothing.
 * Raw: the conflict target is the partial unique index (status = 'pending'), which the builder's
 * onConflictDoUpdate cannot name with its predicate; a pending job's next attempt is not moved (a job
 * waiting out a rate limit keeps waiting).
 */
export function enqueueJob(db: Db, job: JobRequest) {
  const j = githubJobs;
  const project = typeof job.projectId === "string" ? sql`${job.projectId}::uuid` : job.projectId;
  const by =
    job.requestedBy == null
      ? sql`null`
      : typeof job.requestedBy === "string"
        ? sql`${job.requestedBy}::uuid`
        : job.requestedBy;
  return db.execute<{ id: string; status: string; next_attempt_at: string; created: boolean }>(sql`
    insert into ${j} (project_id, kind, payload, requested_by)
    select p.id, ${job.kind}, ${JSON.stringify(job.payload ?? {})}::jsonb, ${by}
    from (select ${project} as id) p where p.id is not null
    ${onPendingJob}
    returning id, status, next_attempt_at, (xmax = 0) as created`);
}
