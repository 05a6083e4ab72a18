// The phase machine over HTTP: approval gates, advancing (one statement: move + history row),
// history and progress. One `authed` batch (one round trip) per request.
import { z } from "@hono/zod-openapi";
import { type SQL, sql } from "drizzle-orm";
import type { Context } from "hono";
import { latestArtifactStatuses, latestTemplateContents, listWaivers } from "../artifacts";
import { audit } from "../audit";
import { TaskProgressSchema, taskIssues, taskProgress } from "../github";
import { authed } from "../platform/auth/session";
import { qualified } from "../platform/db/raw";
import { type Approval, PHASES, type Phase, phaseHistory, projects, VALIDATION_STATUSES } from "../platform/db/schema";
import { KiB } from "../platform/http/body-limit";
import { hasIfMatch, ifMatchCondition, preconditionFailed, quoted } from "../platform/http/conditional";
import type { AppEnv } from "../platform/http/context";
import type { ErrorCode } from "../platform/http/error-catalog";
import { ApiError } from "../platform/http/errors";
import { answerClaim, readRecordedRows, recordedRowJson, replayWith } from "../platform/http/idempotency";
import { router } from "../platform/http/openapi-router";
import { defineRoute, type Handler, jsonBody, jsonResponse } from "../platform/http/route";
import { isoTimestamp } from "../platform/http/timestamps";
import { recordOf } from "../platform/lib/record";
import { sendInBackground } from "../platform/mail/send";
import {
  accessibleProject,
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
import {
  actedNow,
  approverCheck,
  authorMail,
  giveApproval,
  missing,
  notAllowed,
  type ReviewState,
  ReviewStatusSchema,
  reviewStateOf,
  statusJson,
} from "../reviews";
import { activeRun, approvalEventType, generationBinding } from "../runs";
import type { GateItem } from "../spec-engine/types";
import { CoverageByKindSchema, traceabilityOf } from "../templates";
import { webhookEvent } from "../webhooks";
import { gatePassedEvents } from "./events";
import { advanceRefusal, approvalPhase, gateItems, PHASE_TABLE, percentComplete, wrongPhase } from "./gates";
import { decisionMail } from "./mail";
import {
  advancePhase,
  approve,
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

/** The approver check the approve batch reads back (approverCheck). */
type ApproverCheck = {
  currentPhase: Phase;
  policy: Parameters<typeof notAllowed>[1]["policy"];
  qualifies: boolean;
  isAuthor: boolean;
};

/**
 * A refused approval: the project is missing, not in the phase that takes it, or the review policy does not
 * count the caller; undefined when none of these (the statement's own condition refused it).
 */
function approvalRefused(approval: Approval, state: ApproverCheck | undefined) {
  if (!state) return projectNotFound();
  if (state.currentPhase !== approvalPhase(approval)) {
    const refusal = wrongPhase(approval, state.currentPhase);
    return new ApiError(refusal.code, refusal.message);
  }
  if (!state.qualifies) return notAllowed(approval, state);
  return undefined;
}

/**
 * The statements recording an approval at `gate`, all in the approve batch: the approval row, the flag
 * (approve), the explanation of a refusal, the state after, the run to wake, the audit row, the webhook
 * event and the author's address for the decision mail.
 */
function approvalStatements(
  c: Context<AppEnv>,
  userId: SQL,
  id: string,
  gate: Approval,
  extra: { stackChoice?: string; stackOverrideReason?: string | null },
  condition?: SQL,
) {
  const db = c.var.db;
  const project = sql`(select ${qualified(projects.id)} from ${projects} where ${accessibleProject(id, userId, "project:read")})`;
  const workspace = sql`(select ${qualified(projects.workspaceId)} from ${projects} where ${accessibleProject(id, userId, "project:read")})`;
  const happened = sql`exists (select 1 from ${projects} where ${qualified(projects.id)} = ${project} and ${actedNow(gate, userId, "given")})`;
  return {
    given: giveApproval(db, userId, id, gate, condition),
    approved: approve(db, userId, id, gate, extra, answerClaim(c, userId)),
    check: approverCheck(db, userId, id, gate),
    review: reviewStateOf(db, userId, id, gate),
    run: activeRun(db, userId, id),
    audit: audit(c, {
      action: "approval.given",
      actor: userId,
      workspace,
      target: { type: "project", id: project },
      data: { gate },
      when: happened,
    }),
    hook: webhookEvent(c, {
      type: "approval.given",
      workspace,
      data: sql`jsonb_build_object('projectId', ${project}, 'gate', ${gate}::text, 'userId', ${userId})`,
      when: happened,
    }),
    author: authorMail(db, userId, id),
  };
}

/** After an approval: the decision mail to the author (unless opted out), and the run woken once the policy is met. */
async function afterApproval(
  c: Context<AppEnv>,
  gate: Approval,
  review: ReviewState | undefined,
  run: { id: string } | undefined,
  author: { email: string; project: string } | undefined,
) {
  if (author && review)
    sendInBackground(
      c,
      "decision",
      decisionMail(c.var.config.APP_URL, author.email, author.project, gate, review.met, missing(review)),
    );
  if (review?.met) await wakeRun(c, run, gate);
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

const projectResponse = jsonResponse(
  "The project, and the gate's review status after this approval (`review.met`: the gate's approval is given)",
  z.object({ project: ProjectSchema, review: ReviewStatusSchema }),
);

/** An approval's body (the handler's and its replay's). */
const approvedBody = (row: ProjectRow, review: ReviewState) => ({
  project: projectJson(row),
  review: statusJson(review),
});
/** An approval's replay: the project and the review state as the approval left them. */
const approvedReplay = replayWith(
  (db, at) => ({
    project: readRecordedRows(db, at, "project", projects, projectFields),
    review: readRecordedRows(db, at, "review", projects, { row: recordedRowJson as SQL<{ state: ReviewState }> }),
  }),
  ({ project: [row], review: [r] }) => row && r && approvedBody(row, r.row.state),
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
    "Records the caller's approval of the stack (with the chosen technology stack and the versions of the phase's documents); the stack gate is approved once the review policy is met (docs/reviews.md). Needs the project in phase `stack_selection`, the caller an approver under the policy, and a session or an API key with `gates:approve`.",
  tags: ["phases"],
  summary: "Approve the stack (only in phase stack_selection)",
  method: "post",
  path: "/api/projects/{id}/stack/approve",
  access: onProject("project:approve"),
  roundTrips: 1,
  auth: { scopes: ["gates:approve"] },
  request: { params: ProjectParams, body: jsonBody(StackBody) },
  responses: { 200: projectResponse },
  errors: ["not_found", "wrong_phase", "approval_not_allowed", "stack_not_offered"],
  idempotent: approvedReplay,
});

const approveDepsRoute = defineRoute({
  operationId: "approveDependencies",
  description:
    "Records the caller's approval of the dependencies (with the versions of the phase's documents); the dependencies gate is approved once the review policy is met (docs/reviews.md). Needs the project in phase `dependencies`, the caller an approver under the policy, and a session or an API key with `gates:approve`.",
  tags: ["phases"],
  summary: "Approve the dependencies (only in phase dependencies)",
  method: "post",
  path: "/api/projects/{id}/dependencies/approve",
  access: onProject("project:approve"),
  roundTrips: 1,
  auth: { scopes: ["gates:approve"] },
  request: { params: ProjectParams },
  responses: { 200: projectResponse },
  errors: ["not_found", "wrong_phase", "approval_not_allowed"],
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
  bodyLimit: { bytes: 128 * KiB, why: "up to 100 artifact names of 255 characters" },
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
    "Summarises where the project stands: current and completed phases, gates, artifact counts per phase, percent complete and, once tasks are synced to GitHub issues, each task's status. Needs a session or an API key with `projects:read`.",
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
        tasks: TaskProgressSchema.optional(),
      }),
    ),
  },
  errors: ["not_found"],
  // The ETag is a hash of the body (it depends on the project and its artifacts).
  etag: true,
});

