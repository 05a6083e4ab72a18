// Reads parse no document: traceability, progress and the export build the matrix from the facts each version
// stored on write (column matrix_facts); a version stored without them (before the column existed) is parsed on
// read. Shown by changing a stored content behind the API's back: the reads keep to the facts until they are gone.
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { fixture } from "../../shared/spec-fixtures";
import { api, call, jsonInit, signedInUser, sql } from "../helpers";
import { createProject } from "../project-fixtures";

describe("the traceability matrix is read from the facts stored on write", () => {
  it("traceability, progress and export use the stored facts; a version without them is parsed", async () => {
    const u = await signedInUser();
    const p = await createProject(u);
    const prd = fixture("spec", "PRD.md");
    expect(
      (await call(u, "POST", `/api/projects/${p.id}/artifacts`, { phase: "spec", name: "PRD.md", content: prd }))
        .status,
    ).toBe(201);
    const defined = [...new Set(prd.match(/^#{2,4} (REQ-[A-Z0-9]+-\d{3,})/gm)?.map((h) => h.split(" ")[1]))];
    expect(defined.length).toBeGreaterThan(2);

    const reads = async () => {
      const trace = await call(u, "GET", `/api/projects/${p.id}/traceability`);
      const progress = await call(u, "GET", `/api/projects/${p.id}/progress`);
      const zip = await call(u, "GET", `/api/projects/${p.id}/export`);
      const exported = JSON.parse(
        strFromU8(unzipSync(new Uint8Array(zip.bytes as ArrayBuffer))["traceability.json"] ?? new Uint8Array()),
      );
      return {
        trace: trace.json.requirements.map((r: { id: string }) => r.id),
        progress: progress.json.traceability.coverage.tasks.total,
        exported: exported.requirements.map((r: { id: string }) => r.id),
      };
    };
    const facts = { trace: defined, progress: defined.length, exported: defined };
    expect(await reads()).toEqual(facts);
    const stored = await sql.query(
      "select matrix_facts from project_artifacts where project_id = $1 and artifact_name = 'PRD.md'",
      [p.id],
    );
    expect((stored as { matrix_facts: { requirements: unknown[] } }[])[0]?.matrix_facts.requirements).toHaveLength(
      defined.length,
    );

    // The content no longer defines anything; the reads still show what was extracted when it was stored.
    await sql.query(
      "update project_artifacts set content = replace(content, 'REQ-', 'XEQ-') where project_id = $1 and artifact_name = 'PRD.md'",
      [p.id],
    );
    expect(await reads()).toEqual(facts);

    // A version without facts (stored before they existed) is parsed on read.
    await sql.query("update project_artifacts set matrix_facts = null where project_id = $1", [p.id]);
    expect(await reads()).toEqual({ trace: [], progress: 0, exported: [] });
  });

  it("an Idempotency-Key's recorded answer leaves the facts out (the replay shows metadata only)", async () => {
    const u = await signedInUser();
    const p = await createProject(u);
    const init = jsonInit("POST", { phase: "spec", name: "PRD.md", content: fixture("spec", "PRD.md") }, u.auth);
    const key = crypto.randomUUID();
    const headers = { ...(init.headers as Record<string, string>), "idempotency-key": key };
    expect((await api().request(`/api/projects/${p.id}/artifacts`, { ...init, headers })).status).toBe(201);
    const rows = (await sql.query("select body from idempotency_keys where user_id = $1 and key = $2", [
      u.id,
      key,
    ])) as { body: string }[];
    const recorded = JSON.parse(rows[0]?.body ?? "{}").items;
    expect(recorded).toHaveLength(1);
    expect(recorded[0]).toHaveProperty("trace_ids");
    expect(recorded[0]).not.toHaveProperty("matrix_facts");
    expect(recorded[0]).not.toHaveProperty("content");
  });
});
