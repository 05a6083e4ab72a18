// The contract between the prompt builder (src/runs/generation/prompt.ts) and the local LLM server
// (tools/llm-server.ts): every generation prompt carries one fenced `spec-drive-brief` block with
// what the artifact must look like, as JSON. A real model reads it as part of its instructions; the
// local server reads it back to write a document that passes the spec engine's rules.
// Plain TypeScript without dependencies: Node runs it as-is (type stripping) in tools/.

const BRIEF_FENCE = "spec-drive-brief";

/** Machine-readable description of the artifact to write (filled from the spec engine's template). */
export interface ArtifactBrief {
  /** File name, e.g. "PRD.md" or "api-spec.json". */
  artifact: string;
  phase: string;
  format: "markdown" | "json";
  /** What the document must contain, in one or two sentences. */
  description: string;
  /** Markdown: the level-2 headings it must have, in order. */
  sections: string[];
  /** Markdown: sections that need at least this many `###` sub-headings (e.g. one per persona). */
  subsections?: Record<string, number>;
  /** Markdown: YAML frontmatter keys it must have. */
  frontmatter: string[];
  /** JSON: the JSON Schema the document must satisfy (also sent as response_format json_schema). */
  schema?: Record<string, unknown>;
  /** JSON: a conforming example from the template, used as the document's skeleton. */
  example?: unknown;
  /**
   * Ids this artifact defines: requirements in PRD.md (REQ-AUTH-001), tasks in tasks.md (TASK-001,
   * one per referenced requirement, in order), epics in epics.md (EPIC-001).
   */
  defines: string[];
  /** Requirement ids this artifact must reference (defined by earlier artifacts). */
  references: string[];
  project: { name: string; idea: string };
}

/** The fenced block as it appears in a prompt. */
export function renderBrief(brief: ArtifactBrief): string {
  return `\`\`\`${BRIEF_FENCE}\n${JSON.stringify(brief, null, 2)}\n\`\`\``;
}

const FENCE_RE = new RegExp(`\`\`\`${BRIEF_FENCE}\\n([\\s\\S]*?)\\n\`\`\``, "g");

/**
 * The brief carried by a prompt, or an error message saying why there is none usable. The last
 * block counts: the prompt builder puts the brief after the user's text (which could contain one).
 */
export function readBrief(prompt: string): ArtifactBrief | string {
  const m = [...prompt.matchAll(FENCE_RE)].at(-1);
  if (!m?.[1]) return `no \`\`\`${BRIEF_FENCE} block in the prompt`;
  let b: unknown;
  try {
    b = JSON.parse(m[1]);
  } catch {
    return `the ${BRIEF_FENCE} block is not valid JSON`;
  }
  const r = b as Partial<ArtifactBrief>;
  const strings = (v: unknown) => Array.isArray(v) && v.every((s) => typeof s === "string");
  if (typeof r?.artifact !== "string" || !r.artifact) return "brief.artifact is required";
  if (r.format !== "markdown" && r.format !== "json") return 'brief.format must be "markdown" or "json"';
  if (!strings(r.sections) || !strings(r.frontmatter) || !strings(r.defines) || !strings(r.references)) {
    return "brief.sections, frontmatter, defines and references must be arrays of strings";
  }
  if (typeof r.project?.name !== "string" || typeof r.project.idea !== "string") return "brief.project is required";
  return r as ArtifactBrief;
}

/**
 * Token estimate used for context budgets and by the local server's `usage` (the original's
 * characters / 4). Real providers count with their tokenizer; budgets keep a margin for that.
 */
/** The most answer tokens one completion may ask for (max_tokens), whatever its run has left. */
export const MAX_ANSWER_TOKENS = 16_384;

export function estimateTokens(text: string): number {
  return Math.ceil(text.length / 4);
}

/**
 * Rules the local server can break on request (POST /control/faults {kind: "break_rule", rule}).
 * Each names a defect the spec engine must find; the names are the server's vocabulary.
 */
export const BREAKABLE_RULES = [
  /** Markdown: the first required section (or `section`) is left out. */
  "missing_section",
  /** Markdown: the first required frontmatter key is left out. */
  "missing_frontmatter",
  /** Markdown: no frontmatter block at all. */
  "no_frontmatter",
  /** JSON: the first required property of the schema's root is left out. */
  "schema_violation",
  /** Any: references a requirement id nothing defines (REQ-UNDEFINED-999). */
  "undefined_reference",
  /** Any: none of the requirement ids to reference appears. */
  "missing_references",
] as const;
export type BreakableRule = (typeof BREAKABLE_RULES)[number];
