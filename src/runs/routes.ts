// Generation runs over HTTP: start, list, read, pause, resume, cancel. Open to API keys:
// reads with projects:read, start/pause/resume/cancel with runs:write (the MCP run tools). The run's state
// lives in Postgres (the generator worker keeps it current), so every read is one round trip; the
// Workflow instance (id = run id) is created and woken through the GENERATION binding.
import { z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { authed } from "../platform/auth/session";
import { RUN_TOKEN_BUDGET_CEILING, RUN_TOKEN_BUDGET_MIN } from "../platform/config";
import {
  type ChangeRequestStatus,
  generationRuns,
  PHASES,
  PROPOSING_STATUSES,
  RUN_STATUSES,
  type RunStatus,
} from "../platform/db/schema";
import type { AppEnv } from "../platform/http/context";
import { ApiError, notFound } from "../platform/http/errors";
import { answerClaim, readRecordedRows, replayWith } from "../platform/http/idempotency";
import { router } from "../platform/http/openapi-router";
import { defineRoute, type Handler, jsonBody, jsonResponse } from "../platform/http/route";
import { lockOwner, onProject, PhaseSchema, ProjectParams, projectExists, projectNotFound } from "../projects";
import {
  activeRun,
  activeRunCount,
  changeRequestForRun,
  findRun,
  listRuns,
  type RunRow,
  runFields,
  startAllowance,
  startRun,
  transitionRun,
} from "./queries";
import { generationBinding, RESUME_EVENT, type RunParams } from "./workflow-binding";

const RunSchema = z
  .object({
    id: z.uuid(),
    projectId: z.uuid(),
    status: z.enum(RUN_STATUSES),
    targetPhase: PhaseSchema,
    changeRequestId: z.uuid().nullable().openapi({
      description: "The change request a scoped run drafts proposals for (docs/change-requests.md); null: a phase run",
    }),
    phase: z.enum(PHASES).nullable().openapi({ description: "The phase it is on (null before the first step)" }),
    artifact: z.string().nullable().openapi({ description: "The artifact it is drafting or waiting on" }),
    produced: z.array(z.object({ phase: PhaseSchema, name: z.string(), version: z.number().int() })),
    tokensIn: z.number().int(),
    tokensOut: z.number().int(),
    costUsd: z.number().openapi({ description: "USD so far, from the model's price (numeric(12,6))" }),
    tokenBudget: z.number().int(),
    lastError: z
      .object({
        code: z.string(),
        message: z.string(),
        artifact: z.string().optional(),
        findings: z.array(z.unknown()).optional(),
      })
      .nullable(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
    finishedAt: z.iso.datetime().nullable(),
  })
  .openapi("GenerationRun");

function runJson({ userId: _user, costUsd, createdAt, updatedAt, finishedAt, ...row }: RunRow) {
  return {
    ...row,
    costUsd: Number(costUsd),
    createdAt: createdAt.toISOString(),
    updatedAt: updatedAt.toISOString(),
    finishedAt: finishedAt?.toISOString() ?? null,
  };
}

export const RunParamsSchema = ProjectParams.extend({
  runId: z.uuid().openapi({ param: { name: "runId", in: "path" } }),
});

export const StartBody = z
  .object({
    targetPhase: PhaseSchema.default("done").openapi({ description: "Where the run stops (default done)" }),
    tokenBudget: z.number().int().min(RUN_TOKEN_BUDGET_MIN).max(RUN_TOKEN_BUDGET_CEILING).optional().openapi({
      description:
        "Tokens (in + out) the run may spend; default GENERATION_TOKEN_BUDGET. More than GENERATION_MAX_TOKEN_BUDGET is refused (400); the run gets at most what the account's month has left (GENERATION_MONTHLY_TOKENS)",
    }),
    changeRequestId: z.uuid().optional().openapi({
      description:
        "A scoped run: drafts only the change request's affected documents as its proposals (docs/change-requests.md, Scoped runs); the change request must be draft or in_review",
    }),
  })
  .openapi("StartRun", { example: { targetPhase: "done" } });

const runResponse = (description: string) => jsonResponse(description, z.object({ run: RunSchema }));

const startRoute = defineRoute({
  operationId: "startRun",
  description:
    "Starts a generation run that drafts the project's documents from the current phase to `targetPhase`, or, with `changeRequestId`, only the change request's affected documents as its proposals; it proceeds in the background (202). Needs a session or an API key with `runs:write`; one active run per project.",
  tags: ["runs"],
  summary: "Start a generation run from the current phase to targetPhase (one active run per project)",
  method: "post",
  path: "/api/projects/{id}/runs",
  access: onProject("project:write"),
  roundTrips: 1,
  auth: { scopes: ["runs:write"] },
  request: { params: ProjectParams, body: jsonBody(StartBody) },
  responses: { 202: runResponse("The run, queued") },
  errors: [
    "not_found",
    "validation_failed",
    "email_unverified",
    "quota_exceeded",
    "run_active",
    "run_limit_reached",
    "change_request_state",
    "server_misconfigured",
  ],
  // The replay answers the run as queued; it does not create the Workflow instance again.
  idempotent: replayWith(
    (db, at) => ({ run: readRecordedRows(db, at, "run", generationRuns, runFields) }),
    ({ run: [run] }) => run && { run: runJson(run) },
  ),
});

const listRoute = defineRoute({
  operationId: "listRuns",
  description:
    "Lists the project's generation runs, newest first (at most 100). Needs a session or an API key with `projects:read`.",
  tags: ["runs"],
  summary: "The project's generation runs, newest first (at most 100)",
  method: "get",
  path: "/api/projects/{id}/runs",
  access: onProject("project:read"),
  roundTrips: 1,
  auth: { scopes: ["projects:read"] },
  request: { params: ProjectParams },
  responses: { 200: jsonResponse("Runs", z.object({ items: z.array(RunSchema) })) },
  errors: ["not_found"],
});

const getRoute = defineRoute({
  operationId: "getRun",
  description:
    "Returns one generation run: its status, the phase and artifact it is on, the versions it produced, tokens, cost and last error. Needs a session or an API key with `projects:read`.",
  tags: ["runs"],
  summary: "One run: status, phase and artifact it is on, produced versions, tokens, cost, last error",
  method: "get",
  path: "/api/projects/{id}/runs/{runId}",
  access: onProject("project:read"),
  roundTrips: 1,
  auth: { scopes: ["projects:read"] },
  request: { params: RunParamsSchema },
  responses: { 200: runResponse("The run") },
  errors: ["not_found"],
});

/** pause / resume / cancel: which states each leaves from, where it goes. */
const ACTIONS = {
  pause: { from: ["queued", "running", "waiting_for_approval"], to: "paused" },
  resume: { from: ["paused", "needs_attention"], to: "running" },
  cancel: { from: ["queued", "running", "waiting_for_approval", "needs_attention", "paused"], to: "cancelled" },
} as const satisfies Record<string, { from: readonly RunStatus[]; to: RunStatus }>;
type Action = keyof typeof ACTIONS;

const actionRoute = (action: Action, summary: string, description: string) =>
  defineRoute({
    operationId: `${action}Run`,
    tags: ["runs"],
    summary,
    description,
    method: "post",
    path: `/api/projects/{id}/runs/{runId}/${action}`,
    access: onProject("project:write"),
    roundTrips: 1,
    auth: { scopes: ["runs:write"] },
    request: { params: RunParamsSchema },
    responses: { 200: runResponse("The run, moved") },
    errors: ["not_found", "run_state"],
  });

const pauseRoute = actionRoute(
  "pause",
  "Pause the run: it stops before its next step",
  "Pauses a queued, running or waiting run before its next step; `resume` continues it. Needs a session or an API key with `runs:write`.",
);
const resumeRoute = actionRoute(
  "resume",
  "Resume a paused run, or one that needs attention (after a person fixed the artifact it named)",
  "Continues a paused run, or one that needs attention once a person has fixed the artifact it named. Needs a session or an API key with `runs:write`.",
);
const cancelRoute = actionRoute(
  "cancel",
  "Cancel the run: it writes nothing more",
  "Stops the run for good: it writes nothing more and cannot be resumed. Needs a session or an API key with `runs:write`.",
);

const runNotFound = () => notFound("run");

async function act(c: Context<AppEnv>, action: Action, id: string, runId: string) {
  const { from, to } = ACTIONS[action];
  const { results } = await authed(c, ({ userId }) => ({
    moved: transitionRun(c.var.db, userId, id, runId, from, to),
    current: findRun(c.var.db, userId, id, runId),
  }));
  const row = results.moved[0];
  if (!row) {
    const current = results.current[0];
    if (!current) throw runNotFound();
    throw new ApiError("run_state", `the run is ${current.status}; ${action} needs one of: ${from.join(", ")}`);
  }
  const binding = generationBinding(c.env); // unbound: server_misconfigured, not swallowed below
  // The row is the truth the workflow reads between steps; the instance is told so it reacts now.
  // The row has moved already: an instance the engine no longer has (cancel's way out of a run whose
  // state was lost, or one already finished) is logged, not a 500.
  try {
    const instance = await binding.get(row.id);
    if (action === "resume") await instance.sendEvent({ type: RESUME_EVENT, payload: {} });
    if (action === "cancel") await instance.terminate();
  } catch (err) {
    console.error(
      JSON.stringify({
        level: action === "cancel" ? "warn" : "error",
        event: "run_signal_failed",
        action,
        runId: row.id,
        requestId: c.get("requestId"),
        error: err instanceof Error ? `${err.name}: ${err.message}` : "unknown error",
      }),
    );
  }
  return c.json({ run: runJson(row) }, 200);
}

/** 404 when the change request is not the project's (or not the caller's), 409 when it takes no proposals. */
function scopable(cr: { status: ChangeRequestStatus } | undefined) {
  if (!cr) throw notFound("change request");
  if (!PROPOSING_STATUSES.includes(cr.status)) {
    throw new ApiError(
      "change_request_state",
      `the change request is ${cr.status}: a scoped run drafts proposals while it is draft or in_review`,
    );
  }
}

/**
 * Inserts the run as queued, unless a reason refuses it (read in the same batch), then creates its
 * Workflow instance.
 */
const startRunHandler: Handler<typeof startRoute> = async (c) => {
  const { id } = c.req.valid("param");
  const body = c.req.valid("json");
  const binding = generationBinding(c.env);
  const {
    GENERATION_TOKEN_BUDGET: defaultBudget,
    GENERATION_MAX_TOKEN_BUDGET: maxBudget,
    GENERATION_MONTHLY_TOKENS: monthlyTokens,
    GENERATION_MAX_ACTIVE_RUNS: maxActive,
  } = c.var.config;
  // Refused rather than lowered: a client that asked for more should learn the server's maximum.
  if (body.tokenBudget !== undefined && body.tokenBudget > maxBudget) {
    throw new ApiError("validation_failed", `tokenBudget may be at most ${maxBudget} tokens`, {
      issues: [{ path: "tokenBudget", message: `must be at most ${maxBudget} (GENERATION_MAX_TOKEN_BUDGET)` }],
    });
  }
  const { results } = await authed(c, ({ userId }) => ({
    // The owner's row lock: concurrent starts take turns, so each counts the others' runs and tokens.
    lock: lockOwner(c.var.db, userId),
    active: activeRun(c.var.db, userId, id),
    activeCount: activeRunCount(c.var.db, userId),
    allowance: startAllowance(c.var.db, userId),
    // A scoped run's change request: why a refused start was refused (its insert checks the same).
    ...(body.changeRequestId ? { changeRequest: changeRequestForRun(c.var.db, userId, id, body.changeRequestId) } : {}),
    started: startRun(
      c.var.db,
      userId,
      id,
      {
        targetPhase: body.targetPhase,
        tokenBudget: body.tokenBudget ?? defaultBudget,
        maxActive,
        monthlyTokens,
        changeRequestId: body.changeRequestId,
      },
      answerClaim(c, userId),
    ),
  }));
  const run = results.started[0];
  if (!run) {
    const allowance = results.allowance[0];
    if (allowance && !allowance.emailVerified) {
      throw new ApiError("email_unverified", "verify your email address before starting generation runs");
    }
    if ("changeRequest" in results)
      scopable((results.changeRequest as Awaited<ReturnType<typeof changeRequestForRun>>)[0]);
    const active = results.active[0];
    if (active) throw new ApiError("run_active", `the project has an active run: ${active.id} (${active.status})`);
    if ((results.activeCount[0]?.n ?? 0) >= maxActive) {
      throw new ApiError(
        "run_limit_reached",
        `you have ${maxActive} active runs, the most allowed; finish or cancel one`,
      );
    }
    const used = Number(allowance?.used ?? 0);
    const reserved = Number(allowance?.reserved ?? 0);
    if (allowance && monthlyTokens - used - reserved < RUN_TOKEN_BUDGET_MIN) {
      throw new ApiError(
        "quota_exceeded",
        `the account's generation tokens for this month are used up: ${used} spent and ${reserved} reserved by active runs, of ${monthlyTokens}`,
        {
          issues: [
            {
              path: "monthlyTokens",
              message: `${used + reserved} of ${monthlyTokens} tokens this month (UTC) used or reserved: ${used} spent, ${reserved} reserved by active runs; a run needs at least ${RUN_TOKEN_BUDGET_MIN}`,
            },
          ],
        },
      );
    }
    throw projectNotFound();
  }
  const params: RunParams = { runId: run.id };
  await binding.create({ id: run.id, params });
  return c.json({ run: runJson(run) }, 202);
};

const listRunsHandler: Handler<typeof listRoute> = async (c) => {
  const { id } = c.req.valid("param");
  const { results } = await authed(c, ({ userId }) => ({
    exists: projectExists(c.var.db, userId, id),
    runs: listRuns(c.var.db, userId, id),
  }));
  if (!results.exists[0]) throw projectNotFound();
  return c.json({ items: results.runs.map(runJson) }, 200);
};

const getRun: Handler<typeof getRoute> = async (c) => {
  const { id, runId } = c.req.valid("param");
  const { results } = await authed(c, ({ userId }) => ({ run: findRun(c.var.db, userId, id, runId) }));
  const row = results.run[0];
  if (!row) throw runNotFound();
  return c.json({ run: runJson(row) }, 200);
};

const pauseRun: Handler<typeof pauseRoute> = (c) => {
  const { id, runId } = c.req.valid("param");
  return act(c, "pause", id, runId);
};

const resumeRun: Handler<typeof resumeRoute> = (c) => {
  const { id, runId } = c.req.valid("param");
  return act(c, "resume", id, runId);
};

const cancelRun: Handler<typeof cancelRoute> = (c) => {
  const { id, runId } = c.req.valid("param");
  return act(c, "cancel", id, runId);
};

export const runRoutes = router()
  .openapi(startRoute, startRunHandler)
  .openapi(listRoute, listRunsHandler)
  .openapi(getRoute, getRun)
  .openapi(pauseRoute, pauseRun)
  .openapi(resumeRoute, resumeRun)
  .openapi(cancelRoute, cancelRun);
