// Documents proposed under a change request: their JSON shape, and their validation over the spec set as it would
// be after the merge. A proposal stores its own findings (the spec engine's, on write, as an artifact version
// would); the cross-document checks are decided on every read over the post-merge set (postMergeFacts), with the
// definition the phase gates use (crossErrors), because that set changes as other proposals come and go.
import { z } from "@hono/zod-openapi";
import { crossErrors } from "../artifacts";
import { type ChangeRequestDocument, type Phase, VALIDATION_STATUSES } from "../platform/db/schema";
import { PhaseSchema, ValidationFindingSchema } from "../projects";
import { classifyArtifact, type Finding, finding, statusOf } from "../spec-engine";
import type { TraceIds } from "../spec-engine/trace-ids";

export const ProposalSchema = z
  .object({
    id: z.uuid(),
    changeRequestId: z.uuid(),
    phase: PhaseSchema,
    name: z.string(),
    baseVersion: z.number().int().nullable().openapi({
      description: "The document's latest version when it was proposed; null for a new document",
    }),
    fileSize: z.number().int(),
    contentHash: z.string(),
    frontmatter: z.record(z.string(), z.unknown()),
    validationStatus: z.enum(VALIDATION_STATUSES).openapi({
      description: "Over its own findings and the cross-document findings it would have after the merge",
    }),
    validationErrors: z.array(ValidationFindingSchema).openapi({ description: "The document's own findings" }),
    crossFindings: z.array(ValidationFindingSchema).openapi({
      description: "The cross-document errors it would have after the merge (docs/change-requests.md, Proposals)",
    }),
    qualityScore: z.number().int().nullable(),
    runId: z.uuid().nullable().openapi({ description: "The scoped run that drafted it; null: proposed by hand" }),
    proposedBy: z.uuid().nullable(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .openapi("ProposedDocument");

/** A proposal's row without its content and matrix facts (proposalFields). */
export type ProposalRow = Omit<ChangeRequestDocument, "content" | "matrixFacts">;

/** One document of the post-merge set, as postMergeFacts reads it. */
export interface MergedFacts {
  phase: Phase;
  artifactName: string;
  traceIds: TraceIds;
  proposed: boolean;
}

/** The cross-document errors of the post-merge set, as findings located at their documents. */
export function postMergeFindings(set: readonly MergedFacts[]): Finding[] {
  const facts = set.map((r) => ({
    phase: r.phase,
    artifactName: r.artifactName,
    traceIds: r.traceIds,
    extraFile: classifyArtifact(r.phase, r.artifactName).kind === "extra",
  }));
  return crossErrors(facts).map((e) => finding(e.ruleId, e.message, { phase: e.phase, artifact: e.artifact }));
}

/** A proposal as the API shows it, with the post-merge findings (`cross`) that name it. */
export function proposalJson(row: ProposalRow, cross: readonly Finding[]): z.infer<typeof ProposalSchema> {
  const mine = cross.filter((f) => f.location.phase === row.phase && f.location.artifact === row.artifactName);
  return {
    id: row.id,
    changeRequestId: row.changeRequestId,
    phase: row.phase,
    name: row.artifactName,
    baseVersion: row.baseVersion,
    fileSize: row.fileSize,
    contentHash: row.contentHash,
    frontmatter: row.frontmatter,
    validationStatus: row.validationStatus === "pending" ? "pending" : statusOf([...row.validationErrors, ...mine]),
    validationErrors: row.validationErrors,
    crossFindings: mine,
    qualityScore: row.qualityScore,
    runId: row.runId,
    proposedBy: row.proposedBy,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
