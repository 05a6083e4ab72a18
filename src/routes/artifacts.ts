// /api/projects/:id/artifacts: versioned spec documents. One `authed` batch per request; a new
// version number is computed in SQL and the unique key (project, phase, name, version) decides
// between concurrent posts (the loser retries).
import { createRoute, z } from "@hono/zod-openapi";
import { type SQL, sql } from "drizzle-orm";
import { authed } from "../auth/session";
import { PHASES } from "../db/schema";
import { windowsNameProblem } from "../domain/file-names";
import { ApiError, notFound } from "../http/errors";
import { withDb } from "../http/middleware";
import { errorResponses, router } from "../http/openapi";
import {
  type ArtifactMetaJson,
  ArtifactMetaSchema,
  ArtifactSchema,
  artifactMetaColumns,
  json,
  jsonObject,
  ownProject,
  PhaseSchema,
  ProjectParams,
  projectNotFound,
  type Row,
  rowsOf,
  safeJson,
  toArtifactMeta,
  ValidationStatusSchema,
} from "./project-common";

export const ARTIFACT_CONTENT_MAX = 512 * 1024;
export const FRONTMATTER_MAX = 16 * 1024;
const VERSION_ATTEMPTS = 8;

/** A file name, safe as a zip entry `<phase>/<name>`: no slashes, no `..`, no leading dot. */
export const ArtifactName = z
  .string()
  .min(1)
  .max(128)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, "letters, digits, '.', '_' and '-' only, starting with a letter or digit")
  .refine((n) => !n.includes(".."), "must not contain '..'")
  .superRefine((n, ctx) => {
    const problem = windowsNameProblem(n);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  })
  .openapi({ example: "PRD.md" });

const CreateBody = z
  .object({
    phase: PhaseSchema,
    name: ArtifactName,
    content: z.string(),
    frontmatter: jsonObject(FRONTMATTER_MAX).optional(),
  })
  .openapi("CreateArtifact");

const ArtifactParams = ProjectParams.extend({
  artifactId: z.uuid().openapi({ param: { name: "artifactId", in: "path" } }),
});

const ValidationBody = z
  .object({
    status: ValidationStatusSchema,
    errors: safeJson(z.array(z.unknown()).max(200)).optional(),
    qualityScore: z.number().int().min(0).max(100).nullable().optional(),
  })
  .openapi("ArtifactValidation");

const createRouteDef = createRoute({
  method: "post",
  path: "/api/projects/{id}/artifacts",
  summary: "Store an artifact: a new version of (phase, name), or the latest one if the content is identical",
  middleware: [withDb] as const,
  request: { params: ProjectParams, body: { content: { "application/json": { schema: CreateBody } }, required: true } },
  responses: {
    200: {
      description: "Identical to the latest version: nothing stored",
      content: { "application/json": { schema: z.object({ artifact: ArtifactMetaSchema, created: z.boolean() }) } },
    },
    201: {
      description: "A new version",
      content: { "application/json": { schema: z.object({ artifact: ArtifactMetaSchema, created: z.boolean() }) } },
    },
    ...errorResponses(400, 401, 404, 409, 413, 503),
  },
});

const listRouteDef = createRoute({
  method: "get",
  path: "/api/projects/{id}/artifacts",
  summary: "Artifacts without content: the latest version of each (or every version), optionally of one phase",
  middleware: [withDb] as const,
  request: {
    params: ProjectParams,
    query: z.object({
      phase: PhaseSchema.optional(),
      versions: z.enum(["latest", "all"]).default("latest"),
    }),
  },
  responses: {
    200: {
      description: "Artifacts",
      content: { "application/json": { schema: z.object({ items: z.array(ArtifactMetaSchema) }) } },
    },
    ...errorResponses(400, 401, 404, 503),
  },
});

const getRouteDef = createRoute({
  method: "get",
  path: "/api/projects/{id}/artifacts/{artifactId}",
  summary: "One artifact with content; `version` picks another version of the same phase and name",
  middleware: [withDb] as const,
  request: {
    params: ArtifactParams,
    query: z.object({ version: z.coerce.number().int().min(1).max(1_000_000).optional() }),
  },
  responses: {
    200: {
      description: "The artifact",
      content: { "application/json": { schema: z.object({ artifact: ArtifactSchema }) } },
    },
    ...errorResponses(400, 401, 404, 503),
  },
});

