// The phase machine over HTTP: approval gates, advancing (one statement: move + history row),
// history and progress. One `authed` batch (one round trip) per request.
import { z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { latestArtifactStatuses, latestTemplateContents, listWaivers } from "../artifacts";
import { authed } from "../platform/auth/session";
import { type Approval, PHASES, type Phase, phaseHistory, projects, VALIDATION_STATUSES } from "../platform/db/schema";
import { KiB } from "../platform/http/body-limit";
import { hasIfMatch, ifMatchCondition, preconditionFailed, quoted } from "../platform/http/conditional";
import type { AppEnv } from "../platform/http/context";
import type { ErrorCode } from "../platform/http/error-catalog";
import { ApiError } from "../platform/http/errors";
import { answerClaim, readRecordedRows, replayWith } from "../platform/http/idempotency";
import { router } from "../platform/http/openapi-router";
import { defineRoute, type Handler, jsonBody, jsonResponse } from "../platform/http/route";
import { isoTimestamp } from "../platform/http/timestamps";
import { recordOf } from "../platform/lib/record";
import {
  findProject,
  onProject,
  PhaseSchema,
  ProjectParams,
  type ProjectRow,
  ProjectSchema,
  projectEtag,
  projectExists,
  projectFields,
  projectJson,
  projectNotFound,
  projectTag,
} from "../projects";
import { activeRun, approvalEventType, generationBinding } from "../runs";
import type { GateItem } from "../spec-engine/types";
import { CoverageByKindSchema, traceabilityOf } from "../templates";
import { advanceRefusal, approvalPhase, gateItems, PHASE_TABLE, percentComplete, wrongPhase } from "./gates";
import {
  advancePhase,
  approve,
  currentPhase,
  type HistoryRow,
  historyFields,
  listHistory,
  phaseState,
  SCORECARD,
  scorecardOffers,
  scorecardOptions,
} from "./queries";

/** A gate item as an error issue: path `<phase>/<artifact>`, message `<item code>[ <rule>]: <what>`. */
const gateIssue = (i: GateItem) => ({
  path: i.artifact ? `${i.phase}/${i.artifact}` : i.phase,
  message: `${i.code}${i.ruleId ? ` ${i.ruleId}` : ""}: ${i.message}`,
});

/**
 * The project's active run (if any) goes on past the approval's gate; with no run, nothing to wake.
 * The approval is committed by then: an instance the engine no longer has (its state lost) must not
 * turn it into a 500. The run then stays waiting until cancelled; a new run finds the approval given.
 */
async function wakeRun(c: Context<AppEnv>, run: { id: string } | undefined, gate: Approval) {
  if (!run) return;
  const binding = generationBinding(c.env); // unbound: server_misconfigured, not swallowed below
  try {
    const instance = await binding.get(run.id);
    await instance.sendEvent({ type: approvalEventType(gate), payload: { gate } });
  } catch (err) {
    console.error(
      JSON.stringify({
        level: "error",
        event: "run_wake_failed",
        runId: run.id,
        gate,
        requestId: c.get("requestId"),
        error: err instanceof Error ? `${err.name}: ${err.message}` : "unknown error",
      }),
    );
  }
}

/** A refused approval: the project is missing, or not in the phase that takes it. */
function approvalRefused(approval: Approval, state: { currentPhase: Phase } | undefined) {
  if (!state) return projectNotFound();
  const refusal = wrongPhase(approval, state.currentPhase);
  return new ApiError(refusal.code, refusal.message);
}

/** A stack choice the scorecard does not offer, refused naming the options it does. */
function stackNotOffered(choice: string, options: unknown[]) {
  const offered = options.map((o) => JSON.stringify(o)).join(", ");
  return new ApiError(
    "stack_not_offered",
    `stackChoice ${JSON.stringify(choice)} is not an option of ${SCORECARD.phase}/${SCORECARD.name} ` +
      (options.length > 0 ? `(options: ${offered})` : "(the project has no readable scorecard)") +
      "; choose one, or send override: { reason } to approve it anyway",
  );
}

const HistoryEntrySchema = z
  .object({
    id: z.uuid(),
    fromPhase: PhaseSchema,
    toPhase: PhaseSchema,
    artifactsGenerated: z.array(z.string()),
    validationPassed: z.boolean().nullable(),
    tokensUsed: z.number().int().nullable(),
    costEstimateUsd: z.number().nullable().openapi({ description: "USD, as recorded (numeric(10,4))", example: 0.42 }),
    stackOverrideReason: z.string().nullable().openapi({
      description: "Leaving stack_selection: the reason the stack was approved off the scorecard's options",
    }),
    transitionedBy: z.uuid().nullable(),
    transitionedAt: z.iso.datetime(),
  })
  .openapi("PhaseHistoryEntry");

function historyJson({ transitionedAt, ...row }: HistoryRow & { projectId?: string }) {
  const { projectId: _project, ...fields } = row;
  return { ...fields, transitionedAt: transitionedAt.toISOString() };
}

const projectResponse = jsonResponse("The project", z.object({ project: ProjectSchema }));

/** An approval's body (the handler's and its replay's). */
const approvedBody = (row: ProjectRow) => ({ project: projectJson(row) });
/** An approval's replay: the project as the approval left it. */
const approvedReplay = replayWith(
  (db, at) => ({ project: readRecordedRows(db, at, "project", projects, projectFields) }),
  ({ project: [row] }) => row && approvedBody(row),
);

/** An advance's body (the handler's and its replay's). */
const advancedBody = (project: ProjectRow, transition: HistoryRow) => ({
  project: projectJson(project),
  transition: historyJson(transition),
});

export const StackBody = z.object({
  stackChoice: z.string().trim().min(1).max(100).openapi({
    description:
      "The `id` of one of the options of the project's stack scorecard (stack_selection/stack-scorecard.json, latest version)",
    example: "nextjs_neon_drizzle_betterauth",
  }),
  override: z
    .object({ reason: z.string().trim().min(1).max(2000) })
    .optional()
    .openapi({
      description:
        "Approve a stack that is not a scorecard option: the reason is kept on the project and in the history of leaving stack_selection",
      example: { reason: "The client's hosting contract requires it" },
    }),
});

// Inline in the document (no component name): a defaulted field stays optional in generated clients (docs/client.md).
export const AdvanceBody = z
  .object({
    expectedPhase: PhaseSchema,
    artifactsGenerated: z.array(z.string().min(1).max(255)).max(100).default([]),
    validationPassed: z.boolean().optional(),
    tokensUsed: z.number().int().min(0).max(2_000_000_000).optional(),
    costEstimateUsd: z.number().min(0).max(99_999_999).optional(),
  })
  .openapi({
    example: { expectedPhase: "analysis", artifactsGenerated: ["PRD.md"], tokensUsed: 12000, costEstimateUsd: 0.42 },
  });

const HistoryQuery = z
  .object({ from: isoTimestamp().optional(), to: isoTimestamp().optional() })
  .refine((v) => !v.from || !v.to || Date.parse(v.from) <= Date.parse(v.to), {
    message: "from must not be after to",
    path: ["from"],
  });

const approveStackRoute = defineRoute({
  operationId: "approveStack",
  description:
    "Records the chosen technology stack and approves the stack gate. Needs the project in phase `stack_selection` and a session or an API key with `gates:approve`.",
  tags: ["phases"],
  summary: "Approve the stack (only in phase stack_selection)",
  method: "post",
  path: "/api/projects/{id}/stack/approve",
  access: onProject("project:approve"),
  roundTrips: 1,
  auth: { scopes: ["gates:approve"] },
  request: { params: ProjectParams, body: jsonBody(StackBody) },
  responses: { 200: projectResponse },
  errors: ["not_found", "wrong_phase", "stack_not_offered"],
  idempotent: approvedReplay,
});

const approveDepsRoute = defineRoute({
  operationId: "approveDependencies",
  description:
    "Approves the dependencies gate. Needs the project in phase `dependencies` and a session or an API key with `gates:approve`.",
  tags: ["phases"],
  summary: "Approve the dependencies (only in phase dependencies)",
  method: "post",
  path: "/api/projects/{id}/dependencies/approve",
  access: onProject("project:approve"),
  roundTrips: 1,
  auth: { scopes: ["gates:approve"] },
  request: { params: ProjectParams },
  responses: { 200: projectResponse },
  errors: ["not_found", "wrong_phase"],
  idempotent: approvedReplay,
});

const advanceRoute = defineRoute({
  operationId: "advancePhase",
  description:
    "Moves the project to the next phase and records the transition, provided it is still in `expectedPhase` and that phase's gate is met (409 otherwise, with the unmet conditions). Needs a session or an API key with `projects:write`.",
  tags: ["phases"],
  summary: "Move to the next phase if still in expectedPhase and its gate is met (atomic, recorded)",
  method: "post",
  path: "/api/projects/{id}/phases/advance",
  access: onProject("project:write"),
  roundTrips: 1,
  auth: { scopes: ["projects:write"] },
  // Up to 100 artifact names of 255 characters.
  bodyLimit: 128 * KiB,
  request: { params: ProjectParams, body: jsonBody(AdvanceBody) },
  responses: {
    200: jsonResponse("Advanced", z.object({ project: ProjectSchema, transition: HistoryEntrySchema })),
  },
  errors: ["not_found", "phase_mismatch", "phase_final", "approval_required", "gate_failed", "concurrent_update"],
  ifMatch: true,
  // The replay carries no ETag (the first answer's; read the project for the current one).
  idempotent: replayWith(
    (db, at) => ({
      project: readRecordedRows(db, at, "project", projects, projectFields),
      transition: readRecordedRows(db, at, "transition", phaseHistory, historyFields),
    }),
    ({ project: [project], transition: [transition] }) => project && transition && advancedBody(project, transition),
  ),
});

const historyRoute = defineRoute({
  operationId: "listPhaseHistory",
  description:
    "Lists the project's phase transitions, oldest first, optionally only those within [from, to]. Needs a session or an API key with `projects:read`.",
  tags: ["phases"],
  summary: "Phase transitions, oldest first, optionally within [from, to]",
  method: "get",
  path: "/api/projects/{id}/phases/history",
  access: onProject("project:read"),
  roundTrips: 1,
  auth: { scopes: ["projects:read"] },
  request: { params: ProjectParams, query: HistoryQuery },
  responses: { 200: jsonResponse("History", z.object({ items: z.array(HistoryEntrySchema) })) },
  errors: ["not_found"],
});

const statusCounts = z.object(recordOf(VALIDATION_STATUSES, () => z.number().int()));
const SEVERITIES = ["error", "warning", "info"] as const;
const statusCountsBySeverity = z
  .object(recordOf(SEVERITIES, () => z.number().int()))
  .openapi({ description: "Cross-artifact findings (GET .../traceability) per severity" });
const progressRoute = defineRoute({
  operationId: "getProgress",
  description:
    "Summarises where the project stands: current and completed phases, gates, artifact counts per phase and percent complete. Needs a session or an API key with `projects:read`.",
  tags: ["phases"],
  summary: "Current phase, completed phases, gates, artifact counts per phase, percent complete",
  method: "get",
  path: "/api/projects/{id}/progress",
  access: onProject("project:read"),
  roundTrips: 1,
  auth: { scopes: ["projects:read"] },
  request: { params: ProjectParams },
  responses: {
    200: jsonResponse(
      "Progress",
      z.object({
        currentPhase: PhaseSchema,
        phasesCompleted: z.array(PhaseSchema),
        percentComplete: z.number().int(),
        gates: z.object({
          stack: z.object({ approved: z.boolean(), choice: z.string().nullable() }),
          dependencies: z.object({ approved: z.boolean() }),
        }),
        phases: z.array(
          z.object({
            phase: PhaseSchema,
            artifacts: z.number().int(),
            validation: statusCounts,
            expectedArtifacts: z.array(z.string()),
            missingArtifacts: z.array(z.string()),
          }),
        ),
        blockers: z.array(z.object({ path: z.string(), message: z.string() })).openapi({
          description:
            "What the artifacts and coverage gates of the current phase still refuse (as a gate_failed's issues)",
        }),
        traceability: z.object({
          coverage: CoverageByKindSchema,
          uncovered: z.array(z.string()),
          findings: statusCountsBySeverity,
          score: z.number().int(),
        }),
      }),
    ),
  },
  errors: ["not_found"],
  // The ETag is a hash of the body (it depends on the project and its artifacts).
  etag: true,
});

/** Approves the stack, and wakes the project's run waiting at that gate. */
const approveStack: Handler<typeof approveStackRoute> = async (c) => {
  const { id } = c.req.valid("param");
  const { stackChoice, override } = c.req.valid("json");
  const stackOverrideReason = override?.reason ?? null;
  const { results } = await authed(c, ({ userId }) => ({
    approved: approve(
      c.var.db,
      userId,
      id,
      "stack",
      { stackChoice, stackOverrideReason },
      answerClaim(c, userId),
      // Checked in the statement: a scorecard written concurrently is read as the update sees it.
      override ? undefined : scorecardOffers(stackChoice),
    ),
    state: currentPhase(c.var.db, userId, id),
    options: scorecardOptions(c.var.db, userId, id),
    run: activeRun(c.var.db, userId, id),
  }));
  const row = results.approved[0];
  if (!row) {
    const state = results.state[0];
    // In its phase, the statement refused the choice (the only other condition).
    if (state?.currentPhase === approvalPhase("stack"))
      throw stackNotOffered(stackChoice, results.options[0]?.options ?? []);
    throw approvalRefused("stack", state);
  }
  await wakeRun(c, results.run[0], "stack");
  return c.json(approvedBody(row), 200);
};

/** Approves the dependencies, and wakes the project's run waiting at that gate. */
const approveDependencies: Handler<typeof approveDepsRoute> = async (c) => {
  const { id } = c.req.valid("param");
  const { results } = await authed(c, ({ userId }) => ({
    approved: approve(c.var.db, userId, id, "dependencies", {}, answerClaim(c, userId)),
    state: currentPhase(c.var.db, userId, id),
    run: activeRun(c.var.db, userId, id),
  }));
  const row = results.approved[0];
  if (!row) throw approvalRefused("dependencies", results.state[0]);
  await wakeRun(c, results.run[0], "dependencies");
  return c.json(approvedBody(row), 200);
};

/**
 * Moves the project on when its gate holds (one statement); when it did not move, the same batch's
 * reads say why (missing, precondition, the gate's refusal, or a concurrent change).
 */
const advance: Handler<typeof advanceRoute> = async (c) => {
  const { id } = c.req.valid("param");
  const b = c.req.valid("json");
  const { results } = await authed(c, ({ userId }) => {
    const ifMatch = ifMatchCondition(c, projectEtag);
    return {
      advanced: advancePhase(
        c.var.db,
        userId,
        id,
        { ...b, expected: b.expectedPhase },
        ifMatch,
        answerClaim(c, userId),
      ),
      state: phaseState(c.var.db, userId, id, b.expectedPhase),
      tag: projectTag(c.var.db, userId, id, ifMatch),
      latest: latestArtifactStatuses(c.var.db, userId, id),
      // Every phase's: entering done answers for all of them (gateScope).
      waivers: listWaivers(c.var.db, userId, id),
    };
  });
  const row = results.advanced[0];
  const tag = results.tag[0];
  if (!row || !tag) {
    const state = results.state[0];
    if (!state || !tag) throw projectNotFound();
    if (hasIfMatch(c) && !tag.matches) throw preconditionFailed();
    const data = { latest: results.latest, waivers: results.waivers, coverageThreshold: state.coverageThreshold };
    const refusal: { code: ErrorCode; message: string; items?: GateItem[] } = advanceRefusal(
      { ...state, data },
      b.expectedPhase,
    ) ?? {
      code: "concurrent_update",
      message: "the project changed concurrently; read it and retry",
    };
    throw new ApiError(refusal.code, refusal.message, { issues: refusal.items?.map(gateIssue) });
  }
  c.header("ETag", quoted(tag.etag));
  return c.json(advancedBody(row.project, row.transition), 200);
};

const listPhaseHistory: Handler<typeof historyRoute> = async (c) => {
  const { id } = c.req.valid("param");
  const q = c.req.valid("query");
  const { results } = await authed(c, ({ userId }) => ({
    exists: projectExists(c.var.db, userId, id),
    history: listHistory(c.var.db, userId, id, q),
  }));
  if (!results.exists[0]) throw projectNotFound();
  return c.json({ items: results.history.map(historyJson) }, 200);
};

const getProgress: Handler<typeof progressRoute> = async (c) => {
  const { id } = c.req.valid("param");
  const { results } = await authed(c, ({ userId }) => ({
    project: findProject(c.var.db, userId, id),
    latest: latestArtifactStatuses(c.var.db, userId, id),
    waivers: listWaivers(c.var.db, userId, id),
    documents: latestTemplateContents(c.var.db, userId, id),
  }));
  const row = results.project[0];
  if (!row) throw projectNotFound();
  const project = projectJson(row);
  const trace = traceabilityOf(results.documents, project.coverageThreshold);
  const phases = PHASES.map((phase) => {
    const latest = results.latest.filter((r) => r.phase === phase);
    const present = new Set(latest.map((r) => r.artifactName));
    const expected = PHASE_TABLE[phase].expectedArtifacts;
    return {
      phase,
      artifacts: present.size,
      validation: recordOf(VALIDATION_STATUSES, (s) => latest.filter((r) => r.validationStatus === s).length),
      expectedArtifacts: [...expected],
      missingArtifacts: expected.filter((n) => !present.has(n)),
    };
  });
  return c.json(
    {
      currentPhase: project.currentPhase,
      phasesCompleted: project.phasesCompleted,
      percentComplete: percentComplete(project.currentPhase),
      gates: {
        stack: { approved: project.stackApproved, choice: project.stackChoice },
        dependencies: { approved: project.dependenciesApproved },
      },
      phases,
      blockers: gateItems(project.currentPhase, {
        latest: results.latest,
        waivers: results.waivers,
        coverageThreshold: project.coverageThreshold,
      }).map(gateIssue),
      traceability: {
        coverage: trace.coverage,
        uncovered: trace.uncovered,
        findings: recordOf(SEVERITIES, (s) => trace.findings.filter((f) => f.severity === s).length),
        score: trace.score,
      },
    },
    200,
  );
};

export const phaseRoutes = router()
  .openapi(approveStackRoute, approveStack)
  .openapi(approveDepsRoute, approveDependencies)
  .openapi(advanceRoute, advance)
  .openapi(historyRoute, listPhaseHistory)
  .openapi(progressRoute, getProgress);
