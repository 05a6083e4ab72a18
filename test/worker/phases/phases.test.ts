import { describe, expect, it } from "vitest";
import { PHASES, type Phase } from "../../../src/platform/db/schema";
import { fixture } from "../../shared/spec-fixtures";
import { api, backend, call, expectError, jsonInit, signedInUser, sql } from "../helpers";
import { createProject, STACK_OPTION, uploadPhaseDocs } from "../project-fixtures";

describe("the phase machine", () => {
  it("full journey to done: gates refused, then approved; history, progress; one round trip each", async () => {
    const u = await signedInUser();
    const p = await createProject(u, "Journey");
    const post = async (path: string, body?: object) => call(u, "POST", `/api/projects/${p.id}${path}`, body ?? {});
    // Each phase's passing documents first: leaving a phase needs them (the artifacts gate).
    const step = async (from: Phase, figures: object = {}) => {
      await uploadPhaseDocs(u, p.id, from);
      const r = await post("/phases/advance", { expectedPhase: from, ...figures });
      expect(r.status).toBe(200);
      expect(r.roundTrips).toBe(1);
      return r.json;
    };

    // Approvals outside their phase: 409 naming the phase.
    const early = await post("/stack/approve", { stackChoice: "custom" });
    expectError(early, 409, "wrong_phase");
    expect(early.json.error.message).toContain('"stack_selection"');
    expect(early.roundTrips).toBe(1);
    expectError(await post("/dependencies/approve"), 409, "wrong_phase");

    const first = await step("analysis", {
      artifactsGenerated: ["constitution.md", "project-brief.md"],
      validationPassed: true,
      tokensUsed: 1200,
      costEstimateUsd: 0.0123,
    });
    expect(first.project.currentPhase).toBe("stack_selection");
    expect(first.project.phasesCompleted).toEqual(["analysis"]);
    expect(first.transition).toMatchObject({
      fromPhase: "analysis",
      toPhase: "stack_selection",
      artifactsGenerated: ["constitution.md", "project-brief.md"],
      validationPassed: true,
      tokensUsed: 1200,
      costEstimateUsd: 0.0123, // a number both ways, not a string
      transitionedBy: u.id,
    });

    // Gate not met: 409 naming the missing approval; nothing moved, no history row.
    await uploadPhaseDocs(u, p.id, "stack_selection");
    const refused = await post("/phases/advance", { expectedPhase: "stack_selection" });
    expectError(refused, 409, "approval_required");
    expect(refused.json.error.message).toContain("stack approval");
    expect(refused.roundTrips).toBe(1);
    const approved = await post("/stack/approve", { stackChoice: "nextjs_neon_drizzle_betterauth" });
    expect(approved.status).toBe(200);
    expect(approved.roundTrips).toBe(1);
    expect(approved.json.project).toMatchObject({ stackApproved: true, stackChoice: "nextjs_neon_drizzle_betterauth" });
    expectError(await post("/stack/approve", { stackChoice: "" }), 400, "validation_failed");
    await step("stack_selection");
    await step("spec");
    await uploadPhaseDocs(u, p.id, "dependencies");
    const depsRefused = await post("/phases/advance", { expectedPhase: "dependencies" });
    expectError(depsRefused, 409, "approval_required");
    expect(depsRefused.json.error.message).toContain("dependencies approval");
    const deps = await post("/dependencies/approve");
    expect(deps.status).toBe(200);
    expect(deps.roundTrips).toBe(1);
    expect(deps.json.project.dependenciesApproved).toBe(true);
    await step("dependencies");
    const last = await step("solutioning");
    expect(last.project.currentPhase).toBe("done");
    expect(last.project.phasesCompleted).toEqual(PHASES.slice(0, -1));

    const final = await post("/phases/advance", { expectedPhase: "done" });
    expectError(final, 409, "phase_final");
    // The stack can no longer be re-approved once its phase is left.
    expectError(await post("/stack/approve", { stackChoice: "custom" }), 409, "wrong_phase");

    const history = await call(u, "GET", `/api/projects/${p.slug}/phases/history`);
    expect(history.status).toBe(200);
    expect(history.roundTrips).toBe(1);
    expect(history.json.items.map((h: { fromPhase: string; toPhase: string }) => [h.fromPhase, h.toPhase])).toEqual(
      PHASES.slice(0, -1).map((f, i) => [f, PHASES[i + 1]]),
    );
    const times = history.json.items.map((h: { transitionedAt: string }) => h.transitionedAt);
    expect([...times].sort()).toEqual(times);

    const progress = await call(u, "GET", `/api/projects/${p.id}/progress`);
    expect(progress.status).toBe(200);
    expect(progress.roundTrips).toBe(1);
    expect(progress.json).toMatchObject({
      currentPhase: "done",
      percentComplete: 100,
      gates: { stack: { approved: true, choice: "nextjs_neon_drizzle_betterauth" }, dependencies: { approved: true } },
    });
  });

  it("stackChoice is one of the scorecard's options, or an override with a reason recorded in the history", async () => {
    const u = await signedInUser();
    const p = await createProject(u);
    const approve = (body: object) => call(u, "POST", `/api/projects/${p.id}/stack/approve`, body);
    const stored = async () =>
      (await sql.query(
        "select stack_approved, stack_choice, stack_override_reason, stack_approved_by from projects where id = $1",
        [p.id],
      )) as unknown[];
    const untouched = [
      { stack_approved: false, stack_choice: null, stack_override_reason: null, stack_approved_by: null },
    ];
    await uploadPhaseDocs(u, p.id, "analysis");
    expect((await call(u, "POST", `/api/projects/${p.id}/phases/advance`, { expectedPhase: "analysis" })).status).toBe(
      200,
    );

    // No scorecard yet: nothing is an option.
    const none = await approve({ stackChoice: STACK_OPTION });
    expectError(none, 422, "stack_not_offered");
    expect(none.json.error.message).toContain("no readable scorecard");
    expect(await stored()).toEqual(untouched);

    // A value the scorecard does not offer: refused in one round trip naming the options; nothing recorded.
    await uploadPhaseDocs(u, p.id, "stack_selection");
    const other = await approve({ stackChoice: "django_postgres" });
    expectError(other, 422, "stack_not_offered");
    expect(other.roundTrips).toBe(1);
    expect(other.json.error.message).toContain('"django_postgres"');
    expect(other.json.error.message).toContain('"nextjs_neon_drizzle_betterauth", "rails_postgres", "firebase"');
    expect(await stored()).toEqual(untouched);
    // A scorecard jsonb cannot read (JSON.parse takes \u0000, Postgres refuses it): refused as unreadable, not a 500.
    const scorecard = fixture("stack_selection", "stack-scorecard.json").replace('"Firebase"', '"Fire\\u0000base"');
    const unreadable = { phase: "stack_selection", name: "stack-scorecard.json", content: scorecard };
    expect((await call(u, "POST", `/api/projects/${p.id}/artifacts`, unreadable)).status).toBe(201);
    const refused = await approve({ stackChoice: STACK_OPTION });
    expectError(refused, 422, "stack_not_offered");
    expect(refused.json.error.message).toContain("no readable scorecard");
    await uploadPhaseDocs(u, p.id, "stack_selection");
    // An empty reason is no override.
    expectError(await approve({ stackChoice: "django_postgres", override: { reason: " " } }), 400, "validation_failed");

    // Overridden with a reason: approved, the reason on the project and, once the phase is left, in its history.
    const reason = "The client's hosting contract requires Django";
    const overridden = await approve({ stackChoice: "django_postgres", override: { reason } });
    expect(overridden.status).toBe(200);
    expect(overridden.roundTrips).toBe(1);
    expect(overridden.json.project).toMatchObject({ stackChoice: "django_postgres", stackOverrideReason: reason });

    // A later approval of an option clears the override; overriding again sets it.
    const option = await approve({ stackChoice: "rails_postgres" });
    expect(option.json.project).toMatchObject({ stackChoice: "rails_postgres", stackOverrideReason: null });
    expect((await approve({ stackChoice: "django_postgres", override: { reason } })).status).toBe(200);

    expect(
      (await call(u, "POST", `/api/projects/${p.id}/phases/advance`, { expectedPhase: "stack_selection" })).status,
    ).toBe(200);
    const history = await call(u, "GET", `/api/projects/${p.id}/phases/history`);
    expect(
      history.json.items.map((h: { fromPhase: string; stackOverrideReason: string | null }) => [
        h.fromPhase,
        h.stackOverrideReason,
      ]),
    ).toEqual([
      ["analysis", null],
      ["stack_selection", reason],
    ]);
  });

  it("a stale expectedPhase is 409 naming the current phase; invalid bodies are 400", async () => {
    const u = await signedInUser();
    const p = await createProject(u);
    const r = await call(u, "POST", `/api/projects/${p.id}/phases/advance`, { expectedPhase: "spec" });
    expectError(r, 409, "phase_mismatch");
    expect(r.json.error.message).toContain('"analysis"');
    for (const body of [
      {},
      { expectedPhase: "launch" },
      { expectedPhase: "analysis", tokensUsed: -1 },
      { expectedPhase: "analysis", costEstimateUsd: "x" },
    ]) {
      expectError(await call(u, "POST", `/api/projects/${p.id}/phases/advance`, body), 400, "validation_failed");
    }
    expect(await sql.query("select count(*)::int as n from phase_history where project_id = $1", [p.id])).toEqual([
      { n: 0 },
    ]);
  });

  it(`two concurrent advances: exactly one 200, the other 409, one history row (${backend})`, async () => {
    const u = await signedInUser();
    for (let round = 0; round < 3; round++) {
      const p = await createProject(u);
      await uploadPhaseDocs(u, p.id, "analysis");
      const [a, b] = await Promise.all(
        [0, 1].map(() => call(u, "POST", `/api/projects/${p.id}/phases/advance`, { expectedPhase: "analysis" })),
      );
      expect([a!.status, b!.status].sort()).toEqual([200, 409]);
      expect([a, b].find((r) => r!.status === 409)!.json.error.code).toBe("phase_mismatch");
      const rows = (await sql.query("select from_phase, to_phase from phase_history where project_id = $1", [
        p.id,
      ])) as unknown[];
      expect(rows).toEqual([{ from_phase: "analysis", to_phase: "stack_selection" }]);
      const [proj] = (await sql.query("select current_phase, phases_completed from projects where id = $1", [
        p.id,
      ])) as {
        current_phase: string;
        phases_completed: string[];
      }[];
      expect(proj).toEqual({ current_phase: "stack_selection", phases_completed: ["analysis"] });
    }
  });

  it("history takes an inclusive from/to range", async () => {
    const u = await signedInUser();
    const p = await createProject(u);
    await uploadPhaseDocs(u, p.id, "analysis");
    await call(u, "POST", `/api/projects/${p.id}/phases/advance`, { expectedPhase: "analysis" });
    await uploadPhaseDocs(u, p.id, "stack_selection");
    await call(u, "POST", `/api/projects/${p.id}/stack/approve`, { stackChoice: STACK_OPTION });
    await call(u, "POST", `/api/projects/${p.id}/phases/advance`, { expectedPhase: "stack_selection" });
    await sql.query(
      "update phase_history set transitioned_at = '2030-01-01T00:00:00Z' where project_id = $1 and from_phase = 'analysis'",
      [p.id],
    );
    await sql.query(
      "update phase_history set transitioned_at = '2030-02-01T00:00:00Z' where project_id = $1 and from_phase = 'stack_selection'",
      [p.id],
    );
    const from = async (qs: string) =>
      (await call(u, "GET", `/api/projects/${p.id}/phases/history?${qs}`)).json.items.map(
        (h: { fromPhase: string }) => h.fromPhase,
      );
    expect(await from("")).toEqual(["analysis", "stack_selection"]);
    expect(await from("from=2030-01-15T00:00:00Z")).toEqual(["stack_selection"]);
    expect(await from("to=2030-01-01T00:00:00Z")).toEqual(["analysis"]);
    expect(await from("from=2030-01-01T00:00:00Z&to=2030-02-01T00:00:00Z")).toEqual(["analysis", "stack_selection"]);
    expect(await from("from=2031-01-01T00:00:00Z")).toEqual([]);
    expectError(await call(u, "GET", `/api/projects/${p.id}/phases/history?from=soon`), 400, "validation_failed");
    expectError(
      await call(u, "GET", `/api/projects/${p.id}/phases/history?from=2031-01-01T00:00:00Z&to=2030-01-01T00:00:00Z`),
      400,
      "validation_failed",
    );
  });

  it("progress counts the latest artifact versions per phase by validation status", async () => {
    const u = await signedInUser();
    const p = await createProject(u);
    const post = (name: string, content: string, phase = "analysis") =>
      call(u, "POST", `/api/projects/${p.id}/artifacts`, { phase, name, content });
    // The server validates every version: a passing v1, then a failing v2 of the constitution.
    expect((await post("constitution.md", fixture("analysis", "constitution.md"))).json.artifact.validationStatus).toBe(
      "pass",
    );
    await post("constitution.md", "v2");
    await post("project-brief.md", fixture("analysis", "project-brief.md"));
    await post("PRD.md", "prd", "spec");
    const r = await call(u, "GET", `/api/projects/${p.id}/progress`);
    expect(r.status).toBe(200);
    expect(r.roundTrips).toBe(1);
    expect(r.json.currentPhase).toBe("analysis");
    expect(r.json.percentComplete).toBe(0);
    expect(r.json.gates).toEqual({ stack: { approved: false, choice: null }, dependencies: { approved: false } });
    const analysis = r.json.phases.find((x: { phase: string }) => x.phase === "analysis");
    expect(analysis).toEqual({
      phase: "analysis",
      artifacts: 2,
      // Only the latest version of each name counts: the constitution's v2 fails.
      validation: { pending: 0, pass: 1, warn: 0, fail: 1 },
      expectedArtifacts: ["constitution.md", "project-brief.md", "personas.md"],
      missingArtifacts: ["personas.md"],
    });
    expect(r.json.phases.find((x: { phase: string }) => x.phase === "spec").artifacts).toBe(1);
    // What leaving analysis still needs, as a refused advance would list it.
    expect(r.json.blockers.map((b: { path: string }) => b.path)).toEqual([
      "analysis/personas.md",
      ...r.json.blockers.slice(1).map(() => "analysis/constitution.md"),
    ]);
    expect(r.json.blockers[0].message).toMatch(/^artifact_missing: /);
    expect(r.json.phases).toHaveLength(PHASES.length);
  });

  it("a batch that fails after the advance statement leaves nothing half-written", async () => {
    const u = await signedInUser();
    const p = await createProject(u);
    const t = api();
    // Statement 0 is the session check, 1 the advance, 2 the state read: failing before 2 rolls 1 back.
    await t.fault({ failAtStatement: 2, match: "phase_history" });
    const res = await t.request(
      `/api/projects/${p.id}/phases/advance`,
      jsonInit("POST", { expectedPhase: "analysis" }, u.auth),
    );
    // The injected Postgres error is XX000 (internal error): the database is in trouble, 503.
    expect(res.status).toBe(503);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("database_unavailable");
    const [row] = (await sql.query(
      `select current_phase, phases_completed, (select count(*)::int from phase_history where project_id = $1) as h
       from projects where id = $1`,
      [p.id],
    )) as unknown[];
    expect(row).toEqual({ current_phase: "analysis", phases_completed: [], h: 0 });
  });
});
