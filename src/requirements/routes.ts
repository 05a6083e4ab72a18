// GET /api/projects/{id}/requirements (keyset pages of one status, active by default) and
// GET /api/projects/{id}/requirements/{reqId} (every revision of one requirement, newest first). Read-only:
// revisions are written by storing a PRD.md version (recordingStatements) and by merging a change request.
import { z } from "@hono/zod-openapi";
import { authed } from "../platform/auth/session";
import { REQUIREMENT_STATUSES } from "../platform/db/schema";
import { ApiError, notFound } from "../platform/http/errors";
import { router } from "../platform/http/openapi-router";
import { defineRoute, type Handler, jsonResponse } from "../platform/http/route";
import { onProject, ProjectParams, projectExists, projectNotFound } from "../projects";
import { listRequirements, requirementRevisions } from "./queries";

export const REQUIREMENTS_PAGE_DEFAULT = 100;
export const REQUIREMENTS_PAGE_MAX = 500;
/** `REQ-…` as the spec engine defines requirement ids (src/spec-engine/templates.ts REQUIREMENT_ID). */
export const ReqIdSchema = z
  .string()
  .max(64)
  .regex(/^REQ-[A-Z][A-Z0-9]*-\d{3,}$/)
  .openapi({ example: "REQ-AUTH-001", description: "A requirement id of PRD.md (`REQ-<AREA>-<nnn>`)" });

export const RequirementSchema = z
  .object({
    reqId: ReqIdSchema,
    revision: z.number().int().openapi({ description: "1 for the first text recorded, then one more per change" }),
    title: z.string(),
    body: z.string().openapi({ description: "The requirement's text, its acceptance excluded" }),
    acceptance: z.string().openapi({ description: "The text after `Acceptance:` (empty when none)" }),
    contentHash: z.string().openapi({ description: "SHA-256 of title, body and acceptance" }),
    status: z.enum(REQUIREMENT_STATUSES),
    retiredReason: z.string().nullable(),
    artifactId: z.uuid().nullable().openapi({ description: "The PRD.md version that recorded this revision" }),
    changeRequestId: z.uuid().nullable().openapi({ description: "The change request whose merge made it" }),
    createdAt: z.iso.datetime(),
  })
  .openapi("Requirement");

export type RequirementRow = Awaited<ReturnType<typeof requirementRevisions>>[number];

export function requirementJson({ createdAt, ...r }: RequirementRow) {
  return { ...r, createdAt: createdAt.toISOString() };
}

export const ListRequirementsQuery = z.object({
  status: z.enum(REQUIREMENT_STATUSES).default("active").openapi({ description: "Which revisions (default active)" }),
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(REQUIREMENTS_PAGE_MAX)
    .default(REQUIREMENTS_PAGE_DEFAULT)
    .describe(`Most items on one page (1 to ${REQUIREMENTS_PAGE_MAX})`),
  cursor: z.string().max(200).optional().openapi({ description: "`nextCursor` of the previous page" }),
});

export const RequirementParams = ProjectParams.extend({
  reqId: ReqIdSchema.openapi({ param: { name: "reqId", in: "path" } }),
});

const listRoute = defineRoute({
  operationId: "listRequirements",
  tags: ["requirements"],
  summary: "The project's requirements of one status (active by default), by id, in keyset pages",
  description:
    "Lists the requirement revisions of PRD.md with the given status (active: the current text of each requirement; superseded; retired), ordered by id. Needs a session or an API key with `projects:read`.",
  method: "get",
  path: "/api/projects/{id}/requirements",
  roundTrips: 1,
  auth: { scopes: ["projects:read"] },
  access: onProject("project:read"),
  request: { params: ProjectParams, query: ListRequirementsQuery },
  responses: {
    200: jsonResponse(
      "A page",
      z.object({ items: z.array(RequirementSchema), nextCursor: z.string().nullable() }).openapi("RequirementPage"),
    ),
  },
  errors: ["not_found", "invalid_cursor"],
});

const getRoute = defineRoute({
  operationId: "getRequirement",
  tags: ["requirements"],
  summary: "One requirement: every revision, newest first",
  description:
    "Returns every recorded revision of one requirement (active, superseded, retired), newest first. Needs a session or an API key with `projects:read`.",
  method: "get",
  path: "/api/projects/{id}/requirements/{reqId}",
  roundTrips: 1,
  auth: { scopes: ["projects:read"] },
  access: onProject("project:read"),
  request: { params: RequirementParams },
  responses: { 200: jsonResponse("Its revisions", z.object({ revisions: z.array(RequirementSchema) })) },
  errors: ["not_found"],
});

const Cursor = z.object({ r: ReqIdSchema, v: z.number().int().positive() });

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
  return { reqId: parsed.data.r, revision: parsed.data.v };
}

const encodeCursor = (r: { reqId: string; revision: number }) =>
  btoa(JSON.stringify({ r: r.reqId, v: r.revision }))
    .replaceAll("+", "-")
    .replaceAll("/", "_")
    .replace(/=+$/, "");

const listHandler: Handler<typeof listRoute> = async (c) => {
  const { id } = c.req.valid("param");
  const { status, limit, cursor } = c.req.valid("query");
  const after = cursor === undefined ? undefined : decodeCursor(cursor);
  const { results } = await authed(c, ({ userId }) => ({
    project: projectExists(c.var.db, userId, id),
    rows: listRequirements(c.var.db, userId, id, { status, after, limit }),
  }));
  if (!results.project[0]) throw projectNotFound();
  const page = results.rows.slice(0, limit);
  const last = page[page.length - 1];
  const nextCursor = results.rows.length > limit && last ? encodeCursor(last) : null;
  return c.json({ items: page.map(requirementJson), nextCursor }, 200);
};

const getHandler: Handler<typeof getRoute> = async (c) => {
  const { id, reqId } = c.req.valid("param");
  const { results } = await authed(c, ({ userId }) => ({
    project: projectExists(c.var.db, userId, id),
    revisions: requirementRevisions(c.var.db, userId, id, reqId),
  }));
  if (!results.project[0]) throw projectNotFound();
  if (results.revisions.length === 0) throw notFound("requirement");
  return c.json({ revisions: results.revisions.map(requirementJson) }, 200);
};

export const requirementRoutes = router().openapi(listRoute, listHandler).openapi(getRoute, getHandler);
