// The phase machine: strict order, no skipping, no going back, two approval gates
// (stack_selection needs stack_approved, dependencies needs dependencies_approved to be left).
// The SQL of POST .../phases/advance enforces the same rules; advanceRefusal explains a refusal.
import { PHASES, type Phase } from "../db/schema";

export { PHASES, type Phase };

/** `case p.current_phase when 'analysis' then 'stack_selection' ... end`: the successor in SQL. */
export const NEXT_PHASE_SQL = `case p.current_phase ${PHASES.slice(0, -1)
  .map((p, i) => `when '${p}' then '${PHASES[i + 1]}'`)
  .join(" ")} end`;

/** Phases to pass before `done`; `done` itself counts as 100 %. */
export function percentComplete(current: Phase): number {
  return Math.round((PHASES.indexOf(current) / (PHASES.length - 1)) * 100);
}

/** The documents each phase is expected to produce (the domain's list; not enforced). */
export const EXPECTED_ARTIFACTS: Record<Phase, readonly string[]> = {
  analysis: ["constitution.md", "project-brief.md", "personas.md"],
  stack_selection: ["plan.md", "README.md", "stack-proposal.md", "stack-scorecard.json"],
  spec: ["PRD.md", "data-model.md", "api-spec.json", "traceability.json"],
  dependencies: ["DEPENDENCIES.md", "dependency-proposal.json", "sbom.json"],
  solutioning: ["architecture.md", "epics.md", "tasks.md", "traceability.json"],
  done: ["HANDOFF.md"],
};

export interface PhaseState {
  currentPhase: Phase;
  stackApproved: boolean;
  dependenciesApproved: boolean;
}

/** Why an advance from `expected` cannot happen in `state` (undefined: it can). */
export function advanceRefusal(
  state: PhaseState,
  expected: Phase,
): { code: "phase_mismatch" | "phase_final" | "approval_required"; message: string } | undefined {
  if (state.currentPhase !== expected) {
    return {
      code: "phase_mismatch",
      message: `the project is in phase "${state.currentPhase}", not "${expected}"`,
    };
  }
  if (state.currentPhase === "done")
    return { code: "phase_final", message: 'phase "done" is final and cannot advance' };
  if (state.currentPhase === "stack_selection" && !state.stackApproved) {
    return {
      code: "approval_required",
      message:
        'the stack approval is missing: approve the stack (POST .../stack/approve) before leaving "stack_selection"',
    };
  }
  if (state.currentPhase === "dependencies" && !state.dependenciesApproved) {
    return {
      code: "approval_required",
      message:
        'the dependencies approval is missing: approve the dependencies (POST .../dependencies/approve) before leaving "dependencies"',
    };
  }
  return undefined;
}
