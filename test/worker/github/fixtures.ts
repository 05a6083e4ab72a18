// The GitHub tests' arrangements: repositories, tokens, the app and its installations at the local
// GitHub API (tools/local-github, docs/local-github.md), projects connected through the routes, and the
// outbox run scoped to the test's project. Names are unique per test: the stand-in is shared by every
// test file running in parallel (never reset; faults scoped with `path` to the test's repository).
import { env } from "cloudflare:test";
import { expect } from "vitest";
import { runGithubDispatcher } from "../../../src/github/worker";
import { api, call, sql, type User } from "../helpers";
import { withProject } from "../route-fixtures";

export const APP_ID = Number(env.GITHUB_APP_ID);
const FULL = { contents: "write", pull_requests: "write", issues: "write" } as const;

/** A request to the stand-in's control API; throws unless 2xx. */
export async function control(path: string, body?: unknown, method = "POST") {
  const res = await fetch(`${env.GITHUB_API_URL}/control${path}`, {
    method,
    headers: { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`control ${path}: ${res.status} ${await res.text()}`);
  return res.json() as Promise<any>;
}

const short = () => crypto.randomUUID().slice(0, 8);

/** A new repository at the stand-in: `owner/name`, unique. */
export async function newRepo(owner = `acme-${short()}`) {
  const name = `spec-${short()}`;
  await control("/repos", { owner, name, files: { "README.md": "# test\n" } });
  return { owner, name, full: `${owner}/${name}` };
}

/** A fine-grained token reaching `repositories`, registered at the stand-in. */
export async function newToken(repositories: string[], role: "admin" | "write" | "read" = "admin") {
  const token = `github_pat_${crypto.randomUUID().replaceAll("-", "")}_${short()}`;
  await control("/tokens", { token, login: `dev-${short()}`, repositories, permissions: FULL, role });
  return token;
}

/** The app (GITHUB_APP_ID, its public key) and an installation of it on `repositories` of `account`. */
export async function newInstallation(account: string, repositories: string[], permissions: object = FULL) {
  await control("/apps", { id: APP_ID, slug: "spec-drive", publicKey: env.TEST_GITHUB_APP_PUBLIC_KEY });
  const id = 1 + Math.floor(Math.random() * 2 ** 40);
  await control("/installations", { id, appId: APP_ID, account, repositories, permissions });
  return id;
}

export const githubPath = (projectId: string) => `/api/projects/${projectId}/github`;

/** PUT the connection; expects 202. */
export async function connect(user: User, projectId: string, body: object) {
  const r = await call(user, "PUT", githubPath(projectId), body);
  expect(r.status, r.text).toBe(202);
  return r.json;
}

/** One run of the outbox, only this project's jobs (other files' rows in the shared database stay theirs). */
export const dispatch = (projectId: string) => runGithubDispatcher(api().env, [projectId]);

/** A project connected with a token to a new repository, its check run: status connected. */
export async function connectedProject() {
  const { user, project } = await withProject();
  const repo = await newRepo();
  const token = await newToken([repo.full]);
  await connect(user, project.id, { repository: repo.full, auth: { kind: "token", token } });
  expect(await dispatch(project.id)).toMatchObject({ claimed: 1, done: 1 });
  return { user, project, repo, token };
}

/** The project's job of `kind` as stored (the latest). */
export async function jobRow(projectId: string, kind = "check") {
  const [row] = (await sql.query(
    `select id, status, attempts, last_error, extract(epoch from next_attempt_at - now())::float8 as due_in
     from github_jobs where project_id = $1 and kind = $2 order by created_at desc limit 1`,
    [projectId, kind],
  )) as { id: string; status: string; attempts: number; last_error: string | null; due_in: number }[];
  return row!;
}

/** The connection as stored. */
export async function connectionRow(projectId: string) {
  const [row] = (await sql.query(
    "select status, last_error, last_error_at, repo_id, permissions from github_connections where project_id = $1",
    [projectId],
  )) as {
    status: string;
    last_error: string | null;
    last_error_at: string | null;
    repo_id: string | null;
    permissions: Record<string, string>;
  }[];
  return row;
}

/** The backoff or rate-limit wait skipped: the job is due now (a test does not wait minutes). */
export const makeDue = (jobId: string) =>
  sql.query("update github_jobs set next_attempt_at = now() where id = $1", [jobId]);
