// Each task's status from its GitHub issue (github_issues.state, kept by the sync and the issues webhook): `done`
// when the issue is closed, `open` otherwise; a removed task's issue is not a task, and a task whose issue a person
// deleted or transferred away (`gone`) has none. Read by progress and the
// export's HANDOFF.md in their own batches: no Octokit here, this file is in the front's bundle.
import { z } from "@hono/zod-openapi";
import { and, eq, ne, type SQL, sql } from "drizzle-orm";
import type { Db } from "../platform/db/client";
import { type GithubIssueState, githubIssues, projects } from "../platform/db/schema";

type LiveState = Exclude<GithubIssueState, "gone">;

/** Tasks listed: more than a sync ever keeps (src/github/issues.ts SYNC_MAX_TASKS). */
export const TASK_STATUS_MAX = 1000;

/**
 * The statement for a batch: the tasks with an issue of the project `own` selects (a predicate on
 * projects: the caller's readable project, or the project by id for the system), by task id.
 */
export function taskIssues(db: Db, own: SQL | undefined) {
  const i = githubIssues;
  return (
    db
      // The state typed without `gone`, which the where leaves out.
      .select({ task: i.taskId, issue: i.issueNumber, url: i.issueUrl, state: sql<LiveState>`${i.state}` })
      .from(i)
      .innerJoin(projects, eq(projects.id, i.projectId))
      .where(and(own, eq(i.removed, false), ne(i.state, "gone")))
      .orderBy(i.taskId)
      .limit(TASK_STATUS_MAX)
  );
}

export type TaskIssueRow = Awaited<ReturnType<typeof taskIssues>>[number];

/** Progress's `tasks` (absent before the first sync); `done`: the issue is closed. */
export const TaskProgressSchema = z.object({
  total: z.number().int(),
  done: z.number().int(),
  open: z.number().int(),
  items: z.array(
    z.object({ task: z.string(), status: z.enum(["open", "done"]), issue: z.number().int(), url: z.string() }),
  ),
});

/** Progress's `tasks`, present once tasks were synced to issues. */
export function taskProgress(rows: readonly TaskIssueRow[]) {
  const items = rows.map(({ state, ...r }) => ({
    ...r,
    status: state === "closed" ? ("done" as const) : ("open" as const),
  }));
  const done = items.filter((t) => t.status === "done").length;
  return items.length ? { tasks: { total: items.length, done, open: items.length - done, items } } : {};
}
