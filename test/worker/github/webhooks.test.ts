// GitHub's webhooks received (src/github/webhook-routes.ts): the signature verified over the raw body
// before anything else, one delivery applied once, and each event's effect on the project's rows.
// Connections and issues are written straight into the database (connecting is another route's job).
import { exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { projectWebhookSecret } from "../../../src/github/secrets";
import { MiB } from "../../../src/platform/http/body-limit";
import { expectError, signedInUser, sql } from "../helpers";
import { createProject } from "../project-fixtures";
import {
  APP_SECRET,
  type Connected,
  connected,
  deliver,
  projectPath,
  STAND_IN,
  sign,
  toProject,
} from "./webhook-fixtures";

const issueState = async (projectId: string) =>
  (
    (await sql.query("select state, state_changed_at from github_issues where project_id = $1", [projectId])) as {
      state: string;
      state_changed_at: string;
    }[]
  )[0];

const pendingDrift = async (projectId: string) =>
  (await sql.query(
    "select payload from github_jobs where project_id = $1 and kind = 'check_drift' and status = 'pending'",
    [projectId],
  )) as { payload: { ref: string; after: string; files: string[]; truncated: boolean } }[];

const sha = (c: string) => c.repeat(40);
const push = (ref: string, files: { added?: string[]; modified?: string[]; removed?: string[] }[]) => ({
  ref,
  before: sha("a"),
  after: sha("b"),
  commits: files.map((f) => ({ id: sha("c"), added: [], modified: [], removed: [], ...f })),
});

describe("the signature and the headers, before anything else", () => {
  it("answers 401 for a wrong, missing or malformed signature, and for the app's secret on a project's hook", async () => {
    const c = await connected();
    const closed = { action: "closed", issue: { number: 3 } };
    const wrong = await toProject(c, "issues", closed, { secret: "another-secret-0123456789" });
    expectError(wrong, 401, "unauthorized");
    expectError(await toProject(c, "issues", closed, { signature: null }), 401, "unauthorized");
    expectError(await toProject(c, "issues", closed, { signature: "sha256=zz" }), 401, "unauthorized");
    expectError(await toProject(c, "issues", closed, { secret: APP_SECRET }), 401, "unauthorized");
    // A body changed after signing: the signature is over the exact bytes.
    const body = JSON.stringify({ repository: c.repository, ...closed });
    const signature = await sign(await projectWebhookSecret(APP_SECRET, c.projectId), body);
    expectError(await toProject(c, "issues", {}, { body: `${body} `, signature }), 401, "unauthorized");
    expect((await issueState(c.projectId))?.state).toBe("open");
  });

  it("answers 400 without X-GitHub-Event or X-GitHub-Delivery", async () => {
    const c = await connected();
    expectError(await toProject(c, "", { zen: "x" }, { event: "" }), 400, "validation_failed");
    expectError(await toProject(c, "ping", { zen: "x" }, { delivery: "" }), 400, "validation_failed");
  });

  it("answers 413 for a body over 1 MiB from its declared length, before reading it", async () => {
    const c = await connected();
    const big = JSON.stringify({ zen: "x".repeat(MiB) });
    expectError(await toProject(c, "ping", {}, { body: big, signature: "sha256=00" }), 413, "payload_too_large");
  });

  it("answers 400 for a signed body that is not JSON", async () => {
    const c = await connected();
    const secret = await projectWebhookSecret(APP_SECRET, c.projectId);
    const body = "payload=%7B%7D";
    expectError(await toProject(c, "ping", {}, { body, signature: await sign(secret, body) }), 400, "bad_request");
  });
});

describe("issues", () => {
  it("closing an issue closes its task's issue row; a redelivery changes nothing again", async () => {
    const c = await connected();
    const delivery = crypto.randomUUID();
    const r = await toProject(c, "issues", { action: "closed", issue: { number: 3 } }, { delivery });
    expect(r.status).toBe(200);
    expect(r.json).toEqual({
      delivery,
      duplicate: false,
      outcome: { issue: 3, state: "closed", tasks: ["TASK-001"] },
    });
    const after = await issueState(c.projectId);
    expect(after?.state).toBe("closed");
    expect(Date.now() - new Date(after!.state_changed_at).getTime()).toBeLessThan(60_000);
    const rows = (await sql.query("select event, project_id, outcome from github_deliveries where delivery_id = $1", [
      delivery,
    ])) as { event: string; project_id: string }[];
    expect(rows).toEqual([{ event: "issues", project_id: c.projectId, outcome: r.json.outcome }]);

    // Reopened meanwhile; the redelivery of the close must not close it again.
    await sql.query("update github_issues set state = 'open' where project_id = $1", [c.projectId]);
    const again = await toProject(c, "issues", { action: "closed", issue: { number: 3 } }, { delivery });
    expect(again.status).toBe(200);
    expect(again.json).toEqual({ delivery, duplicate: true, outcome: r.json.outcome });
    expect((await issueState(c.projectId))?.state).toBe("open");
  });

  it("reopening sets it open; other actions and unknown issue numbers change nothing", async () => {
    const c = await connected();
    await sql.query("update github_issues set state = 'closed' where project_id = $1", [c.projectId]);
    const edited = await toProject(c, "issues", { action: "labeled", issue: { number: 3 } });
    expect(edited.json.outcome).toEqual({ ignored: "issues labeled" });
    expect((await issueState(c.projectId))?.state).toBe("closed");
    const other = await toProject(c, "issues", { action: "reopened", issue: { number: 99 } });
    expect(other.json.outcome).toEqual({ issue: 99, state: "open", tasks: [] });
    expect((await issueState(c.projectId))?.state).toBe("closed");
    const reopened = await toProject(c, "issues", { action: "reopened", issue: { number: 3 } });
    expect(reopened.json.outcome).toEqual({ issue: 3, state: "open", tasks: ["TASK-001"] });
    expect((await issueState(c.projectId))?.state).toBe("open");
  });

  it("deleting or transferring the task's issue marks it gone (the sync never writes to it again)", async () => {
    for (const action of ["deleted", "transferred"]) {
      const c = await connected();
      const r = await toProject(c, "issues", { action, issue: { number: 3 } });
      expect(r.json.outcome).toEqual({ issue: 3, state: "gone", tasks: ["TASK-001"] });
      expect((await issueState(c.projectId))?.state).toBe("gone");
    }
  });
});

describe("pull_request", () => {
  const merged = (number: number, merged: boolean) => ({
    action: "closed",
    number,
    pull_request: { merged, merge_commit_sha: sha("e"), merged_at: new Date().toISOString() },
  });
  const mergedSha = async (projectId: string) =>
    (
      (await sql.query("select merged_sha, merged_at from github_connections where project_id = $1", [projectId])) as {
        merged_sha: string | null;
        merged_at: string | null;
      }[]
    )[0];

  it("the project's pull request merged records the merge commit", async () => {
    const c = await connected();
    const r = await toProject(c, "pull_request", merged(7, true));
    expect(r.json.outcome).toEqual({ pull: 7, mergedSha: sha("e"), recorded: true });
    const row = await mergedSha(c.projectId);
    expect(row?.merged_sha).toBe(sha("e"));
    expect(row?.merged_at).not.toBeNull();
  });

  it("another pull request, or one closed unmerged, records nothing", async () => {
    const c = await connected();
    expect((await toProject(c, "pull_request", merged(8, true))).json.outcome).toEqual({
      pull: 8,
      mergedSha: sha("e"),
      recorded: false,
    });
    expect((await toProject(c, "pull_request", merged(7, false))).json.outcome).toEqual({
      ignored: "pull_request closed",
    });
    expect((await mergedSha(c.projectId))?.merged_sha).toBeNull();
  });
});

describe("push", () => {
  it("a push to the branch touching spec/ queues one pending drift check with the push's files", async () => {
    const c = await connected();
    const r = await toProject(
      c,
      "push",
      push("refs/heads/spec-drive/p", [
        { modified: ["spec/spec/PRD.md"] },
        { added: ["src/a.ts"], removed: ["spec/x.md"] },
      ]),
    );
    expect(r.json.outcome).toEqual({ ref: "refs/heads/spec-drive/p", after: sha("b"), checkDrift: true });
    expect(await pendingDrift(c.projectId)).toEqual([
      {
        payload: {
          ref: "refs/heads/spec-drive/p",
          before: sha("a"),
          after: sha("b"),
          files: ["spec/spec/PRD.md", "src/a.ts", "spec/x.md"],
          truncated: false,
        },
      },
    ]);
    // A second push while it waits is the same job: the newer commit, the paths of both.
    await toProject(c, "push", push("refs/heads/main", [{ modified: ["spec/y.md", "spec/x.md"] }]));
    const jobs = await pendingDrift(c.projectId);
    expect(jobs.map((j) => [j.payload.ref, j.payload.files])).toEqual([
      ["refs/heads/main", ["spec/y.md", "spec/x.md", "spec/spec/PRD.md", "src/a.ts"]],
    ]);
  });

  it("a push elsewhere, or not touching the folder, queues nothing", async () => {
    const c = await connected();
    const other = await toProject(c, "push", push("refs/heads/feature", [{ modified: ["spec/PRD.md"] }]));
    expect(other.json.outcome).toMatchObject({ checkDrift: false });
    const outside = await toProject(c, "push", push("refs/heads/main", [{ modified: ["specs/PRD.md", "spec"] }]));
    expect(outside.json.outcome).toMatchObject({ checkDrift: false });
    expect(await pendingDrift(c.projectId)).toEqual([]);
  });

  it("carries at most PUSH_FILES_MAX paths, flagged truncated", async () => {
    const c = await connected();
    const many = Array.from({ length: 400 }, (_, i) => `spec/f${i}.md`);
    await toProject(c, "push", push("refs/heads/main", [{ added: many }]));
    const [job] = await pendingDrift(c.projectId);
    expect(job?.payload.files).toHaveLength(300);
    expect(job?.payload.truncated).toBe(true);
  });
});

describe("which project", () => {
  it("a repository the project is not connected to, or a project without a connection, is recorded and ignored", async () => {
    const c = await connected();
    const r = await toProject(c, "issues", {
      action: "closed",
      issue: { number: 3 },
      repository: { id: c.repoId + 1e6, full_name: "someone/else" },
    });
    expect(r.status).toBe(200);
    expect(r.json.outcome).toEqual({ ignored: "no connected project for this repository" });
    expect((await issueState(c.projectId))?.state).toBe("open");
    const user = await signedInUser();
    const lone = await createProject(user);
    const secret = await projectWebhookSecret(APP_SECRET, lone.id);
    const ping = await deliver(projectPath(lone.id), { zen: "x", hook_id: 1 }, { event: "ping", secret });
    expect(ping.json).toMatchObject({
      duplicate: false,
      outcome: { ignored: "no connected project for this repository" },
    });
  });

  it("the app's webhook finds the project by repository and installation", async () => {
    const c = await connected({ auth: "app" });
    const closed = { action: "closed", issue: { number: 3 }, repository: c.repository };
    const wrongInstallation = await deliver(
      "/api/github/webhooks",
      { ...closed, installation: { id: c.installationId + 1 } },
      { event: "issues" },
    );
    expect(wrongInstallation.json.outcome).toEqual({ ignored: "no connected project for this repository" });
    const r = await deliver(
      "/api/github/webhooks",
      { ...closed, installation: { id: c.installationId } },
      { event: "issues" },
    );
    expect(r.json.outcome).toEqual({ issue: 3, state: "closed", tasks: ["TASK-001"] });
    expect((await issueState(c.projectId))?.state).toBe("closed");
    // The project's own secret does not open the app's route.
    const secret = await projectWebhookSecret(APP_SECRET, c.projectId);
    expectError(await deliver("/api/github/webhooks", closed, { event: "issues", secret }), 401, "unauthorized");
  });
});

/** The stand-in's recorded delivery `guid` of `event`, sent again to the project's route through the real front. */
async function replayThroughFront(c: Connected, guids: string[], event: string) {
  const all = (await (await fetch(`${STAND_IN}/control/deliveries`)).json()) as {
    deliveries: { guid: string; event: string; body: string }[];
  };
  const d = all.deliveries.find((x) => guids.includes(x.guid) && x.event === event);
  if (!d) throw new Error(`no ${event} delivery among ${guids.join(", ")}`);
  const secret = await projectWebhookSecret(APP_SECRET, c.projectId);
  const res = await exports.default.fetch(
    new Request(`https://api.specdrive.test${projectPath(c.projectId)}`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "x-github-event": d.event,
        "x-github-delivery": d.guid,
        "x-hub-signature-256": await sign(secret, d.body),
      },
      body: d.body,
    }),
  );
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
}