const validationRouteDef = createRoute({
  method: "patch",
  path: "/api/projects/{id}/artifacts/{artifactId}/validation",
  summary: "Record a validation result (omitted errors / qualityScore stay as they were)",
  middleware: [withDb] as const,
  request: {
    params: ArtifactParams,
    body: { content: { "application/json": { schema: ValidationBody } }, required: true },
  },
  responses: {
    200: {
      description: "Updated",
      content: { "application/json": { schema: z.object({ artifact: ArtifactMetaSchema }) } },
    },
    ...errorResponses(400, 401, 404, 503),
  },
});

export const ARTIFACT_BATCH_MAX = 20;

const BatchBody = z
  .object({
    artifacts: z
      .array(CreateBody)
      .min(1)
      .max(ARTIFACT_BATCH_MAX)
      // Names ignoring case: README.md and readme.md would be one file on many filesystems.
      .refine((xs) => new Set(xs.map((x) => `${x.phase}/${x.name.toLowerCase()}`)).size === xs.length, {
        message: "each (phase, name) may appear once per batch (names compared ignoring case)",
      }),
  })
  .openapi("CreateArtifacts");

const batchRouteDef = createRoute({
  method: "post",
  path: "/api/projects/{id}/artifacts/batch",
  summary: "Store several artifacts in one multi-row insert (each a new version, or a no-op if identical)",
  middleware: [withDb] as const,
  request: { params: ProjectParams, body: { content: { "application/json": { schema: BatchBody } }, required: true } },
  responses: {
    200: {
      description: "One entry per input, in input order; `created` tells new versions from no-ops",
      content: {
        "application/json": {
          schema: z.object({ items: z.array(z.object({ artifact: ArtifactMetaSchema, created: z.boolean() })) }),
        },
      },
    },
    ...errorResponses(400, 401, 404, 409, 413, 503),
  },
});

interface PreparedArtifact {
  phase: string;
  name: string;
  content: string;
  size: number;
  hash: string;
  frontmatter: string;
}

async function prepare(body: z.infer<typeof CreateBody>): Promise<PreparedArtifact> {
  const bytes = new TextEncoder().encode(body.content);
  if (bytes.length > ARTIFACT_CONTENT_MAX) {
    throw new ApiError(
      413,
      "payload_too_large",
      `artifact ${body.phase}/${body.name} is ${bytes.length} bytes; the limit is ${ARTIFACT_CONTENT_MAX}`,
    );
  }
  return {
    phase: body.phase,
    name: body.name,
    content: body.content,
    size: bytes.length,
    hash: await sha256Hex(bytes),
    frontmatter: JSON.stringify(body.frontmatter ?? {}),
  };
}

/**
 * Many artifacts in ONE multi-row insert: each row's next version is computed from its own
 * latest version (lateral), rows identical to their latest are skipped and reported as such.
 * No `on conflict` here: a concurrent post of one of the names aborts the whole statement
 * (23505), so the batch is all-or-nothing and the caller retries it.
 */
function insertBatch(id: string, userId: SQL, items: PreparedArtifact[]) {
  const input = JSON.stringify(items.map((x, ord) => ({ ord, ...x, frontmatter: JSON.parse(x.frontmatter) })));
  return sql`
    with p as (select p.id from projects p where ${ownProject(id, userId)}),
    input as (
      select * from jsonb_to_recordset(${input}::jsonb)
        as x(ord int, phase text, name text, content text, size int, hash text, frontmatter jsonb)
    ),
    clash as (
      select i.name from input i cross join p
      join project_artifacts o on o.project_id = p.id and o.phase = i.phase
      where lower(o.artifact_name) = lower(i.name) and o.artifact_name <> i.name limit 1
    ),
    latest as (
      select i.ord, l.id, l.version, l.content_hash from input i cross join p
      left join lateral (
        select a.id, a.version, a.content_hash from project_artifacts a
        where a.project_id = p.id and a.phase = i.phase and a.artifact_name = i.name
        order by a.version desc limit 1
      ) l on true
    ),
    ins as (
      insert into project_artifacts as a (project_id, phase, artifact_name, version, content, file_size, content_hash, frontmatter)
      select p.id, i.phase, i.name, coalesce(l.version, 0) + 1, i.content, i.size, i.hash, i.frontmatter
      from input i join latest l on l.ord = i.ord cross join p
      where l.content_hash is distinct from i.hash and not exists (select 1 from clash)
      order by i.phase, i.name -- one lock order for every batch: no deadlock between two batches
      returning ${artifactMetaColumns}
    )
    select (select count(*)::int from p) as found, (select name from clash) as clash,
           (select coalesce(json_agg(ins), '[]') from ins) as inserted,
           (select coalesce(json_agg(same), '[]') from (
              select ${artifactMetaColumns} from project_artifacts a join latest l on l.id = a.id
              join input i on i.ord = l.ord where l.content_hash = i.hash
           ) same) as same`;
}

