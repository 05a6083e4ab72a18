// Shared by the project, phase, artifact and export routes: the project's JSON shape, the SQL
// projection that yields it, and the ownership condition every statement is scoped by.
import { z } from "@hono/zod-openapi";
import { type SQL, sql } from "drizzle-orm";
import { PHASES, type Phase, VALIDATION_STATUSES, type ValidationStatus } from "../db/schema";
import { isUuid } from "../domain/slug";
import { notFound } from "../http/errors";

export const PhaseSchema = z.enum(PHASES);
export const ValidationStatusSchema = z.enum(VALIDATION_STATUSES);

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
    dependenciesApproved: z.boolean(),
    githubRepoUrl: z.string().nullable(),
    orchestrationState: z.record(z.string(), z.unknown()),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi("Project");
export type ProjectJson = z.infer<typeof ProjectSchema>;

/**
 * The project's row as the API shows it, from table alias `p`. Raw SQL is used throughout these
 * routes because their statements are CTEs; camelCase aliases keep the mapping trivial.
 */
export const projectColumns = sql.raw(`p.id, p.slug, p.name, p.description, p.idea,
  p.current_phase as "currentPhase", p.phases_completed as "phasesCompleted",
  p.stack_choice as "stackChoice", p.stack_approved as "stackApproved",
  p.dependencies_approved as "dependenciesApproved", p.github_repo_url as "githubRepoUrl",
  p.orchestration_state as "orchestrationState", p.created_at as "createdAt", p.updated_at as "updatedAt"`);

/** Timestamps arrive from raw SQL as Postgres text (microseconds); the API speaks ISO 8601 (ms). */
export function iso(v: unknown): string {
  return new Date(v as string).toISOString();
}

/** jsonb may arrive parsed or as text depending on the path; accept both. */
export function json<T>(v: unknown): T {
  return (typeof v === "string" ? JSON.parse(v) : v) as T;
}

export type Row = Record<string, unknown>;

export function toProject(r: Row): ProjectJson {
  return {
    id: r.id as string,
    slug: r.slug as string,
    name: r.name as string,
    description: r.description as string,
    idea: r.idea as string,
    currentPhase: r.currentPhase as Phase,
    phasesCompleted: json<Phase[]>(r.phasesCompleted),
    stackChoice: (r.stackChoice as string | null) ?? null,
    stackApproved: r.stackApproved as boolean,
    dependenciesApproved: r.dependenciesApproved as boolean,
    githubRepoUrl: (r.githubRepoUrl as string | null) ?? null,
    orchestrationState: json<Record<string, unknown>>(r.orchestrationState),
    createdAt: iso(r.createdAt),
    updatedAt: iso(r.updatedAt),
  };
}

/**
 * The condition "alias `p` is this user's project named by `idOrSlug`". A non-uuid is a slug, so
 * a slug never reaches a uuid cast (no 22P02). `userId` is NULL for a bad token: nothing matches.
 */
export function ownProject(idOrSlug: string, userId: SQL): SQL {
  return isUuid(idOrSlug)
    ? sql`p.user_id = ${userId} and p.id = ${idOrSlug.toLowerCase()}::uuid`
    : sql`p.user_id = ${userId} and p.slug = ${idOrSlug.toLowerCase()}`;
}

export const projectNotFound = () => notFound("project");

/** Rows of a raw `db.execute` result inside a batch. */
export function rowsOf(result: unknown): Row[] {
  return (result as { rows: Row[] }).rows;
}

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
    validationErrors: z.array(z.unknown()),
    qualityScore: z.number().int().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi("ArtifactMeta");
export const ArtifactSchema = ArtifactMetaSchema.extend({ content: z.string() }).openapi("Artifact");
export type ArtifactMetaJson = z.infer<typeof ArtifactMetaSchema>;

/** Artifact metadata from table alias `a` (content excluded: lists never carry it). */
export const artifactMetaColumns = sql.raw(`a.id, a.project_id as "projectId", a.phase, a.artifact_name as "name",
  a.version, a.file_size as "fileSize", a.content_hash as "contentHash", a.frontmatter,
  a.validation_status as "validationStatus", a.validation_errors as "validationErrors",
  a.quality_score as "qualityScore", a.created_at as "createdAt", a.updated_at as "updatedAt"`);

export function toArtifactMeta(r: Row): ArtifactMetaJson {
  return {
    id: r.id as string,
    projectId: r.projectId as string,
    phase: r.phase as Phase,
    name: r.name as string,
    version: Number(r.version),
    fileSize: Number(r.fileSize),
    contentHash: r.contentHash as string,
    frontmatter: json<Record<string, unknown>>(r.frontmatter),
    validationStatus: r.validationStatus as ValidationStatus,
    validationErrors: json<unknown[]>(r.validationErrors),
    qualityScore: r.qualityScore === null || r.qualityScore === undefined ? null : Number(r.qualityScore),
    createdAt: iso(r.createdAt),
    updatedAt: iso(r.updatedAt),
  };
}

/** Keys that would turn into prototype mutations if a client ever merged this JSON naively. */
const FORBIDDEN_KEYS = new Set(["__proto__", "constructor", "prototype"]);

/** Nesting deeper than this is refused: nothing legitimate needs it, and walkers and jsonb have limits. */
export const JSON_MAX_DEPTH = 64;

interface Node {
  v: object;
  depth: number;
  /** How this node was reached, to name its path in a message; paths are built only then. */
  parent: Node | undefined;
  key: string | number;
}

function pathOf(node: Node | undefined): string {
  const keys: (string | number)[] = [];
  for (let n = node; n?.parent; n = n.parent) keys.push(n.key);
  return keys.reverse().join(".");
}

/**
 * The first problem in a parsed JSON value: a `__proto__`/`constructor`/`prototype` key or nesting
 * deeper than JSON_MAX_DEPTH. Undefined if none. Walked iteratively (no recursion, so no stack
 * overflow on hostile nesting) in time linear in the value's size: each node holds its depth and
 * parent, never a copy of its path. (Unstorable text is refused earlier, for every route, by
 * src/http/text-guard.ts.)
 */
export function jsonProblem(root: unknown): string | undefined {
  // Only objects and arrays are pushed: leaves need no check of their own.
  const isNode = (x: unknown): x is object => x !== null && typeof x === "object";
  if (!isNode(root)) return undefined;
  const stack: Node[] = [{ v: root, depth: 0, parent: undefined, key: "" }];
  for (let node = stack.pop(); node; node = stack.pop()) {
    const { v, depth } = node;
    if (depth >= JSON_MAX_DEPTH) return `"${pathOf(node)}" is nested deeper than ${JSON_MAX_DEPTH} levels`;
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        if (isNode(v[i])) stack.push({ v: v[i], depth: depth + 1, parent: node, key: i });
      }
      continue;
    }
    for (const k of Object.keys(v as object)) {
      if (FORBIDDEN_KEYS.has(k)) {
        const at = pathOf(node);
        return `key "${at ? `${at}.${k}` : k}" is not allowed`;
      }
      const child = (v as Record<string, unknown>)[k];
      if (isNode(child)) stack.push({ v: child, depth: depth + 1, parent: node, key: k });
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
 * levels, whose serialization stays under
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
