// Shared by the project, phase, artifact and export routes: the JSON shapes of projects and
// artifacts and the mappers from their typed rows (src/projects/queries.ts, src/artifacts/queries.ts).
import { z } from "@hono/zod-openapi";
import { type ArtifactWaiver, PHASES, type ProjectArtifact, VALIDATION_STATUSES } from "../platform/db/schema";
import { notFound } from "../platform/http/errors";
import { jsonObjectProblem } from "../platform/lib/json-problem";
import type { ProjectRow } from "./queries";

export const PhaseSchema = z.enum(PHASES).openapi("Phase", { description: "A phase of the spec workflow, in order" });
const ValidationStatusSchema = z.enum(VALIDATION_STATUSES).openapi("ValidationStatus");
/** One finding of the server's validation (src/spec-engine: the engine's Finding). */
export const ValidationFindingSchema = z
  .object({
    ruleId: z.string().openapi({ description: "A rule of GET /api/templates (`rules`)" }),
    severity: z.enum(["error", "warning", "info"]),
    message: z.string(),
    location: z.object({
      phase: PhaseSchema,
      artifact: z.string(),
      line: z.number().int().optional().openapi({ description: "1-based line (Markdown)" }),
      pointer: z.string().optional().openapi({ description: "JSON Pointer (JSON documents)" }),
    }),
  })
  .openapi("ValidationFinding", {
    description: "A finding of the server's validation of an artifact version (or of the documents together)",
    example: {
      ruleId: "section-missing",
      severity: "error",
      message: 'missing section "## Success Metrics"',
      location: { phase: "analysis", artifact: "project-brief.md" },
    },
  });

/** The owner's acceptance of a named finding (artifact_waivers). */
export const WaiverSchema = z
  .object({
    phase: PhaseSchema,
    artifactName: z.string(),
    ruleId: z.string(),
    reason: z.string(),
    waivedBy: z.uuid().nullable(),
    waivedAt: z.iso.datetime(),
  })
  .openapi("Waiver");

export function waiverJson(w: Omit<ArtifactWaiver, "id" | "projectId"> & { id?: string; projectId?: string }) {
  return {
    phase: w.phase,
    artifactName: w.artifactName,
    ruleId: w.ruleId,
    reason: w.reason,
    waivedBy: w.waivedBy,
    waivedAt: w.waivedAt.toISOString(),
  };
}

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
    workspaceId: z.uuid().openapi({ description: "The workspace whose members may see and change it, by role" }),
    slug: z.string(),
    name: z.string(),
    description: z.string(),
    idea: z.string(),
    currentPhase: PhaseSchema,
    phasesCompleted: z.array(PhaseSchema),
    stackChoice: z.string().nullable(),
    stackApproved: z.boolean(),
    stackOverrideReason: z.string().nullable().openapi({
      description: "Why the stack was approved though it is not an option of the stack scorecard (null when it is)",
    }),
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
}: ProjectRow & { userId?: string | null }): ProjectJson {
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
    traceIds: z
      .object({
        defines: z.array(z.string()).optional(),
        tasks: z.array(z.string()).optional(),
        refs: z.array(z.string()).optional(),
        links: z.record(z.string(), z.array(z.string())).optional(),
        declares: z.record(z.string(), z.array(z.string())).optional(),
        dependencies: z.array(z.string()).optional(),
        components: z.array(z.string()).optional(),
      })
      .openapi({
        description:
          "What this version contributes to the cross-document checks, extracted on write (docs/spec-engine.md, " +
          "Gates): requirement ids it defines (PRD.md), its tasks reference (tasks.md) or it names anywhere (refs); " +
          "links by requirement id (api-spec.json, data-model.md, tasks.md, epics.md) or declared (traceability.json); " +
          "dependencies (dependency-proposal.json) and components (sbom.json) as name@version",
      }),
    requirementRevisions: z.record(z.string(), z.number().int()).openapi({
      description:
        "The requirement revisions this version was built on: requirement id to its revision when the version was " +
        "stored (docs/change-requests.md)",
    }),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .openapi("ArtifactMeta");
export const ArtifactSchema = ArtifactMetaSchema.extend({ content: z.string() }).openapi("Artifact");
export type ArtifactMetaJson = z.infer<typeof ArtifactMetaSchema>;

/** Artifact metadata: every column but the content and the matrix facts (lists never carry them; artifactFields in src/artifacts/queries.ts selects them). */
export type ArtifactRow = Omit<ProjectArtifact, "content" | "matrixFacts">;

/** The API names the artifact_name column `name`; otherwise the row's fields. */
type ArtifactMetaFields = Omit<ArtifactRow, "artifactName"> & { name: string };
const _artifactShapeMatchesTable: SameKeys<ArtifactMetaJson, ArtifactMetaFields> = true;

export function artifactMetaJson({ artifactName, createdAt, updatedAt, ...row }: ArtifactRow): ArtifactMetaJson {
  return { ...row, name: artifactName, createdAt: createdAt.toISOString(), updatedAt: updatedAt.toISOString() };
}

/**
 * A JSON object (not an array, not a primitive) without `__proto__`/`constructor`/`prototype`
 * keys at any depth (rejected with 400, never silently dropped), nested at most JSON_MAX_DEPTH
 * levels, whose serialization stays under `maxBytes`. The check runs on the parsed body before any copy is made.
 */
export function jsonObject(maxBytes: number) {
  return z
    .custom<Record<string, unknown>>((v) => v !== null && typeof v === "object" && !Array.isArray(v), {
      message: "must be a JSON object",
    })
    .superRefine((v, ctx) => {
      const problem = jsonObjectProblem(v, maxBytes);
      if (problem) ctx.addIssue({ code: "custom", message: problem });
    })
    .openapi({ type: "object", additionalProperties: true });
}