/** Another name of the phase equals this one ignoring case: one file on case-insensitive filesystems. */
const nameCaseConflict = (name: string) =>
  new ApiError(
    409,
    "artifact_name_conflict",
    `"${name}" differs only in case from an artifact name of this phase; use the same spelling or another name`,
  );

/** A concurrent post took a version (23505) or two batches crossed (40P01): the batch rolled back; retry. */
const isRetryable = (err: unknown) => {
  const code = (err as { cause?: { code?: unknown } })?.cause?.code ?? (err as { code?: unknown })?.code;
  return code === "23505" || code === "40P01";
};

async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", bytes);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

function insertVersion(
  id: string,
  userId: SQL,
  a: { phase: string; name: string; content: string; size: number; hash: string; frontmatter: string },
) {
  return sql`
    with p as (select p.id from projects p where ${ownProject(id, userId)}),
    clash as (
      select 1 from project_artifacts o join p on o.project_id = p.id
      where o.phase = ${a.phase} and lower(o.artifact_name) = lower(${a.name}) and o.artifact_name <> ${a.name}
      limit 1
    ),
    latest as (
      select a.* from project_artifacts a join p on a.project_id = p.id
      where a.phase = ${a.phase} and a.artifact_name = ${a.name}
      order by a.version desc limit 1
    ),
    ins as (
      insert into project_artifacts as a (project_id, phase, artifact_name, version, content, file_size, content_hash, frontmatter)
      select p.id, ${a.phase}, ${a.name}, coalesce((select version from latest), 0) + 1,
             ${a.content}, ${a.size}, ${a.hash}, ${a.frontmatter}::jsonb
      from p where not exists (select 1 from latest where content_hash = ${a.hash})
        and not exists (select 1 from clash)
      on conflict (project_id, phase, artifact_name, version) do nothing
      returning ${artifactMetaColumns}
    )
    select (select count(*)::int from p) as found, exists (select 1 from clash) as clash,
           (select row_to_json(ins) from ins) as inserted,
           (select row_to_json(same) from (
              select ${artifactMetaColumns} from latest a where a.content_hash = ${a.hash}
           ) same) as same`;
}