/**
 * Records the caller's approval of the stack (and the choice); the flag is set and the project's run waiting
 * at that gate woken once the review policy is met.
 */
const approveStack: Handler<typeof approveStackRoute> = async (c) => {
  const { id } = c.req.valid("param");
  const { stackChoice, override } = c.req.valid("json");
  const stackOverrideReason = override?.reason ?? null;
  const { results } = await authed(c, ({ userId }) => ({
    // Checked in the statement: a scorecard written concurrently is read as the insert sees it.
    ...approvalStatements(
      c,
      userId,
      id,
      "stack",
      { stackChoice, stackOverrideReason },
      override ? undefined : scorecardOffers(stackChoice),
    ),
    options: scorecardOptions(c.var.db, userId, id),
  }));
  const row = results.approved[0];
  const review = results.review[0]?.state;
  if (!row || !review) {
    // In its phase, as an approver, the statement refused the choice (the only other condition).
    throw approvalRefused("stack", results.check[0]) ?? stackNotOffered(stackChoice, results.options[0]?.options ?? []);
  }
  await afterApproval(c, "stack", review, results.run[0], results.author[0]);
  return c.json(approvedBody(row, review), 200);
};

/** Records the caller's approval of the dependencies; flag and run as for the stack. */
const approveDependencies: Handler<typeof approveDepsRoute> = async (c) => {
  const { id } = c.req.valid("param");
  const { results } = await authed(c, ({ userId }) => approvalStatements(c, userId, id, "dependencies", {}));
  const row = results.approved[0];
  const review = results.review[0]?.state;
  if (!row || !review) throw approvalRefused("dependencies", results.check[0]) ?? projectNotFound();
  await afterApproval(c, "dependencies", review, results.run[0], results.author[0]);
  return c.json(approvedBody(row, review), 200);
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
      ...gatePassedEvents(c, userId, id, b.expectedPhase),
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
    // The approval's refusal says what the review policy still misses.
    const review = state.review as ReviewState | null;
    if (refusal.code === "approval_required" && review)
      refusal.message = `${refusal.message}: ${missing(review).join("; ")}`;
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
    tasks: taskIssues(c.var.db, accessibleProject(id, userId, "project:read")),
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
      ...taskProgress(results.tasks),
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
