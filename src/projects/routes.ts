// /api/projects: create, list (keyset pages), stats, get (by id or slug), update, delete,
// orchestration-state merge. Every handler is one `authed` batch: one database round trip.
import { z } from "@hono/zod-openapi";
import { and, eq, sql } from "drizzle-orm";
import { audit } from "../audit";
import { rolesWith } from "../platform/auth/roles";
import { authed } from "../platform/auth/session";
import { PHASES, projects } from "../platform/db/schema";
import { KiB } from "../platform/http/body-limit";
import { hasIfMatch, ifMatchCondition, preconditionFailed, quoted } from "../platform/http/conditional";
import { decodeCursor, encodeCursor } from "../platform/http/cursor";
import { ApiError, notFound } from "../platform/http/errors";
import { answerClaim, readRecordedRows, replayWith } from "../platform/http/idempotency";
import { router } from "../platform/http/openapi-router";
import { defineRoute, type Handler, jsonBody, jsonResponse } from "../platform/http/route";
import { isUnstorable } from "../platform/http/text-guard";
import { isoTimestamp, isPgTimestampText } from "../platform/http/timestamps";
import { recordOf } from "../platform/lib/record";
import {
  accessibleProject,
  countProjectsByPhase,
  createProject,
  creationWorkspace,
  deleteProject,
  findProject,
  listProjects,
  lockOwner,
  mergeOrchestrationState,
  moveProject,
  onProject,
  type ProjectRow,
  projectEtag,
  projectFields,
  projectTag,
  roleIn,
  updateProject,
} from "./queries";
import { jsonObject, PhaseSchema, ProjectParams, ProjectSchema, projectJson, projectNotFound } from "./shapes";
import { slugify } from "./slug";

/** The merge object is capped at 16 KiB serialized, and so is its body. */
export const ORCHESTRATION_BODY_MAX = 16 * KiB;
/** name 255 + description 10,000 + idea 50,000 characters (up to 3 UTF-8 bytes each, or escaped). */
const PROJECT_BODY_MAX = 256 * KiB;
/** The merged state may grow past one body, but not without bound. */
export const ORCHESTRATION_STATE_MAX = 256 * 1024;
const SLUG_ATTEMPTS = 10;
const NIL_UUID = "00000000-0000-0000-0000-000000000000";

const text = (max: number) => z.string().trim().max(max);
/**
 * A repository's page on GitHub and nothing else (no other host, userinfo, port, query, fragment or
 * further path), by GitHub's naming rules: an owner of 1-39 letters, digits and hyphens, not starting or
 * ending with one (consecutive hyphens pass: the point is where the URL leads); a repository of 1-100 of
 * [A-Za-z0-9._-], not `.` or `..`. No lookarounds: the OpenAPI `pattern` stays usable by generators.
 */
export const GITHUB_REPO_URL =
  /^https:\/\/github\.com\/[A-Za-z0-9](?:[A-Za-z0-9-]{0,37}[A-Za-z0-9])?\/(?:[A-Za-z0-9_-][A-Za-z0-9._-]{0,99}|\.[A-Za-z0-9_-][A-Za-z0-9._-]{0,98}|\.\.[A-Za-z0-9._-]{1,98})$/;
const githubRepoUrl = z
  .string()
  .regex(GITHUB_REPO_URL, { error: "must be https://github.com/<owner>/<repo>" })
  .nullable()
  .openapi({ example: "https://github.com/acme/app" });

// Inline in the document (no component name): a defaulted field stays optional in generated clients (docs/client.md).
export const CreateProjectBody = z
  .object({
    name: text(255).min(1),
    description: text(10_000).default(""),
    idea: text(50_000).default(""),
    workspaceId: z.uuid().optional().openapi({
      description: "The workspace to create it in (a role there that may create projects); default: your personal one",
    }),
  })
  .openapi({
    example: { name: "Invoice tracker", description: "Track invoices for a small team", idea: "A web app that..." },
  });

