// The change-request lifecycle over HTTP: open (with deltas), list, read (deltas, impact, review and history in
// one round trip), edit while draft, submit, withdraw, reject and approve (the reviews' machinery, gate
// change_request). Merge and rebase are in merge-routes.ts.
import { z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { authed } from "../platform/auth/session";
import {
  type ApiKeyScope,
  CHANGE_REQUEST_EVENT_KINDS,
  CHANGE_REQUEST_STATUSES,
  type ChangeRequestStatus,
  changeRequestDeltas,
  changeRequests,
  DELTA_KINDS,
  PHASES,
} from "../platform/db/schema";
import { MiB } from "../platform/http/body-limit";
import type { AppEnv } from "../platform/http/context";
import type { ErrorCode } from "../platform/http/error-catalog";
import { ApiError, notFound } from "../platform/http/errors";
import { answerClaim, readRecordedRows, replayWith } from "../platform/http/idempotency";
import { router } from "../platform/http/openapi-router";
import { defineRoute, type Handler, jsonBody, jsonResponse } from "../platform/http/route";
import { isPgTimestampText } from "../platform/http/timestamps";
import { onProject, ProjectParams, projectExists, projectNotFound } from "../projects";
import { ReqIdSchema } from "../requirements";
import { deltaTextProblem } from "../spec-engine/requirements";
import { IMPACT_MAX_ROWS, type ImpactRow, impactJson, impactOf } from "./impact";
import {
  approverOf,
  approveStatements,
  changeRequestFields,
  type DeltaInput,
  deltaFields,
  deltaProblems,
  deltasOf,
  editDraft,
  eventsOf,
  findChangeRequest,
  listChangeRequests,
  lockProjectForChange,
  mayReview,
  OPEN_PHASES,
  openChangeRequest,
  transition,
} from "./queries";

/** A change request's body: 50 deltas of title 200, body 4,000 and acceptance 2,000 characters, escaped UTF-8. */
export const CHANGE_REQUEST_BODY_MAX = MiB;
/** Most deltas one change request holds. */
export const DELTAS_MAX = 50;
/** Most history events a read returns. */
export const EVENTS_MAX = 200;
export const CR_PAGE_DEFAULT = 50;
export const CR_PAGE_MAX = 200;

const text = (max: number, description: string) => z.string().max(max).openapi({ description });

export const DeltaSchema = z
  .discriminatedUnion("kind", [
    z.object({
      kind: z.literal("added").openapi({ description: "A new requirement" }),
      reqId: ReqIdSchema,
      title: text(200, "The requirement's title (one line)").min(1),
      body: text(4_000, "Its text, without the acceptance"),
      acceptance: text(2_000, "Its acceptance criteria (written after `Acceptance:`); none when omitted").optional(),
    }),
    z.object({
      kind: z.literal("modified").openapi({ description: "New text for an existing requirement" }),
      reqId: ReqIdSchema,
      baseRevision: z.number().int().positive().openapi({ description: "The revision the new text replaces" }),
      title: text(200, "The requirement's new title (one line)").min(1),
      body: text(4_000, "Its new text, without the acceptance"),
      acceptance: text(2_000, "Its new acceptance criteria; none when omitted").optional(),
    }),
    z.object({
      kind: z.literal("removed").openapi({ description: "An existing requirement taken out (retired)" }),
      reqId: ReqIdSchema,
      baseRevision: z.number().int().positive().openapi({ description: "The revision being removed" }),
      reason: text(2_000, "Why it is removed (kept with the retired revision)").min(1),
    }),
  ])
  .openapi("Delta");

const DeltasSchema = z
  .array(DeltaSchema)
  .max(DELTAS_MAX)
  .openapi({ description: `The deltas, at most ${DELTAS_MAX}, at most one per requirement` });

export const CreateChangeRequestBody = z
  .object({
    title: z.string().min(1).max(200).openapi({ description: "What the change is, in one line" }),
    rationale: z
      .string()
      .max(20_000)
      .optional()
      .openapi({ description: "Why the change is wanted (empty when omitted)" }),
    deltas: DeltasSchema.min(1),
  })
  .openapi("CreateChangeRequest", {
    example: {
      title: "Log out everywhere",
      rationale: "Members share devices.",
      deltas: [
        {
          kind: "modified",
          reqId: "REQ-AUTH-002",
          baseRevision: 1,
          title: "Log in and log out everywhere",
          body: "A member logs in with email and password and can log out of every device at once.",
          acceptance: "after logging out everywhere, none of the member's sessions works.",
        },
      ],
    },
  });

export const UpdateChangeRequestBody = z
  .object({
    title: z.string().min(1).max(200).optional().openapi({ description: "A new title" }),
    rationale: z.string().max(10_000).optional().openapi({ description: "A new rationale" }),
    deltas: DeltasSchema.min(1).optional().openapi({ description: "The deltas, replacing all of them" }),
  })
  .openapi("UpdateChangeRequest", { example: { title: "Log out of every device" } });

export const ChangeRequestParams = ProjectParams.extend({
  crId: z.uuid().openapi({ param: { name: "crId", in: "path" }, description: "The change request's id" }),
});

const DeltaOut = z
  .object({
    position: z.number().int(),
    kind: z.enum(DELTA_KINDS),
    reqId: z.string(),
    baseRevision: z.number().int().nullable(),
    title: z.string().nullable(),
    body: z.string().nullable(),
    acceptance: z.string().nullable(),
    reason: z.string().nullable(),
  })
  .openapi("DeltaRecord");

export const ChangeRequestSchema = z
  .object({
    id: z.uuid(),
    projectId: z.uuid(),
    number: z.number().int().openapi({ description: "Per project, from 1 (CR-<number>)" }),
    title: z.string(),
    rationale: z.string(),
    status: z.enum(CHANGE_REQUEST_STATUSES),
    authorId: z.uuid().nullable(),
    mergedBy: z.uuid().nullable(),
    mergedAt: z.iso.datetime().nullable(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .openapi("ChangeRequest");

const Reason = z.object({ reqId: z.string(), via: z.enum(["defines", "references", "link"]) });
const ImpactSchema = z
  .object({
    documents: z.array(
      z.object({
        phase: z.enum(PHASES),
        name: z.string(),
        artifactId: z.uuid().nullable(),
        version: z.number().int().nullable(),
        reasons: z.array(Reason),
      }),
    ),
    items: z.array(
      z.object({
        kind: z.enum(["operations", "entities", "tasks", "epics"]),
        id: z.string().openapi({ description: "The operation (`METHOD /path`), entity, task or epic" }),
        document: z.string().openapi({ description: "The document that links it" }),
        reasons: z.array(Reason),
      }),
    ),
    truncated: z.boolean().openapi({ description: `More than ${IMPACT_MAX_ROWS} rows: the list is cut` }),
  })
  .openapi("ChangeImpact");

const ReviewSchema = z.object({
  requiredApprovals: z.number().int(),
  have: z.number().int().openapi({ description: "Approvals that count under the policy" }),
  met: z.boolean(),
  source: z.string().openapi({ description: "Where the policy comes from: project, workspace or default" }),
});

const EventSchema = z.object({
  kind: z.enum(CHANGE_REQUEST_EVENT_KINDS),
  actorId: z.uuid().nullable(),
  detail: z.record(z.string(), z.unknown()),
  createdAt: z.iso.datetime(),
});

const DetailSchema = z
  .object({
    changeRequest: ChangeRequestSchema,
    deltas: z.array(DeltaOut),
    impact: ImpactSchema,
    review: ReviewSchema,
    events: z.array(EventSchema),
  })
  .openapi("ChangeRequestDetail");

type CrRow = {
  [K in keyof typeof changeRequestFields]: (typeof changeRequests.$inferSelect)[K];
};

export function changeRequestJson({ mergedAt, createdAt, updatedAt, ...row }: CrRow) {
  return {
    ...row,
    mergedAt: mergedAt?.toISOString() ?? null,
    createdAt: createdAt.toISOString(),
    updatedAt: updatedAt.toISOString(),
  };
}

const withDeltas = (description: string) =>
  jsonResponse(description, z.object({ changeRequest: ChangeRequestSchema, deltas: z.array(DeltaOut) }));

const ERR_DELTAS = ["invalid_delta", "change_request_phase"] as const;

const createRoute = defineRoute({
  operationId: "createChangeRequest",
  tags: ["change-requests"],
  summary: "Open a change request: title, rationale and deltas on the PRD's requirements",
  description:
    "Opens a draft change request on a project in spec or later (done included) with ADDED, MODIFIED and REMOVED deltas; MODIFIED and REMOVED name the revision they are based on. Needs a session or an API key with `artifacts:write`; takes an Idempotency-Key.",
  method: "post",
  path: "/api/projects/{id}/change-requests",
  roundTrips: 1,
  auth: { scopes: ["artifacts:write"] },
  bodyLimit: CHANGE_REQUEST_BODY_MAX,
  access: onProject("project:write"),
  request: { params: ProjectParams, body: jsonBody(CreateChangeRequestBody) },
  responses: { 201: withDeltas("The change request, a draft") },
  errors: ["not_found", ...ERR_DELTAS],
  idempotent: replayWith(
    (db, at) => ({
      changeRequest: readRecordedRows(db, at, "changeRequest", changeRequests, changeRequestFields),
      deltas: readRecordedRows(db, at, "deltas", changeRequestDeltas, deltaFields),
    }),
    ({ changeRequest: [row], deltas }) => row && { changeRequest: changeRequestJson(row), deltas },
  ),
});

export const ListChangeRequestsQuery = z.object({
  status: z.enum(CHANGE_REQUEST_STATUSES).optional().openapi({ description: "Only change requests in this status" }),
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(CR_PAGE_MAX)
    .default(CR_PAGE_DEFAULT)
    .describe(`Most items on one page (1 to ${CR_PAGE_MAX})`),
  cursor: z.string().max(200).optional().openapi({ description: "`nextCursor` of the previous page" }),
});

const listRoute = defineRoute({
  operationId: "listChangeRequests",
  tags: ["change-requests"],
  summary: "The project's change requests, newest first, in keyset pages",
  description:
    "Lists the project's change requests, newest first, optionally of one status; pages are keyed on (createdAt, id). Needs a session or an API key with `projects:read`.",
  method: "get",
  path: "/api/projects/{id}/change-requests",
  roundTrips: 1,
  auth: { scopes: ["projects:read"] },
  access: onProject("project:read"),
  request: { params: ProjectParams, query: ListChangeRequestsQuery },
  responses: {
    200: jsonResponse(
      "A page",
      z.object({ items: z.array(ChangeRequestSchema), nextCursor: z.string().nullable() }).openapi("ChangeRequestPage"),
    ),
  },
  errors: ["not_found", "invalid_cursor"],
});

const getRoute = defineRoute({
  operationId: "getChangeRequest",
  tags: ["change-requests"],
  summary: "One change request: its deltas, its impact, its review and its history",
  description:
    "Returns the change request with its deltas, what they touch (the latest documents referencing each requirement and the operations, entities, tasks and epics linked to it, each with the reason), its review state under the change_request policy and its history. Needs a session or an API key with `projects:read`.",
  method: "get",
  path: "/api/projects/{id}/change-requests/{crId}",
  roundTrips: 1,
  auth: { scopes: ["projects:read"] },
  access: onProject("project:read"),
  request: { params: ChangeRequestParams },
  responses: { 200: jsonResponse("The change request", DetailSchema) },
  errors: ["not_found"],
});

const patchRoute = defineRoute({
  operationId: "updateChangeRequest",
  tags: ["change-requests"],
  summary: "Edit a draft change request: title, rationale, deltas (replaced)",
  description:
    "Changes a draft's title or rationale and replaces its deltas (validated as when opening). Only drafts are edited. Needs a session or an API key with `artifacts:write`.",
  method: "patch",
  path: "/api/projects/{id}/change-requests/{crId}",
  roundTrips: 1,
  auth: { scopes: ["artifacts:write"] },
  bodyLimit: CHANGE_REQUEST_BODY_MAX,
  access: onProject("project:write"),
  request: { params: ChangeRequestParams, body: jsonBody(UpdateChangeRequestBody) },
  responses: { 200: withDeltas("The change request, edited") },
  errors: ["not_found", "invalid_delta", "change_request_state"],
});

/** submit / withdraw / reject: where each leaves from and goes, who may, the event. */
const MOVES = {
  submit: { from: ["draft"], to: "in_review", kind: "submitted", permission: "project:write" },
  withdraw: {
    from: ["draft", "in_review", "approved"],
    to: "withdrawn",
    kind: "withdrawn",
    permission: "project:write",
  },
  reject: { from: ["in_review"], to: "rejected", kind: "rejected", permission: "project:approve" },
} as const;
type Move = keyof typeof MOVES;

const moveRoute = <const A extends { scopes: readonly ApiKeyScope[] }, const E extends readonly ErrorCode[]>(
  move: Move,
  text: { summary: string; description: string },
  auth: A,
  errors: E,
) =>
  defineRoute({
    operationId: `${move}ChangeRequest`,
    tags: ["change-requests"],
    ...text,
    method: "post",
    path: `/api/projects/{id}/change-requests/{crId}/${move}`,
    roundTrips: 1,
    auth,
    access: onProject(MOVES[move].permission),
    request: { params: ChangeRequestParams },
    responses: { 200: jsonResponse("The change request, moved", z.object({ changeRequest: ChangeRequestSchema })) },
    errors,
  });

const WRITE = { scopes: ["artifacts:write"] } as const;
const submitRoute = moveRoute(
  "submit",
  {
    summary: "Submit a draft change request for review",
    description:
      "Moves a draft to in_review, where approvers under the change_request policy approve or reject it. Needs a session or an API key with `artifacts:write`.",
  },
  WRITE,
  ["not_found", "change_request_state"],
);
const withdrawRoute = moveRoute(
  "withdraw",
  {
    summary: "Withdraw a change request (draft, in review or approved)",
    description:
      "Closes a change request that is not merged, rejected or withdrawn; it is kept, read-only. Needs a session or an API key with `artifacts:write`.",
  },
  WRITE,
  ["not_found", "change_request_state"],
);
const rejectRoute = moveRoute(
  "reject",
  {
    summary: "Reject a change request in review",
    description:
      "Closes a change request in review as rejected; only a member the change_request policy counts as an approver may. Needs a session or an API key with `gates:approve`.",
  },
  { scopes: ["gates:approve"] },
  ["not_found", "change_request_state", "approval_not_allowed"],
);

const approveRoute = defineRoute({
  operationId: "approveChangeRequest",
  tags: ["change-requests"],
  summary: "Approve a change request in review (the change_request review policy)",
  description:
    "Records the caller's approval of a change request in review, as at a phase gate: the change_request policy says who may approve and how many approvals it takes (the change request's author in place of the project's); when it is met the change request is approved. Needs a session or an API key with `gates:approve`.",
  method: "post",
  path: "/api/projects/{id}/change-requests/{crId}/approve",
  roundTrips: 1,
  auth: { scopes: ["gates:approve"] },
  access: onProject("project:approve"),
  request: { params: ChangeRequestParams },
  responses: {
    200: jsonResponse(
      "The change request and its review",
      z.object({ changeRequest: ChangeRequestSchema, review: ReviewSchema }),
    ),
  },
  errors: ["not_found", "change_request_state", "approval_not_allowed"],
});

/** Text that reads back as itself, at most one delta per requirement (422 invalid_delta otherwise). */
function checkDeltas(deltas: readonly DeltaInput[]) {
  const issues: { path: string; message: string }[] = [];
  const seen = new Set<string>();
  deltas.forEach((d, i) => {
    if (seen.has(d.reqId)) issues.push({ path: `deltas.${i}.reqId`, message: `a second delta on ${d.reqId}` });
    seen.add(d.reqId);
    if (d.kind === "removed") return;
    const problem = deltaTextProblem({
      reqId: d.reqId,
      title: d.title ?? "",
      body: d.body ?? "",
      acceptance: d.acceptance ?? "",
    });
    if (problem) issues.push({ path: `deltas.${i}`, message: problem });
  });
  if (issues.length) throw new ApiError("invalid_delta", "some deltas cannot be applied to a PRD", { issues });
}

const invalidDeltas = (problems: { position: number; reqId: string; problem: string }[]) =>
  new ApiError("invalid_delta", `${problems.map((p) => `${p.reqId}: ${p.problem}`).join("; ")}`, {
    issues: problems.map((p) => ({ path: `deltas.${p.position}`, message: `${p.reqId}: ${p.problem}` })),
  });

const crNotFound = () => notFound("change request");

const stateError = (status: string, action: string, from: readonly string[]) =>
  new ApiError("change_request_state", `the change request is ${status}; ${action} needs ${from.join(" or ")}`);

const createHandler: Handler<typeof createRoute> = async (c) => {
  const { id } = c.req.valid("param");
  const body = c.req.valid("json");
  checkDeltas(body.deltas);
  const { results } = await authed(c, ({ userId }) => ({
    project: lockProjectForChange(c.var.db, userId, id),
    problems: deltaProblems(c.var.db, userId, id, body.deltas),
    opened: openChangeRequest(
      c.var.db,
      userId,
      id,
      { ...body, rationale: body.rationale ?? "" },
      answerClaim(c, userId),
    ),
  }));
  const project = results.project[0];
  if (!project) throw projectNotFound();
  const row = results.opened[0];
  if (!row) {
    if (!OPEN_PHASES.includes(project.currentPhase)) {
      throw new ApiError(
        "change_request_phase",
        `the project is in ${project.currentPhase}; change requests open in ${OPEN_PHASES.join(", ")}`,
      );
    }
    throw invalidDeltas(results.problems);
  }
  const deltas = body.deltas.map((d, position) => ({
    position,
    kind: d.kind,
    reqId: d.reqId,
    baseRevision: "baseRevision" in d ? d.baseRevision : null,
    title: "title" in d ? d.title : null,
    body: "body" in d ? d.body : null,
    acceptance: "acceptance" in d ? (d.acceptance ?? null) : null,
    reason: "reason" in d ? d.reason : null,
  }));
  return c.json({ changeRequest: changeRequestJson(row), deltas }, 201);
};

const Cursor = z.object({ t: z.string().refine(isPgTimestampText), id: z.uuid() });

function decodeCursor(s: string) {
  let parsed: ReturnType<typeof Cursor.safeParse> | undefined;
  try {
    parsed = Cursor.safeParse(JSON.parse(atob(s.replaceAll("-", "+").replaceAll("_", "/"))));
  } catch {
    parsed = undefined;
  }
  if (!parsed?.success) {
    throw new ApiError("invalid_cursor", "the cursor is malformed", {
      issues: [{ path: "cursor", message: "invalid cursor" }],
    });
  }
  return { at: parsed.data.t, id: parsed.data.id };
}

const encodeCursor = (t: string, id: string) =>
  btoa(JSON.stringify({ t, id })).replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, "");

const listHandler: Handler<typeof listRoute> = async (c) => {
  const { id } = c.req.valid("param");
  const { status, limit, cursor } = c.req.valid("query");
  const after = cursor === undefined ? undefined : decodeCursor(cursor);
  const { results } = await authed(c, ({ userId }) => ({
    project: projectExists(c.var.db, userId, id),
    rows: listChangeRequests(c.var.db, userId, id, { status, after, limit }),
  }));
  if (!results.project[0]) throw projectNotFound();
  const page = results.rows.slice(0, limit);
  const last = page[page.length - 1];
  const nextCursor = results.rows.length > limit && last ? encodeCursor(last.sortKey, last.id) : null;
  return c.json({ items: page.map(({ sortKey: _k, ...row }) => changeRequestJson(row)), nextCursor }, 200);
};

const getHandler: Handler<typeof getRoute> = async (c) => {
  const { id, crId } = c.req.valid("param");
  const { results } = await authed(c, ({ userId }) => ({
    changeRequest: findChangeRequest(c.var.db, userId, id, crId),
    deltas: deltasOf(c.var.db, userId, id, crId),
    impact: impactOf(c.var.db, userId, id, crId),
    events: eventsOf(c.var.db, userId, id, crId, EVENTS_MAX),
  }));
  const found = results.changeRequest[0];
  if (!found) throw crNotFound();
  const { review, ...row } = found;
  return c.json(
    {
      changeRequest: changeRequestJson(row),
      deltas: results.deltas,
      impact: impactJson(results.impact.rows as unknown as ImpactRow[]),
      review: reviewJson(review),
      events: results.events.map((e) => ({ ...e, createdAt: e.createdAt.toISOString() })),
    },
    200,
  );
};

function reviewJson(review: { policy: { requiredApprovals: number; source: string }; have: number; met: boolean }) {
  return {
    requiredApprovals: review.policy.requiredApprovals,
    have: review.have,
    met: review.met,
    source: review.policy.source,
  };
}

const patchHandler: Handler<typeof patchRoute> = async (c) => {
  const { id, crId } = c.req.valid("param");
  const body = c.req.valid("json");
  if (body.deltas) checkDeltas(body.deltas);
  const { results } = await authed(c, ({ userId }) => ({
    ...editDraft(c.var.db, userId, id, crId, body),
    problems: deltaProblems(c.var.db, userId, id, body.deltas ?? []),
    changeRequest: findChangeRequest(c.var.db, userId, id, crId),
    deltas: deltasOf(c.var.db, userId, id, crId),
  }));
  const found = results.changeRequest[0];
  if (!found) throw crNotFound();
  if (!results.updated[0]) {
    if (found.status !== "draft") throw stateError(found.status, "editing", ["draft"]);
    throw invalidDeltas(results.problems);
  }
  const { review: _review, ...row } = found;
  return c.json({ changeRequest: changeRequestJson(row), deltas: results.deltas }, 200);
};

/** submit / withdraw / reject: the move, or why it was refused. */
async function moveOf(c: Context<AppEnv>, move: Move, id: string, crId: string) {
  const m = MOVES[move];
  const { results } = await authed(c, ({ userId }) => ({
    moved: transition(c.var.db, userId, id, crId, {
      ...m,
      condition: move === "reject" ? mayReview(userId) : undefined,
    }),
    current: approverOf(c.var.db, userId, id, crId),
  }));
  const row = results.moved[0];
  if (!row) {
    const current = results.current[0];
    if (!current) throw crNotFound();
    if (!(m.from as readonly ChangeRequestStatus[]).includes(current.status)) {
      throw stateError(current.status, move, m.from);
    }
    throw new ApiError("approval_not_allowed", "the change_request review policy does not count you as an approver");
  }
  return { changeRequest: changeRequestJson(row) };
}

const submitHandler: Handler<typeof submitRoute> = async (c) => {
  const { id, crId } = c.req.valid("param");
  return c.json(await moveOf(c, "submit", id, crId), 200);
};
const withdrawHandler: Handler<typeof withdrawRoute> = async (c) => {
  const { id, crId } = c.req.valid("param");
  return c.json(await moveOf(c, "withdraw", id, crId), 200);
};
const rejectHandler: Handler<typeof rejectRoute> = async (c) => {
  const { id, crId } = c.req.valid("param");
  return c.json(await moveOf(c, "reject", id, crId), 200);
};

const approveHandler: Handler<typeof approveRoute> = async (c) => {
  const { id, crId } = c.req.valid("param");
  const { results } = await authed(c, ({ userId }) => ({
    ...approveStatements(c.var.db, userId, id, crId),
    approver: approverOf(c.var.db, userId, id, crId),
    changeRequest: findChangeRequest(c.var.db, userId, id, crId),
  }));
  const found = results.changeRequest[0];
  const approver = results.approver[0];
  if (!found || !approver) throw crNotFound();
  if (!results.given[0]) {
    if (approver.status !== "in_review") throw stateError(approver.status, "approving", ["in_review"]);
    throw new ApiError("approval_not_allowed", "the change_request review policy does not count you as an approver");
  }
  const { review, ...row } = found;
  return c.json({ changeRequest: changeRequestJson(row), review: reviewJson(review) }, 200);
};

export const changeRequestRoutes = router()
  .openapi(createRoute, createHandler)
  .openapi(listRoute, listHandler)
  .openapi(getRoute, getHandler)
  .openapi(patchRoute, patchHandler)
  .openapi(submitRoute, submitHandler)
  .openapi(withdrawRoute, withdrawHandler)
  .openapi(rejectRoute, rejectHandler)
  .openapi(approveRoute, approveHandler);
