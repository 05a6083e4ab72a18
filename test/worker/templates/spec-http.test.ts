// The spec engine over HTTP: templates, validation on write, waivers, gates, traceability, progress, export.
import { unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { PHASES, type Phase } from "../../../src/platform/db/schema";
import { PHASE_TEMPLATES } from "../../../src/spec-engine";
import { fixture, replaceOnce, SPEC_SET } from "../../shared/spec-fixtures";
import { call, expectError, signedInUser } from "../helpers";
import { createProject, handoffApprovals, uploadPhaseDocs, walkTo } from "../project-fixtures";

const advance = (u: Awaited<ReturnType<typeof signedInUser>>, id: string, from: Phase) =>
  call(u, "POST", `/api/projects/${id}/phases/advance`, { expectedPhase: from });

describe("templates", () => {
  it("serves every phase's template as data, publicly, with JSON Schemas", async () => {
    const all = await call(undefined, "GET", "/api/templates");
    expect(all.status).toBe(200);
    expect(all.roundTrips).toBe(0);
    expect(all.json.items).toEqual(JSON.parse(JSON.stringify(PHASE_TEMPLATES)));
    const one = await call(undefined, "GET", "/api/templates/spec");
    expect(one.status).toBe(200);
    const api = one.json.template.artifacts.find((a: { name: string }) => a.name === "api-spec.json");
    expect(api.format).toBe("json");
    expect(typeof api.schema).toBe("object");
    expect(one.json.rules.map((r: { id: string }) => r.id)).toContain("section-missing");
    expectError(await call(undefined, "GET", "/api/templates/nope"), 400, "validation_failed");
  });
});

describe("validation on write", () => {
  it("stores the server's findings, status, score and extra flag; identical documents get identical results", async () => {
    const u = await signedInUser();
    const p = await createProject(u);
    const good = await call(u, "POST", `/api/projects/${p.id}/artifacts`, {
      phase: "analysis",
      name: "constitution.md",
      content: fixture("analysis", "constitution.md"),
    });
    expect(good.status).toBe(201);
    expect(good.roundTrips).toBe(1);
    expect(good.json.artifact).toMatchObject({
      validationStatus: "pass",
      validationErrors: [],
      qualityScore: 100,
      extraFile: false,
    });
    expect(good.json.artifact.frontmatter.title).toBe("Shelfshare constitution");

    const broken = replaceOnce(fixture("analysis", "project-brief.md"), "## Scope", "## Range");
    const body = { phase: "analysis", name: "project-brief.md", content: broken };
    const bad = await call(u, "POST", `/api/projects/${p.id}/artifacts`, body);
    expect(bad.json.artifact.validationStatus).toBe("fail");
    expect(bad.json.artifact.validationErrors).toContainEqual(
      expect.objectContaining({ ruleId: "section-missing", severity: "error" }),
    );
    const q = await createProject(u);
    const again = await call(u, "POST", `/api/projects/${q.id}/artifacts`, body);
    expect(again.json.artifact.validationErrors).toEqual(bad.json.artifact.validationErrors);
    expect(again.json.artifact.qualityScore).toBe(bad.json.artifact.qualityScore);

    const extra = await call(u, "POST", `/api/projects/${p.id}/artifacts/batch`, {
      artifacts: [{ phase: "analysis", name: "notes.json", content: "{not json" }],
    });
    expect(extra.json.items[0].artifact).toMatchObject({ extraFile: true, validationStatus: "fail" });
    expect(extra.json.items[0].artifact.validationErrors[0].ruleId).toBe("json-invalid");
  });
});

describe("gates", () => {
  it("walks a project from idea to done with the fixture spec set; the export carries the handoff", async () => {
    const u = await signedInUser();
    const p = await createProject(u, "Shelfshare", { idea: "Lend books to neighbours" });
    await walkTo(u, p.id, "done");
    const done = await call(u, "GET", `/api/projects/${p.id}`);
    expect(done.json.project.currentPhase).toBe("done");
    expect(done.json.project.stackApprovedBy).toBe(u.id);
    expect(done.json.project.dependenciesApprovedAt).not.toBeNull();

    const trace = await call(u, "GET", `/api/projects/${p.id}/traceability`);
    expect(trace.status).toBe(200);
    expect(trace.roundTrips).toBe(1);
    expect(trace.json.coverage.tasks.percent).toBe(100);
    expect(trace.json.uncovered).toEqual([]);
    expect(trace.json.findings.filter((f: { severity: string }) => f.severity === "error")).toEqual([]);

    const progress = await call(u, "GET", `/api/projects/${p.id}/progress`);
    expect(progress.roundTrips).toBe(1);
    expect(progress.json.traceability.coverage.tasks.percent).toBe(100);
    expect(progress.json.phases.every((x: { missingArtifacts: string[] }) => x.missingArtifacts.length === 0)).toBe(
      true,
    );

    const zip = await call(u, "GET", `/api/projects/${p.id}/export`);
    expect(zip.status).toBe(200);
    const files = unzipSync(new Uint8Array(zip.bytes as ArrayBuffer));
    const text = (name: string) => new TextDecoder().decode(files[name]);
    expect(text("HANDOFF.md")).toContain("Shelfshare");
    expect(handoffApprovals(text("HANDOFF.md"))).toEqual([
      ["stack", u.id, done.json.project.stackApprovedAt],
      ["dependencies", u.id, done.json.project.dependenciesApprovedAt],
    ]);
    for (const a of SPEC_SET) expect(text("LLM_CONTEXT.md")).toContain(a.content.trim().split("\n").at(-1));
    expect(JSON.parse(text("traceability.json")).coverage.tasks.percent).toBe(100);
    expect(text("spec/PRD.md")).toBe(fixture("spec", "PRD.md"));
  });

  it("refuses to leave a phase with documents missing, listing them; one round trip", async () => {
    const u = await signedInUser();
    const p = await createProject(u);
    const r = await advance(u, p.id, "analysis");
    expectError(r, 409, "gate_failed");
    expect(r.roundTrips).toBe(1);
    expect(r.json.error.issues.map((i: { path: string }) => i.path)).toEqual([
      "analysis/constitution.md",
      "analysis/project-brief.md",
      "analysis/personas.md",
    ]);
    expect(r.json.error.issues[0].message).toMatch(/^artifact_missing: /);
  });

  it("refuses an unwaived error finding; a waiver (who, when, why) lets the project pass", async () => {
    const u = await signedInUser();
    const p = await createProject(u);
    await uploadPhaseDocs(u, p.id, "analysis");
    const broken = replaceOnce(fixture("analysis", "project-brief.md"), "## Scope", "## Range");
    const stored = await call(u, "POST", `/api/projects/${p.id}/artifacts`, {
      phase: "analysis",
      name: "project-brief.md",
      content: broken,
    });
    const refused = await advance(u, p.id, "analysis");
    expectError(refused, 409, "gate_failed");
    expect(refused.json.error.issues).toEqual([
      { path: "analysis/project-brief.md", message: expect.stringMatching(/^finding_unwaived section-missing: /) },
    ]);

    const url = `/api/projects/${p.id}/artifacts/${stored.json.artifact.id}/validation`;
    expectError(await call(u, "PATCH", url, { ruleId: "json-invalid", reason: "x" }), 422, "finding_not_found");
    const other = await signedInUser();
    expectError(await call(other, "PATCH", url, { ruleId: "section-missing", reason: "x" }), 404, "not_found");
    const waived = await call(u, "PATCH", url, { ruleId: "section-missing", reason: "Scope lives in the plan" });
    expect(waived.status).toBe(200);
    expect(waived.roundTrips).toBe(1);
    expect(waived.json.waiver).toMatchObject({
      ruleId: "section-missing",
      reason: "Scope lives in the plan",
      waivedBy: u.id,
    });
    // The server's result is untouched.
    expect(waived.json.artifact.validationStatus).toBe("fail");
    expect((await advance(u, p.id, "analysis")).status).toBe(200);
  });

  it("refuses done below the coverage threshold, naming the uncovered requirements", async () => {
    const u = await signedInUser();
    const p = await createProject(u);
    await walkTo(u, p.id, "solutioning");
    await uploadPhaseDocs(u, p.id, "solutioning");
    const tasks = fixture("solutioning", "tasks.md");
    const ids = [...new Set(tasks.match(/REQ-[A-Z][A-Z0-9]*-\d{3,}/g))];
    const first = ids[0] as string;
    // Drop every reference to one requirement from the tasks: the documents stay valid, coverage drops.
    const uncovering = tasks.replaceAll(new RegExp(`,?\\s*${first}\\b`, "g"), "");
    const up = await call(u, "POST", `/api/projects/${p.id}/artifacts`, {
      phase: "solutioning",
      name: "tasks.md",
      content: uncovering,
    });
    expect(up.json.artifact.traceIds.tasks).not.toContain(first);
    const refused = await advance(u, p.id, "solutioning");
    expectError(refused, 409, "gate_failed");
    const coverage = refused.json.error.issues.find((i: { message: string }) =>
      i.message.startsWith("coverage_below_threshold"),
    );
    expect(coverage.path).toBe("solutioning/tasks.md");
    expect(coverage.message).toContain(`not covered: ${first}`);
  });
});

describe("phases", () => {
  it("every phase's expected artifacts are its template's", async () => {
    const { PHASE_TABLE } = await import("../../../src/phases/gates");
    for (const phase of PHASES) {
      const t = PHASE_TEMPLATES.find((x) => x.phase === phase);
      expect(PHASE_TABLE[phase].expectedArtifacts).toEqual(t?.artifacts.map((a) => a.name));
    }
  });
});
