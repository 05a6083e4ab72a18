// /api/projects: create, list (keyset pages), stats, get (by id or slug), update, delete,
// orchestration-state merge. Every handler is one `authed` batch: one database round trip.
import { createRoute, z } from "@hono/zod-openapi";
import { type SQL, sql } from "drizzle-orm";
import { authed } from "../auth/session";
import { PHASES } from "../db/schema";
import { slugify } from "../domain/slug";
import { ApiError } from "../http/errors";
import { withDb } from "../http/middleware";
import { errorResponses, router } from "../http/openapi";
import { isUnstorable } from "../http/text-guard";
import { isoTimestamp, isPgTimestampText } from "../http/timestamps";
import {
  jsonObject,
  ownProject,
  PhaseSchema,
  ProjectParams,
  ProjectSchema,
  projectColumns,
  projectNotFound,
  rowsOf,
  toProject,
} from "./project-common";

export const ORCHESTRATION_BODY_MAX = 16 * 1024;
/** The merged state may grow past one body, but not without bound. */
export const ORCHESTRATION_STATE_MAX = 256 * 1024;
const SLUG_ATTEMPTS = 10;

const text = (max: number) => z.string().trim().max(max);
const githubRepoUrl = z
  .url({ protocol: /^https$/, error: "must be an https URL" })
  .max(2048)
  .nullable()
  .openapi({ example: "https://github.com/acme/app" });

const CreateBody = z
  .object({
    name: text(255).min(1),
    description: text(10_000).default(""),
    idea: text(50_000).default(""),
  })
  .openapi("CreateProject");

const UpdateBody = z
  .object({
    name: text(255).min(1).optional(),
    description: text(10_000).optional(),
    idea: text(50_000).optional(),
    githubRepoUrl: githubRepoUrl.optional(),
  })
  .refine((b) => Object.values(b).some((v) => v !== undefined), { message: "at least one field is required" })
  .openapi("UpdateProject");

// ------------------------------------------------------------------------------------------ list

const SORTS = { created: "created_at", updated: "updated_at", name: "name" } as const;
type Sort = keyof typeof SORTS;

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

function encodeCursor(c: Cursor): string {
  const bytes = new TextEncoder().encode(JSON.stringify(c));
  return btoa(String.fromCharCode(...bytes))
    .replaceAll("+", "-")
    .replaceAll("/", "_")
    .replace(/=+$/, "");
}

