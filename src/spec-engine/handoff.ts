// Handoff documents of the export: HANDOFF.md (what a team needs to start, with each requirement's status and the
// open change requests), LLM_CONTEXT.md (every latest artifact in phase order, one file for a coding agent),
// CHANGELOG.md (the merged change requests with their deltas) and the traceability as JSON. Pure: every input,
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

/** A requirement's latest revision (src/platform/db/schema.ts, requirements). */
export interface HandoffRequirement {
  reqId: string;
  revision: number;
  status: "active" | "superseded" | "retired";
  title: string;
  retiredReason: string | null;
}

/** A change request not yet merged, rejected or withdrawn. */
export interface HandoffChangeRequest {
  number: number;
  title: string;
  status: "draft" | "in_review" | "approved";
  author: string | null;
  createdAt: string;
}

/** A task of tasks.md synced to a GitHub issue: done when the issue is closed. */
export interface HandoffTask {
  task: string;
  issue: number;
  url: string;
  state: "open" | "closed";
}

export interface HandoffInput {
  project: HandoffProject;
  approvals: readonly HandoffApproval[];
  history: readonly HandoffHistoryEntry[];
  /** Latest version of every artifact. */
  artifacts: readonly StoredArtifact[];
  traceability: TraceabilityMatrix;
  /** The latest revision of every requirement ever recorded, by id. */
  requirements: readonly HandoffRequirement[];
  /** Draft, in review or approved, newest first. */
  openChangeRequests: readonly HandoffChangeRequest[];
  /** The tasks synced to GitHub issues (none: no section). */
  tasks?: readonly HandoffTask[];
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
    ...requirementsSection(input.requirements),
    ...openChangeRequestsSection(input.openChangeRequests),
    ...taskStatusSection(input.tasks ?? []),
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

/** `## Requirements`: each requirement's latest revision and status (a retired one with its reason). */
function requirementsSection(requirements: readonly HandoffRequirement[]): string[] {
  return [
    "## Requirements",
    "",
    ...(requirements.length === 0
      ? ["None recorded."]
      : [
          "| id | revision | status | title |",
          "|---|---|---|---|",
          ...requirements.map(
            (r) =>
              `| ${cell(r.reqId)} | ${r.revision} | ${r.status} | ${cell(r.title)}${r.retiredReason ? ` (retired: ${cell(r.retiredReason)})` : ""} |`,
          ),
        ]),
    "",
  ];
}

/** `## Open Change Requests`: what may still change the spec set (draft, in review, approved). */
function openChangeRequestsSection(open: readonly HandoffChangeRequest[]): string[] {
  return [
    "## Open Change Requests",
    "",
    ...(open.length === 0
      ? ["None."]
      : [
          "| change request | title | status | author | opened |",
          "|---|---|---|---|---|",
          ...open.map(
            (c) => `| CR-${c.number} | ${cell(c.title)} | ${c.status} | ${cell(c.author)} | ${cell(c.createdAt)} |`,
          ),
        ]),
    "",
  ];
}

/** `## Task Status`: the tasks whose issues are closed, with their links, and those still open. */
function taskStatusSection(tasks: readonly HandoffTask[]): string[] {
  if (tasks.length === 0) return [];
  const done = tasks.filter((t) => t.state === "closed");
  const open = tasks.filter((t) => t.state !== "closed").map((t) => t.task);
  return [
    "## Task Status",
    "",
    `${done.length} of ${tasks.length} tasks done (their GitHub issues closed).`,
    "",
    ...(done.length
      ? ["| task | issue |", "|---|---|", ...done.map((t) => `| ${t.task} | [#${t.issue}](${t.url}) |`), ""]
      : []),
    `Open: ${open.length ? open.join(", ") : "none"}.`,
    "",
  ];
}

/** One delta of a merged change request, as the changelog shows it. */
export interface ChangelogDelta {
  kind: "added" | "modified" | "removed";
  reqId: string;
  baseRevision: number | null;
  title: string | null;
  reason: string | null;
}

/** A merged change request with its deltas in their order. */
export interface ChangelogEntry {
  number: number;
  title: string;
  rationale: string;
  mergedAt: string;
  mergedBy: string | null;
  deltas: readonly ChangelogDelta[];
}

const deltaLine = (d: ChangelogDelta) => {
  const base = d.baseRevision === null ? "" : ` (revision ${d.baseRevision})`;
  const what = d.kind === "removed" ? (d.reason ? `: ${d.reason}` : "") : d.title ? `: ${d.title}` : "";
  return `- ${d.kind.toUpperCase()} ${d.reqId}${base}${what}`.replace(/\r?\n/g, " ");
};

/**
 * CHANGELOG.md: the merged change requests, newest first, each as `## CR-<number>: <title>` with when and by whom
 * it was merged, its rationale and its deltas. `omitted`: older merged ones the export left out (its bound).
 */
export function generateChangelog(project: HandoffProject, entries: readonly ChangelogEntry[], omitted = 0): string {
  const lines = [`# Changelog: ${project.name}`, ""];
  if (entries.length === 0) lines.push("No change request merged yet.", "");
  for (const e of entries) {
    lines.push(
      `## CR-${e.number}: ${e.title.replace(/\r?\n/g, " ")}`,
      "",
      `Merged ${e.mergedAt}${e.mergedBy ? ` by ${e.mergedBy}` : ""}.`,
      "",
      ...(e.rationale ? [e.rationale, ""] : []),
      ...(e.deltas.length === 0 ? ["No requirement changed."] : e.deltas.map(deltaLine)),
      "",
    );
  }
  if (omitted > 0) lines.push(`${omitted} older merged change requests are not listed.`, "");
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
