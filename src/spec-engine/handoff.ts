// Handoff documents of the export: HANDOFF.md (what a team needs to start), LLM_CONTEXT.md (every latest
// artifact in phase order, one file for a coding agent) and the traceability as JSON. Pure: every input,
// including the generation time, is passed in, so the same project gives the same bytes.
import type { Approval } from "./phases";
import { projectScore } from "./quality";
import { phaseIndex } from "./templates";
import type { Phase, StoredArtifact, TraceabilityMatrix } from "./types";

export interface HandoffProject {
  name: string;
  idea: string;
  description: string;
  stackChoice: string | null;
  stackOverrideReason?: string | null;
  currentPhase: Phase;
}

export interface HandoffApproval {
  kind: Approval;
  by: string;
  at: string;
}

export interface HandoffHistoryEntry {
  fromPhase: Phase;
  toPhase: Phase;
  tokensUsed: number | null;
  costEstimateUsd: string | number | null;
  transitionedBy: string | null;
  transitionedAt: string;
  validationPassed: boolean | null;
}

export interface HandoffInput {
  project: HandoffProject;
  approvals: readonly HandoffApproval[];
  history: readonly HandoffHistoryEntry[];
  /** Latest version of every artifact. */
  artifacts: readonly StoredArtifact[];
  traceability: TraceabilityMatrix;
  generatedAt: string;
}

const inPhaseOrder = (artifacts: readonly StoredArtifact[]) =>
  [...artifacts].sort(
    (a, b) => phaseIndex(a.phase) - phaseIndex(b.phase) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
  );

/** Table cells: no line breaks or pipes (they would break the table). */
const cell = (v: unknown) =>
  String(v ?? "—")
    .replace(/\r?\n/g, " ")
    .replace(/\|/g, "\\|");

export function generateHandoff(input: HandoffInput): string {
  const { project, traceability: t } = input;
  const artifacts = inPhaseOrder(input.artifacts);
  const scores = artifacts.flatMap((a) => (a.qualityScore === null ? [] : [a.qualityScore]));
  const tokens = input.history.reduce((n, h) => n + (h.tokensUsed ?? 0), 0);
  const cost = input.history.reduce((n, h) => n + Number(h.costEstimateUsd ?? 0), 0);
  const count = (s: string) => artifacts.filter((a) => a.status === s).length;
  const lines = [
    "---",
    `title: ${JSON.stringify(`Handoff: ${project.name}`)}`,
    `generated_at: ${JSON.stringify(input.generatedAt)}`,
    "---",
    "",
    `# Handoff: ${project.name}`,
    "",
    "## Idea",
    "",
    project.idea || "—",
    "",
    ...(project.description ? [project.description, ""] : []),
    "## Stack",
    "",
    `Chosen stack: \`${project.stackChoice ?? "not chosen"}\``,
    "",
    ...(project.stackOverrideReason
      ? [`Not an option of the stack scorecard; approved with the reason: ${project.stackOverrideReason}`, ""]
      : []),
    "## Approvals",
    "",
    ...(input.approvals.length === 0
      ? ["None recorded."]
      : [
          "| approval | by | at |",
          "|---|---|---|",
          ...input.approvals.map((a) => `| ${a.kind} | ${cell(a.by)} | ${cell(a.at)} |`),
        ]),
    "",
    "## Phase History",
    "",
    ...(input.history.length === 0
      ? ["No transition yet."]
      : [
          "| from | to | by | at | validation passed | tokens | cost (USD) |",
          "|---|---|---|---|---|---|---|",
          ...input.history.map(
            (h) =>
              `| ${h.fromPhase} | ${h.toPhase} | ${cell(h.transitionedBy)} | ${cell(h.transitionedAt)} | ${cell(h.validationPassed)} | ${cell(h.tokensUsed)} | ${cell(h.costEstimateUsd)} |`,
          ),
        ]),
    "",
    `Total: ${tokens} tokens, ${cost.toFixed(4)} USD.`,
    "",
    "## Validation",
    "",
    `${artifacts.length} artifacts: ${count("pass")} pass, ${count("warn")} warn, ${count("fail")} fail, ${count("pending")} pending. ` +
      `Project quality score: ${projectScore(scores, t)} / 100.`,
    "",
    "## Coverage",
    "",
    `${t.requirements.length} requirements; coverage threshold for tasks ${t.threshold} %.`,
    "",
    "| kind | covered | total | percent |",
    "|---|---|---|---|",
    ...(["operations", "entities", "tasks", "epics"] as const).map((k) => {
      const c = t.coverage[k];
      return `| ${k} | ${c.covered} | ${c.total} | ${c.applicable ? `${c.percent} %` : "n/a"} |`;
    }),
    "",
    `Uncovered: ${t.uncovered.length === 0 ? "none" : t.uncovered.join(", ")}. ` +
      `Undefined references: ${t.undefinedReferences.length === 0 ? "none" : t.undefinedReferences.map((r) => `${r.id} (${r.artifact})`).join(", ")}.`,
    "",
    "## Artifacts",
    "",
    "| phase | name | version | status | score | sha-256 |",
    "|---|---|---|---|---|---|",
    ...artifacts.map(
      (a) =>
        `| ${a.phase} | ${cell(a.name)} | ${a.version} | ${a.status} | ${cell(a.qualityScore)} | \`${a.contentHash}\` |`,
    ),
    "",
  ];
  return lines.join("\n");
}

export function generateLlmContext(project: HandoffProject, artifacts: readonly StoredArtifact[]): string {
  const parts = [
    `# ${project.name}: specification context`,
    "",
    "Every latest spec document of the project, in phase order. Requirement ids (REQ-...) are defined in PRD.md; tasks.md says what to build.",
    "",
  ];
  for (const a of inPhaseOrder(artifacts)) {
    // A fence longer than any backtick run inside keeps the document intact.
    const longest = Math.max(2, ...[...a.content.matchAll(/`+/g)].map((m) => m[0].length));
    const fence = "`".repeat(longest + 1);
    const lang = a.name.endsWith(".json") ? "json" : a.name.endsWith(".md") ? "markdown" : "";
    parts.push(`## ${a.phase} / ${a.name} (v${a.version})`, "", `${fence}${lang}`, a.content, fence, "");
  }
  return parts.join("\n");
}

export function traceabilityJson(matrix: TraceabilityMatrix): string {
  return `${JSON.stringify(matrix, null, 2)}\n`;
}
