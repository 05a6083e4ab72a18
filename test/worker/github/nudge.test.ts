// The nudge (src/github/nudge.ts): a request that queued a GitHub job starts the project's outbox run (the
// GITHUB_OUTBOX Workflow), once, after a successful answer, unless GITHUB_SYNC is "cron". The binding is a
// stand-in that counts instances: a real instance would run the job behind the test's back.
import { describe, expect, it } from "vitest";
import { call } from "../helpers";
import { withProject } from "../route-fixtures";
import { connectedProject, githubPath } from "./fixtures";

function countingSync() {
  const calls: string[] = [];
  return {
    calls,
    GITHUB_OUTBOX: { create: async (o: { params: { projectId: string } }) => void calls.push(o.params.projectId) },
  };
}

describe("GitHub nudge", () => {
  it("a queued push: one dispatch after the answer; none under cron, none on a 409", async () => {
    const { user, project } = await connectedProject();
    const push = (bindings: Record<string, unknown>, id = project.id) =>
      call(user, "POST", `${githubPath(id)}/push`, undefined, { bindings });

    const immediate = countingSync();
    expect((await push({ ...immediate, GITHUB_SYNC: "immediate" })).status).toBe(202);
    expect(immediate.calls).toEqual([project.id]);

    const cron = countingSync();
    expect((await push({ ...cron, GITHUB_SYNC: "cron" })).status).toBe(202);
    expect(cron.calls).toHaveLength(0);

    const other = await withProject();
    const refused = countingSync();
    const r = await call(other.user, "POST", `${githubPath(other.project.id)}/push`, undefined, {
      bindings: { ...refused, GITHUB_SYNC: "immediate" },
    });
    expect(r.status).toBe(409);
    expect(refused.calls).toHaveLength(0);
  });

  it("a connect nudges; a read does not", async () => {
    const { user, project, repo, token } = await connectedProject();
    const put = countingSync();
    const r = await call(
      user,
      "PUT",
      githubPath(project.id),
      { repository: repo.full, auth: { kind: "token", token } },
      { bindings: { ...put, GITHUB_SYNC: "immediate" } },
    );
    expect(r.status).toBe(202);
    expect(put.calls).toEqual([project.id]);
    const get = countingSync();
    await call(user, "GET", githubPath(project.id), undefined, { bindings: { ...get, GITHUB_SYNC: "immediate" } });
    expect(get.calls).toHaveLength(0);
  });
});
