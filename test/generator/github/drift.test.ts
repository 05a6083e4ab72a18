// The drift job (src/github/drift.ts) inside the generator worker, against the local GitHub API: a push
// that changed spec/PRD.md on the stand-in, compared with the stored PRD.md through the real Octokit
// client and the real database. The job is called as the outbox calls it (its JobContext).
import { env } from "cloudflare:test";
import { neon, neonConfig } from "@neondatabase/serverless";
import { Octokit } from "@octokit/rest";
import { describe, expect, it } from "vitest";
import { runCheckDrift } from "../../../src/github/drift";
import { getDbConfig } from "../../../src/platform/config";
import { getGithubConfig } from "../../../src/platform/config-github";
import { createDb } from "../../../src/platform/db/client";
import type { GithubConnection, GithubJob } from "../../../src/platform/db/schema";

neonConfig.fetchEndpoint = env.NEON_FETCH_ENDPOINT;
const sql = neon(env.DATABASE_URL);
const GITHUB = env.GITHUB_API_URL;

const STORED_PRD = "# PRD\n\n## Requirements\n\n### REQ-CORE-001: Sign in\n\nUsers sign in.\n";
const EDITED_PRD = `${STORED_PRD}\n### REQ-CORE-002: Sign out\n\nUsers sign out.\n`;

const control = (path: string, body: unknown) =>
  fetch(`${GITHUB}/control${path}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });

/** A project with a stored spec/PRD.md, a repository at the stand-in holding it, a token and the connection. */
async function arrange(repoFiles: Record<string, string>) {
  const owner = `drift-${crypto.randomUUID().slice(0, 8)}`;
  const name = "spec-repo";
  const token = `github_pat_${crypto.randomUUID().replaceAll("-", "")}`;
  expect((await control("/repos", { owner, name, files: repoFiles })).status).toBe(201);
  expect(
    (
      await control("/tokens", {
        token,
        login: owner,
        repositories: [`${owner}/${name}`],
        permissions: { contents: "read" },
      })
    ).status,
  ).toBe(201);
  const [row] = (await sql.query(
    `with u as (insert into users (email, password_hash, name) values ($1, 'x', 'Drift') returning id),
     w as (insert into workspaces (name, created_by) select 'Drift team', id from u returning id),
     p as (insert into projects (user_id, workspace_id, slug, name, current_phase)
           select u.id, w.id, 'drift', 'Drift', 'spec' from u, w returning id),
     a as (insert into project_artifacts (project_id, phase, artifact_name, version, content, file_size, content_hash)
           select id, 'spec', 'PRD.md', 1, 'old', 3, 'h1' from p
           union all select id, 'spec', 'PRD.md', 2, $2, length($2), 'h2' from p returning 1),
     c as (insert into github_connections (project_id, owner, repo, status, default_branch, branch, auth_kind, token_ciphertext)
           select id, $3, $4, 'connected', 'main', 'spec-drive/drift', 'token', 'sealed' from p returning *)
     select (select count(*) from a) as n, row_to_json(c.*) as connection from c`,
    [`drift-${crypto.randomUUID()}@example.test`, STORED_PRD, owner, name],
  )) as { connection: Record<string, unknown> }[];
  const c = row!.connection;
  const connection = {
    projectId: c.project_id,
    owner,
    repo: name,
    directory: "spec",
    pushedSha: null,
  } as unknown as GithubConnection;
  const octokit = new Octokit({ auth: token, baseUrl: GITHUB });
  const push = async (files: Record<string, string | null>) => {
    const r = await control(`/repos/${owner}/${name}/push`, { files, message: "Edit on GitHub" });
    return ((await r.json()) as { sha: string }).sha;
  };
  const run = (payload: Record<string, unknown>) =>
    runCheckDrift({
      db: createDb(getDbConfig(env)),
      octokit,
      connection,
      job: { payload } as unknown as GithubJob,
      config: getGithubConfig(env),
    });
  const drift = async () =>
    (await sql.query("select commit_sha, ref, files, status from github_drift where project_id = $1", [
      connection.projectId,
    ])) as {
      commit_sha: string;
      ref: string;
      files: { fileName: string; change: string; diff: string; text?: string }[];
    }[];
  return { connection, push, run, drift };
}

describe("the drift job", () => {
  it("a PRD.md edited on GitHub is drift: one row with the diff from the stored text and the repository's text", async () => {
    const a = await arrange({ "spec/spec/PRD.md": STORED_PRD, "spec/HANDOFF.md": "# Handoff\n" });
    const after = await a.push({ "spec/spec/PRD.md": EDITED_PRD, "spec/HANDOFF.md": "# Edited\n" });
    const payload = { ref: "refs/heads/main", after, files: ["spec/spec/PRD.md", "spec/HANDOFF.md"] };
    const result = await a.run(payload);
    expect(result).toMatchObject({ drift: true, files: [{ fileName: "spec/PRD.md", change: "modified" }] });
    const rows = await a.drift();
    expect(rows).toHaveLength(1);
    const [row] = rows;
    expect(row).toMatchObject({ commit_sha: after, ref: "refs/heads/main", status: "open" });
    expect(row!.files).toHaveLength(1);
    const [file] = row!.files;
    expect(file).toMatchObject({ fileName: "spec/PRD.md", change: "modified", text: EDITED_PRD });
    expect(file!.diff).toContain("--- a/spec/PRD.md\tstored");
    expect(file!.diff).toContain("+++ b/spec/PRD.md\trepository");
    expect(file!.diff).toContain("+### REQ-CORE-002: Sign out");
    // The job run again (a retry, a redelivered push): still one row.
    expect(await a.run(payload)).toMatchObject({ drift: true });
    expect(await a.drift()).toHaveLength(1);
  });

  it("files equal to the stored ones (Spec Drive's own push) are no drift", async () => {
    const a = await arrange({ "spec/spec/PRD.md": "placeholder\n" });
    const after = await a.push({ "spec/spec/PRD.md": STORED_PRD });
    expect(await a.run({ ref: "refs/heads/main", after, files: ["spec/spec/PRD.md"] })).toEqual({
      drift: false,
      compared: 1,
    });
    expect(await a.drift()).toEqual([]);
  });

  it("a document removed from the folder, and an unknown one added, are drift", async () => {
    const a = await arrange({ "spec/spec/PRD.md": STORED_PRD });
    const after = await a.push({ "spec/spec/PRD.md": null, "spec/spec/NOTES.md": "notes\n" });
    await a.run({ ref: "refs/heads/main", after, files: ["spec/spec/PRD.md", "spec/spec/NOTES.md"] });
    const [row] = await a.drift();
    expect(row!.files.map((f) => [f.fileName, f.change])).toEqual([
      ["spec/PRD.md", "removed"],
      ["spec/NOTES.md", "added"],
    ]);
    expect(row!.files[0]!.diff).toContain("-### REQ-CORE-001: Sign in");
    expect(row!.files[0]!.text).toBeUndefined();
  });
});
