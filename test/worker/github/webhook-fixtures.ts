// Shared by the webhook tests and their route samples: a project connected in the database, and
// deliveries signed as GitHub signs them.
import { env } from "cloudflare:test";
import { projectWebhookSecret } from "../../../src/github/secrets";
import { api, read, signedInUser, sql } from "../helpers";
import { createProject } from "../project-fixtures";

export const APP_SECRET = env.GITHUB_WEBHOOK_SECRET;
export const STAND_IN = env.GITHUB_API_URL;

export async function sign(secret: string, body: string): Promise<string> {
  const key = await crypto.subtle.importKey(
    "raw",
    new TextEncoder().encode(secret),
    { name: "HMAC", hash: "SHA-256" },
    false,
    ["sign"],
  );
  const mac = await crypto.subtle.sign("HMAC", key, new TextEncoder().encode(body));
  return `sha256=${[...new Uint8Array(mac)].map((b) => b.toString(16).padStart(2, "0")).join("")}`;
}

let nextRepoId = Math.floor(Math.random() * 1e9);

/** A project connected (in the database) to a repository with a pull request #7 and the issue #3 of TASK-001. */
export async function connected(o: { auth?: "token" | "app"; installationId?: number } = {}) {
  const user = await signedInUser();
  const project = await createProject(user);
  const repoId = ++nextRepoId;
  const owner = `o-${crypto.randomUUID().slice(0, 8)}`;
  const repo = `r-${crypto.randomUUID().slice(0, 8)}`;
  const installationId = o.installationId ?? repoId;
  await sql.query(
    `insert into github_connections (project_id, owner, repo, status, repo_id, default_branch, branch, directory,
       auth_kind, token_ciphertext, installation_id, pull_number)
     values ($1, $2, $3, 'connected', $4, 'main', 'spec-drive/p', 'spec', $5, $6, $7, 7)`,
    [
      project.id,
      owner,
      repo,
      repoId,
      o.auth ?? "token",
      o.auth === "app" ? null : "sealed",
      o.auth === "app" ? installationId : null,
    ],
  );
  await sql.query(
    `insert into github_issues (project_id, task_id, issue_number, issue_url, content_hash, state, state_changed_at)
     values ($1, 'TASK-001', 3, 'https://github.com/x/y/issues/3', 'h', 'open', now() - interval '1 day')`,
    [project.id],
  );
  const repository = { id: repoId, full_name: `${owner}/${repo}` };
  return { user, projectId: project.id, repoId, owner, repo, repository, installationId };
}

export interface Sent {
  event?: string;
  delivery?: string;
  secret?: string;
  /** The exact body; default the JSON of the payload. */
  body?: string;
  signature?: string | null;
}

/** A delivery's request as GitHub sends it: JSON, its headers, signed with `secret` (the app's by default). */
export async function deliveryInit(payload: unknown, o: Sent = {}): Promise<RequestInit> {
  const body = o.body ?? JSON.stringify(payload);
  const headers: Record<string, string> = { "content-type": "application/json", "user-agent": "GitHub-Hookshot/test" };
  if (o.event !== "") headers["x-github-event"] = o.event ?? "ping";
  if (o.delivery !== "") headers["x-github-delivery"] = o.delivery ?? crypto.randomUUID();
  if (o.signature !== null) headers["x-hub-signature-256"] = o.signature ?? (await sign(o.secret ?? APP_SECRET, body));
  return { method: "POST", headers, body };
}

export async function deliver(path: string, payload: unknown, o: Sent = {}, t = api()) {
  return read(await t.request(path, await deliveryInit(payload, o)));
}

export const projectPath = (projectId: string) => `/api/github/webhooks/${projectId}`;

export async function toProject(c: Connected, event: string, payload: object, o: Sent = {}, t = api()) {
  const secret = await projectWebhookSecret(APP_SECRET, c.projectId);
  return deliver(projectPath(c.projectId), { repository: c.repository, ...payload }, { event, secret, ...o }, t);
}

export type Connected = Awaited<ReturnType<typeof connected>>;
