// Connecting a project to a repository through the routes, the check job run by the outbox against the
// local GitHub API, and the connection's reads, role checks, validation and disconnect.
import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { missingGithubSetting } from "../../../src/github/routes";
import { projectWebhookSecret } from "../../../src/github/secrets";
import { githubConfigSchema } from "../../../src/platform/config-github";
import { call, expectError, signedInUser, sql } from "../helpers";
import { withProject } from "../route-fixtures";
import {
  connect,
  connectedProject,
  connectionRow,
  dispatch,
  githubPath,
  jobRow,
  newInstallation,
  newRepo,
  newToken,
} from "./fixtures";

async function addMember(projectId: string, role: string) {
  const member = await signedInUser();
  await sql.query(
    "insert into workspace_members (workspace_id, user_id, role) select workspace_id, $2, $3 from projects where id = $1",
    [projectId, member.id, role],
  );
  return member;
}

describe("connecting a repository", () => {
  it("a token: checking, then the check job sees the repository → connected, with the webhook to add", async () => {
    const { user, project } = await withProject();
    const repo = await newRepo();
    const token = await newToken([repo.full], "write");
    const put = await connect(user, project.id, { repository: repo.full, auth: { kind: "token", token } });
    expect(put.connection).toMatchObject({
      repository: repo.full,
      status: "checking",
      authKind: "token",
      branch: `spec-drive/${project.slug}`,
      directory: "spec",
      permissions: {},
    });
    expect(put.job).toMatchObject({ kind: "check", status: "pending", attempts: 0 });

    expect(await dispatch(project.id)).toEqual({ claimed: 1, done: 1, retrying: 0, failed: 0 });
    const r = await call(user, "GET", githubPath(project.id));
    expect(r.status).toBe(200);
    expect(r.roundTrips).toBe(1);
    expect(r.text).not.toContain(token);
    expect(r.json.connection).toMatchObject({
      status: "connected",
      defaultBranch: "main",
      lastError: null,
      // A token's user role "write" on the repository: push, so write (tokenPermissions).
      permissions: { metadata: "read", contents: "write", pull_requests: "write", issues: "write" },
      pullRequest: null,
    });
    expect(r.json.connection.repoId).toBeGreaterThan(0);
    expect(r.json.sync.check).toMatchObject({ status: "done", attempts: 1, lastError: null });
    expect(r.json.sync.check.result).toMatchObject({ defaultBranch: "main" });
    expect(r.json.sync.push).toBeNull();
    expect(r.json.webhook).toEqual({
      url: expect.stringMatching(new RegExp(`/api/github/webhooks/${project.id}$`)),
      secret: await projectWebhookSecret(env.GITHUB_WEBHOOK_SECRET, project.id),
      contentType: "json",
      events: ["issues", "pull_request", "push"],
    });
    // The token is stored encrypted, not as itself.
    const [stored] = (await sql.query("select token_ciphertext from github_connections where project_id = $1", [
      project.id,
    ])) as { token_ciphertext: string }[];
    expect(stored!.token_ciphertext).not.toContain(token);
  });

  it("a token without access to the repository: the check fails at once, the connection says why", async () => {
    const { user, project } = await withProject();
    const repo = await newRepo();
    const elsewhere = await newRepo();
    const token = await newToken([elsewhere.full]);
    await connect(user, project.id, { repository: repo.full, auth: { kind: "token", token } });
    expect(await dispatch(project.id)).toEqual({ claimed: 1, done: 0, retrying: 0, failed: 1 });
    const r = await call(user, "GET", githubPath(project.id));
    expect(r.json.connection.status).toBe("failed");
    expect(r.json.connection.lastError).toBe(`check: repository ${repo.full} not found or not visible to this token`);
    expect(r.json.connection.lastErrorAt).not.toBeNull();
    expect(r.json.sync.check).toMatchObject({ status: "failed", attempts: 1 });
    // Failed, not retried: nothing is due.
    expect((await dispatch(project.id)).claimed).toBe(0);
  });

  it("an unknown token: bad credentials", async () => {
    const { user, project } = await withProject();
    const repo = await newRepo();
    const token = `github_pat_${crypto.randomUUID().replaceAll("-", "")}`;
    await connect(user, project.id, { repository: repo.full, auth: { kind: "token", token } });
    await dispatch(project.id);
    const c = await connectionRow(project.id);
    expect(c!.status).toBe("failed");
    expect(c!.last_error).toMatch(/^check: bad credentials/);
  });

  it("an app installation: an installation token per run, its grants as the permissions; no webhook to add", async () => {
    const { user, project } = await withProject();
    const repo = await newRepo();
    const installationId = await newInstallation(repo.owner, [repo.full]);
    const put = await connect(user, project.id, {
      repository: repo.full,
      auth: { kind: "app", installationId },
      directory: "docs/spec",
    });
    expect(put.connection).toMatchObject({ authKind: "app", installationId, directory: "docs/spec" });
    expect(await dispatch(project.id)).toMatchObject({ done: 1 });
    const r = await call(user, "GET", githubPath(project.id));
    expect(r.json.connection).toMatchObject({
      status: "connected",
      permissions: { metadata: "read", contents: "write", pull_requests: "write", issues: "write" },
    });
    expect(r.json.webhook).toBeNull();
  });

  it("an installation without the repository: failed with the reason", async () => {
    const { user, project } = await withProject();
    const repo = await newRepo();
    const other = await newRepo(repo.owner);
    const installationId = await newInstallation(repo.owner, [other.full]);
    await connect(user, project.id, { repository: repo.full, auth: { kind: "app", installationId } });
    expect(await dispatch(project.id)).toMatchObject({ failed: 1 });
    const c = await connectionRow(project.id);
    expect(c).toMatchObject({ status: "failed" });
    expect(c!.last_error).toBe(
      `check: the installation does not include ${repo.full} (add it to the app's installation)`,
    );
  });

  it("reconnecting to another repository forgets the pull request and the task issues; the same one keeps them", async () => {
    const { user, project, repo, token } = await connectedProject();
    await sql.query(
      "update github_connections set pull_number = 7, pull_url = 'https://x/pull/7' where project_id = $1",
      [project.id],
    );
    await sql.query(
      `insert into github_issues (project_id, task_id, issue_number, issue_url, content_hash)
       values ($1, 'TASK-001', 3, 'https://x/issues/3', 'h')`,
      [project.id],
    );
    // Same repository (case differs), new directory: kept.
    const same = await connect(user, project.id, {
      repository: repo.full.toUpperCase(),
      auth: { kind: "token", token },
      directory: "specs",
    });
    expect(same.connection).toMatchObject({ status: "checking", pullRequest: { number: 7 }, directory: "specs" });
    const issues = () => sql.query("select task_id from github_issues where project_id = $1", [project.id]);
    expect(await issues()).toHaveLength(1);
    const other = await newRepo();
    const moved = await connect(user, project.id, {
      repository: other.full,
      auth: { kind: "token", token: await newToken([other.full]) },
    });
    expect(moved.connection).toMatchObject({ repository: other.full, pullRequest: null, repoId: null });
    expect(await issues()).toHaveLength(0);
  });

  it("push and issue sync: 409 until connected, then a job (asking again joins it)", async () => {
    const { user, project } = await withProject();
    const push = () => call(user, "POST", `${githubPath(project.id)}/push`);
    expectError(await push(), 409, "github_not_connected");
    const repo = await newRepo();
    await connect(user, project.id, {
      repository: repo.full,
      auth: { kind: "token", token: await newToken([repo.full]) },
    });
    // Still checking.
    expectError(await push(), 409, "github_not_connected");
    await dispatch(project.id);
    const first = await push();
    expect(first.status).toBe(202);
    expect(first.roundTrips).toBe(1);
    expect(first.json.job).toMatchObject({ kind: "push", status: "pending", attempts: 0 });
    const again = await push();
    expect(again.json.job.id).toBe(first.json.job.id);
    const sync = await call(user, "POST", `${githubPath(project.id)}/issues/sync`);
    expect(sync.status).toBe(202);
    expect(sync.json.job).toMatchObject({ kind: "sync_issues", status: "pending" });
    const g = await call(user, "GET", githubPath(project.id));
    expect(g.json.sync.push.id).toBe(first.json.job.id);
    expect(g.json.sync.sync_issues.id).toBe(sync.json.job.id);
  });

  it("disconnect: 204, pending jobs and issue links gone, then 404", async () => {
    const { user, project } = await connectedProject();
    expect((await call(user, "POST", `${githubPath(project.id)}/push`)).status).toBe(202);
    const del = await call(user, "DELETE", githubPath(project.id));
    expect(del.status).toBe(204);
    const pending = await sql.query("select 1 from github_jobs where project_id = $1 and status = 'pending'", [
      project.id,
    ]);
    expect(pending).toHaveLength(0);
    expectError(await call(user, "GET", githubPath(project.id)), 404, "not_found");
    expectError(await call(user, "DELETE", githubPath(project.id)), 404, "not_found");
    expectError(await call(user, "POST", `${githubPath(project.id)}/push`), 409, "github_not_connected");
  });

  it("a job whose project was disconnected fails: not connected", async () => {
    const { project } = await connectedProject();
    await sql.query("insert into github_jobs (project_id, kind) values ($1, 'push')", [project.id]);
    await sql.query("delete from github_connections where project_id = $1", [project.id]);
    expect(await dispatch(project.id)).toMatchObject({ failed: 1 });
    expect((await jobRow(project.id, "push")).last_error).toMatch(/^not connected/);
  });
});

