// The check job: the connection's one call, GET /repos/{owner}/{repo}, which proves the credential sees
// the repository and learns what the other jobs need (its id for app webhooks, its default branch for
// the pull request's base) and what the credential may do. Refusals end the check failed with a
// sentence, never retried: a wrong token or repository does not heal by waiting.
import { and, eq, sql } from "drizzle-orm";
import { githubConnections } from "../platform/db/schema";
import { isRefusal, PermanentGithubError } from "./client";
import type { JobContext, JobResult } from "./jobs";

/**
 * What a fine-grained token may do, from the repository's `permissions` (GitHub reports the token's
 * user's role there, not the token's grants, which no endpoint reveals): `push` → contents, pull
 * requests and issues "write", else "read". An upper bound: a grant the token lacks shows up as a 403
 * on the job that needs it (its lastError names the permission, from `X-Accepted-GitHub-Permissions`).
 */
export function tokenPermissions(repoPermissions: Record<string, unknown> | undefined): Record<string, string> {
  if (!repoPermissions) return {};
  const level = repoPermissions.push === true ? "write" : repoPermissions.pull === true ? "read" : undefined;
  if (!level) return {};
  return { metadata: "read", contents: level, pull_requests: level, issues: level };
}

/** The check's sentence for a refusal, or the error itself (a rate limit or a 5xx: the outbox waits or retries). */
function refusal(err: unknown, ctx: JobContext): unknown {
  if (!isRefusal(err)) return err;
  const who = ctx.connection.authKind === "app" ? "the app's installation" : "this token";
  const repo = `${ctx.connection.owner}/${ctx.connection.repo}`;
  if (err.status === 401)
    return new PermanentGithubError("bad credentials: GitHub refused the token (revoked or expired?)");
  if (err.status === 404) return new PermanentGithubError(`repository ${repo} not found or not visible to ${who}`);
  if (err.status === 403)
    return new PermanentGithubError(`GitHub refused access to ${repo} for ${who}: ${err.message}`);
  return new PermanentGithubError(`GitHub answered ${err.status} for ${repo}: ${err.message}`);
}

/**
 * Runs the check. `granted`: the installation token's permissions (app connections), which are what
 * the app may do; a token connection's come from the repository's answer (tokenPermissions).
 */
export async function runCheck(ctx: JobContext, granted?: Record<string, string>): Promise<JobResult> {
  const { connection: conn } = ctx;
  let repo: Awaited<ReturnType<JobContext["octokit"]["rest"]["repos"]["get"]>>["data"];
  try {
    repo = (await ctx.octokit.rest.repos.get({ owner: conn.owner, repo: conn.repo })).data;
  } catch (err) {
    throw refusal(err, ctx);
  }
  const permissions = granted ?? tokenPermissions(repo.permissions);
  const c = githubConnections;
  // Only while the connection still names this repository: a reconnect during the check queued another.
  await ctx.db
    .update(c)
    .set({
      status: "connected",
      repoId: repo.id,
      defaultBranch: repo.default_branch,
      permissions,
      lastError: null,
      lastErrorAt: null,
      updatedAt: sql`now()`,
    })
    .where(and(eq(c.projectId, conn.projectId), eq(c.owner, conn.owner), eq(c.repo, conn.repo)));
  return { repoId: repo.id, defaultBranch: repo.default_branch, permissions };
}
