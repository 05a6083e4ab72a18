// Gate evaluation: what is missing or failing to leave a phase. Pure; the phase machine (src/domain/phases.ts)
// calls it next to its approval check and refuses the advance with the returned items when `ok` is false.
import { PHASES } from "../db/schema";
import { phaseTemplate } from "./templates";
import { computeTraceability, DEFAULT_COVERAGE_THRESHOLD } from "./traceability";
import type { Finding, GateItem, GateResult, Phase, StoredArtifact, TraceabilityMatrix, Waiver } from "./types";

export interface GateInput {
  /** The phase being left. */
  phase: Phase;
  /** The project's latest version of every artifact (all phases), with stored findings. */
  artifacts: readonly StoredArtifact[];
  waivers: readonly Waiver[];
  /** Task coverage needed to enter `done`, 0..100 (default 100). */
  coverageThreshold?: number;
  /** Given: the approval gates are reported too (they stay enforced by the phase machine). */
  approvals?: { stackApproved: boolean; dependenciesApproved: boolean };
  /** Already computed traceability of `artifacts` (else computed here). */
  traceability?: TraceabilityMatrix;
}

const isWaived = (f: Finding, waivers: readonly Waiver[]) =>
  waivers.some((w) => w.ruleId === f.ruleId && w.phase === f.location.phase && w.artifact === f.location.artifact);

export function evaluateGate(input: GateInput): GateResult {
  const { phase, waivers } = input;
  const items: GateItem[] = [];
  if (phase === "done") {
    return { phase, ok: false, items: [{ code: "artifact_missing", phase, message: 'phase "done" is final' }] };
  }
  const template = phaseTemplate(phase);
  if (input.approvals) {
    if (template.approval === "stack_approved" && !input.approvals.stackApproved) {
      items.push({ code: "approval_required", phase, message: "the stack is not approved" });
    }
    if (template.approval === "dependencies_approved" && !input.approvals.dependenciesApproved) {
      items.push({ code: "approval_required", phase, message: "the dependencies are not approved" });
    }
  }

  const inPhase = input.artifacts.filter((a) => a.phase === phase);
  for (const t of template.artifacts) {
    const a = inPhase.find((x) => x.name === t.name);
    if (!a) items.push({ code: "artifact_missing", phase, artifact: t.name, message: `${t.name} is missing` });
    else if (a.status === "pending") {
      items.push({
        code: "artifact_not_validated",
        phase,
        artifact: t.name,
        message: `${t.name} v${a.version} was never validated: store a new version`,
      });
    }
  }
  // Unwaived errors of this phase's artifacts (template or extra) and cross-artifact errors located in them.
  const matrix = input.traceability ?? computeTraceability(input.artifacts, input.coverageThreshold);
  const errors = [...inPhase.flatMap((a) => a.findings), ...matrix.findings.filter((f) => f.location.phase === phase)];
  for (const f of errors) {
    if (f.severity !== "error" || isWaived(f, waivers)) continue;
    items.push({
      code: "finding_unwaived",
      phase,
      artifact: f.location.artifact,
      ruleId: f.ruleId,
      message: `${f.location.artifact}: ${f.message}`,
    });
  }

  // Entering `done` (leaving the last phase before it) needs requirement coverage by tasks.
  if (PHASES[PHASES.indexOf(phase) + 1] === "done") {
    const threshold = input.coverageThreshold ?? DEFAULT_COVERAGE_THRESHOLD;
    const tasks = matrix.coverage.tasks;
    if (matrix.requirements.length === 0) {
      items.push({
        code: "coverage_below_threshold",
        phase,
        artifact: "PRD.md",
        message: "PRD.md defines no requirement to trace",
      });
    } else if (tasks.percent < threshold) {
      const missing = matrix.requirements.filter((r) => r.tasks.length === 0).map((r) => r.id);
      items.push({
        code: "coverage_below_threshold",
        phase,
        artifact: "tasks.md",
        message: `tasks cover ${tasks.covered} of ${tasks.total} requirements (${tasks.percent} %, threshold ${threshold} %); not covered: ${missing.join(", ")}`,
      });
    }
  }
  return { phase, ok: items.length === 0, items };
}
