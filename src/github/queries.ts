// The GitHub routes' SQL: a project's connection, its outbox jobs and its task issues, every statement
// scoped to a caller whose role in the project's workspace holds the route's permission
// (accessibleProject), so a write by anyone else changes nothing and a read finds nothing.
import { and, desc, eq, type SQL, sql } from "drizzle-orm";
import type { Permission } from "../platform/auth/roles";
import type { Db } from "../platform/db/client";
import { type Position, pastPosition, sortKeyText } from "../platform/db/keyset";
import { insertSelect, valueAs } from "../platform/db/raw";
import {
  type GithubAuthKind,
  type GithubJobKind,
  githubConnections,
  githubIssues,
  githubJobs,
  projects,
} from "../platform/db/schema";
import { accessibleProject } from "../projects";
import { enqueueJob } from "./outbox";

const c = githubConnections;
const j = githubJobs;

/** The branch a project's spec set is pushed to: `spec-drive/<slug>` (the column's length at most). */
export const BRANCH_PREFIX = "spec-drive/";

/** The id of the project `idOrSlug` names, when the caller's role there holds `permission` (else NULL). */
export const projectIdIf = (idOrSlug: string, userId: SQL, permission: Permission) =>
  sql`(select ${projects.id} from ${projects} where ${accessibleProject(idOrSlug, userId, permission)})`;

/** What a connection shows (never the token). */
export const connectionColumns = {
  projectId: c.projectId,
  owner: c.owner,
  repo: c.repo,
  status: c.status,
  repoId: c.repoId,
  defaultBranch: c.defaultBranch,
  branch: c.branch,
  directory: c.directory,
  authKind: c.authKind,
  installationId: c.installationId,
  permissions: c.permissions,
  pullNumber: c.pullNumber,
  pullUrl: c.pullUrl,
  pushedSha: c.pushedSha,
  pushedAt: c.pushedAt,
  mergedSha: c.mergedSha,
  mergedAt: c.mergedAt,
  lastError: c.lastError,
  lastErrorAt: c.lastErrorAt,
  createdAt: c.createdAt,
  updatedAt: c.updatedAt,
};

/** What a job shows. */
export const jobColumns = {
  id: j.id,
  kind: j.kind,
  status: j.status,
  attempts: j.attempts,
  nextAttemptAt: j.nextAttemptAt,
  lastError: j.lastError,
  result: j.result,
  requestedAt: j.requestedAt,
  claimedAt: j.claimedAt,
  createdAt: j.createdAt,
  finishedAt: j.finishedAt,
};

/** The project's connection, for a caller who may read the project. */
export function findConnection(db: Db, userId: SQL, idOrSlug: string) {
  return db
    .select(connectionColumns)
    .from(c)
    .innerJoin(projects, eq(projects.id, c.projectId))
    .where(accessibleProject(idOrSlug, userId, "project:read"));
}

/** A row when the caller's role may connect the project (what GET shows the webhook's secret to). */
export function mayConnect(db: Db, userId: SQL, idOrSlug: string) {
  return db
    .select({ id: projects.id })
    .from(projects)
    .where(accessibleProject(idOrSlug, userId, "project:connect"));
}

/** Each kind's latest job of the project (its sync status): `distinct on (kind)`, newest first. */
export function latestJobs(db: Db, userId: SQL, idOrSlug: string) {
  return db
    .selectDistinctOn([j.kind], jobColumns)
    .from(j)
    .where(eq(j.projectId, projectIdIf(idOrSlug, userId, "project:read")))
    .orderBy(j.kind, desc(j.createdAt), desc(j.id));
}

export interface ConnectInput {
  owner: string;
  repo: string;
  authKind: GithubAuthKind;
  installationId: number | null;
  tokenCiphertext: string | null;
  directory: string;
}

/** Same repository as the stored connection (GitHub's names are case-insensitive). */
const sameRepository = (owner: SQL, repo: SQL) =>
  sql`lower(${c.owner}) = lower(${owner}) and lower(${c.repo}) = lower(${repo})`;

/**
 * A changed repository forgets the task issues of the old one (their numbers mean nothing there).
 * Before the upsert in the batch: it compares with the connection as it was.
 */
export function forgetIssuesOfOtherRepository(db: Db, userId: SQL, idOrSlug: string, input: ConnectInput) {
  const project = projectIdIf(idOrSlug, userId, "project:connect");
  return db.delete(githubIssues).where(
    and(
      eq(githubIssues.projectId, project),
      sql`exists (select 1 from ${c} where ${c.projectId} = ${project}
          and not (${sameRepository(sql`${input.owner}`, sql`${input.repo}`)}))`,
    ),
  );
}

