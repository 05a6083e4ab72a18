// Shared by the project, phase, artifact and export routes: the JSON shapes of projects and
// artifacts and the mappers from their typed rows (src/projects/queries.ts, src/artifacts/queries.ts).
import { z } from "@hono/zod-openapi";
import type { ArtifactRow } from "../artifacts/queries";
import { PHASES, VALIDATION_STATUSES } from "../db/schema";
import { notFound } from "../http/errors";
import type { ProjectRow } from "../projects/queries";

export const PhaseSchema = z.enum(PHASES).openapi("Phase", { description: "A phase of the spec workflow, in order" });
export const ValidationStatusSchema = z.enum(VALIDATION_STATUSES).openapi("ValidationStatus");
/** One finding of a validation run, recorded as the client sent it (any JSON value, e.g. `{ rule, message }`). */
export const ValidationFindingSchema = z.unknown().openapi("ValidationFinding", {
  description: "A finding of a validation run, stored as sent (any JSON value)",
  example: { rule: "length", message: "the PRD has no success metrics" },
});

/** `:id` is a project's uuid or its slug. */
export const ProjectParams = z.object({
  id: z
    .string()
    .min(1)
    .max(255)
    .openapi({ param: { name: "id", in: "path" }, description: "The project's id (uuid) or its slug" }),
});

