// A project's drift (spec files changed in the repository outside Spec Drive, found by the drift job):
// GET /api/projects/{id}/github/drift lists it, newest first; POST …/{driftId}/dismiss sets one aside;
// POST …/{driftId}/change-request opens a draft change request whose deltas turn the project's requirements
// into those of the repository's PRD.md.
import { z } from "@hono/zod-openapi";
import { DELTAS_MAX, deltaProblems, lockProjectForChange, OPEN_PHASES, openChangeRequest } from "../change-requests";
import { authed } from "../platform/auth/session";
import { CHANGE_REQUEST_STATUSES, DRIFT_STATUSES } from "../platform/db/schema";
import { keysetPage, positionOf } from "../platform/http/cursor";
import { ApiError, notFound } from "../platform/http/errors";
import { router } from "../platform/http/openapi-router";
import { defineRoute, type Handler, jsonResponse } from "../platform/http/route";
import { onProject, ProjectParams, projectExists, projectNotFound } from "../projects";
import { deltaTextProblem } from "../spec-engine/requirements";
import { driftDeltas } from "./drift-deltas";
import { PRD_NAME } from "./drift-files";
import type { DriftFile } from "./drift-queries";
import {
  activeRequirements,
  dismissDrift,
  driftStillOpen,
  findDrift,
  listDrift,
  markChangeRequested,
} from "./drift-route-queries";

export const DRIFT_PAGE_DEFAULT = 20;
export const DRIFT_PAGE_MAX = 50;

const DriftFileSchema = z.object({
  fileName: z.string().openapi({ description: "The path inside the connection's folder (`spec/PRD.md`)" }),
  change: z.enum(["modified", "added", "removed"]),
  diff: z.string().openapi({ description: "Unified diff from the stored document to the repository's file" }),
  tooLarge: z.literal(true).optional().openapi({ description: "The file is too large to compare: no diff" }),
});

const DriftSchema = z
  .object({
    id: z.uuid(),
    commitSha: z.string().openapi({ description: "The pushed commit the files were read at" }),
    ref: z.string().openapi({ description: "The ref pushed (`refs/heads/main`)" }),
    status: z.enum(DRIFT_STATUSES),
    changeRequestId: z.uuid().nullable(),
    detectedAt: z.iso.datetime(),
    files: z.array(DriftFileSchema),
  })
  .openapi("GithubDrift");

const DriftParams = ProjectParams.extend({
  driftId: z.uuid().openapi({ param: { name: "driftId", in: "path" }, description: "The drift's id" }),
});

const ListDriftQuery = z.object({
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(DRIFT_PAGE_MAX)
    .default(DRIFT_PAGE_DEFAULT)
    .describe(`Most items on one page (1 to ${DRIFT_PAGE_MAX})`),
  cursor: z.string().max(200).optional().openapi({ description: "`nextCursor` of the previous page" }),
});

const listRoute = defineRoute({
  operationId: "listGithubDrift",
  tags: ["github"],
  summary: "The project's drift: spec files changed in its repository outside Spec Drive",
  description:
    "Lists the drift the project's repository showed, newest first: per pushed commit, each changed spec file with its diff from the stored document. Needs a session or an API key with `projects:read`.",
  method: "get",
  path: "/api/projects/{id}/github/drift",
  roundTrips: 1,
  auth: { scopes: ["projects:read"] },
  access: onProject("project:read"),
  request: { params: ProjectParams, query: ListDriftQuery },
  responses: {
    200: jsonResponse("A page of drift", z.object({ items: z.array(DriftSchema), nextCursor: z.string().nullable() })),
  },
  errors: ["not_found", "invalid_cursor"],
});

const DriftOnly = DriftSchema.omit({ files: true });

const dismissRoute = defineRoute({
  operationId: "dismissGithubDrift",
  tags: ["github"],
  summary: "Dismiss a drift",
  description:
    "Sets an open drift aside: it stays listed as dismissed. Needs a session or an API key with `projects:write`.",
  method: "post",
  path: "/api/projects/{id}/github/drift/{driftId}/dismiss",
  roundTrips: 1,
  auth: { scopes: ["projects:write"] },
  access: onProject("project:write"),
  request: { params: DriftParams },
  responses: { 200: jsonResponse("The drift, dismissed", z.object({ drift: DriftOnly })) },
  errors: ["not_found", "drift_closed"],
});

const OpenedChangeRequest = z.object({
  id: z.uuid(),
  number: z.number().int(),
  title: z.string(),
  status: z.enum(CHANGE_REQUEST_STATUSES),
});

const changeRequestRoute = defineRoute({
  operationId: "createChangeRequestFromGithubDrift",
  tags: ["github"],
  summary: "Open a change request from a drift's PRD.md",
  description:
    "Opens a draft change request whose deltas turn the project's active requirements into those of the repository's PRD.md at the drift's commit (ADDED, MODIFIED on the active revision, REMOVED), and marks the drift change_requested. 409 `drift_without_requirements` when the drift changes no requirement of PRD.md. Needs a session or an API key with `artifacts:write`.",
  method: "post",
  path: "/api/projects/{id}/github/drift/{driftId}/change-request",
  // 1: the drift and the active requirements (the deltas are computed from both); 2: the change request opened
  // with the change requests' own statements and the drift marked, in one batch.
  roundTrips: 2,
  auth: { scopes: ["artifacts:write"] },
  access: onProject("project:write"),
  request: { params: DriftParams },
  responses: {
    201: jsonResponse(
      "The change request, a draft, and the drift",
      z.object({ changeRequest: OpenedChangeRequest, drift: DriftOnly }),
    ),
  },
  errors: ["not_found", "drift_closed", "drift_without_requirements", "invalid_delta", "change_request_phase"],
});

