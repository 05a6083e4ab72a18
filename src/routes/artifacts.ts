// /api/projects/:id/artifacts: versioned spec documents. One `authed` batch per request; a new
// version number is computed in SQL and the unique key (project, phase, name, version) decides
// between concurrent posts (the loser retries).
import { z } from "@hono/zod-openapi";
import type { Context } from "hono";
import {
  type ArtifactQuotas,
  findArtifact,
  listArtifacts,
  lockProject,
  type NewArtifact,
  projectExists,
  recordValidation,
  storeArtifacts,
} from "../artifacts/queries";
import { authed } from "../auth/session";
import { PHASES } from "../db/schema";
import type { AppEnv } from "../http/context";
import { sqlState } from "../http/error-catalog";
import { ApiError, notFound } from "../http/errors";
import { router } from "../http/openapi";
import { defineRoute, jsonBody, jsonResponse } from "../http/route";
import {
  ArtifactMetaSchema,
  ArtifactSchema,
  artifactMetaJson,
  jsonObject,
  PhaseSchema,
  ProjectParams,
  projectNotFound,
  safeJson,
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

export const CreateArtifactBody = z
  .object({
    phase: PhaseSchema,
    name: ArtifactName,
    content: z.string(),
    frontmatter: jsonObject(FRONTMATTER_MAX).optional(),
  })
  .openapi("CreateArtifact", {
    example: { phase: "spec", name: "PRD.md", content: "# PRD\n\n...", frontmatter: { title: "PRD" } },
  });

export const ArtifactParams = ProjectParams.extend({
  artifactId: z.uuid().openapi({ param: { name: "artifactId", in: "path" } }),
});

export const ListArtifactsQuery = z.object({
  phase: PhaseSchema.optional(),
  versions: z.enum(["latest", "all"]).default("latest"),
});

export const ValidationBody = z
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
  auth: { scopes: ["artifacts:write"] },
  bodyLimit: ARTIFACT_BODY_MAX,
  request: { params: ProjectParams, body: jsonBody(CreateArtifactBody) },
  responses: {
    200: jsonResponse("Identical to the latest version: nothing stored", StoredArtifact),
    201: jsonResponse("A new version", StoredArtifact),
  },
  errors: ["not_found", "version_contended", "payload_too_large", "quota_exceeded"],
});

