// The local GitHub stand-in (tools/local-github/) driven by the client the integration will use,
// @octokit/rest over fetch: each behaviour docs/local-github.md cites, asserted as a client sees it.
import { spawn } from "node:child_process";
import { createHash, createSign, generateKeyPairSync } from "node:crypto";
import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { Octokit } from "@octokit/rest";
import { verify } from "@octokit/webhooks-methods";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type LocalGithub, startLocalGithub } from "../../../tools/local-github/index.ts";

let gh: LocalGithub;
let hookUrl: string;
let received: { headers: IncomingHttpHeaders; body: string }[] = [];
let closeReceiver: () => Promise<void>;

const SECRET = "hook-secret";
const OWNER = "acme";
const REPO = "specs";
const PAT = "github_pat_local_writer";
const ALL_WRITE = { contents: "write", pull_requests: "write", issues: "write" } as const;

/** The fields of control answers these tests read. */
interface ControlAnswer {
  deliveries: string[];
  sha: string;
  refs: Record<string, string>;
  files: Record<string, string>;
  requests: { status: number }[];
  limit: number;
  remaining: number;
  reset: number;
}

async function control(path: string, body?: unknown, method = body === undefined ? "GET" : "POST") {
  const res = await fetch(`${gh.url}/control${path}`, {
    method,
    headers: { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = (await res.json()) as ControlAnswer;
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(json)}`);
  return json;
}

/** An Octokit without retries or throttling: each test sees the stand-in's answer as it is. */
const quiet = { debug() {}, info() {}, warn() {}, error() {} };
const octokit = (auth?: string) => new Octokit({ auth, baseUrl: gh.url, log: quiet, request: { retries: 0 } });

/** The HTTP status an Octokit call fails with, and the error's response. */
async function failure(p: Promise<unknown>) {
  try {
    await p;
  } catch (err) {
    const e = err as { status: number; response?: { data: unknown; headers: Record<string, string> } };
    return { status: e.status, data: e.response?.data as Record<string, unknown>, headers: e.response?.headers ?? {} };
  }
  throw new Error("expected the call to fail");
}

beforeAll(async () => {
  gh = await startLocalGithub();
  const receiver = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    received.push({ headers: req.headers, body: Buffer.concat(chunks).toString("utf8") });
    res.writeHead(204).end();
  });
  await new Promise<void>((r) => receiver.listen(0, "127.0.0.1", r));
  hookUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
  closeReceiver = () => new Promise((r) => receiver.close(() => r()));
});
afterAll(async () => {
  await gh.close();
  await closeReceiver();
});
beforeEach(async () => {
  await control("/reset", {});
  received = [];
  await control("/repos", { owner: OWNER, name: REPO, private: true, files: { "README.md": "# specs\n" } });
  await control("/tokens", { token: PAT, login: "alice", repositories: [`${OWNER}/${REPO}`], permissions: ALL_WRITE });
  await control("/hooks", { repo: `${OWNER}/${REPO}`, url: hookUrl, secret: SECRET });
});

/** Commit `files` on top of `branch`'s head through the git data API (what pushing a spec set does). */
async function commitFiles(kit: Octokit, branch: string, files: Record<string, string | null>, message = "Update") {
  const { data: ref } = await kit.git.getRef({ owner: OWNER, repo: REPO, ref: `heads/${branch}` });
  const { data: parent } = await kit.git.getCommit({ owner: OWNER, repo: REPO, commit_sha: ref.object.sha });
  const tree = await Promise.all(
    Object.entries(files).map(async ([path, content]) => {
      if (content === null) return { path, mode: "100644" as const, type: "blob" as const, sha: null };
      const { data: blob } = await kit.git.createBlob({ owner: OWNER, repo: REPO, content, encoding: "utf-8" });
      return { path, mode: "100644" as const, type: "blob" as const, sha: blob.sha };
    }),
  );
  const { data: newTree } = await kit.git.createTree({ owner: OWNER, repo: REPO, base_tree: parent.tree.sha, tree });
  const { data: commit } = await kit.git.createCommit({
    owner: OWNER,
    repo: REPO,
    message,
    tree: newTree.sha,
    parents: [parent.sha],
  });
  return commit.sha;
}

const gitSha = (type: string, body: Buffer) =>
  createHash("sha1")
    .update(Buffer.concat([Buffer.from(`${type} ${body.length}\0`), body]))
    .digest("hex");

describe("authentication and permissions", () => {
  it("answers 401 Bad credentials for an unknown token, token and Bearer schemes alike", async () => {
    const e = await failure(octokit("github_pat_nope").repos.get({ owner: OWNER, repo: REPO }));
    expect(e.status).toBe(401);
    expect(e.data.message).toBe("Bad credentials");
    const bearer = await fetch(`${gh.url}/repos/${OWNER}/${REPO}`, { headers: { authorization: `Bearer ${PAT}` } });
    expect(bearer.status).toBe(200);
  });

  it("answers an expired personal access token 401", async () => {
    await control("/tokens", {
      token: "github_pat_old",
      login: "alice",
      repositories: [`${OWNER}/${REPO}`],
      permissions: ALL_WRITE,
      expiresAt: new Date(Date.now() - 1000).toISOString(),
    });
    expect((await failure(octokit("github_pat_old").repos.get({ owner: OWNER, repo: REPO }))).status).toBe(401);
  });

  it("answers 404, not 403, for a private repository the caller cannot see", async () => {
    await control("/tokens", { token: "github_pat_other", login: "bob", repositories: [], permissions: ALL_WRITE });
    const e = await failure(octokit("github_pat_other").repos.get({ owner: OWNER, repo: REPO }));
    expect(e.status).toBe(404);
    expect((await failure(octokit().repos.get({ owner: OWNER, repo: REPO }))).status).toBe(404);
  });

  it("answers 403 with X-Accepted-GitHub-Permissions when the token lacks the permission", async () => {
    await control("/tokens", {
      token: "github_pat_reader",
      login: "carol",
      repositories: [`${OWNER}/${REPO}`],
      permissions: { contents: "read", issues: "read" },
    });
    const e = await failure(octokit("github_pat_reader").issues.create({ owner: OWNER, repo: REPO, title: "x" }));
    expect(e.status).toBe(403);
    expect(e.data.message).toBe("Resource not accessible by personal access token");
    expect(e.headers["x-accepted-github-permissions"]).toBe("issues=write");
  });

  it("GET /repos reports the caller's permissions", async () => {
    const { data } = await octokit(PAT).repos.get({ owner: OWNER, repo: REPO });
    expect(data).toMatchObject({ full_name: `${OWNER}/${REPO}`, private: true, default_branch: "main" });
    expect(data.permissions).toMatchObject({ admin: true, push: true, pull: true });
  });
});

describe("GitHub App installation tokens", () => {
  const { publicKey, privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const APP_ID = 4242;
  const INSTALLATION = 77;

  function jwt(claims: Record<string, unknown>, key = privateKey): string {
    const enc = (o: unknown) => Buffer.from(JSON.stringify(o)).toString("base64url");
    const input = `${enc({ alg: "RS256", typ: "JWT" })}.${enc(claims)}`;
    return `${input}.${createSign("RSA-SHA256").update(input).sign(key).toString("base64url")}`;
  }
  const nowS = () => Math.floor(Date.now() / 1000);

  beforeEach(async () => {
    await control("/apps", {
      id: APP_ID,
      slug: "spec-drive",
      publicKey: publicKey.export({ type: "spki", format: "pem" }),
    });
    await control("/installations", {
      id: INSTALLATION,
      appId: APP_ID,
      account: OWNER,
      repositories: [`${OWNER}/${REPO}`],
      permissions: { contents: "write", pull_requests: "write", issues: "write", metadata: "read" },
    });
  });

  it("exchanges an app JWT for a one-hour token that lists the installation's repositories", async () => {
    const app = octokit(jwt({ iss: APP_ID, iat: nowS() - 60, exp: nowS() + 540 }));
    const { status, data } = await app.apps.createInstallationAccessToken({ installation_id: INSTALLATION });
    expect(status).toBe(201);
    expect(data.permissions).toMatchObject({ contents: "write", issues: "write" });
    const ttl = Date.parse(data.expires_at) - Date.now();
    expect(ttl).toBeGreaterThan(3590_000);
    expect(ttl).toBeLessThanOrEqual(3600_000);
    const { data: list } = await octokit(data.token).apps.listReposAccessibleToInstallation();
    expect(list.repositories.map((r) => r.full_name)).toEqual([`${OWNER}/${REPO}`]);
    const { data: issue } = await octokit(data.token).issues.create({ owner: OWNER, repo: REPO, title: "from app" });
    expect(issue.user?.login).toBe("spec-drive[bot]");
  });

  it("refuses a JWT signed with another key, one expiring more than 10 minutes ahead, and an expired one", async () => {
    const other = generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey;
    const forged = octokit(jwt({ iss: APP_ID, iat: nowS() - 60, exp: nowS() + 540 }, other));
    expect((await failure(forged.apps.createInstallationAccessToken({ installation_id: INSTALLATION }))).status).toBe(
      401,
    );
    const far = octokit(jwt({ iss: APP_ID, iat: nowS() - 60, exp: nowS() + 660 }));
    const e = await failure(far.apps.createInstallationAccessToken({ installation_id: INSTALLATION }));
    expect(e.status).toBe(401);
    expect(e.data.message).toBe("'Expiration time' claim ('exp') is too far in the future");
    const old = octokit(jwt({ iss: APP_ID, iat: nowS() - 700, exp: nowS() - 10 }));
    expect((await failure(old.apps.createInstallationAccessToken({ installation_id: INSTALLATION }))).status).toBe(401);
  });

  it("sends the events of an installed repository to the app's webhook, with the installation", async () => {
    await control("/apps", {
      id: APP_ID + 1,
      slug: "hooked",
      publicKey: publicKey.export({ type: "spki", format: "pem" }),
      webhookUrl: hookUrl,
      webhookSecret: "app-secret",
    });
    await control("/installations", {
      id: INSTALLATION + 1,
      appId: APP_ID + 1,
      account: OWNER,
      repositories: [`${OWNER}/${REPO}`],
      permissions: { issues: "write" },
    });
    await octokit(PAT).issues.create({ owner: OWNER, repo: REPO, title: "TASK-001" });
    const { deliveries } = await control(`/repos/${OWNER}/${REPO}/issues/1/close`, {});
    const toApp = received.find(
      (r) =>
        deliveries.includes(String(r.headers["x-github-delivery"])) &&
        r.headers["x-github-hook-installation-target-type"] === "integration",
    );
    expect(toApp?.headers["x-github-hook-installation-target-id"]).toBe(String(APP_ID + 1));
    expect(await verify("app-secret", toApp?.body ?? "", String(toApp?.headers["x-hub-signature-256"]))).toBe(true);
    expect(JSON.parse(toApp?.body ?? "{}")).toMatchObject({ action: "closed", installation: { id: INSTALLATION + 1 } });
  });

  it("an installation token is Bad credentials once its hour is over", async () => {
    const app = octokit(jwt({ iss: APP_ID, iat: nowS() - 60, exp: nowS() + 540 }));
    const { data } = await app.apps.createInstallationAccessToken({ installation_id: INSTALLATION });
    await control("/clock", { advanceSeconds: 3601 });
    const e = await failure(octokit(data.token).repos.get({ owner: OWNER, repo: REPO }));
    expect(e.status).toBe(401);
  });
});

describe("git data", () => {
  it("answers git's own SHAs for blobs, and the blob back in base64", async () => {
    const kit = octokit(PAT);
    const content = "# PRD\n\nREQ-1: the thing.\n";
    const { data } = await kit.git.createBlob({ owner: OWNER, repo: REPO, content, encoding: "utf-8" });
    expect(data.sha).toBe(gitSha("blob", Buffer.from(content)));
    const b64 = await kit.git.createBlob({
      owner: OWNER,
      repo: REPO,
      content: Buffer.from(content).toString("base64"),
      encoding: "base64",
    });
    expect(b64.data.sha).toBe(data.sha);
    const { data: blob } = await kit.git.getBlob({ owner: OWNER, repo: REPO, file_sha: data.sha });
    expect(blob.encoding).toBe("base64");
    expect(Buffer.from(blob.content, "base64").toString("utf8")).toBe(content);
  });

  it("builds trees on a base tree, deletes with sha null, and lists them recursively", async () => {
    const kit = octokit(PAT);
    const first = await commitFiles(kit, "main", { "docs/PRD.md": "prd\n", "docs/TASKS.md": "tasks\n" });
    const { data: c1 } = await kit.git.getCommit({ owner: OWNER, repo: REPO, commit_sha: first });
    const { data: t1 } = await kit.git.getTree({ owner: OWNER, repo: REPO, tree_sha: c1.tree.sha, recursive: "1" });
    expect(t1.tree.map((e) => e.path)).toEqual(["README.md", "docs", "docs/PRD.md", "docs/TASKS.md"]);
    expect(t1.truncated).toBe(false);
    // The root tree's SHA is git's: entries "<mode> <name>\0<raw sha>" in git's order.
    const entry = (mode: string, name: string, sha: string) =>
      Buffer.concat([Buffer.from(`${mode} ${name}\0`), Buffer.from(sha, "hex")]);
    const find = (p: string) => t1.tree.find((e) => e.path === p)?.sha as string;
    const root = Buffer.concat([entry("100644", "README.md", find("README.md")), entry("40000", "docs", find("docs"))]);
    expect(c1.tree.sha).toBe(gitSha("tree", root));
    await kit.git.updateRef({ owner: OWNER, repo: REPO, ref: "heads/main", sha: first });
    const second = await commitFiles(kit, "main", { "docs/TASKS.md": null });
    const { data: c2 } = await kit.git.getCommit({ owner: OWNER, repo: REPO, commit_sha: second });
    const { data: t2 } = await kit.git.getTree({ owner: OWNER, repo: REPO, tree_sha: c2.tree.sha, recursive: "1" });
    expect(t2.tree.map((e) => e.path)).toEqual(["README.md", "docs", "docs/PRD.md"]);
    expect(c2.parents.map((p) => p.sha)).toEqual([first]);
  });

  it("creates refs (422 when one exists) and moves them fast-forward only unless forced", async () => {
    const kit = octokit(PAT);
    const { data: main } = await kit.git.getRef({ owner: OWNER, repo: REPO, ref: "heads/main" });
    await kit.git.createRef({ owner: OWNER, repo: REPO, ref: "refs/heads/spec", sha: main.object.sha });
    const dup = await failure(
      kit.git.createRef({ owner: OWNER, repo: REPO, ref: "refs/heads/spec", sha: main.object.sha }),
    );
    expect(dup.status).toBe(422);
    expect(dup.data.message).toBe("Reference already exists");
    const ahead = await commitFiles(kit, "spec", { "a.md": "a\n" });
    await kit.git.updateRef({ owner: OWNER, repo: REPO, ref: "heads/spec", sha: ahead });
    // A sibling of `ahead` (built on main) is not a fast-forward from it.
    const sibling = await commitFiles(kit, "main", { "b.md": "b\n" });
    const e = await failure(kit.git.updateRef({ owner: OWNER, repo: REPO, ref: "heads/spec", sha: sibling }));
    expect(e.status).toBe(422);
    expect(e.data.message).toBe("Update is not a fast forward");
    const { data: forced } = await kit.git.updateRef({
      owner: OWNER,
      repo: REPO,
      ref: "heads/spec",
      sha: sibling,
      force: true,
    });
    expect(forced.object.sha).toBe(sibling);
    expect((await failure(kit.git.getRef({ owner: OWNER, repo: REPO, ref: "heads/nope" }))).status).toBe(404);
  });

  it("serves a file's contents at a ref, 404 for a missing one", async () => {
    const kit = octokit(PAT);
    const sha = await commitFiles(kit, "main", { "docs/PRD.md": "prd v2\n" });
    await kit.git.createRef({ owner: OWNER, repo: REPO, ref: "refs/heads/spec", sha });
    const { data } = await kit.repos.getContent({ owner: OWNER, repo: REPO, path: "docs/PRD.md", ref: "spec" });
    expect(Array.isArray(data)).toBe(false);
    const file = data as { type: string; content: string; sha: string; encoding: string };
    expect(file.type).toBe("file");
    expect(Buffer.from(file.content, "base64").toString("utf8")).toBe("prd v2\n");
    expect(file.sha).toBe(gitSha("blob", Buffer.from("prd v2\n")));
    const missing = await failure(kit.repos.getContent({ owner: OWNER, repo: REPO, path: "docs/PRD.md", ref: "main" }));
    expect(missing.status).toBe(404);
  });
});

describe("pull requests", () => {
  async function branchWithChange(kit: Octokit, branch: string) {
    const sha = await commitFiles(kit, "main", { "docs/PRD.md": `${branch}\n` });
    await kit.git.createRef({ owner: OWNER, repo: REPO, ref: `refs/heads/${branch}`, sha });
    return sha;
  }

  it("opens one, finds it by head, and answers the documented 422 for a second on the same head", async () => {
    const kit = octokit(PAT);
    await branchWithChange(kit, "spec-drive/specs");
    const { data: pr } = await kit.pulls.create({
      owner: OWNER,
      repo: REPO,
      title: "Specs",
      head: "spec-drive/specs",
      base: "main",
    });
    expect(pr).toMatchObject({ number: 1, state: "open", merged: false });
    const e = await failure(
      kit.pulls.create({ owner: OWNER, repo: REPO, title: "Again", head: "spec-drive/specs", base: "main" }),
    );
    expect(e.status).toBe(422);
    expect(e.data.errors).toEqual([
      {
        resource: "PullRequest",
        code: "custom",
        message: `A pull request already exists for ${OWNER}:spec-drive/specs.`,
      },
    ]);
    const { data: found } = await kit.pulls.list({
      owner: OWNER,
      repo: REPO,
      head: `${OWNER}:spec-drive/specs`,
      state: "open",
    });
    expect(found.map((p) => p.number)).toEqual([1]);
    const { data: none } = await kit.pulls.list({ owner: OWNER, repo: REPO, head: `${OWNER}:other`, state: "open" });
    expect(none).toEqual([]);
    const { data: edited } = await kit.pulls.update({ owner: OWNER, repo: REPO, pull_number: 1, title: "Specs v2" });
    expect(edited.title).toBe("Specs v2");
  });

  it("merging through the control API moves the base and sends pull_request closed with merged: true", async () => {
    const kit = octokit(PAT);
    const head = await branchWithChange(kit, "feature");
    await kit.pulls.create({ owner: OWNER, repo: REPO, title: "Feature", head: "feature", base: "main" });
    const merged = await control(`/repos/${OWNER}/${REPO}/pulls/1/merge`, { login: "alice" });
    const { data: pr } = await kit.pulls.get({ owner: OWNER, repo: REPO, pull_number: 1 });
    expect(pr).toMatchObject({ state: "closed", merged: true, merge_commit_sha: merged.sha });
    const { data: main } = await kit.git.getRef({ owner: OWNER, repo: REPO, ref: "heads/main" });
    expect(main.object.sha).toBe(merged.sha);
    const { data: commit } = await kit.git.getCommit({ owner: OWNER, repo: REPO, commit_sha: merged.sha });
    expect(commit.parents.map((p) => p.sha)).toContain(head);
    const ours = received.filter((r) => merged.deliveries.includes(String(r.headers["x-github-delivery"])));
    const event = ours.find((r) => r.headers["x-github-event"] === "pull_request");
    const payload = JSON.parse(event?.body ?? "{}");
    expect(payload).toMatchObject({
      action: "closed",
      number: 1,
      pull_request: { merged: true, merge_commit_sha: merged.sha },
    });
    expect(JSON.parse(ours.find((r) => r.headers["x-github-event"] === "push")?.body ?? "{}")).toMatchObject({
      ref: "refs/heads/main",
      after: merged.sha,
    });
  });
});

describe("issues and labels", () => {
  it("creates, filters by state and labels, pages with Link headers, and updates", async () => {
    const kit = octokit(PAT);
    await kit.issues.createLabel({ owner: OWNER, repo: REPO, name: "spec-drive", color: "0e8a16" });
    const dup = await failure(
      kit.issues.createLabel({ owner: OWNER, repo: REPO, name: "spec-drive", color: "0e8a16" }),
    );
    expect(dup.status).toBe(422);
    expect(dup.data.errors).toEqual([{ resource: "Label", code: "already_exists", field: "name" }]);
    for (let n = 1; n <= 5; n++) {
      await kit.issues.create({ owner: OWNER, repo: REPO, title: `TASK-00${n}`, labels: n <= 4 ? ["spec-drive"] : [] });
    }
    await kit.issues.update({ owner: OWNER, repo: REPO, issue_number: 1, state: "closed" });
    const page = await kit.issues.listForRepo({
      owner: OWNER,
      repo: REPO,
      labels: "spec-drive",
      state: "open",
      per_page: 2,
    });
    expect(page.data.map((i) => i.title)).toEqual(["TASK-004", "TASK-003"]);
    expect(page.headers.link).toContain('rel="next"');
    expect(page.headers.link).toContain('rel="last"');
    const all = await kit.paginate(kit.issues.listForRepo, {
      owner: OWNER,
      repo: REPO,
      labels: "spec-drive",
      state: "all",
      per_page: 2,
    });
    expect(all.map((i) => i.number).sort()).toEqual([1, 2, 3, 4]);
    const { data: comment } = await kit.issues.createComment({
      owner: OWNER,
      repo: REPO,
      issue_number: 2,
      body: "synced",
    });
    expect(comment.body).toBe("synced");
    const { data: two } = await kit.issues.get({ owner: OWNER, repo: REPO, issue_number: 2 });
    expect(two.comments).toBe(1);
  });

  it("caps per_page at 100", async () => {
    const kit = octokit(PAT);
    for (let n = 0; n < 101; n++) await kit.issues.create({ owner: OWNER, repo: REPO, title: `t${n}` });
    const { data, headers } = await kit.issues.listForRepo({ owner: OWNER, repo: REPO, per_page: 500 });
    expect(data.length).toBe(100);
    expect(headers.link).toContain('rel="next"');
  });
});

describe("rate limits and faults", () => {
  it("sends x-ratelimit-* on every answer and 403 with remaining 0 past the primary limit", async () => {
    await control("/rate-limit", { limit: 2 });
    const kit = octokit(PAT);
    const first = await kit.repos.get({ owner: OWNER, repo: REPO });
    expect(first.headers["x-ratelimit-limit"]).toBe("2");
    expect(first.headers["x-ratelimit-remaining"]).toBe("1");
    expect(first.headers["x-ratelimit-used"]).toBe("1");
    expect(first.headers["x-ratelimit-resource"]).toBe("core");
    expect(Number(first.headers["x-ratelimit-reset"])).toBeGreaterThan(Date.now() / 1000);
    await kit.repos.get({ owner: OWNER, repo: REPO });
    const e = await failure(kit.repos.get({ owner: OWNER, repo: REPO }));
    expect(e.status).toBe(403);
    expect(e.headers["x-ratelimit-remaining"]).toBe("0");
    expect(String(e.data.message)).toMatch(/^API rate limit exceeded for user ID \d+\.$/);
    await control("/rate-limit", { limit: 1, exhaustedStatus: 429 });
    await kit.repos.get({ owner: OWNER, repo: REPO });
    expect((await failure(kit.repos.get({ owner: OWNER, repo: REPO }))).status).toBe(429);
  });

  it("spends one caller's window (POST /control/rate-limit/window), leaving the others'", async () => {
    const other = "github_pat_other";
    await control("/tokens", {
      token: other,
      login: "bob",
      repositories: [`${OWNER}/${REPO}`],
      permissions: ALL_WRITE,
    });
    const spent = await control("/rate-limit/window", { token: PAT, remaining: 0, resetInSeconds: 600 });
    expect(spent).toMatchObject({ limit: 5000, remaining: 0 });
    expect(spent.reset - Date.now() / 1000).toBeCloseTo(600, -1);
    const e = await failure(octokit(PAT).repos.get({ owner: OWNER, repo: REPO }));
    expect([e.status, e.headers["x-ratelimit-remaining"], e.headers["x-ratelimit-reset"]]).toEqual([
      403,
      "0",
      String(spent.reset),
    ]);
    expect((await octokit(other).repos.get({ owner: OWNER, repo: REPO })).headers["x-ratelimit-remaining"]).toBe(
      "4999",
    );
    // The window passes: a new one, the full limit.
    await control("/rate-limit/window", { token: PAT, resetInSeconds: 0 });
    expect((await octokit(PAT).repos.get({ owner: OWNER, repo: REPO })).headers["x-ratelimit-remaining"]).toBe("4999");
    await expect(control("/rate-limit/window", { token: "unknown", remaining: 0 })).rejects.toThrow(/400/);
  });

  it("a secondary limit answers 403 with retry-after; 5xx faults fail the next N matching requests", async () => {
    const kit = octokit(PAT);
    await control("/faults", { method: "POST", path: "/pulls$", status: "secondary_rate_limit", retryAfter: 30 });
    await control("/faults", { method: "GET", path: "/git/ref/", status: 502, times: 2 });
    const e = await failure(kit.pulls.create({ owner: OWNER, repo: REPO, title: "x", head: "main", base: "main" }));
    expect(e.status).toBe(403);
    expect(e.headers["retry-after"]).toBe("30");
    expect(String(e.data.message)).toContain("secondary rate limit");
    for (let n = 0; n < 2; n++) {
      expect((await failure(kit.git.getRef({ owner: OWNER, repo: REPO, ref: "heads/main" }))).status).toBe(502);
    }
    expect((await kit.git.getRef({ owner: OWNER, repo: REPO, ref: "heads/main" })).status).toBe(200);
    const { requests } = await control("/requests");
    expect(requests.filter((r) => r.status === 502)).toHaveLength(2);
  });
});

describe("webhooks", () => {
  it("signs deliveries as GitHub does: verifiable with @octokit/webhooks-methods", async () => {
    await octokit(PAT).issues.create({ owner: OWNER, repo: REPO, title: "TASK-001" });
    const { deliveries } = await control(`/repos/${OWNER}/${REPO}/issues/1/close`, { login: "bob" });
    expect(deliveries).toHaveLength(1);
    await control("/deliveries");
    const closed = received.find((r) => r.headers["x-github-delivery"] === deliveries[0]);
    expect(closed?.headers["x-github-event"]).toBe("issues");
    expect(closed?.headers["user-agent"]).toMatch(/^GitHub-Hookshot\//);
    expect(await verify(SECRET, closed?.body ?? "", String(closed?.headers["x-hub-signature-256"]))).toBe(true);
    expect(await verify("wrong", closed?.body ?? "", String(closed?.headers["x-hub-signature-256"]))).toBe(false);
    expect(JSON.parse(closed?.body ?? "{}")).toMatchObject({
      action: "closed",
      issue: { number: 1, state: "closed", state_reason: "completed" },
      repository: { full_name: `${OWNER}/${REPO}` },
      sender: { login: "bob" },
    });
    const reopened = await control(`/repos/${OWNER}/${REPO}/issues/1/reopen`, {});
    const again = received.find((r) => r.headers["x-github-delivery"] === reopened.deliveries[0]);
    expect(JSON.parse(again?.body ?? "{}")).toMatchObject({ action: "reopened", issue: { state: "open" } });
  });

  it("a push through the control API sends the push payload with added/modified/removed", async () => {
    await control(`/repos/${OWNER}/${REPO}/push`, { branch: "main", files: { "docs/PRD.md": "v1\n" } });
    const { refs } = await control(`/repos/${OWNER}/${REPO}`);
    received = [];
    const { sha, deliveries } = await control(`/repos/${OWNER}/${REPO}/push`, {
      branch: "main",
      files: { "docs/PRD.md": "v2\n", "docs/NEW.md": "new\n", "README.md": null },
      message: "Edit on GitHub",
    });
    const push = received.find((r) => r.headers["x-github-delivery"] === deliveries[0]);
    expect(push?.headers["x-github-event"]).toBe("push");
    expect(JSON.parse(push?.body ?? "{}")).toMatchObject({
      ref: "refs/heads/main",
      before: refs["refs/heads/main"],
      after: sha,
      commits: [
        {
          id: sha,
          message: "Edit on GitHub",
          added: ["docs/NEW.md"],
          modified: ["docs/PRD.md"],
          removed: ["README.md"],
        },
      ],
    });
    const state = await control(`/repos/${OWNER}/${REPO}?ref=main`);
    expect(state.files).toEqual({ "docs/PRD.md": "v2\n", "docs/NEW.md": "new\n" });
  });

  it("redelivers a delivery with the same X-GitHub-Delivery and body", async () => {
    await octokit(PAT).issues.create({ owner: OWNER, repo: REPO, title: "TASK-001" });
    const { deliveries } = await control(`/repos/${OWNER}/${REPO}/issues/1/close`, {});
    await control(`/deliveries/${deliveries[0]}/redeliver`, {});
    const copies = received.filter((r) => r.headers["x-github-delivery"] === deliveries[0]);
    expect(copies).toHaveLength(2);
    expect(copies[0]?.body).toBe(copies[1]?.body);
    expect(copies[0]?.headers["x-hub-signature-256"]).toBe(copies[1]?.headers["x-hub-signature-256"]);
  });
});

describe("running alone", () => {
  it("starts under Node's type stripping, as npm run dev runs it, and answers GitHub's 404", async () => {
    const child = spawn(process.execPath, ["tools/local-github/server.ts", "0"], {
      cwd: new URL("../../..", import.meta.url).pathname,
    });
    try {
      let out = "";
      child.stderr.on("data", (d) => (out += d));
      const line = await new Promise<string>((resolve, reject) => {
        child.stdout.on("data", (d) => resolve(String(d)));
        child.once("exit", () => reject(new Error(`exited: ${out}`)));
      });
      const url = /on (http:\S+)/.exec(line)?.[1];
      const res = await fetch(`${url}/repos/nobody/nothing`);
      expect(res.status).toBe(404);
      expect(await res.json()).toMatchObject({ message: "Not Found" });
    } finally {
      child.kill();
    }
  });
});
