// The issues job: each TASK of tasks.md as an issue, updated on re-sync, closed when removed.
//
// Idempotent (a job that died half-way reruns from the start, src/github/jobs.ts): a task's github_issues row is
// written right after each call that changes its issue, and a task without a row is first looked for among the
// repository's issues by the hidden marker its body carries (the window between a create and its row). The
// issue's open/closed state belongs to the people working on it (closing it marks the task done): a sync never
// touches it, except to close the issue of a removed task and to reopen it when the task comes back. An issue a
// person deleted or transferred away is `gone`: never written to, never made again (done by a person, like a close).
import type { Octokit } from "@octokit/rest";
import type { GithubIssue, GithubIssueState } from "../platform/db/schema";
import { sha256Hex } from "../platform/lib/hash";
import { statusOf } from "./client";
import { readSyncState, saveIssueRow } from "./issue-queries";
import { type IssueSite, markedTask, parseTasks, SPEC_DRIVE_LABEL, type TaskIssue, taskIssue } from "./issue-tasks";
import type { JobContext, JobHandler } from "./jobs";

/** Tasks one sync handles: beyond it the job fails (a tasks.md that large is not a plan of issues). */
export const SYNC_MAX_TASKS = 300;
/** Pages of 100 issues the marker search reads (newest first): a crash's issue is among the newest. */
export const MARKER_SEARCH_PAGES = 10;

export const REMOVED_COMMENT = (taskId: string) => `${taskId} was removed from the spec.`;

export interface SyncIssuesResult {
  [key: string]: number;
  tasks: number;
  created: number;
  adopted: number;
  updated: number;
  unchanged: number;
  closed: number;
  reopened: number;
  /** Tasks whose issue a person deleted or transferred away (found so now, or before). */
  gone: number;
}

/** The hash stored with a row: an issue whose title, body and labels hash the same is not sent again. */
export const issueHash = (issue: TaskIssue) => sha256Hex(JSON.stringify([issue.title, issue.body, issue.labels]));

interface FoundIssue {
  number: number;
  html_url: string;
  state: string;
  title: string;
  body?: string | null;
  labels: (string | { name?: string })[];
}

/** The project's issues by task, from their markers (pull requests, which the list contains, skipped). */
async function markedIssues(octokit: Octokit, owner: string, repo: string, projectId: string) {
  const found = new Map<string, FoundIssue>();
  for (let page = 1; page <= MARKER_SEARCH_PAGES; page++) {
    const { data } = await octokit.rest.issues.listForRepo({
      owner,
      repo,
      state: "all",
      labels: SPEC_DRIVE_LABEL,
      per_page: 100,
      page,
    });
    for (const issue of data) {
      if (issue.pull_request) continue;
      const taskId = markedTask(issue.body, projectId);
      // The oldest wins (the list is newest first): an issue made twice keeps the first.
      if (taskId) found.set(taskId, issue);
    }
    if (data.length < 100) break;
  }
  return found;
}

const labelNames = (labels: FoundIssue["labels"]) => labels.map((l) => (typeof l === "string" ? l : (l.name ?? "")));
const ours = (label: string) => label === SPEC_DRIVE_LABEL || label.startsWith("epic:");
/** The task's labels, then those of the issue's that Spec Drive does not set (a person's `bug`, `priority`). */
const withTheirLabels = (want: TaskIssue, labels: FoundIssue["labels"]) => [
  ...want.labels,
  ...labelNames(labels).filter((l) => l && !ours(l)),
];
const sameContent = (i: FoundIssue, want: TaskIssue) =>
  i.title === want.title && (i.body ?? "") === want.body && labelNames(i.labels).join("\n") === want.labels.join("\n");