describe("who may", () => {
  it("a viewer reads the connection without the webhook secret, and may not connect, disconnect or push", async () => {
    const { project, repo } = await connectedProject();
    const viewer = await addMember(project.id, "viewer");
    const r = await call(viewer, "GET", githubPath(project.id));
    expect(r.status).toBe(200);
    expect(r.json.webhook).toBeNull();
    const token = await newToken([repo.full]);
    expectError(
      await call(viewer, "PUT", githubPath(project.id), { repository: repo.full, auth: { kind: "token", token } }),
      403,
      "insufficient_role",
    );
    expectError(await call(viewer, "DELETE", githubPath(project.id)), 403, "insufficient_role");
    expectError(await call(viewer, "POST", `${githubPath(project.id)}/push`), 403, "insufficient_role");
    // Nothing changed.
    expect((await connectionRow(project.id))!.status).toBe("connected");
  });

  it("an editor pushes but may not connect; a stranger gets 404", async () => {
    const { project, repo } = await connectedProject();
    const editor = await addMember(project.id, "editor");
    expect((await call(editor, "POST", `${githubPath(project.id)}/push`)).status).toBe(202);
    const token = await newToken([repo.full]);
    const body = { repository: repo.full, auth: { kind: "token", token } };
    expectError(await call(editor, "PUT", githubPath(project.id), body), 403, "insufficient_role");
    const stranger = await signedInUser();
    expectError(await call(stranger, "GET", githubPath(project.id)), 404, "not_found");
    expectError(await call(stranger, "PUT", githubPath(project.id), body), 404, "not_found");
    expectError(await call(stranger, "POST", `${githubPath(project.id)}/push`), 404, "not_found");
  });
});