export const UpdateProjectBody = z
  .object({
    name: text(255).min(1).optional(),
    description: text(10_000).optional(),
    idea: text(50_000).optional(),
    githubRepoUrl: githubRepoUrl.optional(),
  })
  .refine((b) => Object.values(b).some((v) => v !== undefined), { message: "at least one field is required" })
  .openapi("UpdateProject", { minProperties: 1, example: { name: "Invoice tracker v2" } });

// ------------------------------------------------------------------------------------------ list

const CursorSchema = z
  .object({
    s: z.enum(["created", "updated", "name"]),
    o: z.enum(["asc", "desc"]),
    v: z.string(),
    id: z.uuid(),
  })
  // A forged cursor must not reach the database with a value it refuses (22xxx) or cannot store.
  .refine((c) => (c.s === "name" ? !isUnstorable(c.v) : isPgTimestampText(c.v)));
type Cursor = z.infer<typeof CursorSchema>;

/** `%`, `_` and `\` are literal in a search: escaped with a backslash, LIKE's default escape character. */
export function likePattern(q: string): string {
  return `%${q.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
}

export const ListProjectsQuery = z
  .object({
    limit: z.coerce.number().int().min(1).max(100).default(20),
    cursor: z.string().max(1000).optional(),
    sort: z.enum(["created", "updated", "name"]).default("created"),
    order: z.enum(["asc", "desc"]).default("desc"),
    phase: PhaseSchema.optional(),
    createdFrom: isoTimestamp().optional(),
    createdTo: isoTimestamp().optional(),
    q: z.string().trim().min(1).max(200).optional(),
    workspaceId: z.uuid().optional().openapi({ description: "Only the projects of this workspace" }),
  })
  .refine((v) => !v.createdFrom || !v.createdTo || Date.parse(v.createdFrom) <= Date.parse(v.createdTo), {
    message: "createdFrom must not be after createdTo",
    path: ["createdFrom"],
  });

const ProjectBody = z.object({ project: ProjectSchema });

const listRoute = defineRoute({
  operationId: "listProjects",
  tags: ["projects"],
  summary: "The projects of the signed-in user's workspaces, one keyset page at a time",
  description:
    "Lists the projects of every workspace the user is a member of (`workspaceId`: one of them). Pages are keyed on (sort column, id), so rows inserted while paging are neither skipped nor repeated. " +
    "`nextCursor` is opaque and only valid with the same sort and order.",
  method: "get",
  path: "/api/projects",
  roundTrips: 1,
  auth: { scopes: ["projects:read"] },
  request: { query: ListProjectsQuery },
  responses: {
    200: jsonResponse(
      "A page",
      z.object({ items: z.array(ProjectSchema), nextCursor: z.string().nullable() }).openapi("ProjectPage"),
    ),
  },
  errors: ["invalid_cursor"],
});

/** The created project's body: the handler's and its replay's. */
const createdBody = (row: ProjectRow) => ({ project: projectJson(row) });

const createProjectRoute = defineRoute({
  operationId: "createProject",
  description:
    "Creates a project in the first phase, with a slug derived from its name (unique among the projects the user created), in the user's personal workspace or in `workspaceId` (roles there: owner, admin, editor; 403 `insufficient_role` for another role, 404 for a workspace the user is not a member of). Needs a session or an API key with `projects:write`; counts against the projects quota.",
  tags: ["projects"],
  summary: "Create a project (slug derived from the name, unique per user)",
  method: "post",
  path: "/api/projects",
  // A slug taken concurrently costs one more round trip per retry (none in the budget).
  roundTrips: 1,
  auth: { scopes: ["projects:write"] },
  bodyLimit: { bytes: PROJECT_BODY_MAX, why: "name 255 + description 10,000 + idea 50,000 characters" },
  request: { body: jsonBody(CreateProjectBody) },
  responses: { 201: jsonResponse("Created", ProjectBody) },
  errors: ["slug_contended", "quota_exceeded", "not_found", "insufficient_role"],
  idempotent: replayWith(
    (db, at) => ({ project: readRecordedRows(db, at, "project", projects, projectFields) }),
    ({ project: [row] }) => row && createdBody(row),
  ),
});

const statsRoute = defineRoute({
  operationId: "getProjectStats",
  description: "Counts the user's projects per phase and in total. Needs a session or an API key with `projects:read`.",
  tags: ["projects"],
  summary: "Project counts per phase and in total",
  method: "get",
  path: "/api/projects/stats",
  roundTrips: 1,
  auth: { scopes: ["projects:read"] },
  responses: {
    200: jsonResponse(
      "Counts",
      z.object({ total: z.number().int(), byPhase: z.record(PhaseSchema, z.number().int()) }),
    ),
  },
});

const getRoute = defineRoute({
  operationId: "getProject",
  description:
    "Returns one of the user's projects, named by its id or its slug, with an ETag for conditional requests. Needs a session or an API key with `projects:read`.",
  tags: ["projects"],
  summary: "One project, by id or slug",
  method: "get",
  path: "/api/projects/{id}",
  access: onProject("project:read"),
  roundTrips: 1,
  auth: { scopes: ["projects:read"] },
  request: { params: ProjectParams },
  responses: { 200: jsonResponse("The project", ProjectBody) },
  errors: ["not_found"],
  etag: true,
});

const updateRoute = defineRoute({
  operationId: "updateProject",
  description:
    "Changes the given fields of a project; the slug never changes. Needs a session or an API key with `projects:write`; `If-Match` guards against lost updates.",
  tags: ["projects"],
  summary: "Update name, description, idea or GitHub URL (the slug stays)",
  method: "patch",
  path: "/api/projects/{id}",
  access: onProject("project:write"),
  roundTrips: 1,
  auth: { scopes: ["projects:write"] },
  bodyLimit: { bytes: PROJECT_BODY_MAX, why: "name 255 + description 10,000 + idea 50,000 characters" },
  request: { params: ProjectParams, body: jsonBody(UpdateProjectBody) },
  responses: { 200: jsonResponse("Updated", ProjectBody) },
  errors: ["not_found"],
  ifMatch: true,
});

const deleteRoute = defineRoute({
  operationId: "deleteProject",
  description:
    "Deletes a project with its phase history, artifacts and runs; this cannot be undone. Needs a session or an API key with `projects:write`.",
  tags: ["projects"],
  summary: "Delete a project with its history and artifacts",
  method: "delete",
  path: "/api/projects/{id}",
  access: onProject("project:delete"),
  roundTrips: 1,
  auth: { scopes: ["projects:write"] },
  request: { params: ProjectParams },
  responses: { 204: { description: "Deleted" } },
  errors: ["not_found"],
  ifMatch: true,
});

const orchestrationRoute = defineRoute({
  operationId: "mergeOrchestrationState",
  description:
    "Merges the JSON object sent into the project's orchestration state in one statement: each top-level key sent replaces the stored one. Needs a session or an API key with `projects:write`.",
  tags: ["projects"],
  summary: "Merge a JSON object into the orchestration state (top-level keys replaced, atomically)",
  method: "patch",
  path: "/api/projects/{id}/orchestration",
  access: onProject("project:write"),
  roundTrips: 1,
  auth: { scopes: ["projects:write"] },
  bodyLimit: { bytes: ORCHESTRATION_BODY_MAX, why: "the merge object is capped at 16 KiB serialized" },
  request: {
    params: ProjectParams,
    body: jsonBody(jsonObject(ORCHESTRATION_BODY_MAX).openapi({ example: { currentAgent: "analyst", step: 3 } })),
  },
  responses: {
    200: jsonResponse("The merged state", z.object({ orchestrationState: z.record(z.string(), z.unknown()) })),
  },
  errors: ["not_found", "payload_too_large"],
});

const moveRoute = defineRoute({
  operationId: "moveProject",
  description:
    "Moves a project, with everything in it, to another workspace; its id and slug stay. The caller must be an owner of both workspaces (403 `insufficient_role` otherwise). Needs a session or an API key with `projects:write`.",
  tags: ["projects"],
  summary: "Move a project to another workspace",
  method: "post",
  path: "/api/projects/{id}/move",
  access: onProject("project:move"),
  roundTrips: 1,
  auth: { scopes: ["projects:write"] },
  request: {
    params: ProjectParams,
    body: jsonBody(
      z
        .object({ workspaceId: z.uuid().openapi({ description: "The workspace to move it to" }) })
        .openapi({ example: { workspaceId: "0b6f1c9e-8a1d-4c1e-9f2a-3d4e5f6a7b8c" } }),
    ),
  },
  responses: { 200: jsonResponse("Moved", ProjectBody) },
  errors: ["not_found"],
});

/** Creates the project under a free slug: a taken slug is retried with the next suffix. */
const createProjectHandler: Handler<typeof createProjectRoute> = async (c) => {
  const body = c.req.valid("json");
  const base = slugify(body.name);
  const max = c.var.config.QUOTA_PROJECTS_PER_USER;
  const { workspaceId } = body;
  for (let attempt = 1; attempt <= SLUG_ATTEMPTS; attempt++) {
    const { results } = await authed(c, ({ userId }) => ({
      lock: lockOwner(c.var.db, userId),
      // Read only for a refusal's answer (no workspace named: the nil id, no rows).
      role: roleIn(c.var.db, userId, workspaceId ?? NIL_UUID),
      created: createProject(
        c.var.db,
        userId,
        body,
        base,
        attempt,
        max,
        creationWorkspace(userId, workspaceId),
        answerClaim(c, userId),
      ),
    }));
    const row = results.created[0];
    if (row?.project) return c.json(createdBody(row.project), 201);
    // A refused workspace never retries: no slug would change the answer.
    if (row && !row.admitted) {
      const role = results.role[0]?.role;
      if (!role) throw notFound("workspace");
      throw new ApiError(
        "insufficient_role",
        `your role here (${role}) cannot create projects: it needs ${rolesWith("project:create").join(", ")}`,
      );
    }
    if (row && row.owned >= max) {
      throw new ApiError("quota_exceeded", `the account already has ${row.owned} projects, the most it may have`, {
        issues: [{ path: "projects", message: `${row.owned} of ${max} projects per account used` }],
      });
    }
  }
  throw new ApiError("slug_contended", "the slug was taken concurrently several times; retry");
};

/** One keyset page: one row more than the page says whether there is a next one. */
const listProjectsHandler: Handler<typeof listRoute> = async (c) => {
  const q = c.req.valid("query");
  const cursor = q.cursor === undefined ? undefined : decodeCursor(q.cursor, CursorSchema);
  if (cursor && (cursor.s !== q.sort || cursor.o !== q.order)) {
    throw new ApiError("invalid_cursor", "the cursor is malformed or belongs to another sort/order", {
      issues: [{ path: "cursor", message: "invalid cursor" }],
    });
  }
  const { results } = await authed(c, ({ userId }) => ({
    rows: listProjects(c.var.db, userId, {
      sort: q.sort,
      order: q.order,
      limit: q.limit,
      phase: q.phase,
      createdFrom: q.createdFrom,
      createdTo: q.createdTo,
      pattern: q.q === undefined ? undefined : likePattern(q.q),
      workspaceId: q.workspaceId,
      after: cursor && { key: cursor.v, id: cursor.id },
    }),
  }));
  const rows = results.rows;
  const page = rows.slice(0, q.limit);
  const last = page.at(-1);
  const nextCursor =
    rows.length > q.limit && last
      ? encodeCursor({ s: q.sort, o: q.order, v: last.sortKey, id: last.id } satisfies Cursor)
      : null;
  return c.json({ items: page.map(({ sortKey: _key, ...row }) => projectJson(row)), nextCursor }, 200);
};

const getProjectStats: Handler<typeof statsRoute> = async (c) => {
  const { results } = await authed(c, ({ userId }) => ({ counts: countProjectsByPhase(c.var.db, userId) }));
  const byPhase = recordOf(PHASES, (p) => results.counts.find((r) => r.phase === p)?.n ?? 0);
  const total = results.counts.reduce((sum, r) => sum + r.n, 0);
  return c.json({ total, byPhase }, 200);
};

const getProject: Handler<typeof getRoute> = async (c) => {
  const { id } = c.req.valid("param");
  const { results } = await authed(c, ({ userId }) => ({
    tag: projectTag(c.var.db, userId, id),
    project: findProject(c.var.db, userId, id),
  }));
  const [tag] = results.tag;
  const row = results.project[0];
  if (!row || !tag) throw projectNotFound();
  c.header("ETag", quoted(tag.etag));
  return c.json({ project: projectJson(row) }, 200);
};

const updateProjectHandler: Handler<typeof updateRoute> = async (c) => {
  const { id } = c.req.valid("param");
  const body = c.req.valid("json");
  const { results } = await authed(c, ({ userId }) => {
    const ifMatch = ifMatchCondition(c, projectEtag);
    return {
      updated: updateProject(c.var.db, userId, id, body, ifMatch),
      tag: projectTag(c.var.db, userId, id, ifMatch),
    };
  });
  const row = results.updated[0];
  const tag = results.tag[0];
  if (!row || !tag) throw tag && hasIfMatch(c) ? preconditionFailed() : projectNotFound();
  c.header("ETag", quoted(tag.etag));
  return c.json({ project: projectJson(row) }, 200);
};

const deleteProjectHandler: Handler<typeof deleteRoute> = async (c) => {
  const { id } = c.req.valid("param");
  const { results } = await authed(c, ({ userId }) => ({
    deleted: deleteProject(c.var.db, userId, id, ifMatchCondition(c, projectEtag)),
    tag: projectTag(c.var.db, userId, id),
  }));
  // Not deleted but still there: only If-Match can have refused it.
  if (!results.deleted[0]) throw results.tag[0] && hasIfMatch(c) ? preconditionFailed() : projectNotFound();
  return c.body(null, 204);
};

const mergeOrchestration: Handler<typeof orchestrationRoute> = async (c) => {
  const { id } = c.req.valid("param");
  const patch = c.req.valid("json");
  const { results } = await authed(c, ({ userId }) => ({
    merged: mergeOrchestrationState(c.var.db, userId, id, patch, ORCHESTRATION_STATE_MAX),
  }));
  const row = results.merged[0];
  if (!row) throw projectNotFound();
  if (row.state === null) {
    throw new ApiError(
      "payload_too_large",
      `the merged orchestration state would exceed ${ORCHESTRATION_STATE_MAX} bytes`,
    );
  }
  return c.json({ orchestrationState: row.state }, 200);
};

/** Moves the project; a refusal is the source's role (the access check) or the target's (403). */
const moveProjectHandler: Handler<typeof moveRoute> = async (c) => {
  const { id } = c.req.valid("param");
  const { workspaceId } = c.req.valid("json");
  const { results } = await authed(c, ({ userId }) => ({
    moved: moveProject(c.var.db, userId, id, workspaceId),
    audit: audit(c, {
      action: "project.moved",
      actor: userId,
      workspace: workspaceId,
      target: {
        type: "project",
        id: sql`(select ${projects.id}::text from ${projects} where ${accessibleProject(id, userId, "project:read")})`,
      },
      data: { workspaceId },
      when: sql`exists (select 1 from ${projects} where ${and(
        accessibleProject(id, userId, "project:read"),
        eq(projects.workspaceId, workspaceId),
        sql`${projects.updatedAt} = now()`,
      )})`,
    }),
    project: findProject(c.var.db, userId, id),
  }));
  const row = results.moved[0];
  if (row) return c.json({ project: projectJson(row) }, 200);
  if (!results.project[0]) throw projectNotFound();
  throw new ApiError("insufficient_role", "you must be an owner of the workspace you move the project to");
};

export const projectRoutes = router()
  .openapi(createProjectRoute, createProjectHandler)
  .openapi(listRoute, listProjectsHandler)
  .openapi(statsRoute, getProjectStats)
  .openapi(getRoute, getProject)
  .openapi(updateRoute, updateProjectHandler)
  .openapi(deleteRoute, deleteProjectHandler)
  .openapi(orchestrationRoute, mergeOrchestration)
  .openapi(moveRoute, moveProjectHandler);
