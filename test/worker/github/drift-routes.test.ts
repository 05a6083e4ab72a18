// The drift routes (src/github/drift-routes.ts): listing a project's drift in pages, dismissing one, and
// opening a change request from a drift's PRD.md.
import { describe, expect, it } from "vitest";
import { DRIFT_PAGE_MAX } from "../../../src/github/drift-routes";
import { call, expectError, signedInUser, sql } from "../helpers";
import { createProject } from "../project-fixtures";
import { driftPath, insertDrift, projectInSpec } from "./drift-fixtures";

describe("listing drift", () => {
  it("lists newest first in pages, files without the kept repository text", async () => {
    const user = await signedInUser();
    const project = await createProject(user);
    const first = await insertDrift(project.id);
    const second = await insertDrift(project.id, [{ fileName: "spec/x.md", change: "added", diff: "+x" }]);
    const page1 = await call(user, "GET", `${driftPath(project.id)}?limit=1`);
    expect(page1.status).toBe(200);
    expect(page1.roundTrips).toBe(1);
    expect(page1.json.items.map((d: { id: string }) => d.id)).toEqual([second.id]);
    expect(page1.json.items[0]).toMatchObject({
      commitSha: second.commit,
      ref: "refs/heads/main",
      status: "open",
      changeRequestId: null,
      files: [{ fileName: "spec/x.md", change: "added", diff: "+x" }],
    });
    const page2 = await call(user, "GET", `${driftPath(project.id)}?limit=1&cursor=${page1.json.nextCursor}`);
    expect(page2.json.items.map((d: { id: string }) => d.id)).toEqual([first.id]);
    expect(page2.json.items[0].files[0]).not.toHaveProperty("text");
    expect(page2.json.nextCursor).toBeNull();
  });

  it(`takes at most ${DRIFT_PAGE_MAX} a page; another user's project is 404`, async () => {
    const user = await signedInUser();
    const project = await createProject(user);
    expectError(
      await call(user, "GET", `${driftPath(project.id)}?limit=${DRIFT_PAGE_MAX + 1}`),
      400,
      "validation_failed",
    );
    expectError(await call(await signedInUser(), "GET", driftPath(project.id)), 404, "not_found");
  });
});

describe("dismissing", () => {
  it("dismisses an open drift once", async () => {
    const user = await signedInUser();
    const project = await createProject(user);
    const d = await insertDrift(project.id);
    const r = await call(user, "POST", `${driftPath(project.id, d.id)}/dismiss`);
    expect(r.status).toBe(200);
    expect(r.json.drift).toMatchObject({ id: d.id, status: "dismissed" });
    expectError(await call(user, "POST", `${driftPath(project.id, d.id)}/dismiss`), 409, "drift_closed");
    expectError(
      await call(user, "POST", `${driftPath(project.id, "00000000-0000-4000-8000-000000000000")}/dismiss`),
      404,
      "not_found",
    );
  });
});

describe("a change request from a drift", () => {
  it("opens a draft whose deltas turn the requirements into the repository's PRD.md, and marks the drift", {
    timeout: 60_000,
  }, async () => {
    const { user, project } = await projectInSpec();
    const d = await insertDrift(project.id);
    const r = await call(user, "POST", `${driftPath(project.id, d.id)}/change-request`);
    expect(r.status).toBe(201);
    expect(r.roundTrips).toBe(2);
    expect(r.json.changeRequest).toMatchObject({ status: "draft", number: 1 });
    expect(r.json.drift).toMatchObject({
      id: d.id,
      status: "change_requested",
      changeRequestId: r.json.changeRequest.id,
    });
    const deltas = await call(user, "GET", `/api/projects/${project.id}/change-requests/${r.json.changeRequest.id}`);
    expect(
      deltas.json.deltas.map((x: { kind: string; reqId: string; baseRevision: number | null }) => [
        x.kind,
        x.reqId,
        x.baseRevision,
      ]),
    ).toEqual([
      ["modified", "REQ-AUTH-002", 1],
      ["added", "REQ-LOAN-004", null],
      ["removed", "REQ-NFR-001", 1],
    ]);
    // Once: the drift is no longer open.
    expectError(await call(user, "POST", `${driftPath(project.id, d.id)}/change-request`), 409, "drift_closed");
    const [row] = (await sql.query("select count(*)::int as n from change_requests where project_id = $1", [
      project.id,
    ])) as { n: number }[];
    expect(row?.n).toBe(1);
  });

  it("409 drift_without_requirements when the drift has no PRD.md or the same requirements", {
    timeout: 60_000,
  }, async () => {
    const { user, project } = await projectInSpec();
    const other = await insertDrift(project.id, [{ fileName: "spec/data-model.md", change: "modified", diff: "" }]);
    expectError(
      await call(user, "POST", `${driftPath(project.id, other.id)}/change-request`),
      409,
      "drift_without_requirements",
    );
    const [stored] = (await sql.query(
      "select content from project_artifacts where project_id = $1 and artifact_name = 'PRD.md' order by version desc limit 1",
      [project.id],
    )) as { content: string }[];
    const same = await insertDrift(project.id, [
      { fileName: "spec/PRD.md", change: "modified", diff: "", text: `<!-- edited on GitHub -->\n${stored!.content}` },
    ]);
    expectError(
      await call(user, "POST", `${driftPath(project.id, same.id)}/change-request`),
      409,
      "drift_without_requirements",
    );
  });
});