export const ProjectSchema = z
  .object({
    id: z.uuid(),
    slug: z.string(),
    name: z.string(),
    description: z.string(),
    idea: z.string(),
    currentPhase: PhaseSchema,
    phasesCompleted: z.array(PhaseSchema),
    stackChoice: z.string().nullable(),
    stackApproved: z.boolean(),
    stackApprovedBy: z.uuid().nullable(),
    stackApprovedAt: z.iso.datetime().nullable(),
    dependenciesApproved: z.boolean(),
    dependenciesApprovedBy: z.uuid().nullable(),
    dependenciesApprovedAt: z.iso.datetime().nullable(),
    coverageThreshold: z.number().int().min(0).max(100),
    githubRepoUrl: z.url().nullable(),
    orchestrationState: z.record(z.string(), z.unknown()),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .openapi("Project");
export type ProjectJson = z.infer<typeof ProjectSchema>;

/** ProjectJson has exactly the row's fields: a column added to the table must be added to the schema. */
type SameKeys<A, B> = [Exclude<keyof A, keyof B>, Exclude<keyof B, keyof A>] extends [never, never] ? true : never;
const _projectShapeMatchesTable: SameKeys<ProjectJson, ProjectRow> = true;

/** A project row (the owner dropped if present) as the API shows it: timestamps in ISO 8601. */
export function projectJson({
  createdAt,
  updatedAt,
  stackApprovedAt,
  dependenciesApprovedAt,
  ...row
}: ProjectRow & { userId?: string }): ProjectJson {
  const { userId: _owner, ...fields } = row;
  return {
    ...fields,
    stackApprovedAt: stackApprovedAt?.toISOString() ?? null,
    dependenciesApprovedAt: dependenciesApprovedAt?.toISOString() ?? null,
    createdAt: createdAt.toISOString(),
    updatedAt: updatedAt.toISOString(),
  };
}

export const projectNotFound = () => notFound("project");

export const ArtifactMetaSchema = z
  .object({
    id: z.uuid(),
    projectId: z.uuid(),
    phase: PhaseSchema,
    name: z.string(),
    version: z.number().int(),
    fileSize: z.number().int(),
    contentHash: z.string(),
    frontmatter: z.record(z.string(), z.unknown()),
    validationStatus: ValidationStatusSchema,
    validationErrors: z.array(ValidationFindingSchema),
    qualityScore: z.number().int().nullable(),
    extraFile: z.boolean(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .openapi("ArtifactMeta");
export const ArtifactSchema = ArtifactMetaSchema.extend({ content: z.string() }).openapi("Artifact");
export type ArtifactMetaJson = z.infer<typeof ArtifactMetaSchema>;

/** The API names the artifact_name column `name`; otherwise the row's fields. */
type ArtifactMetaFields = Omit<ArtifactRow, "artifactName"> & { name: string };
const _artifactShapeMatchesTable: SameKeys<ArtifactMetaJson, ArtifactMetaFields> = true;

export function artifactMetaJson({ artifactName, createdAt, updatedAt, ...row }: ArtifactRow): ArtifactMetaJson {
  return { ...row, name: artifactName, createdAt: createdAt.toISOString(), updatedAt: updatedAt.toISOString() };
}

/** Keys that would turn into prototype mutations if a client ever merged this JSON naively. */
const FORBIDDEN_KEYS = new Set(["__proto__", "constructor", "prototype"]);

/** Nesting deeper than this is refused: nothing legitimate needs it, and walkers and jsonb have limits. */
export const JSON_MAX_DEPTH = 64;

/** NUL (Postgres text and jsonb cannot hold it) or a UTF-16 surrogate without its pair (not Unicode). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching NUL is the point.
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * The first problem in a parsed JSON value, walked iteratively (no recursion, so no stack overflow
 * on hostile nesting): a `__proto__`/`constructor`/`prototype` key, nesting deeper than
 * JSON_MAX_DEPTH, or a key or string the database cannot store. Undefined if none.
 */
export function jsonProblem(root: unknown): string | undefined {
  const stack: { v: unknown; path: string[] }[] = [{ v: root, path: [] }];
  while (stack.length > 0) {
    const { v, path } = stack.pop() as { v: unknown; path: string[] };
    const at = path.length ? `"${path.join(".")}"` : "the value";
    if (typeof v === "string") {
      if (UNSTORABLE.test(v)) return `${at} contains a NUL character or an unpaired surrogate`;
      continue;
    }
    if (v === null || typeof v !== "object") continue;
    if (path.length >= JSON_MAX_DEPTH) return `${at} is nested deeper than ${JSON_MAX_DEPTH} levels`;
    if (Array.isArray(v)) {
      v.forEach((x, i) => {
        stack.push({ v: x, path: [...path, String(i)] });
      });
      continue;
    }
    for (const k of Object.keys(v)) {
      if (FORBIDDEN_KEYS.has(k)) return `key "${[...path, k].join(".")}" is not allowed`;
      if (UNSTORABLE.test(k)) return `a key in ${at} contains a NUL character or an unpaired surrogate`;
      stack.push({ v: (v as Record<string, unknown>)[k], path: [...path, k] });
    }
  }
  return undefined;
}

/** A free-form JSON value (any shape) with jsonProblem's checks: for arrays and values stored as jsonb. */
export function safeJson<T extends z.ZodType>(schema: T) {
  return schema.superRefine((v, ctx) => {
    const problem = jsonProblem(v);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });
}

/**
 * A JSON object (not an array, not a primitive) without `__proto__`/`constructor`/`prototype`
 * keys at any depth (rejected with 400, never silently dropped), nested at most JSON_MAX_DEPTH
 * levels, without NUL characters or unpaired surrogates, whose serialization stays under
 * `maxBytes`. The check runs on the parsed body before any copy is made.
 */
export function jsonObject(maxBytes: number) {
  return z
    .custom<Record<string, unknown>>((v) => v !== null && typeof v === "object" && !Array.isArray(v), {
      message: "must be a JSON object",
    })
    .superRefine((v, ctx) => {
      const problem = jsonProblem(v);
      if (problem) ctx.addIssue({ code: "custom", message: problem });
      else if (new TextEncoder().encode(JSON.stringify(v)).length > maxBytes) {
        ctx.addIssue({ code: "custom", message: `must be at most ${maxBytes} bytes serialized` });
      }
    })
    .openapi({ type: "object", additionalProperties: true });
}
