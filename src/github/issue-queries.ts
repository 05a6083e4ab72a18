// The issues job's SQL: what it reads in one round trip (the latest tasks.md, the issue rows), and the row
// it writes after each call to GitHub (so a job that dies half-way knows, on its rerun, what GitHub has).
import { and, desc, eq, sql } from "drizzle-orm";
import type { Db } from "../platform/db/client";
import { type GithubIssueState, githubIssues, projectArtifacts } from "../platform/db/schema";

/** tasks.md's phase (src/spec-engine/templates.ts). */
const TASKS_DOCUMENT = { phase: "solutioning", name: "tasks.md" } as const;

/** The latest tasks.md of the project and its issue rows, in one round trip. */
export async function readSyncState(db: Db, projectId: string) {
  const a = projectArtifacts;
  const [tasksMd, rows] = await db.batch([
    db
      .select({ content: a.content, version: a.version })
      .from(a)
      .where(
        and(eq(a.projectId, projectId), eq(a.phase, TASKS_DOCUMENT.phase), eq(a.artifactName, TASKS_DOCUMENT.name)),
      )
      .orderBy(desc(a.version))
      .limit(1),
    db.select().from(githubIssues).where(eq(githubIssues.projectId, projectId)),
  ]);
  return { tasksMd: tasksMd[0], rows };
}

export interface IssueRowWrite {
  projectId: string;
  taskId: string;
  issueNumber: number;
  issueUrl: string;
  contentHash: string;
  state: GithubIssueState;
  removed: boolean;
}

/** Records a task's issue as GitHub now has it (insert, or the row of that task replaced). */
export async function saveIssueRow(db: Db, row: IssueRowWrite) {
  const stateMoved = sql`${githubIssues.state} is distinct from excluded.state`;
  await db
    .insert(githubIssues)
    .values(row)
    .onConflictDoUpdate({
      target: [githubIssues.projectId, githubIssues.taskId],
      set: {
        issueNumber: row.issueNumber,
        issueUrl: row.issueUrl,
        contentHash: row.contentHash,
        state: row.state,
        removed: row.removed,
        // Raw: the time moves only when the state does (drizzle's set has no conditional form).
        stateChangedAt: sql`case when ${stateMoved} then now() else ${githubIssues.stateChangedAt} end`,
        updatedAt: sql`now()`,
      },
    });
}