export const artifactRoutes = router()
  .openapi(createRouteDef, async (c) => {
    const { id } = c.req.valid("param");
    const body = c.req.valid("json");
    const a = await prepare(body);
    for (let attempt = 1; attempt <= VERSION_ATTEMPTS; attempt++) {
      const { results } = await authed(c, ({ userId }) => [c.var.db.execute(insertVersion(id, userId, a))]);
      const row = rowsOf(results[0])[0];
      if (!row || Number(row.found) === 0) throw projectNotFound();
      if (row.clash) throw nameCaseConflict(a.name);
      if (row.inserted) return c.json({ artifact: toArtifactMeta(json<Row>(row.inserted)), created: true }, 201);
      if (row.same) return c.json({ artifact: toArtifactMeta(json<Row>(row.same)), created: false }, 200);
      // Neither: a concurrent post took this version number; compute the next one again.
    }
    throw new ApiError(409, "version_contended", "concurrent posts of this artifact kept colliding; retry", {
      headers: { "Retry-After": "1" },
    });
  })
  .openapi(batchRouteDef, async (c) => {
    const { id } = c.req.valid("param");
    const items = await Promise.all(c.req.valid("json").artifacts.map(prepare));
    for (let attempt = 1; attempt <= VERSION_ATTEMPTS; attempt++) {
      let row: Row | undefined;
      try {
        const { results } = await authed(c, ({ userId }) => [c.var.db.execute(insertBatch(id, userId, items))]);
        row = rowsOf(results[0])[0];
      } catch (err) {
        // A concurrent post took one of the versions: the whole batch rolled back; compute again.
        if (isRetryable(err)) continue;
        throw err;
      }
      if (!row || Number(row.found) === 0) throw projectNotFound();
      if (row.clash) throw nameCaseConflict(String(row.clash));
      const byKey = new Map<string, { artifact: ArtifactMetaJson; created: boolean }>();
      for (const r of json<Row[]>(row.inserted)) {
        const a = toArtifactMeta(r);
        byKey.set(`${a.phase}/${a.name}`, { artifact: a, created: true });
      }
      for (const r of json<Row[]>(row.same)) {
        const a = toArtifactMeta(r);
        byKey.set(`${a.phase}/${a.name}`, { artifact: a, created: false });
      }
      // Every requested (phase, name) comes back, as inserted or as unchanged.
      const out = items.flatMap((x) => byKey.get(`${x.phase}/${x.name}`) ?? []);
      if (out.length !== items.length) throw new Error("artifact batch: an item is missing from the result");
      return c.json({ items: out }, 200);
    }
    throw new ApiError(409, "version_contended", "concurrent posts of these artifacts kept colliding; retry", {
      headers: { "Retry-After": "1" },
    });
  })
  .openapi(listRouteDef, async (c) => {
    const { id } = c.req.valid("param");
    const q = c.req.valid("query");
    // Both conditions are real SQL predicates joined with `and` (the original lost one in JS).
    const { results } = await authed(c, ({ userId }) => {
      const phase = q.phase ? sql`and a.phase = ${q.phase}` : sql``;
      const stmt =
        q.versions === "all"
          ? sql`select ${artifactMetaColumns} from project_artifacts a join projects p on p.id = a.project_id
                where ${ownProject(id, userId)} ${phase} order by a.phase, a.artifact_name, a.version`
          : sql`select distinct on (a.phase, a.artifact_name) ${artifactMetaColumns}
                from project_artifacts a join projects p on p.id = a.project_id
                where ${ownProject(id, userId)} ${phase} order by a.phase, a.artifact_name, a.version desc`;
      return [
        c.var.db.execute(sql`select p.id from projects p where ${ownProject(id, userId)}`),
        c.var.db.execute(stmt),
      ];
    });
    if (!rowsOf(results[0])[0]) throw projectNotFound();
    const items = rowsOf(results[1])
      .map(toArtifactMeta)
      .sort(
        (x, y) =>
          PHASES.indexOf(x.phase) - PHASES.indexOf(y.phase) ||
          (x.name < y.name ? -1 : x.name > y.name ? 1 : x.version - y.version),
      );
    return c.json({ items }, 200);
  })
  .openapi(getRouteDef, async (c) => {
    const { id, artifactId } = c.req.valid("param");
    const { version } = c.req.valid("query");
    const { results } = await authed(c, ({ userId }) => [
      c.var.db.execute(sql`
        select ${artifactMetaColumns}, a.content
        from project_artifacts ref
        join projects p on p.id = ref.project_id
        join project_artifacts a on a.project_id = ref.project_id and a.phase = ref.phase
             and a.artifact_name = ref.artifact_name and a.version = coalesce(${version ?? null}::int, ref.version)
        where ${ownProject(id, userId)} and ref.id = ${artifactId}::uuid`),
    ]);
    const row = rowsOf(results[0])[0];
    if (!row) throw notFound(version === undefined ? "artifact" : "artifact version");
    return c.json({ artifact: { ...toArtifactMeta(row), content: row.content as string } }, 200);
  })
  .openapi(validationRouteDef, async (c) => {
    const { id, artifactId } = c.req.valid("param");
    const b = c.req.valid("json");
    const { results } = await authed(c, ({ userId }) => [
      c.var.db.execute(sql`
        update project_artifacts a set validation_status = ${b.status},
          validation_errors = coalesce(${b.errors === undefined ? null : JSON.stringify(b.errors)}::jsonb, a.validation_errors),
          quality_score = ${b.qualityScore === undefined ? sql`a.quality_score` : sql`${b.qualityScore}::int`},
          updated_at = now()
        from projects p
        where p.id = a.project_id and ${ownProject(id, userId)} and a.id = ${artifactId}::uuid
        returning ${artifactMetaColumns}`),
    ]);
    const row = rowsOf(results[0])[0];
    if (!row) throw notFound("artifact");
    return c.json({ artifact: toArtifactMeta(row) }, 200);
  });
