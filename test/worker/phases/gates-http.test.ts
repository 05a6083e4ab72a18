// Every gate over HTTP with a broken variant of the fixture spec set: the 409 gate_failed lists exactly what
// fails, the project stays where it was (read back from the database), and a fix or a waiver lets it pass. The
// cross-document errors (trace-undefined, trace-inconsistent, sbom-missing-dependency) block like a document's own.
import { describe, expect, it } from "vitest";
import type { Phase } from "../../../src/platform/db/schema";
import { fixture, replaceOnce, SPEC_SET } from "../../shared/spec-fixtures";
import { call, expectError, signedInUser, sql, type User } from "../helpers";
import { createProject, STACK_OPTION, uploadPhaseDocs, walkTo } from "../project-fixtures";

const advance = (u: User, id: string, from: Phase) =>
  call(u, "POST", `/api/projects/${id}/phases/advance`, { expectedPhase: from });

const put = async (u: User, id: string, phase: Phase, name: string, content: string) => {
  const r = await call(u, "POST", `/api/projects/${id}/artifacts`, { phase, name, content });
  expect(r.status, JSON.stringify(r.json)).toBeLessThan(300);
  return r.json.artifact as { id: string; validationStatus: string };
};

const waive = (u: User, id: string, artifactId: string, ruleId: string) =>
  call(u, "PATCH", `/api/projects/${id}/artifacts/${artifactId}/validation`, { ruleId, reason: "accepted in review" });

/** The phase and the number of history rows, straight from the tables. */
async function stored(id: string) {
  const [row] = await sql`select p.current_phase as phase,
      (select count(*)::int from phase_history h where h.project_id = p.id) as transitions
    from projects p where p.id = ${id}`;
  return row;
}

/** Advancing out of `from` is refused with exactly `issues`, in one round trip, and changes nothing. */
async function expectRefused(u: User, id: string, from: Phase, issues: { path: string; message: string }[]) {
  const before = await stored(id);
  expect(before?.phase).toBe(from);
  const r = await advance(u, id, from);
  expectError(r, 409, "gate_failed");
  expect(r.roundTrips).toBe(1);
  expect(r.json.error.issues).toEqual(issues);
  expect(await stored(id)).toEqual(before);
}

/**
 * Approves `phase`'s gate again: a new version of one of its documents makes the earlier approval stale
 * (the default review policy, docs/reviews.md).
 */
async function reapprove(u: User, id: string, phase: "stack_selection" | "dependencies") {
  const r =
    phase === "stack_selection"
      ? await call(u, "POST", `/api/projects/${id}/stack/approve`, { stackChoice: STACK_OPTION })
      : await call(u, "POST", `/api/projects/${id}/dependencies/approve`);
  expect(r.status).toBe(200);
}

/** A project in `phase` with every earlier phase passed, its approval given, and its passing documents stored. */
async function projectIn(phase: Phase) {
  const u = await signedInUser();
  const p = await createProject(u);
  await walkTo(u, p.id, phase);
  await uploadPhaseDocs(u, p.id, phase);
  if (phase === "stack_selection") {
    expect((await call(u, "POST", `/api/projects/${p.id}/stack/approve`, { stackChoice: STACK_OPTION })).status).toBe(
      200,
    );
  }
  if (phase === "dependencies") {
    expect((await call(u, "POST", `/api/projects/${p.id}/dependencies/approve`)).status).toBe(200);
  }
  return { u, id: p.id };
}

