// The brief of one artifact (src/runs/generation/contract.ts) from its spec engine template and the run's
// state, and the cross-document checks a draft is held to. Pure (no Workers imports): the workflow
// uses it, and test/node/runs/llm-documents.test.ts walks every phase through it and the local writer.
import type { Phase } from "../../platform/db/schema";
import { type ArtifactInput, type ArtifactTemplate, computeTraceability, type Finding } from "../../spec-engine";
import { traceIds } from "../../spec-engine/trace-ids";
import type { ArtifactBrief } from "./contract";
import { ARTIFACT_EXAMPLES } from "./examples";

/** Requirement ids the first requirements document defines when the project has none yet. */
const SEED_REQUIREMENTS = ["REQ-CORE-001", "REQ-CORE-002", "REQ-CORE-003"];

/** The state a pass starts from, as plain JSON (a step's output). */
export interface RunState {
  status: string;
  targetPhase: Phase;
  tokensUsed: number;
  tokenBudget: number;
  /** A scoped run's change request (docs/change-requests.md, Scoped runs). */
  changeRequestId?: string | null;
  project: {
    id: string;
    name: string;
    idea: string;
    currentPhase: Phase;
    stackApproved: boolean;
    dependenciesApproved: boolean;
  };
  artifacts: { phase: Phase; name: string; content: string; status: string }[];
}

/** Ids of the items a document defines itself (a task or epic per line), numbered from 001. */
const itemIds = (prefix: string, n: number) =>
  Array.from({ length: Math.max(1, n) }, (_, i) => `${prefix}-${String(i + 1).padStart(3, "0")}`);

/**
 * The brief of one artifact, from its spec engine template (see docs/generation.md): PRD.md defines
 * the requirements (the PRD's existing ones, or seeds), later documents reference them; tasks.md
 * defines one task per requirement and epics.md one epic (their ids are what tasks-none counts).
 */
export function briefFor(
  tpl: ArtifactTemplate,
  state: { project: Pick<RunState["project"], "name" | "idea">; artifacts: readonly ArtifactInput[] },
): ArtifactBrief {
  const prd = state.artifacts.find((a) => a.name === "PRD.md")?.content ?? "";
  const requirements = traceIds("PRD.md", prd).defines ?? [];
  const isPrd = tpl.name === "PRD.md";
  const defines = isPrd
    ? requirements.length
      ? requirements
      : SEED_REQUIREMENTS
    : tpl.name === "tasks.md"
      ? itemIds("TASK", requirements.length)
      : tpl.name === "epics.md"
        ? itemIds("EPIC", 1)
        : [];
  return {
    artifact: tpl.name,
    phase: tpl.phase,
    format: tpl.format,
    description: tpl.description,
    sections: tpl.format === "markdown" ? tpl.sections.map((s) => s.title) : [],
    subsections:
      tpl.format === "markdown"
        ? Object.fromEntries(tpl.sections.filter((s) => s.minSubsections).map((s) => [s.title, s.minSubsections ?? 0]))
        : undefined,
    frontmatter: tpl.format === "markdown" ? tpl.frontmatter.map((f) => f.key) : [],
    schema: tpl.format === "json" ? { ...tpl.schema } : undefined,
    example: ARTIFACT_EXAMPLES[tpl.name],
    defines,
    references: isPrd ? [] : requirements,
    project: { name: state.project.name, idea: state.project.idea },
  };
}

/**
 * What a draft reads from its own phase, so it is drafted after those (src/runs/generation/workflow.ts
 * draftLevels): the requirements document defines the ids later documents reference (briefFor), and
 * the sbom is checked against the dependency proposal (sbom-missing-dependency). Documents not named
 * here read only earlier phases and are drafted in parallel.
 */
export const DRAFT_INPUTS: Record<string, string[]> = {
  "data-model.md": ["PRD.md"],
  "api-spec.json": ["PRD.md"],
  "sbom.json": ["dependency-proposal.json"],
  "DEPENDENCIES.md": ["dependency-proposal.json"],
};

/**
 * The documents of a phase in levels: each level's drafts depend only on earlier levels'
 * (DRAFT_INPUTS), so a level's drafts run in parallel. Order within a level: the template's.
 */
export function draftLevels(tpls: ArtifactTemplate[]): ArtifactTemplate[][] {
  const names = new Set(tpls.map((t) => t.name));
  const level = new Map<string, number>();
  const levelOf = (name: string): number => {
    const known = level.get(name);
    if (known !== undefined) return known;
    const inputs = (DRAFT_INPUTS[name] ?? []).filter((n) => names.has(n));
    const l = inputs.length ? Math.max(...inputs.map(levelOf)) + 1 : 0;
    level.set(name, l);
    return l;
  };
  const levels: ArtifactTemplate[][] = [];
  for (const t of tpls) {
    const l = levelOf(t.name);
    levels[l] = [...(levels[l] ?? []), t];
  }
  return levels.filter(Boolean);
}

/**
 * Errors of the cross-document rules (src/spec-engine/traceability.ts) located in one document, given the
 * project's other latest documents: an id PRD.md does not define, an sbom without a proposed
 * dependency. The artifact route stores only the document's own findings; the run holds its drafts
 * to both, so what it leaves behind is traced.
 */
export function crossFindings(phase: Phase, name: string, latest: readonly ArtifactInput[]): Finding[] {
  return computeTraceability(latest).findings.filter(
    (f) => f.severity === "error" && f.location.phase === phase && f.location.artifact === name,
  );
}

/**
 * The ids the brief asks a document to define (requirements in PRD.md, tasks, epics) that it does not
 * define: such a draft may pass its own rules (an id in another format is just text) yet leave the
 * later documents nothing to trace, so the run holds it to them. Rule id `brief-defines`.
 */
export function briefFindings(brief: ArtifactBrief, content: string): Finding[] {
  if (brief.defines.length === 0) return [];
  // Present as written (ids are [A-Z0-9-]: no escaping needed); the rules check where it stands.
  const missing = brief.defines.filter((id) => !new RegExp(`(^|[^\\w-])${id}(?![\\w-])`).test(content));
  if (missing.length === 0) return [];
  return [
    {
      ruleId: "brief-defines",
      severity: "error",
      message: `define ${missing.join(", ")} exactly in this format (the later documents trace them)`,
      location: { phase: brief.phase as Phase, artifact: brief.artifact },
    },
  ];
}
