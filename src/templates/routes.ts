// GET /api/templates[/{phase}]: the phase templates and the rule catalog, served as data (src/spec-engine/templates.ts),
// so a client or an agent can write conforming documents without reading our code. Public: templates are not
// secret, and a generator may read them before signing in. No database.
import { z } from "@hono/zod-openapi";
import { APPROVALS, approvalFlag } from "../platform/db/schema";
import { router } from "../platform/http/openapi-router";
import { defineRoute, type Handler, jsonResponse } from "../platform/http/route";
import { PhaseSchema } from "../projects";
import { FINDING_RULES, PHASE_TEMPLATES, phaseTemplate } from "../spec-engine";

const SectionSchema = z.object({
  title: z.string(),
  level: z.number().int(),
  description: z.string(),
  minSubsections: z.number().int().optional(),
});

const ArtifactTemplateSchema = z
  .object({
    phase: PhaseSchema,
    name: z.string(),
    format: z.enum(["markdown", "json"]),
    description: z.string(),
    rules: z.array(z.string()).readonly().openapi({ description: "Rule ids run on the document (see `rules`)" }),
    frontmatter: z
      .array(
        z.object({
          key: z.string(),
          type: z.enum(["string", "number", "string[]"]),
          description: z.string(),
          enum: z.array(z.string()).readonly().optional(),
        }),
      )
      .readonly()
      .optional()
      .openapi({ description: "Markdown: the YAML frontmatter keys" }),
    sections: z.array(SectionSchema).readonly().optional().openapi({ description: "Markdown: the required sections" }),
    schema: z
      .record(z.string(), z.unknown())
      .optional()
      .openapi({ description: "JSON: the document's JSON Schema, as a JSON Schema document" }),
  })
  .openapi("ArtifactTemplate");

const PhaseTemplateSchema = z
  .object({
    phase: PhaseSchema,
    agent: z.string(),
    description: z.string(),
    artifacts: z.array(ArtifactTemplateSchema).readonly(),
    approval: z.enum(APPROVALS.map(approvalFlag)).optional(),
  })
  .openapi("PhaseTemplate");

const RuleSchema = z
  .object({
    id: z.string(),
    severity: z.enum(["error", "warning", "info"]),
    scope: z.enum(["artifact", "project"]),
    description: z.string(),
  })
  .openapi("ValidationRule");

const listTemplates = defineRoute({
  operationId: "listTemplates",
  description:
    "Returns every phase's template (documents, formats, sections, JSON Schemas, rules) and the rule catalog. Needs no credential.",
  tags: ["templates"],
  summary: "Every phase's template (documents, formats, sections, JSON Schemas, rules) and the rule catalog",
  method: "get",
  path: "/api/templates",
  // Templates are data in the bundle: no database.
  roundTrips: 0,
  auth: "public",
  db: false,
  responses: {
    200: jsonResponse(
      "Templates in phase order",
      z.object({ items: z.array(PhaseTemplateSchema), rules: z.array(RuleSchema) }),
    ),
  },
});

export const TemplateParams = z.object({ phase: PhaseSchema.openapi({ param: { name: "phase", in: "path" } }) });

const getTemplate = defineRoute({
  operationId: "getTemplate",
  description: "Returns one phase's template and the rules its documents are checked by. Needs no credential.",
  tags: ["templates"],
  summary: "One phase's template and the rules its documents are checked by",
  method: "get",
  path: "/api/templates/{phase}",
  roundTrips: 0,
  auth: "public",
  db: false,
  request: { params: TemplateParams },
  responses: {
    200: jsonResponse("The template", z.object({ template: PhaseTemplateSchema, rules: z.array(RuleSchema) })),
  },
});

const ruleList = () => FINDING_RULES.map((r) => ({ ...r }));

const listTemplatesHandler: Handler<typeof listTemplates> = (c) =>
  c.json({ items: [...PHASE_TEMPLATES], rules: ruleList() }, 200);

/** The phase's template with only the rules its documents are checked by. */
const getTemplateHandler: Handler<typeof getTemplate> = (c) => {
  const template = phaseTemplate(c.req.valid("param").phase);
  const used = new Set(template.artifacts.flatMap((a) => a.rules));
  return c.json({ template, rules: ruleList().filter((r) => used.has(r.id)) }, 200);
};

export const templateRoutes = router()
  .openapi(listTemplates, listTemplatesHandler)
  .openapi(getTemplate, getTemplateHandler);