describe("validation", () => {
  const token = `github_pat_${"a".repeat(30)}`;
  it.each([
    ["a repository without owner", { repository: "just-a-name", auth: { kind: "token", token } }],
    ["an owner with a leading hyphen", { repository: "-acme/x", auth: { kind: "token", token } }],
    ["a repository named ..", { repository: "acme/..", auth: { kind: "token", token } }],
    ["an owner over 39 characters", { repository: `${"a".repeat(40)}/x`, auth: { kind: "token", token } }],
    ["a token of another kind", { repository: "acme/x", auth: { kind: "token", token: "gho_abc" } }],
    ["a token too long", { repository: "acme/x", auth: { kind: "token", token: `github_pat_${"a".repeat(300)}` } }],
    ["an installation id of 0", { repository: "acme/x", auth: { kind: "app", installationId: 0 } }],
    ["a directory climbing out", { repository: "acme/x", auth: { kind: "token", token }, directory: "../x" }],
    ["an absolute directory", { repository: "acme/x", auth: { kind: "token", token }, directory: "/spec" }],
    ["a .git directory", { repository: "acme/x", auth: { kind: "token", token }, directory: "a/.git/b" }],
    ["an unknown field", { repository: "acme/x", auth: { kind: "token", token }, extra: 1 }],
  ])("refuses %s (400)", async (_name, body) => {
    const { user, project } = await withProject();
    expectError(await call(user, "PUT", githubPath(project.id), body), 400, "validation_failed");
  });

  it("a token connection names the project by its id (the token is sealed to it)", async () => {
    const { user, project } = await withProject();
    const r = await call(user, "PUT", githubPath(project.slug), {
      repository: "acme/x",
      auth: { kind: "token", token },
    });
    expectError(r, 400, "validation_failed");
  });

  it("the setting a connection kind lacks (503 github_not_configured names it)", () => {
    const none = githubConfigSchema.parse({});
    expect(missingGithubSetting(none, "token")).toBe("GITHUB_TOKEN_KEY");
    expect(missingGithubSetting(none, "app")).toBe("GITHUB_APP_ID");
    const appOnly = githubConfigSchema.parse({ GITHUB_APP_ID: "1" });
    expect(missingGithubSetting(appOnly, "app")).toBe("GITHUB_APP_PRIVATE_KEY");
    const all = githubConfigSchema.parse(env);
    expect(missingGithubSetting(all, "token")).toBeUndefined();
    expect(missingGithubSetting(all, "app")).toBeUndefined();
  });
});

describe("the job history", () => {
  it("pages newest first, optionally of one kind", async () => {
    const { user, project } = await connectedProject();
    await call(user, "POST", `${githubPath(project.id)}/push`);
    const first = await call(user, "GET", `${githubPath(project.id)}/jobs?limit=1`);
    expect(first.status).toBe(200);
    expect(first.json.items.map((j: { kind: string }) => j.kind)).toEqual(["push"]);
    const second = await call(user, "GET", `${githubPath(project.id)}/jobs?limit=1&cursor=${first.json.nextCursor}`);
    expect(second.json.items.map((j: { kind: string }) => j.kind)).toEqual(["check"]);
    expect(second.json.nextCursor).toBeNull();
    const checks = await call(user, "GET", `${githubPath(project.id)}/jobs?kind=check`);
    expect(checks.json.items).toHaveLength(1);
    expectError(await call(user, "GET", `${githubPath(project.id)}/jobs?limit=101`), 400, "validation_failed");
  });
});
