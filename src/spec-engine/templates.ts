// Phase templates as data: for each phase, the documents it must produce, their format (Markdown with
// YAML frontmatter keys and sections, or JSON with a JSON Schema), what they contain and the rules run
// on them. Serialisable as-is (the templates endpoint returns PHASE_TEMPLATES).
import { APPROVALS, type Approval, approvalFlag, PHASES, type Phase } from "./phases";
import type { RuleId } from "./rules";
import {
  API_SPEC_SCHEMA,
  DEPENDENCY_PROPOSAL_SCHEMA,
  SBOM_SCHEMA,
  STACK_SCORECARD_SCHEMA,
  TRACEABILITY_SCHEMA,
} from "./schemas/artifacts";
import type {
  ArtifactKind,
  ArtifactTemplate,
  FrontmatterKeySpec,
  JsonArtifactTemplate,
  MarkdownArtifactTemplate,
  PhaseTemplate,
  SectionSpec,
} from "./types";

/** Requirement ids: REQ-<AREA>-<number>, e.g. REQ-AUTH-001. */
export const REQUIREMENT_ID = /\bREQ-[A-Z][A-Z0-9]*-\d{3,}\b/g;
export const TASK_ID = /\bTASK-\d{3,}\b/g;
export const EPIC_ID = /\bEPIC-\d{3,}\b/g;

const MARKDOWN_RULES = [
  "frontmatter-missing",
  "frontmatter-invalid",
  "frontmatter-key",
  "section-missing",
  "section-empty",
  "subsections-min",
  "placeholder",
  "too-short",
] as const satisfies readonly RuleId[];
const JSON_RULES = ["json-invalid"] as const satisfies readonly RuleId[];

const TITLE: FrontmatterKeySpec = { key: "title", type: "string", description: "The document's title" };
const PROJECT: FrontmatterKeySpec = { key: "project", type: "string", description: "The product's name" };

const s = (title: string, description: string, extra: Partial<SectionSpec> = {}): SectionSpec => ({
  title,
  level: 2,
  description,
  ...extra,
});

function md(
  phase: Phase,
  name: string,
  description: string,
  frontmatter: FrontmatterKeySpec[],
  sections: SectionSpec[],
  rules: readonly RuleId[] = [],
): MarkdownArtifactTemplate {
  return { phase, name, format: "markdown", description, frontmatter, sections, rules: [...MARKDOWN_RULES, ...rules] };
}

/** `schemaRule`: the rule id under which schema failures are reported (`openapi` and `cyclonedx` use their own). */
function json(
  phase: Phase,
  name: string,
  description: string,
  schema: JsonArtifactTemplate["schema"],
  rules: readonly RuleId[] = [],
  schemaRule: "schema" | "openapi" | "cyclonedx" = "schema",
): JsonArtifactTemplate {
  return { phase, name, format: "json", description, schema, rules: [...JSON_RULES, schemaRule, ...rules] };
}

const TRACEABILITY_DESCRIPTION =
  "The requirement links the authors declare: for each requirement of PRD.md, the API operations (`METHOD /path`), " +
  "entities, tasks and epics that serve it. The server computes the same matrix from the documents and reports " +
  "every declared link the documents do not show (trace-inconsistent).";

