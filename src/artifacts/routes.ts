// /api/projects/:id/artifacts: versioned spec documents. One `authed` batch per request; a new
// version number is computed in SQL and the unique key (project, phase, name, version) decides
// between concurrent posts (the loser retries).
import { z } from "@hono/zod-openapi";
import { sql } from "drizzle-orm";
import type { Context } from "hono";
import { authed } from "../platform/auth/session";
import type { Db } from "../platform/db/client";
import { PHASES, projectArtifacts } from "../platform/db/schema";
import { KiB, MiB } from "../platform/http/body-limit";
import { ifMatchCondition, preconditionFailed, quoted } from "../platform/http/conditional";
import type { AppEnv } from "../platform/http/context";
import { sqlState } from "../platform/http/error-catalog";
import { ApiError, notFound } from "../platform/http/errors";
import { answerClaim, type KeyRef, readRecordedRows, recordedRowJson, replayWith } from "../platform/http/idempotency";
import { router } from "../platform/http/openapi-router";
import { defineRoute, type Handler, jsonBody, jsonResponse } from "../platform/http/route";
import { sha256Hex } from "../platform/lib/hash";
import {
  ArtifactMetaSchema,
  ArtifactSchema,
  artifactMetaJson,
  jsonObject,
  onProject,
  PhaseSchema,
  ProjectParams,
  projectExists,
  projectNotFound,
  WaiverSchema,
  waiverJson,
} from "../projects";
import { recordingStatements, storedPrdOf } from "../requirements";
import { validateArtifact } from "../spec-engine";
import { FRONTMATTER_MAX } from "../spec-engine/markdown";
import { storedFacts } from "../spec-engine/trace-ids";
import { windowsNameProblem } from "./file-names";
import {
  type ArtifactQuotas,
  type ArtifactRow,
  artifactFields,
  artifactTag,
  findArtifact,
  latestArtifactEtag,
  listArtifacts,
  lockProject,
  type NewArtifact,
  storeArtifacts,
  waiveFinding,
} from "./queries";

export const ARTIFACT_CONTENT_MAX = 512 * 1024;
/** Raw body cap: content up to 512 KiB of UTF-8 plus JSON escaping and 16 KiB of frontmatter. */
export const ARTIFACT_BODY_MAX = 2 * MiB;
/** Up to 200 validation errors of any shape. */
const VALIDATION_BODY_MAX = 256 * KiB;
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

export const CreateArtifactBody = z
  .object({
    phase: PhaseSchema,
    name: ArtifactName,
    content: z.string().openapi({
      description:
        "The document. A Markdown one carries its frontmatter as a YAML block at its top: that block is the " +
        "version's stored `frontmatter` and what validation reads",
    }),
    frontmatter: jsonObject(FRONTMATTER_MAX)
      .optional()
      .openapi({
        deprecated: true,
        description:
          "Leave it out: the frontmatter is the content's YAML block. When sent, it must equal that block (as JSON, " +
          "key order aside; `{}` for a document without one), else 400 `validation_failed`",
      }),
  })
  .openapi("CreateArtifact", {
    example: { phase: "spec", name: "PRD.md", content: "---\ntitle: PRD\n---\n# PRD\n\n..." },
  });

export const ArtifactParams = ProjectParams.extend({
  artifactId: z.uuid().openapi({ param: { name: "artifactId", in: "path" } }),
});

export const ListArtifactsQuery = z.object({
  phase: PhaseSchema.optional(),
  versions: z.enum(["latest", "all"]).default("latest"),
});

/** The validation endpoint's body: a waiver of a named finding, never a result. */
export const ValidationBody = z
  .object({
    ruleId: z.string().min(1).max(64).openapi({ example: "section-empty" }),
    reason: z
      .string()
      .trim()
      .min(1)
      .max(2000)
      .openapi({ example: "The scope is settled in the brief; nothing to add" }),
  })
  .openapi("WaiveFinding");

const StoredArtifact = z.object({ artifact: ArtifactMetaSchema, created: z.boolean() }).openapi("StoredArtifact");

/** One stored item as the API shows it (the handlers' and their replays'). */
const storedJson = (row: ArtifactRow, created: boolean) => ({ artifact: artifactMetaJson(row), created });

/** The items a keyed store recorded (src/artifacts/queries.ts storeArtifacts), in input order. */
const recordedItems = (db: Db, at: KeyRef) =>
  readRecordedRows(db, at, "items", projectArtifacts, {
    ...artifactFields,
    // Raw: a key the store added to each recorded row (jsonb ->>), not a column of the table.
    created: sql<boolean>`(${recordedRowJson} ->> 'created')::boolean`,
  });