/**
 * Inserts or replaces the project's connection, status checking (the check job decides). A changed
 * repository starts without a pull request, pushed or merged commit. Raw: insert…select (the project's
 * scope and slug are in the statement) with `on conflict do update` reading the old row in CASEs.
 */
export function upsertConnection(db: Db, userId: SQL, idOrSlug: string, input: ConnectInput) {
  const same = sql`lower(${c.owner}) = lower(excluded.owner) and lower(${c.repo}) = lower(excluded.repo)`;
  const keep = (column: SQL) => sql`case when ${same} then ${column} end`;
  return db.execute(
    sql`${insertSelect(
      c,
      {
        projectId: sql`p.id`,
        owner: valueAs(c.owner, input.owner),
        repo: valueAs(c.repo, input.repo),
        status: sql`'checking'`,
        branch: sql`left(${BRANCH_PREFIX} || p.slug, 255)`,
        directory: valueAs(c.directory, input.directory),
        authKind: valueAs(c.authKind, input.authKind),
        installationId: valueAs(c.installationId, input.installationId),
        tokenCiphertext: valueAs(c.tokenCiphertext, input.tokenCiphertext),
        createdBy: userId,
      },
      sql`from ${projects} p where p.id = ${projectIdIf(idOrSlug, userId, "project:connect")}`,
    )}
    on conflict (project_id) do update set
      owner = excluded.owner, repo = excluded.repo, status = 'checking', branch = excluded.branch,
      directory = excluded.directory, auth_kind = excluded.auth_kind,
      installation_id = excluded.installation_id, token_ciphertext = excluded.token_ciphertext,
      permissions = '{}'::jsonb,
      repo_id = ${keep(sql`${c.repoId}`)}, default_branch = ${keep(sql`${c.defaultBranch}`)},
      pull_number = ${keep(sql`${c.pullNumber}`)}, pull_url = ${keep(sql`${c.pullUrl}`)},
      pushed_sha = ${keep(sql`${c.pushedSha}`)}, pushed_at = ${keep(sql`${c.pushedAt}`)},
      merged_sha = ${keep(sql`${c.mergedSha}`)}, merged_at = ${keep(sql`${c.mergedAt}`)},
      last_error = null, last_error_at = null, updated_at = now()
    returning ${c.projectId}`,
  );
}

/** Queues a job of the project for a caller with `permission` there (nothing queued otherwise). */
export function queueJob(
  db: Db,
  userId: SQL,
  idOrSlug: string,
  kind: GithubJobKind,
  permission: Permission,
  when?: SQL,
) {
  const project = projectIdIf(idOrSlug, userId, permission);
  return enqueueJob(db, {
    projectId: when ? sql`(select ${project} where ${when})` : project,
    kind,
    requestedBy: userId,
  });
}

/** The project's pending job of `kind` (after queueJob in the same batch: the one it queued or joined). */
export function pendingJob(db: Db, userId: SQL, idOrSlug: string, kind: GithubJobKind) {
  return db
    .select(jobColumns)
    .from(j)
    .where(
      and(eq(j.projectId, projectIdIf(idOrSlug, userId, "project:read")), eq(j.kind, kind), eq(j.status, "pending")),
    );
}

/** The connection is checked and working: what push and issue sync need. */
export const connectedProject = (idOrSlug: string, userId: SQL) =>
  sql`exists (select 1 from ${c} where ${c.projectId} = ${projectIdIf(idOrSlug, userId, "project:write")}
    and ${c.status} = 'connected')`;

/**
 * Disconnecting: the project's pending jobs (they reference the project, not the connection), its task
 * issue links and the connection go, for a caller who may connect the project. Jobs first, so the
 * batch's later statements see the connection still there.
 */
export function disconnectStatements(db: Db, userId: SQL, idOrSlug: string) {
  const project = projectIdIf(idOrSlug, userId, "project:connect");
  return {
    jobs: db.delete(j).where(and(eq(j.projectId, project), eq(j.status, "pending"))),
    issues: db.delete(githubIssues).where(eq(githubIssues.projectId, project)),
    connection: db.delete(c).where(eq(c.projectId, project)).returning({ projectId: c.projectId }),
  };
}

/** One keyset page of the project's jobs, newest first (limit + 1 rows). */
export function listJobs(
  db: Db,
  userId: SQL,
  q: { idOrSlug: string; limit: number; kind?: GithubJobKind; after?: Position },
) {
  return db
    .select({ ...jobColumns, sortKey: sortKeyText(j.createdAt) })
    .from(j)
    .where(
      and(
        eq(j.projectId, projectIdIf(q.idOrSlug, userId, "project:read")),
        q.kind ? eq(j.kind, q.kind) : undefined,
        pastPosition(j.createdAt, j.id, q.after, "desc"),
      ),
    )
    .orderBy(desc(j.createdAt), desc(j.id))
    .limit(q.limit + 1);
}