function decodeCursor(s: string): Cursor | undefined {
  try {
    const bin = atob(s.replaceAll("-", "+").replaceAll("_", "/"));
    const parsed = CursorSchema.safeParse(
      JSON.parse(new TextDecoder().decode(Uint8Array.from(bin, (ch) => ch.charCodeAt(0)))),
    );
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** `%`, `_` and `\` are literal in a search: escaped for `ilike ... escape '\'`. */
export function likePattern(q: string): string {
  return `%${q.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
}

const ListQuery = z
  .object({
    limit: z.coerce.number().int().min(1).max(100).default(20),
    cursor: z.string().max(1000).optional(),
    sort: z.enum(["created", "updated", "name"]).default("created"),
    order: z.enum(["asc", "desc"]).default("desc"),
    phase: PhaseSchema.optional(),
    createdFrom: isoTimestamp().optional(),
    createdTo: isoTimestamp().optional(),
    q: z.string().trim().min(1).max(200).optional(),
  })
  .refine((v) => !v.createdFrom || !v.createdTo || Date.parse(v.createdFrom) <= Date.parse(v.createdTo), {
    message: "createdFrom must not be after createdTo",
    path: ["createdFrom"],
  });

const listRoute = createRoute({
  method: "get",
  path: "/api/projects",
  summary: "The signed-in user's projects, one keyset page at a time",
  description:
    "Pages are keyed on (sort column, id), so rows inserted while paging are neither skipped nor repeated. " +
    "`nextCursor` is opaque and only valid with the same sort and order.",
  middleware: [withDb] as const,
  request: { query: ListQuery },
  responses: {
    200: {
      description: "A page",
      content: {
        "application/json": {
          schema: z.object({ items: z.array(ProjectSchema), nextCursor: z.string().nullable() }),
        },
      },
    },
    ...errorResponses(400, 401, 503),
  },
});

// ------------------------------------------------------------------------------------------ routes

const createProjectRoute = createRoute({
  method: "post",
  path: "/api/projects",
  summary: "Create a project (slug derived from the name, unique per user)",
  middleware: [withDb] as const,
  request: { body: { content: { "application/json": { schema: CreateBody } }, required: true } },
  responses: {
    201: { description: "Created", content: { "application/json": { schema: z.object({ project: ProjectSchema }) } } },
    ...errorResponses(400, 401, 409, 503),
  },
});

const statsRoute = createRoute({
  method: "get",
  path: "/api/projects/stats",
  summary: "Project counts per phase and in total",
  middleware: [withDb] as const,
  responses: {
    200: {
      description: "Counts",
      content: {
        "application/json": {
          schema: z.object({ total: z.number().int(), byPhase: z.record(PhaseSchema, z.number().int()) }),
        },
      },
    },
    ...errorResponses(401, 503),
  },
});

const getRoute = createRoute({
  method: "get",
  path: "/api/projects/{id}",
  summary: "One project, by id or slug",
  middleware: [withDb] as const,
  request: { params: ProjectParams },
  responses: {
    200: {
      description: "The project",
      content: { "application/json": { schema: z.object({ project: ProjectSchema }) } },
    },
    ...errorResponses(400, 401, 404, 503),
  },
});

const updateRoute = createRoute({
  method: "patch",
  path: "/api/projects/{id}",
  summary: "Update name, description, idea or GitHub URL (the slug stays)",
  middleware: [withDb] as const,
  request: {
    params: ProjectParams,
    body: { content: { "application/json": { schema: UpdateBody } }, required: true },
  },
  responses: {
    200: { description: "Updated", content: { "application/json": { schema: z.object({ project: ProjectSchema }) } } },
    ...errorResponses(400, 401, 404, 503),
  },
});

const deleteRoute = createRoute({
  method: "delete",
  path: "/api/projects/{id}",
  summary: "Delete a project with its history and artifacts",
  middleware: [withDb] as const,
  request: { params: ProjectParams },
  responses: { 204: { description: "Deleted" }, ...errorResponses(400, 401, 404, 503) },
});

const orchestrationRoute = createRoute({
  method: "patch",
  path: "/api/projects/{id}/orchestration",
  summary: "Merge a JSON object into the orchestration state (top-level keys replaced, atomically)",
  middleware: [withDb] as const,
  request: {
    params: ProjectParams,
    body: { content: { "application/json": { schema: jsonObject(ORCHESTRATION_BODY_MAX) } }, required: true },
  },
  responses: {
    200: {
      description: "The merged state",
      content: { "application/json": { schema: z.object({ orchestrationState: z.record(z.string(), z.unknown()) }) } },
    },
    ...errorResponses(400, 401, 404, 413, 503),
  },
});

function insertProject(userId: SQL, body: z.infer<typeof CreateBody>, base: string, attempt: number) {
  // Candidates base, base-2, base-3, ...: among the first (k + attempt), where k counts the user's
  // slugs that could be one of them, at least `attempt` are free. The first attempt takes the first
  // free one; a retry picks at random among the first `attempt` free ones, so that concurrent
  // creators stop colliding on the same candidate. The unique index has the last word: a
  // concurrent insert of the same slug makes this one a no-op (empty result) and the caller retries.
  return sql`
    with u as (select ${userId} as id),
    taken as (
      select count(*)::int as k from projects p, u
      where p.user_id = u.id and (p.slug = ${base} or p.slug like ${`${base}-%`})
    ),
    free as (
      select case when n = 1 then ${base} else ${base} || '-' || n end as slug
      from taken, generate_series(1, taken.k + ${attempt}) n
      where not exists (
        select 1 from projects p, u
        where p.user_id = u.id and p.slug = case when n = 1 then ${base} else ${base} || '-' || n end
      )
      order by n limit 1 offset floor(random() * ${attempt})::int
    )
    insert into projects as p (user_id, slug, name, description, idea)
    select u.id, free.slug, ${body.name}, ${body.description}, ${body.idea} from u, free
    where u.id is not null
    on conflict (user_id, slug) do nothing
    returning ${projectColumns}`;
}

export const projectRoutes = router()
  .openapi(createProjectRoute, async (c) => {
    const body = c.req.valid("json");
    const base = slugify(body.name);
    for (let attempt = 1; attempt <= SLUG_ATTEMPTS; attempt++) {
      const { results } = await authed(c, ({ userId }) => [
        c.var.db.execute(insertProject(userId, body, base, attempt)),
      ]);
      const row = rowsOf(results[0])[0];
      if (row) return c.json({ project: toProject(row) }, 201);
    }
    throw new ApiError(409, "slug_contended", "the slug was taken concurrently several times; retry", {
      headers: { "Retry-After": "1" },
    });
  })
  .openapi(listRoute, async (c) => {
    const q = c.req.valid("query");
    const cursor = q.cursor === undefined ? undefined : decodeCursor(q.cursor);
    if (q.cursor !== undefined && (!cursor || cursor.s !== q.sort || cursor.o !== q.order)) {
      throw new ApiError(400, "invalid_cursor", "the cursor is malformed or belongs to another sort/order", {
        issues: [{ path: "cursor", message: "invalid cursor" }],
      });
    }
    const col = sql.raw(`p.${SORTS[q.sort as Sort]}`);
    const dir = sql.raw(q.order);
    const cmp = sql.raw(q.order === "asc" ? ">" : "<");
    const typed = (v: string) => (q.sort === "name" ? sql`${v}::text` : sql`${v}::timestamptz`);
    const { results } = await authed(c, ({ userId }) => {
      const where: SQL[] = [sql`p.user_id = ${userId}`];
      if (q.phase) where.push(sql`p.current_phase = ${q.phase}`);
      if (q.createdFrom) where.push(sql`p.created_at >= ${q.createdFrom}::timestamptz`);
      if (q.createdTo) where.push(sql`p.created_at <= ${q.createdTo}::timestamptz`);
      if (q.q) {
        const pattern = likePattern(q.q);
        where.push(sql`(p.name ilike ${pattern} escape '\\' or p.description ilike ${pattern} escape '\\')`);
      }
      if (cursor) where.push(sql`(${col}, p.id) ${cmp} (${typed(cursor.v)}, ${cursor.id}::uuid)`);
      return [
        c.var.db.execute(sql`
          select ${projectColumns}, ${col}::text as "sortKey" from projects p
          where ${sql.join(where, sql` and `)}
          order by ${col} ${dir}, p.id ${dir}
          limit ${q.limit + 1}`),
      ];
    });
    const rows = rowsOf(results[0]);
    const page = rows.slice(0, q.limit);
    const last = page.at(-1);
    const nextCursor =
      rows.length > q.limit && last
        ? encodeCursor({ s: q.sort, o: q.order, v: last.sortKey as string, id: last.id as string })
        : null;
    return c.json({ items: page.map(toProject), nextCursor }, 200);
  })
  .openapi(statsRoute, async (c) => {
    const { results } = await authed(c, ({ userId }) => [
      c.var.db.execute(sql`
        select p.current_phase as phase, count(*)::int as n from projects p
        where p.user_id = ${userId} group by p.current_phase`),
    ]);
    const byPhase = Object.fromEntries(PHASES.map((p) => [p, 0])) as Record<(typeof PHASES)[number], number>;
    let total = 0;
    for (const r of rowsOf(results[0])) {
      byPhase[r.phase as (typeof PHASES)[number]] = Number(r.n);
      total += Number(r.n);
    }
    return c.json({ total, byPhase }, 200);
  })
  .openapi(getRoute, async (c) => {
    const { id } = c.req.valid("param");
    const { results } = await authed(c, ({ userId }) => [
      c.var.db.execute(sql`select ${projectColumns} from projects p where ${ownProject(id, userId)}`),
    ]);
    const row = rowsOf(results[0])[0];
    if (!row) throw projectNotFound();
    return c.json({ project: toProject(row) }, 200);
  })
  .openapi(updateRoute, async (c) => {
    const { id } = c.req.valid("param");
    const body = c.req.valid("json");
    const sets: SQL[] = [sql`updated_at = now()`];
    if (body.name !== undefined) sets.push(sql`name = ${body.name}`);
    if (body.description !== undefined) sets.push(sql`description = ${body.description}`);
    if (body.idea !== undefined) sets.push(sql`idea = ${body.idea}`);
    if (body.githubRepoUrl !== undefined) sets.push(sql`github_repo_url = ${body.githubRepoUrl}`);
    const { results } = await authed(c, ({ userId }) => [
      c.var.db.execute(sql`
        update projects p set ${sql.join(sets, sql`, `)}
        where ${ownProject(id, userId)} returning ${projectColumns}`),
    ]);
    const row = rowsOf(results[0])[0];
    if (!row) throw projectNotFound();
    return c.json({ project: toProject(row) }, 200);
  })
  .openapi(deleteRoute, async (c) => {
    const { id } = c.req.valid("param");
    const { results } = await authed(c, ({ userId }) => [
      c.var.db.execute(sql`delete from projects p where ${ownProject(id, userId)} returning p.id`),
    ]);
    if (!rowsOf(results[0])[0]) throw projectNotFound();
    return c.body(null, 204);
  })
  .openapi(orchestrationRoute, async (c) => {
    const { id } = c.req.valid("param");
    const patch = JSON.stringify(c.req.valid("json"));
    // `||` is evaluated against the row as locked by the update, so concurrent merges of
    // different keys both survive; the size guard sits in the same statement.
    const { results } = await authed(c, ({ userId }) => [
      c.var.db.execute(sql`
        with target as (select p.id from projects p where ${ownProject(id, userId)}),
        merged as (
          update projects p set orchestration_state = p.orchestration_state || ${patch}::jsonb, updated_at = now()
          from target t
          where p.id = t.id and octet_length((p.orchestration_state || ${patch}::jsonb)::text) <= ${ORCHESTRATION_STATE_MAX}
          returning p.orchestration_state
        )
        select (select count(*)::int from target) as found, (select orchestration_state from merged) as state`),
    ]);
    const row = rowsOf(results[0])[0];
    if (!row || Number(row.found) === 0) throw projectNotFound();
    if (row.state === null || row.state === undefined) {
      throw new ApiError(
        413,
        "payload_too_large",
        `the merged orchestration state would exceed ${ORCHESTRATION_STATE_MAX} bytes`,
      );
    }
    const state = typeof row.state === "string" ? JSON.parse(row.state) : row.state;
    return c.json({ orchestrationState: state as Record<string, unknown> }, 200);
  });