const itemsJson = (rows: (ArtifactRow & { created: boolean })[]) =>
  rows.map(({ created, ...row }) => storedJson(row, created));

const createRouteDef = defineRoute({
  operationId: "createArtifact",
  description:
    "Stores a document of a phase as a new version of (phase, name) and validates it; identical content returns the latest version instead (200). Needs a session or an API key with `artifacts:write`; counts against the artifact quotas.",
  tags: ["artifacts"],
  summary: "Store an artifact: a new version of (phase, name), or the latest one if the content is identical",
  method: "post",
  path: "/api/projects/{id}/artifacts",
  access: onProject("project:write"),
  // A version number taken concurrently costs one more round trip per retry (none in the budget).
  roundTrips: 1,
  auth: { scopes: ["artifacts:write"] },
  bodyLimit: { bytes: ARTIFACT_BODY_MAX, why: "content up to 512 KiB of UTF-8, escaping, 16 KiB frontmatter" },
  request: { params: ProjectParams, body: jsonBody(CreateArtifactBody) },
  responses: {
    200: jsonResponse("Identical to the latest version: nothing stored", StoredArtifact),
    201: jsonResponse("A new version", StoredArtifact),
  },
  errors: ["not_found", "artifact_name_conflict", "version_contended", "payload_too_large", "quota_exceeded"],
  idempotent: replayWith(
    (db, at) => ({ items: recordedItems(db, at) }),
    ({ items }) => itemsJson(items)[0],
    { lookUpFirst: true },
  ),
});

const listRouteDef = defineRoute({
  operationId: "listArtifacts",
  description:
    "Lists the project's artifacts without their content: the latest version of each, or every version, optionally of one phase. Needs a session or an API key with `projects:read`.",
  tags: ["artifacts"],
  summary: "Artifacts without content: the latest version of each (or every version), optionally of one phase",
  method: "get",
  path: "/api/projects/{id}/artifacts",
  access: onProject("project:read"),
  roundTrips: 1,
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
  description:
    "Returns one artifact with its content and validation; `version` picks another version of the same phase and name. Needs a session or an API key with `projects:read`.",
  tags: ["artifacts"],
  summary: "One artifact with content; `version` picks another version of the same phase and name",
  method: "get",
  path: "/api/projects/{id}/artifacts/{artifactId}",
  access: onProject("project:read"),
  roundTrips: 1,
  auth: { scopes: ["projects:read"] },
  request: {
    params: ArtifactParams,
    query: z.object({ version: z.coerce.number().int().min(1).max(1_000_000).optional() }),
  },
  responses: { 200: jsonResponse("The artifact", z.object({ artifact: ArtifactSchema })) },
  errors: ["not_found"],
  etag: true,
});

const validationRouteDef = defineRoute({
  operationId: "waiveArtifactFinding",
  tags: ["artifacts"],
  summary: "Waive a finding of the server's validation (a review action: the findings themselves never change)",
  description:
    "The owner accepts rule `ruleId` on this artifact (its phase and name, every version) with a reason; the waiver " +
    "records who and when, and an error-level finding it covers no longer blocks leaving the phase. Waiving the same " +
    "rule again replaces the reason. The validation result itself is the server's and cannot be set.",
  method: "patch",
  path: "/api/projects/{id}/artifacts/{artifactId}/validation",
  access: onProject("project:write"),
  roundTrips: 1,
  auth: { scopes: ["artifacts:write"] },
  bodyLimit: { bytes: VALIDATION_BODY_MAX, why: "up to 200 validation errors" },
  request: { params: ArtifactParams, body: jsonBody(ValidationBody) },
  responses: {
    200: jsonResponse("Waived", z.object({ artifact: ArtifactMetaSchema, waiver: WaiverSchema })),
  },
  errors: ["not_found", "finding_not_found"],
  ifMatch: true,
});

export const ARTIFACT_BATCH_MAX = 20;
/** Up to 20 artifacts; their total is bounded by this. */
const ARTIFACT_BATCH_BODY_MAX = 4 * MiB;

const BatchBody = z
  .object({
    artifacts: z
      .array(CreateArtifactBody)
      .min(1)
      .max(ARTIFACT_BATCH_MAX)
      // Names ignoring case: README.md and readme.md would be one file on many filesystems.
      .refine((xs) => new Set(xs.map((x) => `${x.phase}/${x.name.toLowerCase()}`)).size === xs.length, {
        message: "each (phase, name) may appear once per batch (names compared ignoring case)",
      }),
  })
  .openapi("CreateArtifacts");