const listRouteDef = defineRoute({
  operationId: "listArtifacts",
  tags: ["artifacts"],
  summary: "Artifacts without content: the latest version of each (or every version), optionally of one phase",
  method: "get",
  path: "/api/projects/{id}/artifacts",
  auth: { scopes: ["projects:read"] },
  request: {
    params: ProjectParams,
    query: ListArtifactsQuery,
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
  auth: { scopes: ["projects:read"] },
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
  auth: { scopes: ["artifacts:write"] },
  request: { params: ArtifactParams, body: jsonBody(ValidationBody) },
  responses: { 200: jsonResponse("Updated", z.object({ artifact: ArtifactMetaSchema })) },
  errors: ["not_found"],
});

export const ARTIFACT_BATCH_MAX = 20;
const ARTIFACT_BATCH_BODY_MAX = 4 * 1024 * 1024;

const BatchBody = z
  .object({
    artifacts: z
      .array(CreateArtifactBody)
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
  auth: { scopes: ["artifacts:write"] },
  bodyLimit: ARTIFACT_BATCH_BODY_MAX,
  request: { params: ProjectParams, body: jsonBody(BatchBody) },
  responses: {
    201: jsonResponse(
      "One entry per input, in input order; `created` tells new versions from no-ops",
      z.object({ items: z.array(StoredArtifact) }),
    ),
  },
  errors: ["not_found", "version_contended", "payload_too_large", "quota_exceeded"],
});

async function prepare(body: z.infer<typeof CreateArtifactBody>): Promise<NewArtifact> {
  const bytes = new TextEncoder().encode(body.content);
  if (bytes.length > ARTIFACT_CONTENT_MAX) {
    throw new ApiError(
      "payload_too_large",
      `artifact ${body.phase}/${body.name} is ${bytes.length} bytes; the limit is ${ARTIFACT_CONTENT_MAX}`,
    );
  }
  return {
    phase: body.phase,
    artifactName: body.name,
    content: body.content,
    fileSize: bytes.length,
    contentHash: await sha256Hex(bytes),
    frontmatter: body.frontmatter ?? {},
  };
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

/** Which per-project quota refused a store, from the statement's own quota row. */
function quotaExceeded(
  q: { heldArtifacts: number; heldBytes: number; newArtifacts: number; newBytes: number },
  limits: ArtifactQuotas,
) {
  const issues =
    q.newArtifacts > 0 && q.heldArtifacts + q.newArtifacts > limits.artifacts
      ? [
          {
            path: "artifacts",
            message: `${q.heldArtifacts} of ${limits.artifacts} artifacts per project used; this adds ${q.newArtifacts}`,
          },
        ]
      : [
          {
            path: "bytes",
            message: `${q.heldBytes} of ${limits.bytes} bytes per project used; this adds ${q.newBytes}`,
          },
        ];
  return new ApiError("quota_exceeded", "the project's quota would be exceeded; nothing was stored", { issues });
}

/**
 * Stores `items` (see storeArtifacts), retrying while concurrent posts take the versions it
 * computed. One entry per item, in input order; undefined when the project is not found.
 */
async function store(c: Context<AppEnv>, id: string, items: NewArtifact[]) {
  const limits = { artifacts: c.var.config.QUOTA_ARTIFACTS_PER_PROJECT, bytes: c.var.config.QUOTA_BYTES_PER_PROJECT };
  for (let attempt = 1; attempt <= VERSION_ATTEMPTS; attempt++) {
    let rows: Awaited<ReturnType<typeof storeArtifacts>>;
    try {
      ({
        results: [, rows],
      } = await authed(c, ({ userId }) => [
        lockProject(c.var.db, userId, id),
        storeArtifacts(c.var.db, userId, id, items, limits),
      ]));
    } catch (err) {
      // A concurrent post took one of the versions: the whole statement rolled back; compute again.
      if (isRetryable(err)) continue;
      throw err;
    }
    if (rows.length === 0) return undefined;
    const quota = rows[0]?.quota;
    if (quota && !quota.allowed) throw quotaExceeded(quota, limits);
    return rows.map((r) => {
      const row = r.inserted ?? r.same;
      // Every item comes back, as inserted or as unchanged.
      if (!row) throw new Error("artifact store: an item is missing from the result");
      return { artifact: artifactMetaJson(row), created: r.inserted !== null };
    });
  }
  throw new ApiError("version_contended", "concurrent posts of these artifacts kept colliding; retry");
}

export const artifactRoutes = router()
  .openapi(createRouteDef, async (c) => {
    const { id } = c.req.valid("param");
    const [stored] = (await store(c, id, [await prepare(c.req.valid("json"))])) ?? [];
    if (!stored) throw projectNotFound();
    return stored.created ? c.json(stored, 201) : c.json(stored, 200);
  })
  .openapi(batchRouteDef, async (c) => {
    const { id } = c.req.valid("param");
    const items = await Promise.all(c.req.valid("json").artifacts.map(prepare));
    const stored = await store(c, id, items);
    if (!stored) throw projectNotFound();
    return c.json({ items: stored }, 201);
  })
  .openapi(listRouteDef, async (c) => {
    const { id } = c.req.valid("param");
    const q = c.req.valid("query");
    const { results } = await authed(c, ({ userId }) => [
      projectExists(c.var.db, userId, id),
      listArtifacts(c.var.db, userId, id, q),
    ]);
    if (!results[0][0]) throw projectNotFound();
    const items = results[1]
      .map(artifactMetaJson)
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
    const { results } = await authed(c, ({ userId }) => [findArtifact(c.var.db, userId, id, artifactId, version)]);
    const row = results[0][0];
    if (!row) throw notFound(version === undefined ? "artifact" : "artifact version");
    return c.json({ artifact: { ...artifactMetaJson(row), content: row.content } }, 200);
  })
  .openapi(validationRouteDef, async (c) => {
    const { id, artifactId } = c.req.valid("param");
    const b = c.req.valid("json");
    const { results } = await authed(c, ({ userId }) => [recordValidation(c.var.db, userId, id, artifactId, b)]);
    const row = results[0][0];
    if (!row) throw notFound("artifact");
    return c.json({ artifact: artifactMetaJson(row) }, 200);
  });
