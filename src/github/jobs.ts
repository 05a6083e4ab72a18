// The contract between the GitHub outbox (outbox.ts, worker.ts) and the jobs it runs: a job handler
// gets the job, its project's connection, a database client and an Octokit authenticated for the
// connection; it returns what it did (stored as the job's `result`) or throws. A thrown Octokit
// RequestError is classified by the outbox (retry after GitHub's rate-limit headers, back off on 5xx,
// fail on other 4xx); a handler never sleeps or retries by itself. Every handler is idempotent: a job
// that dies half-way runs again from the start and must not duplicate anything on GitHub.
import type { Octokit } from "@octokit/rest";
import type { GithubConfig } from "../platform/config-github";
import type { Db } from "../platform/db/client";
import type { GithubConnection, GithubJob, GithubJobKind } from "../platform/db/schema";

export interface JobContext {
  db: Db;
  octokit: Octokit;
  connection: GithubConnection;
  job: GithubJob;
  config: GithubConfig;
}

export type JobResult = Record<string, unknown>;
export type JobHandler = (ctx: JobContext) => Promise<JobResult>;
export type JobHandlers = Record<GithubJobKind, JobHandler>;
