// A task's status from its GitHub issue (src/github/task-status.ts): progress shows it (in its one round trip)
// once tasks were synced to issues, and the export's HANDOFF.md lists the done tasks with their issue links.
// The rows are written as the sync and the issues webhook write them; a closed issue is a done task.
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { TASK_STATUS_MAX } from "../../../src/github/task-status";
import { api, call, jsonInit, signedInUser, sql, type User } from "../helpers";
import { createProject } from "../project-fixtures";

const issueUrl = (n: number) => `https://github.com/acme/shelfshare/issues/${n}`;

async function addIssue(projectId: string, taskId: string, n: number, state = "open", removed = false) {
  await sql.query(
    `insert into github_issues (project_id, task_id, issue_number, issue_url, content_hash, state, removed)
     values ($1, $2, $3, $4, repeat('0', 64), $5, $6)`,
    [projectId, taskId, n, issueUrl(n), state, removed],
  );
}

async function handoff(user: User, projectId: string) {
  const res = await api().request(`/api/projects/${projectId}/export`, jsonInit("GET", undefined, user.auth));
  expect(res.status).toBe(200);
  return strFromU8(unzipSync(new Uint8Array(await res.arrayBuffer()))["HANDOFF.md"]!);
}

describe("task status from GitHub issues", () => {
  it("shows in progress and HANDOFF.md once synced, and follows an issue closed on GitHub", async () => {
    const user = await signedInUser();
    const p = await createProject(user);
    const before = await call(user, "GET", `/api/projects/${p.id}/progress`);
    expect(before.status).toBe(200);
    expect(before.json.tasks).toBeUndefined();
    expect(await handoff(user, p.id)).not.toContain("## Task Status");

    await addIssue(p.id, "TASK-001", 1);
    await addIssue(p.id, "TASK-002", 2);
    await addIssue(p.id, "TASK-003", 3, "closed", true); // removed from tasks.md: not a task any more
    await addIssue(p.id, "TASK-004", 4, "gone"); // its issue deleted on GitHub: the task has none
    const open = await call(user, "GET", `/api/projects/${p.id}/progress`);
    expect(open.roundTrips).toBe(1);
    expect(open.json.tasks).toEqual({
      total: 2,
      done: 0,
      open: 2,
      items: [
        { task: "TASK-001", status: "open", issue: 1, url: issueUrl(1) },
        { task: "TASK-002", status: "open", issue: 2, url: issueUrl(2) },
      ],
    });

    // What the issues webhook writes when a person closes issue #2.
    await sql.query("update github_issues set state = 'closed' where project_id = $1 and task_id = 'TASK-002'", [p.id]);
    const done = await call(user, "GET", `/api/projects/${p.id}/progress`);
    expect(done.json.tasks).toMatchObject({ total: 2, done: 1, open: 1 });
    expect(done.json.tasks.items[1]).toEqual({ task: "TASK-002", status: "done", issue: 2, url: issueUrl(2) });
    expect(done.etag).not.toBe(open.etag);

    const text = await handoff(user, p.id);
    const section = text.split("\n## Task Status\n")[1]?.split("\n## ")[0];
    expect(section).toBe(
      [
        "",
        "1 of 2 tasks done (their GitHub issues closed).",
        "",
        "| task | issue |",
        "|---|---|",
        `| TASK-002 | [#2](${issueUrl(2)}) |`,
        "",
        "Open: TASK-001.",
        "",
      ].join("\n"),
    );
  });

  it(`lists at most ${TASK_STATUS_MAX} tasks`, async () => {
    const user = await signedInUser();
    const p = await createProject(user);
    await sql.query(
      `insert into github_issues (project_id, task_id, issue_number, issue_url, content_hash)
       select $1, 'TASK-' || lpad(n::text, 4, '0'), n, 'https://github.com/acme/r/issues/' || n, repeat('0', 64)
       from generate_series(1, $2::int) n`,
      [p.id, TASK_STATUS_MAX + 1],
    );
    const r = await call(user, "GET", `/api/projects/${p.id}/progress`);
    expect(r.json.tasks.total).toBe(TASK_STATUS_MAX);
    expect(r.json.tasks.items.at(-1).task).toBe(`TASK-${String(TASK_STATUS_MAX).padStart(4, "0")}`);
  });
});
