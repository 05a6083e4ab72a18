// GET /api/projects/{id}/traceability: the requirement matrix computed from the latest template documents' stored
// facts (src/spec-engine/traceability.ts), in one round trip (latestTemplateContents: bounded, see there).
import { z } from "@hono/zod-openapi";
import { latestTemplateContents } from "../artifacts";
import { authed } from "../platform/auth/session";
import { router } from "../platform/http/openapi-router";
import { defineRoute, type Handler, jsonResponse } from "../platform/http/route";
import {
  findProject,
  onProject,
  PhaseSchema,
  ProjectParams,
  projectNotFound,
  ValidationFindingSchema,
} from "../projects";
import { projectScore } from "../spec-engine";
import { matrixFacts, traceabilityOfFacts } from "../spec-engine/traceability";
import type { TraceabilityMatrix } from "../spec-engine/types";

const TraceRefSchema = z.object({ id: z.string(), phase: PhaseSchema, artifact: z.string() });
const CoverageSchema = z.object({
  covered: z.number().int(),
  total: z.number().int(),
  percent: z.number().openapi({ description: "0..100, one decimal; 100 when there is nothing to cover" }),
  applicable: z.boolean().openapi({ description: "false while the covering document does not exist" }),
});
export const CoverageByKindSchema = z
  .object({ operations: CoverageSchema, entities: CoverageSchema, tasks: CoverageSchema, epics: CoverageSchema })
  .openapi("TraceCoverage");

export const TraceabilitySchema = z
  .object({
    requirements: z.array(
      z.object({
        id: z.string(),
        title: z.string(),
        line: z.number().int(),
        operations: z.array(TraceRefSchema),
        entities: z.array(TraceRefSchema),
        tasks: z.array(TraceRefSchema),
        epics: z.array(TraceRefSchema),
        covered: z.boolean(),
      }),
    ),
    coverage: CoverageByKindSchema,
    uncovered: z.array(z.string()),
    undefinedReferences: z.array(
      z.object({ id: z.string(), phase: PhaseSchema, artifact: z.string(), line: z.number().int() }),
    ),
    findings: z.array(ValidationFindingSchema),
    threshold: z.number().int(),
    score: z.number().int().openapi({ description: "Project quality score, 0..100 (docs/spec-engine.md)" }),
  })
  .openapi("Traceability");

type Latest = Awaited<ReturnType<typeof latestTemplateContents>>;

/**
 * The matrix of the latest documents and the project score (progress shows a summary of the same), from the
 * facts stored with each version; a version stored before they existed is parsed here.
 */
export function traceabilityOf(latest: Latest, threshold: number): TraceabilityMatrix & { score: number } {
  const matrix = traceabilityOfFacts(
    latest.map((a) => ({ phase: a.phase, name: a.name, facts: a.matrixFacts ?? matrixFacts(a.name, a.content ?? "") })),
    threshold,
  );
  const scores = latest.flatMap((a) => (a.qualityScore === null ? [] : [a.qualityScore]));
  return { ...matrix, score: projectScore(scores, matrix) };
}

const traceabilityRoute = defineRoute({
  operationId: "getTraceability",
  tags: ["traceability"],
  summary: "Requirements against API operations, entities, tasks and epics; coverage; cross-artifact findings",
  description:
    "Computed from the latest version of every template document (extra files are not read), in one round trip.",
  method: "get",
  path: "/api/projects/{id}/traceability",
  access: onProject("project:read"),
  // One query reads the latest template documents' contents (bounded: 18 x 512 KiB).
  roundTrips: 1,
  // Open to keys: agents read the matrix and its findings (the MCP get_traceability tool).
  auth: { scopes: ["projects:read"] },
  request: { params: ProjectParams },
  responses: { 200: jsonResponse("The matrix", TraceabilitySchema) },
  errors: ["not_found"],
  etag: true,
});

const getTraceability: Handler<typeof traceabilityRoute> = async (c) => {
  const { id } = c.req.valid("param");
  const { results } = await authed(c, ({ userId }) => ({
    project: findProject(c.var.db, userId, id),
    documents: latestTemplateContents(c.var.db, userId, id),
  }));
  const project = results.project[0];
  if (!project) throw projectNotFound();
  return c.json(traceabilityOf(results.documents, project.coverageThreshold), 200);
};

export const traceabilityRoutes = router().openapi(traceabilityRoute, getTraceability);