const driftNotFound = () => notFound("drift");
const iso = (d: Date) => d.toISOString();

const listGithubDrift: Handler<typeof listRoute> = async (c) => {
  const { id } = c.req.valid("param");
  const { limit, cursor } = c.req.valid("query");
  const after = positionOf(cursor);
  const { results } = await authed(c, ({ userId }) => ({
    project: projectExists(c.var.db, userId, id),
    rows: listDrift(c.var.db, userId, id, { limit, after }),
  }));
  if (!results.project[0]) throw projectNotFound();
  const { items, nextCursor } = keysetPage(results.rows, limit);
  return c.json({ items: items.map((r) => ({ ...r, detectedAt: iso(r.detectedAt) })), nextCursor }, 200);
};

const dismissGithubDrift: Handler<typeof dismissRoute> = async (c) => {
  const { id, driftId } = c.req.valid("param");
  const { results } = await authed(c, ({ userId }) => ({
    project: projectExists(c.var.db, userId, id),
    before: findDrift(c.var.db, userId, id, driftId),
    dismissed: dismissDrift(c.var.db, userId, id, driftId),
  }));
  if (!results.project[0]) throw projectNotFound();
  const row = results.dismissed[0];
  if (!row) {
    const before = results.before[0];
    if (!before) throw driftNotFound();
    throw new ApiError("drift_closed", `the drift is ${before.status}`);
  }
  return c.json({ drift: { ...row, detectedAt: iso(row.detectedAt) } }, 200);
};

const createChangeRequestFromGithubDrift: Handler<typeof changeRequestRoute> = async (c) => {
  const { id, driftId } = c.req.valid("param");
  const read = await authed(c, ({ userId }) => ({
    project: projectExists(c.var.db, userId, id),
    drift: findDrift(c.var.db, userId, id, driftId),
    active: activeRequirements(c.var.db, userId, id),
  }));
  if (!read.results.project[0]) throw projectNotFound();
  const drift = read.results.drift[0];
  if (!drift) throw driftNotFound();
  if (drift.status !== "open") throw new ApiError("drift_closed", `the drift is ${drift.status}`);
  const prd = (drift.files as DriftFile[]).find(
    (f) => (f.fileName === PRD_NAME || f.fileName.endsWith(`/${PRD_NAME}`)) && typeof f.text === "string",
  );
  const deltas = prd ? driftDeltas(read.results.active, prd.text as string, drift.commitSha) : [];
  if (deltas.length === 0) {
    throw new ApiError(
      "drift_without_requirements",
      prd ? "the repository's PRD.md has the same requirements as the project" : "the drift does not change PRD.md",
    );
  }
  const problems = [
    ...(deltas.length > DELTAS_MAX
      ? [`${deltas.length} requirements changed; a change request holds ${DELTAS_MAX}`]
      : []),
    ...deltas.flatMap((d) => {
      if (d.kind === "removed") return [];
      const p = deltaTextProblem({
        reqId: d.reqId,
        title: d.title ?? "",
        body: d.body ?? "",
        acceptance: d.acceptance ?? "",
      });
      return p ? [`${d.reqId}: ${p}`] : [];
    }),
  ];
  if (problems.length) throw new ApiError("invalid_delta", problems.join("; "));
  const title = `Requirements changed on GitHub (${drift.commitSha.slice(0, 12)})`;
  const rationale = `PRD.md in the repository at ${drift.ref} (commit ${drift.commitSha}) differs from the project's requirements.`;
  const { results } = await authed(c, ({ userId }) => ({
    project: lockProjectForChange(c.var.db, userId, id),
    problems: deltaProblems(c.var.db, userId, id, deltas),
    // Under the project's lock (lockProjectForChange), so a second request sees the drift closed and opens nothing.
    opened: openChangeRequest(c.var.db, userId, id, { title, rationale, deltas }, () => [], driftStillOpen(driftId)),
    drift: markChangeRequested(c.var.db, userId, id, driftId),
  }));
  const project = results.project[0];
  if (!project) throw projectNotFound();
  const opened = results.opened[0];
  const marked = results.drift[0];
  if (!opened || !marked) {
    if (!OPEN_PHASES.includes(project.currentPhase)) {
      throw new ApiError(
        "change_request_phase",
        `the project is in ${project.currentPhase}; change requests open in ${OPEN_PHASES.join(", ")}`,
      );
    }
    if (results.problems.length) {
      throw new ApiError("invalid_delta", results.problems.map((p) => `${p.reqId}: ${p.problem}`).join("; "));
    }
    // Another request turned the drift into a change request (or dismissed it) since it was read.
    throw new ApiError("drift_closed", "the drift was closed meanwhile");
  }
  return c.json(
    {
      changeRequest: { id: opened.id, number: opened.number, title: opened.title, status: opened.status },
      drift: { ...marked, detectedAt: iso(marked.detectedAt) },
    },
    201,
  );
};

export const githubDriftRoutes = router()
  .openapi(listRoute, listGithubDrift)
  .openapi(dismissRoute, dismissGithubDrift)
  .openapi(changeRequestRoute, createChangeRequestFromGithubDrift);
