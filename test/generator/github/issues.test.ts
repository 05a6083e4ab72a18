// The sync_issues job (src/github/issues.ts) against the local GitHub API: each task of a project's tasks.md as
// one issue, re-syncs that update and never duplicate, removed tasks closed with a note, a failed or crashed
// run that reruns without a duplicate. The real handler, Octokit over fetch, the real database.
import { env } from "cloudflare:test";
import { Octokit } from "@octokit/rest";
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { EPIC_LABELS_MAX, ISSUE_BODY_MAX, parseTasks, taskIssue } from "../../../src/github/issue-tasks";
import { MARKER_SEARCH_PAGES, runSyncIssues, SYNC_MAX_TASKS } from "../../../src/github/issues";
import { encryptToken } from "../../../src/github/secrets";
import { getDbConfig } from "../../../src/platform/config";
import { getGithubConfig } from "../../../src/platform/config-github";
import { createDb } from "../../../src/platform/db/client";
import { githubConnections, githubIssues, githubJobs, projectArtifacts } from "../../../src/platform/db/schema";
import { sha256Hex } from "../../../src/platform/lib/hash";
import { projectRows } from "../../shared/db-rows";
import { fixture, replaceOnce } from "../../shared/spec-fixtures";

const db = createDb(getDbConfig(env));
const TASKS = fixture("solutioning", "tasks.md");
const control = (path: string, init?: { method?: string; body?: unknown }) =>
  fetch(`${env.GITHUB_API_URL}/control${path}`, {
    method: init?.method ?? (init?.body ? "POST" : "GET"),
    body: init?.body === undefined ? undefined : JSON.stringify(init.body),
  });

interface StandInIssue {
  number: number;
  title: string;
  body: string;
  state: string;
  state_reason: string | null;
  labels: { name: string }[];
  comment_bodies: string[];
}

/** A project with tasks.md stored, connected (token) to a fresh repository at the stand-in. */
async function setup(tasksMd: string | null = TASKS) {
  const { tag, project } = await projectRows(db, "issues", { name: "Shelfshare" });
  const projectId = project.id;
  const owner = `acme-${tag}`;
  const repo = "shelfshare";
  const token = `github_pat_${tag}`;
  expect((await control("/repos", { body: { owner, name: repo, private: true } })).status).toBe(201);
  expect(
    (
      await control("/tokens", {
        body: {
          token,
          login: "ana",
          repositories: [`${owner}/${repo}`],
          permissions: { issues: "write", pull_requests: "write", contents: "write" },
        },
      })
    ).status,
  ).toBe(201);
  const [connection] = await db
    .insert(githubConnections)
    .values({
      projectId,
      owner,
      repo,
      status: "connected",
      branch: `spec-drive/issues-${tag}`,
      authKind: "token",
      tokenCiphertext: await encryptToken(env.GITHUB_TOKEN_KEY, projectId, token),
    })
    .returning();
  const [job] = await db.insert(githubJobs).values({ projectId, kind: "sync_issues" }).returning();
  let version = 0;
  const storeTasks = async (content: string) => {
    version++;
    await db.insert(projectArtifacts).values({
      projectId,
      phase: "solutioning",
      artifactName: "tasks.md",
      version,
      content,
      fileSize: content.length,
      contentHash: await sha256Hex(content),
    });
  };
  if (tasksMd !== null) await storeTasks(tasksMd);
  const octokit = new Octokit({ auth: token, baseUrl: env.GITHUB_API_URL });
  const sync = () => runSyncIssues({ db, octokit, connection: connection!, job: job!, config: getGithubConfig(env) });
  const issues = async () =>
    ((await (await control(`/repos/${owner}/${repo}`)).json()) as { issues: StandInIssue[] }).issues;
  const requests = async () =>
    ((await (await control("/requests")).json()) as { requests: { method: string; path: string }[] }).requests.filter(
      (r) => r.path.startsWith(`/repos/${owner}/${repo}/`),
    );
  const rows = () =>
    db.select().from(githubIssues).where(eq(githubIssues.projectId, projectId)).orderBy(githubIssues.taskId);
  return { projectId, owner, repo, token, octokit, sync, issues, requests, rows, storeTasks };
}