export const runSyncIssues: JobHandler = async (ctx) => {
  const { db, octokit, connection } = ctx;
  const { projectId, owner, repo } = connection;
  const result: SyncIssuesResult = {
    tasks: 0,
    created: 0,
    adopted: 0,
    updated: 0,
    unchanged: 0,
    closed: 0,
    reopened: 0,
    gone: 0,
  };
  const { tasksMd, rows } = await readSyncState(db, projectId);
  // No tasks.md yet: nothing to plan, and no issue is closed for it (the tasks were never removed).
  if (!tasksMd) return result;
  const tasks = parseTasks(tasksMd.content);
  if (tasks.length > SYNC_MAX_TASKS) {
    throw new Error(`tasks.md has ${tasks.length} tasks; a sync handles at most ${SYNC_MAX_TASKS}`);
  }
  result.tasks = tasks.length;
  const site: IssueSite = { projectId, owner, repo, branch: connection.branch, directory: connection.directory };
  const byTask = new Map(rows.map((r) => [r.taskId, r]));
  const save = (taskId: string, issue: { number: number; url: string }, hash: string, state: GithubIssueState) =>
    saveIssueRow(db, {
      projectId,
      taskId,
      issueNumber: issue.number,
      issueUrl: issue.url,
      contentHash: hash,
      state,
      removed: false,
    });
  // Read only when some task has no row: an unchanged sync makes no call at all.
  const marked = tasks.some((t) => !byTask.has(t.id)) ? await markedIssues(octokit, owner, repo, projectId) : null;

  for (const task of tasks) {
    const want = taskIssue(task, site);
    const hash = await issueHash(want);
    const row = byTask.get(task.id);
    if (row) {
      const changed = row.contentHash !== hash;
      if (row.state === "gone") {
        if (row.removed) await save(task.id, { number: row.issueNumber, url: row.issueUrl }, row.contentHash, "gone");
        result.gone++;
        continue;
      }
      if (!changed && !row.removed) {
        result.unchanged++;
        continue;
      }
      const updated = await unlessGone(ctx, async () => {
        // The labels people added are kept: the update's list replaces the issue's.
        const labels =
          changed && (await octokit.rest.issues.get({ owner, repo, issue_number: row.issueNumber })).data.labels;
        await octokit.rest.issues.update({
          owner,
          repo,
          issue_number: row.issueNumber,
          ...(labels && { ...want, labels: withTheirLabels(want, labels) }),
          // A removed task back in tasks.md: its issue, closed for the removal, opens again.
          ...(row.removed && { state: "open" as const }),
        });
      });
      if (!updated) {
        await save(task.id, { number: row.issueNumber, url: row.issueUrl }, row.contentHash, "gone");
        result.gone++;
        continue;
      }
      await save(task.id, { number: row.issueNumber, url: row.issueUrl }, hash, row.removed ? "open" : row.state);
      if (row.removed) result.reopened++;
      else result.updated++;
      continue;
    }
    const found = marked?.get(task.id);
    if (found) {
      // Made by a run that died before writing its row: adopted, brought up to date.
      if (!sameContent(found, want)) {
        const labels = withTheirLabels(want, found.labels);
        await octokit.rest.issues.update({ owner, repo, issue_number: found.number, ...want, labels });
      }
      await save(
        task.id,
        { number: found.number, url: found.html_url },
        hash,
        found.state === "closed" ? "closed" : "open",
      );
      result.adopted++;
      continue;
    }
    const { data } = await octokit.rest.issues.create({ owner, repo, ...want });
    await save(task.id, { number: data.number, url: data.html_url }, hash, "open");
    result.created++;
  }

  const current = new Set(tasks.map((t) => t.id));
  for (const row of rows) {
    if (current.has(row.taskId) || row.removed) continue;
    const closed = row.state !== "gone" && (await unlessGone(ctx, () => closeRemoved(ctx, row)));
    const { taskId, issueNumber, issueUrl, contentHash } = row;
    const state = closed ? "closed" : "gone";
    await saveIssueRow(db, { projectId, taskId, issueNumber, issueUrl, contentHash, state, removed: true });
    if (closed) result.closed++;
  }
  return result;
};

/**
 * Runs calls on one issue; false when GitHub no longer has the issue in the repository: 410 Gone (deleted), or
 * 404 while the repository itself still answers (transferred to a repository we cannot read), both as
 * https://docs.github.com/en/rest/issues/issues#get-an-issue says. Any other error is the job's.
 */
async function unlessGone({ octokit, connection }: JobContext, calls: () => Promise<unknown>): Promise<boolean> {
  try {
    await calls();
    return true;
  } catch (err) {
    const status = statusOf(err);
    if (status === 410) return false;
    // A 404 is also what a repository we lost access to answers: then the job fails, nothing is marked.
    if (status === 404 && (await repositoryAnswers(octokit, connection.owner, connection.repo))) return false;
    throw err;
  }
}

/** Whether GitHub shows the repository (404: not, to this connection); its other errors are the job's (a rate limit waited out). */
async function repositoryAnswers(octokit: Octokit, owner: string, repo: string): Promise<boolean> {
  try {
    await octokit.rest.repos.get({ owner, repo });
    return true;
  } catch (err) {
    if (statusOf(err) === 404) return false;
    throw err;
  }
}

/**
 * A removed task's issue: closed as not planned (unless a person closed it already: done stays done), then the
 * note. Closing first: a rerun after a crash between the two closes nothing twice, and the note is written
 * once unless the crash falls between the note and the row.
 */
async function closeRemoved({ octokit, connection }: JobContext, { taskId, issueNumber, state }: GithubIssue) {
  const { owner, repo } = connection;
  if (state === "open") {
    await octokit.rest.issues.update({
      owner,
      repo,
      issue_number: issueNumber,
      state: "closed",
      state_reason: "not_planned",
    });
  }
  await octokit.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body: REMOVED_COMMENT(taskId) });
}