describe("each gate refuses a broken document, and passes once fixed", () => {
  it("analysis: a missing section", async () => {
    const { u, id } = await projectIn("analysis");
    const good = fixture("analysis", "project-brief.md");
    await put(u, id, "analysis", "project-brief.md", replaceOnce(good, "## Scope", "## Range"));
    await expectRefused(u, id, "analysis", [
      {
        path: "analysis/project-brief.md",
        message: 'finding_unwaived section-missing: project-brief.md: missing section "## Scope"',
      },
    ]);
    await put(u, id, "analysis", "project-brief.md", good);
    expect((await advance(u, id, "analysis")).status).toBe(200);
  });

  it("stack_selection: an inconsistent scorecard (the stack approved)", async () => {
    const { u, id } = await projectIn("stack_selection");
    const good = fixture("stack_selection", "stack-scorecard.json");
    const doc = JSON.parse(good);
    await put(u, id, "stack_selection", "stack-scorecard.json", JSON.stringify({ ...doc, recommended: "nope" }));
    await reapprove(u, id, "stack_selection");
    await expectRefused(u, id, "stack_selection", [
      {
        path: "stack_selection/stack-scorecard.json",
        message: expect.stringMatching(/^finding_unwaived scorecard-consistent: stack-scorecard.json: .*"nope"/),
      },
    ]);
    await put(u, id, "stack_selection", "stack-scorecard.json", good);
    await reapprove(u, id, "stack_selection");
    expect((await advance(u, id, "stack_selection")).status).toBe(200);
  });

  it("spec: traceability.json declares a link the documents do not show (cross-document); a waiver lets it pass", async () => {
    const { u, id } = await projectIn("spec");
    const declared = replaceOnce(
      fixture("spec", "traceability.json"),
      '"operations": ["GET /books"]',
      '"operations": ["GET /books", "GET /loans"]',
    );
    const a = await put(u, id, "spec", "traceability.json", declared);
    // Its own validation passes: only the comparison with api-spec.json fails.
    expect(a.validationStatus).toBe("pass");
    await expectRefused(u, id, "spec", [
      {
        path: "spec/traceability.json",
        message:
          "finding_unwaived trace-inconsistent: traceability.json: declared links the documents do not show: REQ-BOOK-002 → operations:GET /loans",
      },
    ]);
    // A rule the document has no finding of cannot be waived; the cross-document one can.
    expectError(await waive(u, id, a.id, "sbom-missing-dependency"), 422, "finding_not_found");
    const w = await waive(u, id, a.id, "trace-inconsistent");
    expect(w.status).toBe(200);
    expect(w.roundTrips).toBe(1);
    expect(w.json.waiver).toMatchObject({
      ruleId: "trace-inconsistent",
      phase: "spec",
      artifactName: "traceability.json",
    });
    expect((await advance(u, id, "spec")).status).toBe(200);
  });

  it("dependencies: a dependency missing from the SBOM (cross-document, located in sbom.json); fixed by a new proposal", async () => {
    const { u, id } = await projectIn("dependencies");
    const good = fixture("dependencies", "dependency-proposal.json");
    await put(
      u,
      id,
      "dependencies",
      "dependency-proposal.json",
      replaceOnce(good, '"name": "zod", "version": "4.1.5"', '"name": "zod", "version": "4.1.6"'),
    );
    await reapprove(u, id, "dependencies");
    await expectRefused(u, id, "dependencies", [
      {
        path: "dependencies/sbom.json",
        message: "finding_unwaived sbom-missing-dependency: sbom.json: dependencies that are not components: zod@4.1.6",
      },
    ]);
    await put(u, id, "dependencies", "dependency-proposal.json", good);
    await reapprove(u, id, "dependencies");
    expect((await advance(u, id, "dependencies")).status).toBe(200);
  });

  it("solutioning → done: a task names a requirement PRD.md does not define; a waiver, then a fix", async () => {
    const { u, id } = await projectIn("solutioning");
    const good = fixture("solutioning", "tasks.md");
    const a = await put(
      u,
      id,
      "solutioning",
      "tasks.md",
      replaceOnce(good, "Implements REQ-LOAN-003.", "Implements REQ-LOAN-003 and REQ-LOAN-009."),
    );
    await expectRefused(u, id, "solutioning", [
      {
        path: "solutioning/tasks.md",
        message: "finding_unwaived trace-undefined: tasks.md: PRD.md does not define REQ-LOAN-009",
      },
    ]);
    expect((await waive(u, id, a.id, "trace-undefined")).status).toBe(200);
    expect((await call(u, "GET", `/api/projects/${id}/progress`)).json.blockers).toEqual([]);
    expect((await advance(u, id, "solutioning")).status).toBe(200);
    expect((await stored(id))?.phase).toBe("done");
  });

  it("entering done answers for every phase: a document broken after its phase was left, or contradicted later", async () => {
    const { u, id } = await projectIn("solutioning");
    // An analysis document replaced by a broken version, and data-model.md naming an undefined requirement.
    const brief = fixture("analysis", "project-brief.md");
    await put(u, id, "analysis", "project-brief.md", replaceOnce(brief, "## Scope", "## Range"));
    // A broken analysis document whose finding is waived: not listed, not blocking.
    const constitution = fixture("analysis", "constitution.md");
    const c = await put(u, id, "analysis", "constitution.md", replaceOnce(constitution, "project: Shelfshare\n", ""));
    expect((await waive(u, id, c.id, "frontmatter-key")).status).toBe(200);
    const model = fixture("spec", "data-model.md");
    const undefinedRef = replaceOnce(model, "REQ-LOAN-003", "REQ-LOAN-003 and REQ-LOAN-042");
    await put(u, id, "spec", "data-model.md", undefinedRef);
    await expectRefused(u, id, "solutioning", [
      {
        path: "analysis/project-brief.md",
        message: 'finding_unwaived section-missing: project-brief.md: missing section "## Scope"',
      },
      {
        path: "spec/data-model.md",
        message: "finding_unwaived trace-undefined: data-model.md: PRD.md does not define REQ-LOAN-042",
      },
    ]);
    await put(u, id, "analysis", "project-brief.md", brief);
    await put(u, id, "spec", "data-model.md", model);
    expect((await advance(u, id, "solutioning")).status).toBe(200);
  });
});