const count = (r: Record<string, unknown>) => ({
  created: r.created,
  adopted: r.adopted,
  updated: r.updated,
  unchanged: r.unchanged,
  closed: r.closed,
  reopened: r.reopened,
  gone: r.gone,
});
const zero = { created: 0, adopted: 0, updated: 0, unchanged: 0, closed: 0, reopened: 0, gone: 0 };

describe("the sync_issues job", () => {
  it("makes one issue per task: title, acceptance checklist, requirement links, epic label, marker", async () => {
    const t = await setup();
    const result = await t.sync();
    expect(result).toEqual({ tasks: 7, ...zero, created: 7 });
    const issues = await t.issues();
    expect(issues.map((i) => i.title)).toEqual([
      "TASK-001: Members table and sign-up route",
      "TASK-002: Log in and log out with Better Auth sessions",
      "TASK-003: Books table, listing and withdrawal",
      "TASK-004: Search with a neighbourhood and title index",
      "TASK-005: Loan requests",
      "TASK-006: Approve and decline",
      "TASK-007: Returns",
    ]);
    const four = issues[3]!;
    expect(four.labels.map((l) => l.name)).toEqual(["spec-drive", "epic:EPIC-002"]);
    expect(four.body).toContain(
      "- [ ] Done when search excludes own and loaned books and the load test shows p95 under 300 ms.",
    );
    expect(four.body).toContain(`[REQ-BOOK-002](https://github.com/${t.owner}/${t.repo}/blob/`);
    expect(four.body).toContain("[REQ-NFR-001](");
    expect(four.body).toContain(`<!-- spec-drive:task TASK-004 project:${t.projectId} -->`);
    const rows = await t.rows();
    expect(rows.map((r) => [r.taskId, r.issueNumber, r.state, r.removed])).toEqual(
      issues.map((i, k) => [`TASK-00${k + 1}`, i.number, "open", false]),
    );
  });

  it("re-syncs an edited task as one update, and an unchanged set with no call at all", async () => {
    const t = await setup();
    await t.sync();
    await t.storeTasks(replaceOnce(TASKS, "### TASK-005: Loan requests", "### TASK-005: Loan requests with a limit"));
    expect(await t.sync()).toEqual({ tasks: 7, ...zero, updated: 1, unchanged: 6 });
    const issues = await t.issues();
    expect(issues).toHaveLength(7);
    expect(issues[4]!.title).toBe("TASK-005: Loan requests with a limit");
    const before = (await t.requests()).length;
    expect(await t.sync()).toEqual({ tasks: 7, ...zero, unchanged: 7 });
    expect((await t.requests()).length).toBe(before);
  });

  it("leaves a closed issue closed when its task changes (a person marked it done)", async () => {
    const t = await setup();
    await t.sync();
    expect((await control(`/repos/${t.owner}/${t.repo}/issues/1/close`, { body: {} })).status).toBe(200);
    // A person's label stays through the update; a dropped epic's label goes.
    const labels = ["spec-drive", "epic:EPIC-001", "bug"];
    await t.octokit.rest.issues.update({ owner: t.owner, repo: t.repo, issue_number: 1, labels });
    await t.storeTasks(
      replaceOnce(TASKS, "Members table and sign-up route\n\nEPIC-001.", "Members table and sign-up\n\nEPIC-004."),
    );
    expect(count(await t.sync())).toEqual({ ...zero, updated: 1, unchanged: 6 });
    const [one] = await t.issues();
    expect([one!.title, one!.state]).toEqual(["TASK-001: Members table and sign-up", "closed"]);
    expect(one!.labels.map((l) => l.name)).toEqual(["spec-drive", "epic:EPIC-004", "bug"]);
  });

  it("closes a removed task's issue with a note, and reopens it when the task comes back", async () => {
    const t = await setup();
    await t.sync();
    const without = replaceOnce(TASKS, /### TASK-006:[\s\S]*?(?=### TASK-007)/, "");
    await t.storeTasks(without);
    expect(await t.sync()).toEqual({ tasks: 6, ...zero, unchanged: 6, closed: 1 });
    let six = (await t.issues())[5]!;
    expect([six.state, six.state_reason, six.comment_bodies]).toEqual([
      "closed",
      "not_planned",
      ["TASK-006 was removed from the spec."],
    ]);
    const [row] = await db
      .select()
      .from(githubIssues)
      .where(and(eq(githubIssues.projectId, t.projectId), eq(githubIssues.taskId, "TASK-006")));
    expect([row!.state, row!.removed]).toEqual(["closed", true]);
    // Removed once: a second sync leaves it alone.
    expect(count(await t.sync())).toEqual({ ...zero, unchanged: 6 });
    await t.storeTasks(TASKS);
    expect(count(await t.sync())).toEqual({ ...zero, unchanged: 6, reopened: 1 });
    six = (await t.issues())[5]!;
    expect(six.state).toBe("open");
    expect((await t.issues()).length).toBe(7);
    const rows = await t.rows();
    expect(rows.find((r) => r.taskId === "TASK-006")).toMatchObject({ state: "open", removed: false });
  });

  it("fails on GitHub's 500 mid-sync, and its rerun completes with no duplicate", async () => {
    const t = await setup(TASKS.split("### TASK-004")[0]!);
    expect(count(await t.sync())).toEqual({ ...zero, created: 3 });
    await t.storeTasks(TASKS);
    const path = `^/repos/${t.owner}/${t.repo}/issues$`;
    expect((await control("/faults", { body: { method: "POST", path, status: 500 } })).status).toBe(201);
    await expect(t.sync()).rejects.toMatchObject({ status: 500 });
    expect(await t.issues()).toHaveLength(3);
    expect(count(await t.sync())).toEqual({ ...zero, created: 4, unchanged: 3 });
    const issues = await t.issues();
    expect(issues.map((i) => i.title.slice(0, 8))).toEqual([1, 2, 3, 4, 5, 6, 7].map((n) => `TASK-00${n}`));
  });

  it("adopts an issue created by a run that died before writing its row", async () => {
    const t = await setup();
    // What the dead run left: the issue with its marker and label, no row.
    await t.octokit.rest.issues.create({
      owner: t.owner,
      repo: t.repo,
      title: "TASK-002: an older title",
      body: `Made before the crash.\n\n<!-- spec-drive:task TASK-002 project:${t.projectId} -->`,
      labels: ["spec-drive"],
    });
    // A pull request is in the issue list too: one carrying TASK-003's marker and label is not adopted.
    const { data: main } = await t.octokit.rest.git.getRef({ owner: t.owner, repo: t.repo, ref: "heads/main" });
    await t.octokit.rest.git.createRef({ owner: t.owner, repo: t.repo, ref: "refs/heads/x", sha: main.object.sha });
    await control(`/repos/${t.owner}/${t.repo}/push`, { body: { branch: "x", files: { "x.md": "x" } } });
    const { data: pull } = await t.octokit.rest.pulls.create({
      owner: t.owner,
      repo: t.repo,
      head: "x",
      base: "main",
      title: "TASK-003 in a pull request",
      body: `<!-- spec-drive:task TASK-003 project:${t.projectId} -->`,
    });
    await t.octokit.rest.issues.update({
      owner: t.owner,
      repo: t.repo,
      issue_number: pull.number,
      labels: ["spec-drive"],
    });
    expect(count(await t.sync())).toEqual({ ...zero, created: 6, adopted: 1 });
    const issues = await t.issues();
    expect(issues).toHaveLength(7);
    expect((await t.rows()).find((r) => r.taskId === "TASK-003")?.issueNumber).not.toBe(pull.number);
    expect(issues[0]!.title).toBe("TASK-002: Log in and log out with Better Auth sessions");
    const rows = await t.rows();
    expect(rows.find((r) => r.taskId === "TASK-002")?.issueNumber).toBe(1);
    expect(count(await t.sync())).toEqual({ ...zero, unchanged: 7 });
  });

  it(`reads at most ${MARKER_SEARCH_PAGES} pages of 100 looking for markers: an older marked issue is not found`, async () => {
    const t = await setup();
    const marker = (task: string) => `<!-- spec-drive:task ${task} project:${t.projectId} -->`;
    // A login of its own: the issues made here spend its rate limit, not that of the other tests' user.
    const login = { token: t.token, login: `bulk-${t.projectId.slice(0, 8)}`, repositories: [`${t.owner}/${t.repo}`] };
    const permissions = { issues: "write", pull_requests: "write", contents: "write" };
    expect((await control("/tokens", { body: { ...login, permissions } })).status).toBe(201);
    const create = (title: string, body: string) =>
      t.octokit.rest.issues.create({ owner: t.owner, repo: t.repo, title, body, labels: ["spec-drive"] });
    // Oldest first: TASK-002's issue, then a full search's worth of others, then TASK-003's (the newest).
    await create("TASK-002: made long ago", marker("TASK-002"));
    const others = MARKER_SEARCH_PAGES * 100;
    let next = 0;
    const worker = async () => {
      while (next < others) await create(`Another issue ${++next}`, "Not Spec Drive's.");
    };
    await Promise.all(Array.from({ length: 8 }, worker));
    await create("TASK-003: made just now", marker("TASK-003"));
    const before = (await t.requests()).length;

    expect(count(await t.sync())).toEqual({ ...zero, created: 6, adopted: 1 });
    const calls = (await t.requests()).slice(before);
    const lists = calls.filter((r) => r.method === "GET" && r.path === `/repos/${t.owner}/${t.repo}/issues`);
    expect(lists).toHaveLength(MARKER_SEARCH_PAGES);
    const total = others + 2;
    const rows = await t.rows();
    // The newest is adopted; the one past the last page read gets a new issue (a duplicate of the old one).
    expect(rows.find((r) => r.taskId === "TASK-003")?.issueNumber).toBe(total);
    expect(rows.find((r) => r.taskId === "TASK-002")?.issueNumber).toBeGreaterThan(total);
    expect((await t.issues()).length).toBe(total + 6);
  });

  it("leaves alone, for good, an issue a person deleted (410 Gone): no update, no new issue, no close", async () => {
    const t = await setup();
    await t.sync();
    expect((await control(`/repos/${t.owner}/${t.repo}/issues/2/delete`, { body: {} })).status).toBe(200);
    const edited = replaceOnce(
      replaceOnce(TASKS, "### TASK-002: Log in", "### TASK-002: Sign in"),
      "### TASK-005: Loan requests",
      "### TASK-005: Loan requests with a limit",
    );
    await t.storeTasks(edited);
    expect(count(await t.sync())).toEqual({ ...zero, updated: 1, unchanged: 5, gone: 1 });
    expect((await t.rows()).find((r) => r.taskId === "TASK-002")).toMatchObject({ state: "gone", removed: false });
    expect((await t.issues()).map((i) => i.title.slice(0, 8))).toEqual([1, 3, 4, 5, 6, 7].map((n) => `TASK-00${n}`));
    // Known gone: later syncs make no call about it, whatever the task becomes.
    const before = (await t.requests()).length;
    await t.storeTasks(replaceOnce(edited, "### TASK-002: Sign in", "### TASK-002: Sign in and out"));
    expect(count(await t.sync())).toEqual({ ...zero, unchanged: 6, gone: 1 });
    expect((await t.requests()).length).toBe(before);
    // Removed from tasks.md: nothing to close; the row says removed, and gone.
    await t.storeTasks(replaceOnce(edited, /### TASK-002:[\s\S]*?(?=### TASK-003)/, ""));
    expect(count(await t.sync())).toEqual({ ...zero, unchanged: 6 });
    expect((await t.requests()).length).toBe(before);
    expect((await t.rows()).find((r) => r.taskId === "TASK-002")).toMatchObject({ state: "gone", removed: true });
  });

  it("a 404 for an issue whose repository check is rate limited: the rate limit is the job's error, nothing is marked", async () => {
    const t = await setup();
    await t.sync();
    expect((await control(`/repos/${t.owner}/${t.repo}/issues/3/transfer`, { body: {} })).status).toBe(200);
    await t.storeTasks(replaceOnce(TASKS, /### TASK-003:[\s\S]*?(?=### TASK-004)/, ""));
    const fault = {
      method: "GET",
      path: `^/repos/${t.owner}/${t.repo}$`,
      status: "secondary_rate_limit",
      retryAfter: 30,
    };
    expect((await control("/faults", { body: fault })).status).toBe(201);
    await expect(t.sync()).rejects.toMatchObject({ status: 403 });
    expect((await t.rows()).find((r) => r.taskId === "TASK-003")).toMatchObject({ state: "open", removed: false });
    // The limit waited out, the rerun finds the issue gone.
    expect(count(await t.sync())).toEqual({ ...zero, unchanged: 6 });
    expect((await t.rows()).find((r) => r.taskId === "TASK-003")).toMatchObject({ state: "gone", removed: true });
  });

  it("takes a 404 for an issue while the repository answers as transferred away (gone); with the repository lost too, fails and marks nothing", async () => {
    const t = await setup();
    await t.sync();
    expect((await control(`/repos/${t.owner}/${t.repo}/issues/3/transfer`, { body: {} })).status).toBe(200);
    // A removed task whose issue was transferred: gone, not closed.
    await t.storeTasks(replaceOnce(TASKS, /### TASK-003:[\s\S]*?(?=### TASK-004)/, ""));
    expect(count(await t.sync())).toEqual({ ...zero, unchanged: 6 });
    expect((await t.rows()).find((r) => r.taskId === "TASK-003")).toMatchObject({ state: "gone", removed: true });
    // The token loses the repository: every call is a 404, and no issue is taken for gone.
    const lost = { token: t.token, login: "ana", repositories: [], permissions: { issues: "write" } };
    expect((await control("/tokens", { body: lost })).status).toBe(201);
    await t.storeTasks(replaceOnce(TASKS, "### TASK-001: Members table", "### TASK-001: Member table"));
    await expect(t.sync()).rejects.toMatchObject({ status: 404 });
    const rows = await t.rows();
    expect(rows.filter((r) => r.state === "gone").map((r) => r.taskId)).toEqual(["TASK-003"]);
  });

  it("ends done with nothing to do when the project has no tasks.md", async () => {
    const t = await setup(null);
    expect(await t.sync()).toEqual({ tasks: 0, ...zero });
    expect(await t.requests()).toEqual([]);
  });

  it(`refuses a tasks.md of more than ${SYNC_MAX_TASKS} tasks before any call`, async () => {
    const many = Array.from(
      { length: SYNC_MAX_TASKS + 1 },
      (_, i) => `- **TASK-${String(i + 1).padStart(3, "0")}**: t`,
    );
    const t = await setup(`---\ntitle: Many\n---\n\n## Tasks\n\n${many.join("\n")}\n`);
    await expect(t.sync()).rejects.toThrow(
      `tasks.md has ${SYNC_MAX_TASKS + 1} tasks; a sync handles at most ${SYNC_MAX_TASKS}`,
    );
    expect(await t.requests()).toEqual([]);
  });
});

describe("tasks.md as tasks", () => {
  it("reads list-item tasks with their checklist as acceptance criteria", () => {
    const md = [
      "## Tasks",
      "",
      "- **TASK-010**: Rate limits on sign up",
      "  For EPIC-004 and EPIC-005, serving REQ-AUTH-003.",
      "  - [ ] ten sign ups an hour per network",
      "  - [x] 429 with Retry-After",
      "- **TASK-011**: Audit log. Done when every admin action is recorded. Then more.",
      "- **TASK-010**: a duplicate, ignored",
    ].join("\n");
    expect(parseTasks(md)).toEqual([
      {
        id: "TASK-010",
        title: "Rate limits on sign up",
        body: "For EPIC-004 and EPIC-005, serving REQ-AUTH-003.",
        acceptance: ["ten sign ups an hour per network", "429 with Retry-After"],
        requirements: ["REQ-AUTH-003"],
        epics: ["EPIC-004", "EPIC-005"],
      },
      {
        id: "TASK-011",
        title: "Audit log. Done when every admin action is recorded. Then more.",
        body: "",
        acceptance: ["Done when every admin action is recorded."],
        requirements: [],
        epics: [],
      },
    ]);
  });

  it(`keeps a body within ${ISSUE_BODY_MAX} characters, its marker last, and at most ${EPIC_LABELS_MAX} epic labels`, () => {
    const epics = Array.from({ length: EPIC_LABELS_MAX + 1 }, (_, i) => `EPIC-${String(i + 1).padStart(3, "0")}`);
    const [task] = parseTasks(`### TASK-001: Long\n\n${epics.join(" ")}\n\n${"words ".repeat(20_000)}`);
    const site = { projectId: crypto.randomUUID(), owner: "o", repo: "r", branch: "b", directory: "spec" };
    const issue = taskIssue(task!, site);
    expect(issue.body.length).toBe(ISSUE_BODY_MAX);
    expect(issue.body.endsWith(`<!-- spec-drive:task TASK-001 project:${site.projectId} -->`)).toBe(true);
    expect(issue.labels).toHaveLength(1 + EPIC_LABELS_MAX);
  });
});
