// The rule catalog: every check the engine runs, by id. Rules are data (this table) plus plain
// functions (validate.ts, traceability.ts); nothing is evaluated from strings.
import type { Finding, FindingLocation, RuleInfo } from "./types";

export const FINDING_RULES = [
  // Markdown documents
  {
    id: "frontmatter-missing",
    severity: "error",
    scope: "artifact",
    description: "A Markdown document starts with YAML frontmatter between two `---` lines.",
  },
  {
    id: "frontmatter-invalid",
    severity: "error",
    scope: "artifact",
    description: "The frontmatter is valid YAML without aliases, a mapping (key: value), within the JSON limits.",
  },
  {
    id: "frontmatter-key",
    severity: "error",
    scope: "artifact",
    description:
      "Every frontmatter key the template requires is present, non-empty and of its type (and one of its allowed values).",
  },
  {
    id: "section-missing",
    severity: "error",
    scope: "artifact",
    description: "Every section the template requires is present as a heading of its level.",
  },
  {
    id: "section-empty",
    severity: "warning",
    scope: "artifact",
    description: "A required section has content (text before the next heading of the same or a higher level).",
  },
  {
    id: "subsections-min",
    severity: "error",
    scope: "artifact",
    description: "A section with a minimum number of sub-headings (e.g. one per persona) has at least that many.",
  },
  {
    id: "placeholder",
    severity: "warning",
    scope: "artifact",
    description:
      "No unfinished placeholder is left: TODO, TBD, FIXME in capitals, `lorem ipsum`, `[insert ...]`, `[fill in ...]` or `[placeholder ...]`.",
  },
  {
    id: "too-short",
    severity: "info",
    scope: "artifact",
    description: "The document has at least 400 characters of content beyond its frontmatter.",
  },
  // JSON documents
  { id: "json-invalid", severity: "error", scope: "artifact", description: "A JSON document parses as JSON." },
  {
    id: "schema",
    severity: "error",
    scope: "artifact",
    description: "A JSON document conforms to its template's JSON Schema.",
  },
  {
    id: "openapi",
    severity: "error",
    scope: "artifact",
    description:
      "api-spec.json is an OpenAPI 3.0 or 3.1 document valid against the official OpenAPI JSON Schema of its version.",
  },
  {
    id: "openapi-operation-id",
    severity: "warning",
    scope: "artifact",
    description: "Every API operation has an operationId, unique in the document.",
  },
  {
    id: "cyclonedx",
    severity: "error",
    scope: "artifact",
    description:
      'sbom.json is CycloneDX JSON: bomFormat "CycloneDX", specVersion 1.4 to 1.6, components each with type, name, version and purl.',
  },
  {
    id: "purl",
    severity: "error",
    scope: "artifact",
    description:
      "Every component purl is a valid package URL (pkg:type/namespace/name@version) whose name and version match the component.",
  },
  {
    id: "scorecard-consistent",
    severity: "error",
    scope: "artifact",
    description:
      "stack-scorecard.json: the recommended option is one of the options, and every option scores every criterion.",
  },
  // PRD requirements
  {
    id: "requirements-none",
    severity: "error",
    scope: "artifact",
    description:
      "PRD.md defines at least one requirement (a heading or list item starting with an id like REQ-AUTH-001).",
  },
  {
    id: "requirement-duplicate",
    severity: "error",
    scope: "artifact",
    description: "A requirement id is defined once.",
  },
  {
    id: "item-duplicate",
    severity: "error",
    scope: "artifact",
    description: "A task id (TASK-001) or epic id (EPIC-001) is defined once in its document.",
  },
  {
    id: "tasks-none",
    severity: "error",
    scope: "artifact",
    description:
      "tasks.md defines at least one task (TASK-001); epics.md at least one epic (EPIC-001); data-model.md at least one entity.",
  },
  // Across documents (traceability)
  {
    id: "trace-undefined",
    severity: "error",
    scope: "project",
    description: "Every requirement id referenced in any document is defined in PRD.md.",
  },
  {
    id: "trace-uncovered",
    severity: "warning",
    scope: "project",
    description: "Every requirement is referenced by at least one API operation, entity, task or epic.",
  },
  {
    id: "trace-no-operation",
    severity: "warning",
    scope: "project",
    description:
      "Every requirement is referenced by an API operation of api-spec.json (x-requirements, summary or description).",
  },
  {
    id: "trace-no-task",
    severity: "warning",
    scope: "project",
    description:
      "Every requirement is referenced by a task of tasks.md. Entering `done` needs task coverage at the project's threshold (default 100 %).",
  },
  {
    id: "trace-inconsistent",
    severity: "error",
    scope: "project",
    description:
      "Every link declared in traceability.json (requirement → operation, entity, task, epic) exists in the documents.",
  },
  {
    id: "trace-declared-missing",
    severity: "warning",
    scope: "project",
    description: "traceability.json lists every requirement PRD.md defines.",
  },
  {
    id: "sbom-missing-dependency",
    severity: "error",
    scope: "project",
    description:
      "Every dependency of dependency-proposal.json appears as a component of sbom.json (same name and version).",
  },
] as const satisfies readonly RuleInfo[];

export type RuleId = (typeof FINDING_RULES)[number]["id"];

const BY_ID: ReadonlyMap<string, RuleInfo> = new Map(FINDING_RULES.map((r) => [r.id, r]));

export function ruleInfo(id: RuleId): RuleInfo {
  const rule = BY_ID.get(id);
  if (!rule) throw new Error(`unknown rule ${id}`);
  return rule;
}

/** A finding of rule `ruleId`, with the catalog's severity. */
export function finding(ruleId: RuleId, message: string, location: FindingLocation): Finding {
  return { ruleId, severity: ruleInfo(ruleId).severity, message, location };
}