describe("determinism", () => {
  it("the same documents, uploaded to two projects in different orders, give the same findings, status, score and traceability", async () => {
    const u = await signedInUser();
    const broken = SPEC_SET.map((a) =>
      a.name === "tasks.md"
        ? { ...a, content: replaceOnce(a.content, "Implements REQ-LOAN-003.", "Implements REQ-LOAN-009.") }
        : a.name === "personas.md"
          ? { ...a, content: replaceOnce(a.content, "## Personas\n", "## Personas\n\nTBD: one more.\n") }
          : a,
    );
    const upload = async (set: typeof broken, oneByOne: boolean) => {
      const p = await createProject(u);
      if (oneByOne) for (const a of set) await put(u, p.id, a.phase, a.name, a.content);
      else {
        const r = await call(u, "POST", `/api/projects/${p.id}/artifacts/batch`, { artifacts: set });
        expect(r.status).toBe(201);
      }
      return p.id;
    };
    const first = await upload(broken, false);
    const second = await upload([...broken].reverse(), true);
    const view = async (id: string) => {
      const list = await call(u, "GET", `/api/projects/${id}/artifacts`);
      const trace = await call(u, "GET", `/api/projects/${id}/traceability`);
      const progress = await call(u, "GET", `/api/projects/${id}/progress`);
      return {
        artifacts: list.json.items.map((x: Record<string, unknown>) => ({
          phase: x.phase,
          name: x.name,
          validationStatus: x.validationStatus,
          validationErrors: x.validationErrors,
          qualityScore: x.qualityScore,
          traceIds: x.traceIds,
          contentHash: x.contentHash,
        })),
        trace: trace.json,
        blockers: progress.json.blockers,
        traceability: progress.json.traceability,
      };
    };
    const a = await view(first);
    const b = await view(second);
    expect(b).toEqual(a);
    // Not vacuous: the set has findings, errors and a cross-document error, and a score below 100.
    expect(a.trace.findings.map((f: { ruleId: string }) => f.ruleId)).toContain("trace-undefined");
    expect(a.artifacts.some((x: { validationStatus: string }) => x.validationStatus === "warn")).toBe(true);
    expect(a.trace.score).toBeLessThan(100);
    expect(a.artifacts).toHaveLength(SPEC_SET.length);
  });
});