const control = (path: string, body: unknown) =>
  fetch(`${STAND_IN}/control${path}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });

describe("a delivery of the local GitHub, replayed byte for byte through the front", () => {
  it("a user closing the task's issue on the stand-in closes its issue row", async () => {
    const c = await connected();
    const created = await control("/repos", { owner: c.owner, name: c.repo });
    expect(created.status).toBe(201);
    // Before the connection's check recorded GitHub's id, the repository is matched by owner/name.
    await sql.query("update github_connections set repo_id = null where project_id = $1", [c.projectId]);
    const token = `github_pat_${crypto.randomUUID().replaceAll("-", "")}`;
    await control("/tokens", {
      token,
      login: c.owner,
      repositories: [`${c.owner}/${c.repo}`],
      permissions: { issues: "write" },
    });
    const opened = await fetch(`${STAND_IN}/repos/${c.owner}/${c.repo}/issues`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: JSON.stringify({ title: "TASK-001: the first task" }),
    });
    const { number } = (await opened.json()) as { number: number };
    await sql.query("update github_issues set issue_number = $2 where project_id = $1", [c.projectId, number]);
    const secret = await projectWebhookSecret(APP_SECRET, c.projectId);
    await control("/hooks", { repo: `${c.owner}/${c.repo}`, url: "http://127.0.0.1:9/unreachable", secret });
    const closed = await control(`/repos/${c.owner}/${c.repo}/issues/${number}/close`, { login: "someone" });
    const { deliveries } = (await closed.json()) as { deliveries: string[] };
    const r = await replayThroughFront(c, deliveries, "issues");
    expect(r).toEqual({
      status: 200,
      json: expect.objectContaining({
        duplicate: false,
        outcome: { issue: number, state: "closed", tasks: ["TASK-001"] },
      }),
    });
    expect((await issueState(c.projectId))?.state).toBe("closed");
  });

  it("a user's push to spec/ on the stand-in queues a drift check; its redelivery is a duplicate", async () => {
    const c = await connected();
    // The stand-in's repository, under the connection's owner/name.
    const created = await fetch(`${STAND_IN}/control/repos`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ owner: c.owner, name: c.repo, files: { "spec/spec/PRD.md": "# PRD\n" } }),
    });
    expect(created.status).toBe(201);
    const repository = (await created.json()) as { id: number };
    await sql.query("update github_connections set repo_id = $2 where project_id = $1", [c.projectId, repository.id]);
    const secret = await projectWebhookSecret(APP_SECRET, c.projectId);
    // workerd's test runner does not listen on TCP: the hook points nowhere, the delivery is read back.
    const hook = await fetch(`${STAND_IN}/control/hooks`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ repo: `${c.owner}/${c.repo}`, url: "http://127.0.0.1:9/unreachable", secret }),
    });
    expect(hook.status).toBe(201);
    const pushed = await fetch(`${STAND_IN}/control/repos/${c.owner}/${c.repo}/push`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ files: { "spec/spec/PRD.md": "# PRD\n\nEdited on GitHub.\n" }, message: "Edit the PRD" }),
    });
    const { sha: after, deliveries: guids } = (await pushed.json()) as { sha: string; deliveries: string[] };
    const all = (await (await fetch(`${STAND_IN}/control/deliveries`)).json()) as {
      deliveries: { guid: string; event: string; body: string }[];
    };
    const d = all.deliveries.find((x) => guids.includes(x.guid) && x.event === "push");
    expect(d).toBeDefined();
    const replay = async () =>
      exports.default.fetch(
        new Request(`https://api.specdrive.test${projectPath(c.projectId)}`, {
          method: "POST",
          headers: {
            "content-type": "application/json",
            "x-github-event": d!.event,
            "x-github-delivery": d!.guid,
            "x-hub-signature-256": await sign(secret, d!.body),
          },
          body: d!.body,
        }),
      );
    const first = await replay();
    expect(first.status).toBe(200);
    expect(await first.json()).toEqual({
      delivery: d!.guid,
      duplicate: false,
      outcome: { ref: "refs/heads/main", after, checkDrift: true },
    });
    const [job] = await pendingDrift(c.projectId);
    expect(job?.payload).toMatchObject({ ref: "refs/heads/main", after, files: ["spec/spec/PRD.md"] });
    const second = await replay();
    expect(await second.json()).toMatchObject({ delivery: d!.guid, duplicate: true });
  });
});
