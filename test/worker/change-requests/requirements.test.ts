// Requirements as rows: storing PRD.md versions records revisions (new, changed, retired, unchanged), every stored
// version names the revisions it was built on, and the two read routes (keyset pages, one requirement's history).
import { describe, expect, it } from "vitest";
import { parseRequirements } from "../../../src/spec-engine/requirements";
import { SPEC_SET } from "../../shared/spec-fixtures";
import { call, expectError, signedInUser, sql } from "../helpers";
import { createProject } from "../project-fixtures";

const PRD = SPEC_SET.find((a) => a.name === "PRD.md")?.content ?? "";
const DATA_MODEL = SPEC_SET.find((a) => a.name === "data-model.md")?.content ?? "";

async function storePrd(user: Awaited<ReturnType<typeof signedInUser>>, projectId: string, content: string) {
  const r = await call(user, "POST", `/api/projects/${projectId}/artifacts`, {
    phase: "spec",
    name: "PRD.md",
    content,
  });
  expect(r.status, r.text).toBeLessThan(300);
  return r;
}

const rowsOf = (projectId: string) =>
  sql`select req_id, revision, status, retired_reason, title, body, acceptance, content_hash
      from requirements where project_id = ${projectId} order by req_id, revision`;

describe("recording PRD.md versions", () => {
  it("records new ids at revision 1, then a changed text as the next, a dropped id retired, the rest untouched", async () => {
    const user = await signedInUser();
    const project = await createProject(user);
    const first = await storePrd(user, project.id, PRD);
    expect(first.roundTrips).toBe(1);
    const parsed = await parseRequirements(PRD);
    const rows = await rowsOf(project.id);
    expect(rows).toEqual(
      parsed.map((r) => ({
        req_id: r.reqId,
        revision: 1,
        status: "active",
        retired_reason: null,
        title: r.title,
        body: r.body,
        acceptance: r.acceptance,
        content_hash: r.contentHash,
      })),
    );

    const changed = PRD.replace("logs out from any page", "logs out from any page or device").replace(
      /### REQ-LOAN-003[^#]*/,
      "",
    );
    await storePrd(user, project.id, changed);
    const after = await rowsOf(project.id);
    const of = (id: string) =>
      after.filter((r) => r.req_id === id).map((r) => [r.revision, r.status, r.retired_reason]);
    expect(of("REQ-AUTH-002")).toEqual([
      [1, "superseded", null],
      [2, "active", null],
    ]);
    expect(of("REQ-LOAN-003")).toEqual([[1, "retired", "not in PRD.md version 2"]]);
    expect(of("REQ-AUTH-001")).toEqual([[1, "active", null]]);
    expect(after).toHaveLength(parsed.length + 1);

    // The same text again: no new version, nothing recorded.
    await storePrd(user, project.id, changed);
    expect(await rowsOf(project.id)).toEqual(after);
    // A retired requirement defined again comes back as its next revision.
    await storePrd(user, project.id, PRD);
    const back = (await rowsOf(project.id)).filter((r) => r.req_id === "REQ-LOAN-003");
    expect(back.map((r) => [r.revision, r.status])).toEqual([
      [1, "retired"],
      [2, "active"],
    ]);
  });

  it("every stored version names the active revisions of the requirements it references", async () => {
    const user = await signedInUser();
    const project = await createProject(user);
    await storePrd(user, project.id, PRD);
    const r = await call(user, "POST", `/api/projects/${project.id}/artifacts/batch`, {
      artifacts: [{ phase: "spec", name: "data-model.md", content: DATA_MODEL }],
    });
    expect(r.status).toBe(201);
    const [prd] = await sql`select requirement_revisions from project_artifacts
      where project_id = ${project.id} and artifact_name = 'PRD.md'`;
    expect(Object.keys(prd?.requirement_revisions ?? {}).sort()).toEqual(
      (await parseRequirements(PRD)).map((x) => x.reqId).sort(),
    );
    const [dm] = await sql`select requirement_revisions, trace_ids from project_artifacts
      where project_id = ${project.id} and artifact_name = 'data-model.md'`;
    const refs = ((dm?.trace_ids.refs ?? []) as string[]).filter((id) => PRD.includes(`### ${id}:`));
    expect(refs.length).toBeGreaterThan(0);
    expect(dm?.requirement_revisions).toEqual(Object.fromEntries(refs.map((id) => [id, 1])));
  });
});

describe("GET /api/projects/{id}/requirements", () => {
  it("lists active requirements in keyset pages; other statuses on request; one requirement's revisions", async () => {
    const user = await signedInUser();
    const project = await createProject(user);
    await storePrd(user, project.id, PRD);
    await storePrd(user, project.id, PRD.replace("logs out from any page", "logs out anywhere"));
    const ids = (await parseRequirements(PRD)).map((r) => r.reqId).sort();
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const q: string = cursor ? `&cursor=${cursor}` : "";
      const r = await call(user, "GET", `/api/projects/${project.id}/requirements?limit=3${q}`);
      expect(r.status).toBe(200);
      expect(r.json.items.length).toBeLessThanOrEqual(3);
      seen.push(...r.json.items.map((i: { reqId: string; status: string }) => `${i.reqId}:${i.status}`));
      cursor = r.json.nextCursor;
      pages++;
    } while (cursor);
    expect(pages).toBe(3);
    expect(seen).toEqual(ids.map((id) => `${id}:active`));
    const superseded = await call(user, "GET", `/api/projects/${project.id}/requirements?status=superseded`);
    expect(superseded.json.items.map((i: { reqId: string }) => i.reqId)).toEqual(["REQ-AUTH-002"]);

    const one = await call(user, "GET", `/api/projects/${project.id}/requirements/REQ-AUTH-002`);
    expect(one.status).toBe(200);
    expect(one.json.revisions.map((x: { revision: number; status: string }) => [x.revision, x.status])).toEqual([
      [2, "active"],
      [1, "superseded"],
    ]);
    expectError(await call(user, "GET", `/api/projects/${project.id}/requirements/REQ-NONE-001`), 404, "not_found");
    expectError(await call(user, "GET", `/api/projects/${project.id}/requirements?cursor=xyz`), 400, "invalid_cursor");
    expectError(
      await call(user, "GET", `/api/projects/${project.id}/requirements?limit=501`),
      400,
      "validation_failed",
    );
  });
});
