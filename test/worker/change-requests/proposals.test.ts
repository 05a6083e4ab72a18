import { describe, expect, it } from "vitest";
import { PROPOSALS_MAX } from "../../../src/change-requests";
import { fixture, replaceOnce } from "../../shared/spec-fixtures";
import { call, expectError, signedInUser, sql } from "../helpers";
import { openChangeRequest, PRD_WITHOUT_NFR, withChangeRequest } from "./proposal-fixtures";

type Finding = { ruleId: string; location: { phase: string; artifact: string } };
const where = (fs: Finding[]) => fs.map((f) => `${f.ruleId} ${f.location.phase}/${f.location.artifact}`).sort();

const versionsOf = async (projectId: string) =>
  (await sql.query(
    "select phase || '/' || artifact_name as doc, count(*)::int as n from project_artifacts where project_id = $1 group by 1 order by 1",
    [projectId],
  )) as { doc: string; n: number }[];

describe("documents proposed by hand", () => {
  it("stores a proposal based on the latest version, validated over the set as it would be after the merge", async () => {
    const { u, p, cr, docs } = await withChangeRequest();
    const before = await versionsOf(p.id);
    const r = await call(u, "PUT", `${docs}/spec/PRD.md`, { content: PRD_WITHOUT_NFR });
    expect(r.status).toBe(201);
    expect(r.roundTrips).toBe(1);
    expect(r.json).toMatchObject({
      created: true,
      document: {
        changeRequestId: cr.id,
        phase: "spec",
        name: "PRD.md",
        baseVersion: 1,
        runId: null,
        proposedBy: u.id,
      },
    });
    // The project's documents are untouched: a proposal is not a version.
    expect(await versionsOf(p.id)).toEqual(before);

    // After the merge, REQ-NFR-001 would be named by three documents that PRD.md no longer defines.
    const list = await call(u, "GET", docs);
    expect(list.status).toBe(200);
    expect(list.roundTrips).toBe(1);
    expect(list.json.items.map((d: { name: string }) => d.name)).toEqual(["PRD.md"]);
    expect(where(list.json.crossFindings)).toEqual([
      "trace-undefined spec/api-spec.json",
      "trace-undefined spec/data-model.md",
      "trace-undefined spec/traceability.json",
    ]);
    expect(list.json.crossFindings[0].message).toContain("REQ-NFR-001");

    // A proposed data-model.md without the id: its own post-merge finding is gone, and it says so itself.
    const dm = replaceOnce(fixture("spec", "data-model.md"), " and REQ-NFR-001", "");
    const put = await call(u, "PUT", `${docs}/spec/data-model.md`, { content: dm });
    expect(put.status).toBe(201);
    expect(put.json.document.crossFindings).toEqual([]);
    const again = await call(u, "GET", docs);
    expect(again.json.items.map((d: { name: string }) => d.name)).toEqual(["PRD.md", "data-model.md"]);
    expect(where(again.json.crossFindings)).toEqual([
      "trace-undefined spec/api-spec.json",
      "trace-undefined spec/traceability.json",
    ]);
  });

  it("names a proposal's own post-merge errors on it and fails its status", async () => {
    const { u, docs } = await withChangeRequest();
    const dm = replaceOnce(fixture("spec", "data-model.md"), "REQ-NFR-001", "REQ-NFR-009");
    const r = await call(u, "PUT", `${docs}/spec/data-model.md`, { content: dm });
    expect(r.status).toBe(201);
    expect(r.json.document.validationStatus).toBe("fail");
    expect(where(r.json.document.crossFindings)).toEqual(["trace-undefined spec/data-model.md"]);
    expect(r.json.document.crossFindings[0].message).toBe("PRD.md does not define REQ-NFR-009");
    // Its own findings are the engine's, stored with it.
    const bad = await call(u, "PUT", `${docs}/spec/data-model.md`, { content: "# Data model" });
    expect(bad.json.document.validationErrors.length).toBeGreaterThan(0);
    expect(bad.json.document.validationStatus).toBe("fail");
  });

  it("PUT replaces the proposal (200) and takes the latest version as its base again", async () => {
    const { u, p, docs } = await withChangeRequest();
    expect((await call(u, "PUT", `${docs}/spec/PRD.md`, { content: PRD_WITHOUT_NFR })).status).toBe(201);
    const stored = await call(u, "POST", `/api/projects/${p.id}/artifacts`, {
      phase: "spec",
      name: "PRD.md",
      content: `${fixture("spec", "PRD.md")}\n`,
    });
    expect(stored.json.artifact.version).toBe(2);
    const r = await call(u, "PUT", `${docs}/spec/PRD.md`, {
      content: PRD_WITHOUT_NFR.replace("# Shelfshare PRD", "# Shelfshare PRD, v2"),
    });
    expect(r.status).toBe(200);
    expect(r.json).toMatchObject({ created: false, document: { baseVersion: 2 } });
    const [row] = (await sql.query(
      "select count(*)::int as n from change_request_documents where change_request_id = $1",
      [r.json.document.changeRequestId],
    )) as { n: number }[];
    expect(row?.n).toBe(1);
  });

  it("reads a proposal with its content, and diffs it against the current version (or nothing)", async () => {
    const { u, docs } = await withChangeRequest();
    await call(u, "PUT", `${docs}/spec/PRD.md`, { content: PRD_WITHOUT_NFR });
    const one = await call(u, "GET", `${docs}/spec/PRD.md`);
    expect(one.status).toBe(200);
    expect(one.roundTrips).toBe(1);
    expect(one.json.document).toMatchObject({ name: "PRD.md", content: PRD_WITHOUT_NFR, baseVersion: 1 });

    const d = await call(u, "GET", `${docs}/spec/PRD.md/diff`);
    expect(d.status).toBe(200);
    expect(d.roundTrips).toBe(1);
    expect(d.json.diff).toMatchObject({ phase: "spec", name: "PRD.md", from: "v1", to: "proposed", minimal: true });
    const lines = (d.json.diff.diff as string).split("\n");
    expect(lines.slice(0, 2)).toEqual(["--- spec/PRD.md\tv1", "+++ spec/PRD.md\tproposed"]);
    expect(lines.slice(2).filter((l) => /^[-+]/.test(l))).toEqual([
      "-### REQ-NFR-001: Fast listings",
      "-",
      "-Listing and searching books answers within 300 ms at the 95th percentile for 5,000 members.",
      "-",
    ]);

    await call(u, "PUT", `${docs}/analysis/notes.md`, { content: "# Notes\n" });
    const fresh = await call(u, "GET", `${docs}/analysis/notes.md/diff`);
    expect(fresh.json.diff).toMatchObject({
      from: "none",
      diff: "--- /dev/null\tnone\n+++ analysis/notes.md\tproposed\n@@ -0,0 +1,1 @@\n+# Notes\n",
    });
  });

  it("withdraws a proposal (204); 404 for one that is not there", async () => {
    const { u, docs } = await withChangeRequest();
    await call(u, "PUT", `${docs}/spec/PRD.md`, { content: PRD_WITHOUT_NFR });
    const del = await call(u, "DELETE", `${docs}/spec/PRD.md`);
    expect(del.status).toBe(204);
    expect(del.roundTrips).toBe(1);
    expectError(await call(u, "GET", `${docs}/spec/PRD.md`), 404, "not_found");
    expectError(await call(u, "GET", `${docs}/spec/PRD.md/diff`), 404, "not_found");
    expectError(await call(u, "DELETE", `${docs}/spec/PRD.md`), 404, "not_found");
    expect((await call(u, "GET", docs)).json.items).toEqual([]);
  });

  it("409 change_request_state once the change request is neither draft nor in_review", async () => {
    const { u, p, docs } = await withChangeRequest();
    await call(u, "PUT", `${docs}/spec/PRD.md`, { content: PRD_WITHOUT_NFR });
    for (const status of ["approved", "merged", "rejected", "withdrawn"] as const) {
      const cr = await openChangeRequest(p.id, u.id, status);
      const path = `/api/projects/${p.id}/change-requests/${cr.id}/documents/spec/PRD.md`;
      expectError(await call(u, "PUT", path, { content: PRD_WITHOUT_NFR }), 409, "change_request_state");
      expectError(await call(u, "DELETE", path), 409, "change_request_state");
      // Refused, and nothing written.
      const stored = await sql.query("select 1 from change_request_documents where change_request_id = $1", [cr.id]);
      expect(stored).toEqual([]);
    }
    const inReview = await openChangeRequest(p.id, u.id, "in_review");
    const path = `/api/projects/${p.id}/change-requests/${inReview.id}/documents/spec/PRD.md`;
    expect((await call(u, "PUT", path, { content: PRD_WITHOUT_NFR })).status).toBe(201);
    // Stored ones stay as they were.
    await sql.query("update change_requests set status = 'approved' where project_id = $1", [p.id]);
    expectError(await call(u, "DELETE", `${docs}/spec/PRD.md`), 409, "change_request_state");
    expect((await call(u, "GET", `${docs}/spec/PRD.md`)).status).toBe(200);
    expectError(await call(u, "PUT", `${docs}/spec/PRD.md`, { content: "# Replaced" }), 409, "change_request_state");
    expect((await call(u, "GET", `${docs}/spec/PRD.md`)).json.document.content).toBe(PRD_WITHOUT_NFR);
  });

  it("404 for another user, another project's change request, an unknown one", async () => {
    const { u, p, docs } = await withChangeRequest();
    const other = await withChangeRequest();
    const stranger = await signedInUser();
    expectError(await call(stranger, "PUT", `${docs}/spec/PRD.md`, { content: "x" }), 404, "not_found");
    expectError(await call(stranger, "GET", docs), 404, "not_found");
    const crossed = `/api/projects/${p.id}/change-requests/${other.cr.id}/documents`;
    expectError(await call(u, "PUT", `${crossed}/spec/PRD.md`, { content: "x" }), 404, "not_found");
    expectError(await call(u, "GET", crossed), 404, "not_found");
    const unknown = `/api/projects/${p.id}/change-requests/${crypto.randomUUID()}/documents`;
    expectError(await call(u, "GET", unknown), 404, "not_found");
    expectError(await call(u, "DELETE", `${unknown}/spec/PRD.md`), 404, "not_found");
  });

  it("refuses a name differing only in case from a stored document, bad names and oversized content", async () => {
    const { u, docs } = await withChangeRequest();
    expectError(await call(u, "PUT", `${docs}/spec/prd.md`, { content: "# PRD" }), 409, "artifact_name_conflict");
    expectError(await call(u, "PUT", `${docs}/spec/..md`, { content: "x" }), 400, "validation_failed");
    expectError(await call(u, "PUT", `${docs}/nowhere/PRD.md`, { content: "x" }), 400, "validation_failed");
    const big = "x".repeat(512 * 1024 + 1);
    expectError(await call(u, "PUT", `${docs}/spec/PRD.md`, { content: big }), 413, "payload_too_large");
  });

  it(`holds at most ${PROPOSALS_MAX} proposals; replacing one at the limit still works`, async () => {
    const { u, cr, p, docs } = await withChangeRequest();
    await sql.query(
      `insert into change_request_documents (change_request_id, project_id, phase, artifact_name, content, file_size, content_hash)
       select $1, $2, 'analysis', 'extra-' || i || '.md', 'x', 1, 'h' from generate_series(1, $3::int) i`,
      [cr.id, p.id, PROPOSALS_MAX],
    );
    const over = await call(u, "PUT", `${docs}/spec/PRD.md`, { content: PRD_WITHOUT_NFR });
    expect(expectError(over, 403, "quota_exceeded").error.message).toContain("too many proposed documents");
    expect((await call(u, "PUT", `${docs}/analysis/extra-1.md`, { content: "# Extra\n" })).status).toBe(200);
    expect((await call(u, "GET", docs)).json.items).toHaveLength(PROPOSALS_MAX);
  });
});
