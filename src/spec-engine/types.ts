// Types shared by the spec engine (templates, validation, traceability, gates, handoff).
// Stable contract: other lanes (prompts, the LLM server, the route wiring) import these.
import type { ApprovalFlag, Phase } from "./phases";

export type { Phase };

export type Severity = "error" | "warning" | "info";
export type ValidationResultStatus = "pass" | "warn" | "fail";

/** A JSON Schema document, served as-is by the templates endpoint. */
export type JsonSchema = { readonly [key: string]: unknown };

/** Where a finding points: an artifact, and inside it a 1-based line (Markdown) or a JSON Pointer (JSON). */
export interface FindingLocation {
  phase: Phase;
  artifact: string;
  line?: number;
  pointer?: string;
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  location: FindingLocation;
}

/** One rule of the catalog: its id, the severity of its findings, and what it checks. */
export interface RuleInfo {
  id: string;
  severity: Severity;
  /** `artifact`: checks one document; `project`: checks documents against each other (traceability). */
  scope: "artifact" | "project";
  description: string;
}

/** A Markdown section the document must contain: a heading with this text (case-insensitive). */
export interface SectionSpec {
  title: string;
  /** Heading level (2 = `##`). */
  level: number;
  /** What goes in the section, for the person or agent writing it. */
  description: string;
  /** At least this many sub-headings (level + 1) inside the section, e.g. one per persona. */
  minSubsections?: number;
}

export interface FrontmatterKeySpec {
  key: string;
  type: "string" | "number" | "string[]";
  description: string;
  /** Allowed values (string keys only). */
  enum?: readonly string[];
}

interface ArtifactTemplateBase {
  phase: Phase;
  name: string;
  description: string;
  /** Rule ids (see FINDING_RULES) run on this artifact. */
  rules: readonly string[];
}

export interface MarkdownArtifactTemplate extends ArtifactTemplateBase {
  format: "markdown";
  frontmatter: readonly FrontmatterKeySpec[];
  sections: readonly SectionSpec[];
}

export interface JsonArtifactTemplate extends ArtifactTemplateBase {
  format: "json";
  schema: JsonSchema;
}

export type ArtifactTemplate = MarkdownArtifactTemplate | JsonArtifactTemplate;

export interface PhaseTemplate {
  phase: Phase;
  /** The agent role that produces this phase's documents. */
  agent: string;
  description: string;
  artifacts: readonly ArtifactTemplate[];
  /** Human approval needed to leave the phase, if any, by its flag (the API's form; phaseApproval reads it). */
  approval?: ApprovalFlag;
}

/** An uploaded (phase, name): a document of the template, or an extra file kept as-is. */
export type ArtifactKind = { kind: "template"; template: ArtifactTemplate } | { kind: "extra" };

/** The result of validating one artifact version: what is stored with it. */
export interface ValidationResult {
  status: ValidationResultStatus;
  findings: Finding[];
  qualityScore: number;
  /** Parsed YAML frontmatter (Markdown) or {} (JSON / none). */
  frontmatter: Record<string, unknown>;
  extra: boolean;
}

/** The latest version of one artifact, as the project-level functions see it. */
export interface ArtifactInput {
  phase: Phase;
  name: string;
  content: string;
}

/** A latest artifact with its stored validation (gate and handoff inputs). */
export interface StoredArtifact extends ArtifactInput {
  version: number;
  contentHash: string;
  status: ValidationResultStatus | "pending";
  findings: readonly Finding[];
  qualityScore: number | null;
}

/** The owner's decision to accept a named finding: rule `ruleId` on artifact (phase, artifact). */
export interface Waiver {
  phase: Phase;
  artifact: string;
  ruleId: string;
  reason: string;
  waivedBy: string;
  waivedAt: string;
}

export type CoverageKind = "operations" | "entities" | "tasks" | "epics";

export interface TraceRef {
  /** Operation (`GET /projects`), entity name, task id or epic id. */
  id: string;
  phase: Phase;
  artifact: string;
}

export interface RequirementTrace {
  id: string;
  title: string;
  /** Where it is defined (PRD.md line). */
  line: number;
  operations: TraceRef[];
  entities: TraceRef[];
  tasks: TraceRef[];
  epics: TraceRef[];
  covered: boolean;
}

export interface CoverageFigure {
  covered: number;
  total: number;
  /** 0..100, one decimal; 100 when there is nothing to cover. */
  percent: number;
  /** false when the artifact that would cover this kind does not exist yet. */
  applicable: boolean;
}

export interface TraceabilityMatrix {
  requirements: RequirementTrace[];
  coverage: Record<CoverageKind, CoverageFigure>;
  /** Requirements no operation, entity, task or epic references. */
  uncovered: string[];
  /** Ids referenced somewhere but defined in no PRD.md. */
  undefinedReferences: { id: string; phase: Phase; artifact: string; line: number }[];
  findings: Finding[];
  threshold: number;
}

export type GateItemCode =
  | "artifact_missing"
  | "artifact_not_validated"
  | "finding_unwaived"
  | "coverage_below_threshold";

export interface GateItem {
  code: GateItemCode;
  message: string;
  phase: Phase;
  artifact?: string;
  ruleId?: string;
}
