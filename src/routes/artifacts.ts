// /api/projects/:id/artifacts: versioned spec documents. One `authed` batch per request; a new
// version number is computed in SQL and the unique key (project, phase, name, version) decides
// between concurrent posts (the loser retries).
import { z } from "@hono/zod-openapi";
import { type SQL, sql } from "drizzle-orm";
import { authed } from "../auth/session";
import { PHASES } from "../db/schema";
import { sqlState } from "../http/error-catalog";
import { ApiError, notFound } from "../http/errors";
import { router } from "../http/openapi";
import { defineRoute, jsonBody, jsonResponse } from "../http/route";
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
/** Raw body cap: the content plus JSON escaping and the other fields. */
const ARTIFACT_BODY_MAX = 4 * ARTIFACT_CONTENT_MAX;
const VERSION_ATTEMPTS = 8;

/** A file name, safe as a zip entry `<phase>/<name>`: no slashes, no `..`, no leading dot. */
export const ArtifactName = z
  .string()
  .min(1)
  .max(128)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, "letters, digits, '.', '_' and '-' only, starting with a letter or digit")
  .refine((n) => !n.includes(".."), "must not contain '..'")
  .openapi({ example: "PRD.md" });

const CreateBody = z
  .object({
    phase: PhaseSchema,
    name: ArtifactName,
    content: z.string(),
    frontmatter: jsonObject(FRONTMATTER_MAX).optional(),
  })
  .openapi("CreateArtifact", {
    example: { phase: "spec", name: "PRD.md", content: "# PRD\n\n...", frontmatter: { title: "PRD" } },
  });

const ArtifactParams = ProjectParams.extend({
  artifactId: z.uuid().openapi({ param: { name: "artifactId", in: "path" } }),
});

const ValidationBody = z
  .object({
    status: ValidationStatusSchema,
    errors: safeJson(z.array(z.unknown()).max(200)).optional(),
    qualityScore: z.number().int().min(0).max(100).nullable().optional(),
  })
  .openapi("ArtifactValidation", {
    example: { status: "fail", errors: [{ rule: "length", message: "too short" }], qualityScore: 40 },
  });

const StoredArtifact = z.object({ artifact: ArtifactMetaSchema, created: z.boolean() }).openapi("StoredArtifact");

const createRouteDef = defineRoute({
  operationId: "createArtifact",
  tags: ["artifacts"],
  summary: "Store an artifact: a new version of (phase, name), or the latest one if the content is identical",
  method: "post",
  path: "/api/projects/{id}/artifacts",
  auth: "session",
  bodyLimit: ARTIFACT_BODY_MAX,
  request: { params: ProjectParams, body: jsonBody(CreateBody) },
  responses: {
    200: jsonResponse("Identical to the latest version: nothing stored", StoredArtifact),
    201: jsonResponse("A new version", StoredArtifact),
  },
  errors: ["not_found", "version_contended", "payload_too_large"],
});

const listRouteDef = defineRoute({
  operationId: "listArtifacts",
  tags: ["artifacts"],
  summary: "Artifacts without content: the latest version of each (or every version), optionally of one phase",
  method: "get",
  path: "/api/projects/{id}/artifacts",
  auth: "session",
  request: {
    params: ProjectParams,
    query: z.object({
      phase: PhaseSchema.optional(),
      versions: z.enum(["latest", "all"]).default("latest"),
    }),
  },
  responses: { 200: jsonResponse("Artifacts", z.object({ items: z.array(ArtifactMetaSchema) })) },
  errors: ["not_found"],
});

const getRouteDef = defineRoute({
  operationId: "getArtifact",
  tags: ["artifacts"],
  summary: "One artifact with content; `version` picks another version of the same phase and name",
  method: "get",
  path: "/api/projects/{id}/artifacts/{artifactId}",
  auth: "session",
  request: {
    params: ArtifactParams,
    query: z.object({ version: z.coerce.number().int().min(1).max(1_000_000).optional() }),
  },
  responses: { 200: jsonResponse("The artifact", z.object({ artifact: ArtifactSchema })) },
  errors: ["not_found"],
});

const validationRouteDef = defineRoute({
  operationId: "recordArtifactValidation",
  tags: ["artifacts"],
  summary: "Record a validation result (omitted errors / qualityScore stay as they were)",
  method: "patch",
  path: "/api/projects/{id}/artifacts/{artifactId}/validation",
  auth: "session",
  request: { params: ArtifactParams, body: jsonBody(ValidationBody) },
  responses: { 200: jsonResponse("Updated", z.object({ artifact: ArtifactMetaSchema })) },
  errors: ["not_found"],
});

export const ARTIFACT_BATCH_MAX = 20;
const ARTIFACT_BATCH_BODY_MAX = 4 * 1024 * 1024;

const BatchBody = z
  .object({
    artifacts: z
      .array(CreateBody)
      .min(1)
      .max(ARTIFACT_BATCH_MAX)
      .refine((xs) => new Set(xs.map((x) => `${x.phase}/${x.name}`)).size === xs.length, {
        message: "each (phase, name) may appear once per batch",
      }),
  })
  .openapi("CreateArtifacts");

const batchRouteDef = defineRoute({
  operationId: "createArtifacts",
  tags: ["artifacts"],
  summary: "Store several artifacts in one multi-row insert (each a new version, or a no-op if identical)",
  description: "Answers 201 (it answered 200 before issue 11), whether or not any new version was stored.",
  method: "post",
  path: "/api/projects/{id}/artifacts/batch",
  auth: "session",
  bodyLimit: ARTIFACT_BATCH_BODY_MAX,
  request: { params: ProjectParams, body: jsonBody(BatchBody) },
  responses: {
    201: jsonResponse(
      "One entry per input, in input order; `created` tells new versions from no-ops",
      z.object({ items: z.array(StoredArtifact) }),
    ),
  },
  errors: ["not_found", "version_contended", "payload_too_large"],
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
      where l.content_hash is distinct from i.hash
      order by i.phase, i.name -- one lock order for every batch: no deadlock between two batches
      returning ${artifactMetaColumns}
    )
    select (select count(*)::int from p) as found,
           (select coalesce(json_agg(ins), '[]') from ins) as inserted,
           (select coalesce(json_agg(same), '[]') from (
              select ${artifactMetaColumns} from project_artifacts a join latest l on l.id = a.id
              join input i on i.ord = l.ord where l.content_hash = i.hash
           ) same) as same`;
}

/** A concurrent post took a version (23505) or two batches crossed (40P01): the batch rolled back; retry. */
const isRetryable = (err: unknown) => {
  const code = sqlState(err);
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
      on conflict (project_id, phase, artifact_name, version) do nothing
      returning ${artifactMetaColumns}
    )
    select (select count(*)::int from p) as found,
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
      if (row.inserted) return c.json({ artifact: toArtifactMeta(json<Row>(row.inserted)), created: true }, 201);
      if (row.same) return c.json({ artifact: toArtifactMeta(json<Row>(row.same)), created: false }, 200);
      // Neither: a concurrent post took this version number; compute the next one again.
    }
    throw new ApiError("version_contended", "concurrent posts of this artifact kept colliding; retry");
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
      return c.json({ items: out }, 201);
    }
    throw new ApiError("version_contended", "concurrent posts of these artifacts kept colliding; retry");
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
