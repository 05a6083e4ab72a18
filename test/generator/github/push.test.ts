// The push job (src/github/push.ts) inside workerd: a project's export committed to its branch at the local
// GitHub API (tools/local-github) through Octokit, and its one pull request. Each test has its own repository
// at the shared stand-in; faults are scoped to it by their path.
import { env } from "cloudflare:test";
import { Octokit } from "@octokit/rest";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { exportFiles } from "../../../src/export";
import { runPush } from "../../../src/github/push";
import { encryptToken } from "../../../src/github/secrets";
import { getDbConfig } from "../../../src/platform/config";
import { getGithubConfig } from "../../../src/platform/config-github";
import { createDb } from "../../../src/platform/db/client";
import {
  type GithubConnection,
  githubConnections,
  githubJobs,
  type Phase,
  projectArtifacts,
} from "../../../src/platform/db/schema";
import { sha256Hex } from "../../../src/platform/lib/hash";
import { projectRows } from "../../shared/db-rows";
import { fixture } from "../../shared/spec-fixtures";

const db = createDb(getDbConfig(env));
const api = env.GITHUB_API_URL;

async function control<T = unknown>(method: string, path: string, body?: unknown): Promise<T> {
  const res = await fetch(`${api}/control${path}`, {
    method,
    headers: { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`control ${method} ${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

interface RepoState {
  refs: Record<string, string>;
  commit: string | null;
  files: Record<string, string>;
  pulls: {
    number: number;
    state: string;
    title: string;
    body: string | null;
    head: { ref: string };
    html_url: string;
  }[];
}

const repoState = (owner: string, repo: string, ref: string) =>
  control<RepoState>("GET", `/repos/${owner}/${repo}?ref=${encodeURIComponent(ref)}`);

/** Stores a new version of an artifact, as the artifact routes would (content, size, hash). */
async function storeArtifact(projectId: string, phase: Phase, name: string, content: string, extraFile = false) {
  const versions = await db.select().from(projectArtifacts).where(eq(projectArtifacts.projectId, projectId));
  const version = versions.filter((a) => a.phase === phase && a.artifactName === name).length + 1;
  await db.insert(projectArtifacts).values({
    projectId,
    phase,
    artifactName: name,
    version,
    content,
    fileSize: new TextEncoder().encode(content).length,
    contentHash: await sha256Hex(content),
    validationStatus: "pass",
    extraFile,
  });
}

/** A user, their workspace, a project with documents, a repository and a fine-grained token, and the connection. */
async function setUp(name = "Pushed spec") {
  const { tag: id, project } = await projectRows(db, "pushed", { name, idea: "A spec pushed to GitHub" });
  const projectId = project.id;
  await storeArtifact(
    projectId,
    "analysis",
    "constitution.md",
    `${fixture("analysis", "constitution.md")}\nSigned ✓\n`,
  );
  await storeArtifact(projectId, "analysis", "personas.md", fixture("analysis", "personas.md"));
  await storeArtifact(projectId, "analysis", "project-brief.md", fixture("analysis", "project-brief.md"));
  await storeArtifact(projectId, "analysis", "notes.txt", "an extra file\n", true);

  const owner = `push-${id}`;
  const repo = `spec-${id}`;
  await control("POST", "/repos", { owner, name: repo, files: { "README.md": "# app\n", "spec/stale.md": "gone\n" } });
  const token = `github_pat_${crypto.randomUUID().replaceAll("-", "")}`;
  await control("POST", "/tokens", {
    token,
    login: owner,
    repositories: [`${owner}/${repo}`],
    permissions: { contents: "write", pull_requests: "write" },
  });
  const branch = `spec-drive/pushed-${id}`;
  await db.insert(githubConnections).values({
    projectId,
    owner,
    repo,
    status: "connected",
    defaultBranch: "main",
    branch,
    authKind: "token",
    tokenCiphertext: await encryptToken(env.GITHUB_TOKEN_KEY, projectId, token),
  });
  // Quiet: Octokit logs every 404, which the push expects (a branch not yet made).
  const quiet = { debug() {}, info() {}, warn() {}, error() {} };
  const octokit = new Octokit({ auth: token, baseUrl: api, log: quiet });
  /** Runs the job as the outbox would: the connection as stored now. */
  const push = async () => {
    const [connection] = await db.select().from(githubConnections).where(eq(githubConnections.projectId, projectId));
    const [job] = await db.insert(githubJobs).values({ projectId, kind: "push" }).returning();
    await db.update(githubJobs).set({ status: "done" }).where(eq(githubJobs.id, job!.id));
    return runPush({
      db,
      octokit,
      connection: connection as GithubConnection,
      job: job!,
      config: getGithubConfig(env),
    });
  };
  const connection = async () =>
    (
      await db.select().from(githubConnections).where(eq(githubConnections.projectId, projectId))
    )[0] as GithubConnection;
  const state = () => repoState(owner, repo, branch);
  /** The branch's commits, newest first (following first parents). */
  const commits = async () => {
    const { refs } = await state();
    const out: string[] = [];
    let sha: string | undefined = refs[`refs/heads/${branch}`];
    while (sha && out.length < 50) {
      out.push(sha);
      const { data } = await octokit.git.getCommit({ owner, repo, commit_sha: sha });
      sha = data.parents[0]?.sha;
    }
    return out;
  };
  /** The writes (POST, PATCH) to this repository's API so far: `METHOD path`. */
  const writes = async () =>
    (await control<{ requests: { method: string; path: string }[] }>("GET", "/requests")).requests
      .filter((r) => r.method !== "GET" && r.path.startsWith(`/repos/${owner}/${repo}/`))
      .map((r) => `${r.method} ${decodeURIComponent(r.path.slice(`/repos/${owner}/${repo}`.length))}`);
  return { projectId, owner, repo, branch, octokit, push, connection, state, commits, writes };
}

/** The export's files as the zip holds them, under `spec/`, generated at `at`. */
async function exported(projectId: string, at: string) {
  const files = await exportFiles(db, projectId, 1024 * 1024, at);
  return Object.fromEntries((files ?? []).map((f) => [`spec/${f.path}`, f.text]));
}

/** The files under spec/ of a repository state. */
const specFiles = (s: RepoState) => Object.fromEntries(Object.entries(s.files).filter(([p]) => p.startsWith("spec/")));

describe("the push job", () => {
  it("pushes every export file to the branch and opens one pull request; an edit is a new commit on the same pull request; no change, no commit", async () => {
    const t = await setUp();
    const first = await t.push();
    expect(first).toMatchObject({ changed: true, files: 9, pullNumber: 1 });
    let s = await t.state();
    expect(s.refs[`refs/heads/${t.branch}`]).toBe(first.commitSha);
    // The export's files, generated at the commit's time, byte for byte; spec/stale.md (not in the export) deleted.
    const c = await t.connection();
    expect(c.pushedSha).toBe(first.commitSha);
    expect(specFiles(s)).toEqual(await exported(t.projectId, c.pushedAt!.toISOString()));
    expect(s.files["README.md"]).toBe("# app\n");
    expect(Object.keys(specFiles(s))).toContain("spec/analysis/notes.txt");
    expect(s.pulls).toHaveLength(1);
    expect(s.pulls[0]).toMatchObject({ state: "open", title: "Spec: Pushed spec", head: { ref: t.branch } });
    expect(s.pulls[0]?.body).toContain("spec/HANDOFF.md");
    expect(c).toMatchObject({ pullNumber: 1, pullUrl: s.pulls[0]?.html_url });

    await storeArtifact(t.projectId, "analysis", "personas.md", `${fixture("analysis", "personas.md")}\nEdited.\n`);
    const before = (await t.writes()).length;
    const second = await t.push();
    // Blobs only for what changed: the document, project.json, HANDOFF.md and LLM_CONTEXT.md (its versions and
    // content); CHANGELOG.md, traceability.json and the other documents are already on the branch.
    expect((await t.writes()).slice(before)).toEqual([
      ...Array(4).fill("POST /git/blobs"),
      "POST /git/trees",
      "POST /git/commits",
      `PATCH /git/refs/heads/${t.branch}`,
      "PATCH /pulls/1",
    ]);
    expect(second).toMatchObject({ changed: true, pullNumber: 1 });
    expect(second.commitSha).not.toBe(first.commitSha);
    s = await t.state();
    expect(s.files["spec/analysis/personas.md"]).toContain("Edited.");
    expect(specFiles(s)).toEqual(await exported(t.projectId, (await t.connection()).pushedAt!.toISOString()));
    expect(s.pulls).toHaveLength(1);
    expect(s.pulls[0]?.body).toContain("| `spec/analysis/personas.md` | 2 | pass |");
    expect(await t.commits()).toHaveLength(3);

    const unchanged = (await t.writes()).length;
    const third = await t.push();
    expect(third).toMatchObject({ changed: false, commitSha: second.commitSha, pullNumber: 1 });
    // Nothing written: no blob, no tree, no commit, the pull request's body already says it all.
    expect((await t.writes()).slice(unchanged)).toEqual([]);
    expect(await t.commits()).toHaveLength(3);
    expect((await t.state()).pulls).toHaveLength(1);
  });

  it("a push failing mid-way (a secondary rate limit, a 500 on the tree, then on the pull request) completes on a later run: one pull request, one commit", async () => {
    const t = await setUp();
    const scope = `^/repos/${t.owner}/${t.repo}`;
    // GitHub's secondary rate limit on the blobs: thrown for the outbox to wait out (its retry-after).
    await control("POST", "/faults", { method: "POST", path: `${scope}/git/blobs$`, status: "secondary_rate_limit" });
    const limited = (await t.push().catch((e: unknown) => e)) as { status?: number; response?: { headers: object } };
    expect([403, 429]).toContain(limited.status);
    expect(limited.response?.headers).toHaveProperty("retry-after");
    await control("POST", "/faults", { method: "POST", path: `${scope}/git/trees$`, status: 500 });
    await expect(t.push()).rejects.toMatchObject({ status: 500 });
    expect((await t.state()).refs[`refs/heads/${t.branch}`]).toBeUndefined();

    await control("POST", "/faults", { method: "POST", path: `${scope}/pulls$`, status: 500 });
    await expect(t.push()).rejects.toMatchObject({ status: 500 });
    let s = await t.state();
    // The branch was written before the pull request failed: its one commit stays.
    expect(await t.commits()).toHaveLength(2);
    expect(s.pulls).toHaveLength(0);

    const done = await t.push();
    expect(done).toMatchObject({ changed: false, pullNumber: 1 });
    s = await t.state();
    expect(s.pulls).toHaveLength(1);
    expect(await t.commits()).toHaveLength(2);
    expect(done.commitSha).toBe(s.refs[`refs/heads/${t.branch}`]);
    expect(specFiles(s)).toEqual(await exported(t.projectId, (await t.connection()).pushedAt!.toISOString()));
  });

  it("a pull request opened by a push that died before storing its number is adopted, not duplicated", async () => {
    const t = await setUp();
    const first = await t.push();
    expect(first.pullNumber).toBe(1);
    // The crash: the pull request exists, the connection does not know it.
    await db
      .update(githubConnections)
      .set({ pullNumber: null, pullUrl: null })
      .where(eq(githubConnections.projectId, t.projectId));
    await storeArtifact(
      t.projectId,
      "analysis",
      "project-brief.md",
      `${fixture("analysis", "project-brief.md")}\nMore.\n`,
    );
    // Adopted and stored before anything else can fail: here, updating its body.
    await control("POST", "/faults", { method: "PATCH", path: `^/repos/${t.owner}/${t.repo}/pulls/1$`, status: 502 });
    await expect(t.push()).rejects.toMatchObject({ status: 502 });
    expect(await t.connection()).toMatchObject({ pullNumber: 1, pullUrl: first.pullUrl });
    const again = await t.push();
    expect(again).toMatchObject({ changed: false, pullNumber: 1 });
    const s = await t.state();
    expect(s.pulls).toHaveLength(1);
    expect(s.pulls[0]?.body).toContain("| `spec/analysis/project-brief.md` | 2 | pass |");
    expect((await t.connection()).pullNumber).toBe(1);
  });

  it("a pull request closed without merge is reopened; a merged one is followed by a new one on the next change", async () => {
    const t = await setUp();
    await t.push();
    await t.octokit.pulls.update({ owner: t.owner, repo: t.repo, pull_number: 1, state: "closed" });
    await storeArtifact(t.projectId, "analysis", "personas.md", "reworked\n");
    expect(await t.push()).toMatchObject({ changed: true, pullNumber: 1 });
    expect((await t.state()).pulls.map((p) => p.state)).toEqual(["open"]);

    await control("POST", `/repos/${t.owner}/${t.repo}/pulls/1/merge`, {});
    // Nothing new since the merge: no commit, no pull request.
    expect(await t.push()).toMatchObject({ changed: false, pullNumber: 1 });
    await storeArtifact(t.projectId, "analysis", "personas.md", "reworked again\n");
    expect(await t.push()).toMatchObject({ changed: true, pullNumber: 2 });
    const s = await t.state();
    expect(s.pulls.map((p) => p.state)).toEqual(["closed", "open"]);
  });

  it("the branch moved by someone else during the push: pushed again from the new head; moved twice: a plain error the outbox retries", async () => {
    const t = await setUp();
    await t.push();
    // A user pushes to the branch right before the job moves it (the real client's request hook, so the race is
    // deterministic): once, then on every attempt.
    let moves = 1;
    t.octokit.hook.before("request", async (options) => {
      if (options.method !== "PATCH" || !String(options.url).includes("/git/refs/") || moves === 0) return;
      moves--;
      await control("POST", `/repos/${t.owner}/${t.repo}/push`, {
        branch: t.branch,
        files: { [`OTHER-${moves}.md`]: "someone else's\n" },
      });
    });
    await storeArtifact(t.projectId, "analysis", "personas.md", "moved under the push\n");
    const moved = await t.push();
    expect(moved).toMatchObject({ changed: true, pullNumber: 1 });
    let s = await t.state();
    expect(s.refs[`refs/heads/${t.branch}`]).toBe(moved.commitSha);
    expect(s.files["OTHER-0.md"]).toBe("someone else's\n");
    expect(s.files["spec/analysis/personas.md"]).toBe("moved under the push\n");
    // main's commit, the first push, the user's, the push rebased on it.
    expect(await t.commits()).toHaveLength(4);

    moves = 2;
    await storeArtifact(t.projectId, "analysis", "personas.md", "moved twice\n");
    const err = await t.push().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Error);
    expect(err).not.toHaveProperty("status");
    expect(String(err)).toContain("moved during the push");
    s = await t.state();
    expect(s.files["spec/analysis/personas.md"]).toBe("moved under the push\n");
    expect(await t.push()).toMatchObject({ changed: true, pullNumber: 1 });
    expect((await t.state()).files["spec/analysis/personas.md"]).toBe("moved twice\n");
  });

  it("the files go under the connection's directory (nested, slashes trimmed); files outside it are left alone", async () => {
    const t = await setUp();
    await db
      .update(githubConnections)
      .set({ directory: "/docs/spec/" })
      .where(eq(githubConnections.projectId, t.projectId));
    expect(await t.push()).toMatchObject({ changed: true, files: 9 });
    const s = await t.state();
    const expected = await exported(t.projectId, (await t.connection()).pushedAt!.toISOString());
    const under = Object.fromEntries(Object.entries(expected).map(([p, text]) => [`docs/${p}`, text]));
    expect(Object.fromEntries(Object.entries(s.files).filter(([p]) => p.startsWith("docs/spec/")))).toEqual(under);
    expect(s.files["spec/stale.md"]).toBe("gone\n");
    expect(s.files["README.md"]).toBe("# app\n");
  });
});
