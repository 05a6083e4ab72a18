// The GitHub outbox inside the generator worker's runtime (src/github/worker.ts, what the cron and the
// GithubOutboxWorkflow run): an app connection's check mints an installation token (an app JWT from the
// PKCS#1 key, WebCrypto) and reads the repository at the local GitHub API. Scoped to the test's project:
// the worker project's tests share the database.
import { env } from "cloudflare:test";
import { neon, neonConfig } from "@neondatabase/serverless";
import { describe, expect, it } from "vitest";
import { runGithubDispatcher } from "../../../src/github/worker";

neonConfig.fetchEndpoint = env.NEON_FETCH_ENDPOINT;
const sql = neon(env.DATABASE_URL);

const control = async (path: string, body: unknown) => {
  const res = await fetch(`${env.GITHUB_API_URL}/control${path}`, { method: "POST", body: JSON.stringify(body) });
  expect(res.status, await res.clone().text()).toBe(201);
};

describe("the GitHub outbox in the generator worker", () => {
  it("runs an app connection's check: installation token, repository, connected", async () => {
    const owner = `gen-${crypto.randomUUID().slice(0, 8)}`;
    const repo = "spec";
    const installationId = 1 + Math.floor(Math.random() * 2 ** 40);
    await control("/repos", { owner, name: repo });
    await control("/apps", {
      id: Number(env.GITHUB_APP_ID),
      slug: "spec-drive",
      publicKey: env.TEST_GITHUB_APP_PUBLIC_KEY,
    });
    await control("/installations", {
      id: installationId,
      appId: Number(env.GITHUB_APP_ID),
      account: owner,
      repositories: [`${owner}/${repo}`],
      permissions: { contents: "write", pull_requests: "write", issues: "read" },
    });
    const [row] = (await sql.query(
      `with u as (insert into users (email, password_hash, name) values ($1, 'x', 'GitHub cron') returning id),
       w as (insert into workspaces (name, created_by) select 'GitHub team', id from u returning id),
       p as (insert into projects (user_id, workspace_id, slug, name) select u.id, w.id, 'gh', 'GitHub' from u, w returning id),
       c as (insert into github_connections (project_id, owner, repo, branch, auth_kind, installation_id)
             select id, $2, $3, 'spec-drive/gh', 'app', $4 from p),
       j as (insert into github_jobs (project_id, kind) select id, 'check' from p)
       select (select id from p) as id`,
      [`gh-${crypto.randomUUID()}@example.test`, owner, repo, installationId],
    )) as { id: string }[];
    const projectId = row!.id;
    expect(await runGithubDispatcher(env, [projectId])).toEqual({ claimed: 1, done: 1, retrying: 0, failed: 0 });
    const [c] = (await sql.query(
      "select status, permissions, default_branch from github_connections where project_id = $1",
      [projectId],
    )) as { status: string; permissions: Record<string, string>; default_branch: string }[];
    expect(c).toEqual({
      status: "connected",
      default_branch: "main",
      permissions: { metadata: "read", contents: "write", pull_requests: "write", issues: "read" },
    });
  });
});