export const PHASE_TEMPLATES: readonly PhaseTemplate[] = [
  {
    phase: "analysis",
    agent: "analyst",
    description: "Understand the idea: the principles the team builds by, the problem and scope, the people served.",
    artifacts: [
      md(
        "analysis",
        "constitution.md",
        "The non-negotiable principles of the project: engineering and product rules every later document follows.",
        [TITLE, PROJECT],
        [
          s("Principles", "Numbered principles, each one sentence with its reason."),
          s("Quality Standards", "Testing, review, accessibility and performance bars."),
          s("Constraints", "Budget, platform, legal or time limits."),
          s("Governance", "How the principles change and who decides."),
        ],
      ),
      md(
        "analysis",
        "project-brief.md",
        "The problem, who has it, what the product does about it and how success is measured.",
        [TITLE, PROJECT],
        [
          s("Problem", "The problem in the users' words and why it matters now."),
          s("Target Users", "Who the product is for (details in personas.md)."),
          s("Goals", "What the first release achieves."),
          s("Scope", "In scope and explicitly out of scope."),
          s("Success Metrics", "Measurable outcomes with targets."),
        ],
      ),
      md(
        "analysis",
        "personas.md",
        "The people the product serves: at least two personas, each a `###` sub-heading with goals and frustrations.",
        [TITLE],
        [
          s("Personas", "One `###` sub-heading per persona: role, goals, frustrations, context.", {
            minSubsections: 2,
          }),
        ],
      ),
    ],
  },
  {
    phase: "stack_selection",
    agent: "architect",
    description: "Choose the technology stack; leaving the phase needs the stack approved by the owner.",
    approval: approvalFlag("stack"),
    artifacts: [
      md(
        "stack_selection",
        "plan.md",
        "The delivery plan: milestones in order, with risks and how they are handled.",
        [TITLE],
        [
          s("Overview", "The approach in a paragraph."),
          s("Milestones", "Ordered milestones, each with its outcome."),
          s("Risks", "Risks with likelihood, impact and mitigation."),
        ],
      ),
      md(
        "stack_selection",
        "README.md",
        "The future repository's README: what the product is, how to run it, how the code is laid out.",
        [TITLE],
        [
          s("Overview", "What the product is, in two or three sentences."),
          s("Getting Started", "Prerequisites and the commands to install, run and test."),
          s("Project Structure", "The top-level folders and what lives in each."),
        ],
      ),
      md(
        "stack_selection",
        "stack-proposal.md",
        "The proposed stack with the alternatives weighed; `stack_choice` in the frontmatter names it.",
        [
          TITLE,
          {
            key: "stack_choice",
            type: "string",
            description: "The chosen stack id, e.g. nextjs_neon_drizzle_betterauth or custom",
          },
        ],
        [
          s("Recommendation", "The stack, layer by layer (frontend, backend, database, auth, hosting)."),
          s("Alternatives Considered", "Each alternative and why it lost."),
          s("Rationale", "Why the recommendation fits the constitution and the brief."),
        ],
      ),
      json(
        "stack_selection",
        "stack-scorecard.json",
        "The stack options scored 0–10 against weighted criteria, and the recommended option.",
        STACK_SCORECARD_SCHEMA,
        ["scorecard-consistent"],
      ),
    ],
  },
  {
    phase: "spec",
    agent: "product manager",
    description: "Specify what to build: requirements with stable ids, the data model, the API and their links.",
    artifacts: [
      md(
        "spec",
        "PRD.md",
        "The product requirements. Each requirement is a `###` heading or a list item starting with its id " +
          "(REQ-<AREA>-<NNN>, e.g. `### REQ-AUTH-001: Sign up with email`); ids are stable across versions.",
        [TITLE, { key: "version", type: "string", description: "The PRD's version, e.g. 1.0" }],
        [
          s("Overview", "The product in a paragraph and the release it describes."),
          s("Requirements", "Functional requirements, each with its id, statement and acceptance criteria."),
          s("Non-Functional Requirements", "Performance, security, accessibility, privacy (ids allowed)."),
          s("Out of Scope", "What this release does not do."),
        ],
        ["requirements-none", "requirement-duplicate"],
      ),
      md(
        "spec",
        "data-model.md",
        "The entities: one `###` sub-heading per entity under Entities with its fields, naming the requirement ids it serves.",
        [TITLE],
        [
          s("Entities", "One `###` per entity: fields with types and constraints, and the REQ ids it serves.", {
            minSubsections: 1,
          }),
          s("Relationships", "How entities relate (cardinality, ownership, deletion)."),
        ],
        ["tasks-none"],
      ),
      json(
        "spec",
        "api-spec.json",
        "The HTTP API as an OpenAPI 3.0 or 3.1 document; each operation names the requirements it serves in " +
          "`x-requirements` (or in its summary/description) and has a unique operationId.",
        API_SPEC_SCHEMA,
        ["openapi-operation-id"],
        "openapi",
      ),
      json("spec", "traceability.json", TRACEABILITY_DESCRIPTION, TRACEABILITY_SCHEMA),
    ],
  },
  {
    phase: "dependencies",
    agent: "devops",
    description: "Fix the dependencies and their licences; leaving the phase needs the dependencies approved.",
    approval: approvalFlag("dependencies"),
    artifacts: [
      md(
        "dependencies",
        "DEPENDENCIES.md",
        "The dependencies in prose: why each runtime dependency is there, licences, and how they are kept up to date.",
        [TITLE],
        [
          s("Runtime Dependencies", "Each runtime dependency with its version and reason."),
          s("Development Dependencies", "Build, test and lint tools."),
          s("Licensing", "The licences and whether they are compatible."),
          s("Update Policy", "How and how often dependencies are updated and audited."),
        ],
      ),
      json(
        "dependencies",
        "dependency-proposal.json",
        "The dependencies as data: name, version, kind (runtime/dev), licence and purpose.",
        DEPENDENCY_PROPOSAL_SCHEMA,
      ),
      json(
        "dependencies",
        "sbom.json",
        "The software bill of materials as CycloneDX JSON (1.4–1.6): every component with type, name, version and purl.",
        SBOM_SCHEMA,
        ["purl"],
        "cyclonedx",
      ),
    ],
  },
  {
    phase: "solutioning",
    agent: "scrum master",
    description: "Plan the build: architecture, epics and tasks, each traced to requirements.",
    artifacts: [
      md(
        "solutioning",
        "architecture.md",
        "The system's architecture: components, how data flows, how it is deployed and secured.",
        [TITLE],
        [
          s("Overview", "The architecture in a paragraph (and a diagram if useful)."),
          s("Components", "Each component and its responsibility."),
          s("Data Flow", "How a request and its data move through the components."),
          s("Deployment", "Environments, hosting, CI/CD."),
          s("Security", "Authentication, authorisation, secrets, data protection."),
        ],
      ),
      md(
        "solutioning",
        "epics.md",
        "The epics: one `###` heading per epic starting with its id (`### EPIC-001: Accounts`), naming the requirement ids it delivers.",
        [TITLE],
        [s("Epics", "One `###` per epic: EPIC id, goal, the REQ ids it delivers.", { minSubsections: 1 })],
        ["tasks-none", "item-duplicate"],
      ),
      md(
        "solutioning",
        "tasks.md",
        "The tasks: one `###` heading or list item per task starting with its id (`### TASK-001: ...`), naming " +
          "its epic and the requirement ids it implements. Entering `done` needs every requirement covered by a task.",
        [TITLE],
        [s("Tasks", "One `###` (or list item) per task: TASK id, EPIC id, REQ ids, acceptance check.")],
        ["tasks-none", "item-duplicate"],
      ),
      json("solutioning", "traceability.json", TRACEABILITY_DESCRIPTION, TRACEABILITY_SCHEMA),
    ],
  },
  {
    phase: "done",
    agent: "server",
    description: "Handoff: the server generates HANDOFF.md in the export; nothing is required from authors.",
    artifacts: [],
  },
];

const BY_KEY: ReadonlyMap<string, ArtifactTemplate> = new Map(
  PHASE_TEMPLATES.flatMap((p) => p.artifacts.map((a) => [`${a.phase}/${a.name}`, a] as const)),
);

export function phaseTemplate(phase: Phase): PhaseTemplate {
  const t = PHASE_TEMPLATES.find((p) => p.phase === phase);
  if (!t) throw new Error(`no template for phase ${phase}`);
  return t;
}

/** The template document for an uploaded (phase, name), or `extra` (accepted, flagged, only generic checks). */
/** The approval needed to leave `phase`, if it takes one (its template names it). */
export function phaseApproval(phase: Phase): Approval | undefined {
  return APPROVALS.find((a) => approvalFlag(a) === phaseTemplate(phase).approval);
}

export function classifyArtifact(phase: Phase, name: string): ArtifactKind {
  const template = BY_KEY.get(`${phase}/${name}`);
  return template ? { kind: "template", template } : { kind: "extra" };
}

/** Phase order index (PHASES is the one definition of the order). */
export function phaseIndex(phase: Phase): number {
  return PHASES.indexOf(phase);
}