const batchRouteDef = defineRoute({
  operationId: "createArtifacts",
  tags: ["artifacts"],
  summary: "Store several artifacts in one multi-row insert (each a new version, or a no-op if identical)",
  description: "Answers 201 whether or not any new version was stored.",
  method: "post",
  path: "/api/projects/{id}/artifacts/batch",
  access: onProject("project:write"),
  roundTrips: 1,
  auth: { scopes: ["artifacts:write"] },
  bodyLimit: { bytes: ARTIFACT_BATCH_BODY_MAX, why: "up to 20 artifacts; their total is bounded by this" },
  request: { params: ProjectParams, body: jsonBody(BatchBody) },
  responses: {
    201: jsonResponse(
      "One entry per input, in input order; `created` tells new versions from no-ops",
      z.object({ items: z.array(StoredArtifact) }),
    ),
  },
  errors: ["not_found", "artifact_name_conflict", "version_contended", "payload_too_large", "quota_exceeded"],
  idempotent: replayWith(
    (db, at) => ({ items: recordedItems(db, at) }),
    ({ items }) => ({ items: itemsJson(items) }),
    { lookUpFirst: true },
  ),
});

/** JSON text with every object's keys sorted: equal for values that differ only in key order. */
const canonicalJson = (v: unknown) =>
  JSON.stringify(v, (_key, x: unknown) =>
    x !== null && typeof x === "object" && !Array.isArray(x)
      ? Object.fromEntries(Object.entries(x).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : x,
  );

/**
 * One artifact of a request, validated and ready to store. `at`: the request path of its fields in a
 * validation issue ("" for the single upload, "artifacts.<i>." in a batch). The stored frontmatter is
 * the one validation parsed from the content; a `frontmatter` sent alongside must agree with it.
 */
export async function prepareArtifact(body: z.infer<typeof CreateArtifactBody>, at = ""): Promise<NewArtifact> {
  const bytes = new TextEncoder().encode(body.content);
  if (bytes.length > ARTIFACT_CONTENT_MAX) {
    throw new ApiError(
      "payload_too_large",
      `artifact ${body.phase}/${body.name} is ${bytes.length} bytes; the limit is ${ARTIFACT_CONTENT_MAX}`,
    );
  }
  // Validation runs here, in the worker, on the content the request carries: the batch stores its result.
  const v = await validateArtifact(body.phase, body.name, body.content);
  if (body.frontmatter !== undefined && canonicalJson(body.frontmatter) !== canonicalJson(v.frontmatter)) {
    const message =
      "differs from the content's frontmatter block, which is what is stored and validated: " +
      "put it in the block at the top of `content` and leave this field out";
    throw new ApiError("validation_failed", `artifact ${body.phase}/${body.name}: frontmatter ${message}`, {
      issues: [{ path: `${at}frontmatter`, message }],
    });
  }
  return {
    phase: body.phase,
    artifactName: body.name,
    content: body.content,
    fileSize: bytes.length,
    contentHash: await sha256Hex(bytes),
    frontmatter: v.frontmatter,
    validationStatus: v.status,
    validationErrors: v.findings,
    qualityScore: v.qualityScore,
    extraFile: v.extra,
    ...storedFacts(body.name, body.content),
  };
}

/** A concurrent post took a version (23505) or two batches crossed (40P01): the batch rolled back; retry. */
const isRetryable = (err: unknown) => {
  const code = sqlState(err);
  return code === "23505" || code === "40P01";
};

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
 * `statuses`: the route's answer when some item was stored / none was (recorded for a replay).
 */
async function store(
  c: Context<AppEnv>,
  id: string,
  items: NewArtifact[],
  statuses: { stored: number; unchanged: number },
) {
  const limits = { artifacts: c.var.config.QUOTA_ARTIFACTS_PER_PROJECT, bytes: c.var.config.QUOTA_BYTES_PER_PROJECT };
  const prd = await storedPrdOf(items);
  for (let attempt = 1; attempt <= VERSION_ATTEMPTS; attempt++) {
    let rows: Awaited<ReturnType<typeof storeArtifacts>>;
    try {
      ({
        results: { stored: rows },
      } = await authed(c, ({ userId }) => ({
        lock: lockProject(c.var.db, userId, id),
        stored: storeArtifacts(c.var.db, userId, id, items, limits, { claim: answerClaim(c, userId), statuses }),
        // The same batch: the PRD's requirements, then each new version's requirement revisions.
        ...recordingStatements(c.var.db, userId, id, items, prd),
      })));
    } catch (err) {
      // A concurrent post took one of the versions: the whole statement rolled back; compute again.
      if (isRetryable(err)) continue;
      throw err;
    }
    if (rows.length === 0) return undefined;
    const clash = rows[0]?.clash;
    if (clash) {
      throw new ApiError(
        "artifact_name_conflict",
        `"${clash}" differs only in case from an artifact name of this phase; use the same spelling or another name`,
      );
    }
    const quota = rows[0]?.quota;
    if (quota && !quota.allowed) throw quotaExceeded(quota, limits);
    return rows.map((r) => {
      const row = r.inserted ?? r.same;
      // Every item comes back, as inserted or as unchanged.
      if (!row) throw new Error("artifact store: an item is missing from the result");
      return storedJson(row, r.inserted !== null);
    });
  }
  throw new ApiError("version_contended", "concurrent posts of these artifacts kept colliding; retry");
}

const createArtifact: Handler<typeof createRouteDef> = async (c) => {
  const { id } = c.req.valid("param");
  const [stored] =
    (await store(c, id, [await prepareArtifact(c.req.valid("json"))], { stored: 201, unchanged: 200 })) ?? [];
  if (!stored) throw projectNotFound();
  return stored.created ? c.json(stored, 201) : c.json(stored, 200);
};

const createArtifactBatch: Handler<typeof batchRouteDef> = async (c) => {
  const { id } = c.req.valid("param");
  const items = await Promise.all(c.req.valid("json").artifacts.map((a, i) => prepareArtifact(a, `artifacts.${i}.`)));
  const stored = await store(c, id, items, { stored: 201, unchanged: 201 });
  if (!stored) throw projectNotFound();
  return c.json({ items: stored }, 201);
};

/** The listing, ordered by phase, then name, then version. */
const listArtifactsHandler: Handler<typeof listRouteDef> = async (c) => {
  const { id } = c.req.valid("param");
  const q = c.req.valid("query");
  const { results } = await authed(c, ({ userId }) => ({
    exists: projectExists(c.var.db, userId, id),
    artifacts: listArtifacts(c.var.db, userId, id, q),
  }));
  if (!results.exists[0]) throw projectNotFound();
  const items = results.artifacts
    .map(artifactMetaJson)
    .sort(
      (x, y) =>
        PHASES.indexOf(x.phase) - PHASES.indexOf(y.phase) ||
        (x.name < y.name ? -1 : x.name > y.name ? 1 : x.version - y.version),
    );
  return c.json({ items }, 200);
};

const getArtifact: Handler<typeof getRouteDef> = async (c) => {
  const { id, artifactId } = c.req.valid("param");
  const { version } = c.req.valid("query");
  const { results } = await authed(c, ({ userId }) => ({
    artifact: findArtifact(c.var.db, userId, id, artifactId, version),
  }));
  const found = results.artifact[0];
  if (!found) throw notFound(version === undefined ? "artifact" : "artifact version");
  const { content, etag, ...row } = found;
  c.header("ETag", quoted(etag));
  return c.json({ artifact: { ...artifactMetaJson(row), content } }, 200);
};

const waiveArtifactFinding: Handler<typeof validationRouteDef> = async (c) => {
  const { id, artifactId } = c.req.valid("param");
  const b = c.req.valid("json");
  const { results } = await authed(c, ({ userId }) => {
    const ifMatch = ifMatchCondition(c, latestArtifactEtag(c.var.db));
    return {
      waiver: waiveFinding(c.var.db, userId, id, artifactId, b, ifMatch),
      artifact: findArtifact(c.var.db, userId, id, artifactId),
      tag: artifactTag(c.var.db, userId, id, artifactId, ifMatch),
    };
  });
  const artifact = results.artifact[0];
  const tag = results.tag[0];
  if (!artifact || !tag) throw notFound("artifact");
  const waiver = results.waiver[0];
  if (!(waiver || tag.matches)) throw preconditionFailed();
  if (!waiver) {
    throw new ApiError(
      "finding_not_found",
      `${artifact.artifactName} v${artifact.version} has no finding of rule "${b.ruleId}"`,
    );
  }
  const { content: _content, etag: _etag, ...meta } = artifact;
  c.header("ETag", quoted(tag.etag));
  return c.json({ artifact: artifactMetaJson(meta), waiver: waiverJson(waiver) }, 200);
};

export const artifactRoutes = router()
  .openapi(createRouteDef, createArtifact)
  .openapi(batchRouteDef, createArtifactBatch)
  .openapi(listRouteDef, listArtifactsHandler)
  .openapi(getRouteDef, getArtifact)
  .openapi(validationRouteDef, waiveArtifactFinding);
