// The phase machine, defined once: the order (PHASES, also the database's check constraint), and
// per phase the documents it is expected to produce and the gates that must hold to leave it.
// A gate is ONE SQL condition on the `projects` row: the advance statement requires it, and the
// refusal explanation reads the same condition back as a boolean, so the two cannot disagree.
// Adding a gate (e.g. "required artifacts present and passing") is one entry in PHASE_TABLE.
import { and, type SQL, sql } from "drizzle-orm";
import { PHASES, type Phase, type Project, projects } from "../db/schema";

export { PHASES, type Phase };

export interface Refusal {
  code: "approval_required" | "phase_mismatch" | "phase_final" | "wrong_phase";
  message: string;
}

/** A condition for leaving a phase. */
export interface Gate {
  /** Names the gate in the state read (a column alias: lowercase letters and `_`). */
  name: string;
  /** True when the gate is met; may use subqueries correlated on `projects.id`. */
  met: SQL<boolean>;
  /** Why leaving is refused while the gate is not met. */
  refusal: Refusal;
}

/** The project's boolean columns: what an approval sets. */
type FlagColumn = { [K in keyof Project]: Project[K] extends boolean ? K : never }[keyof Project];

/** A human approval given in one phase (its route sets `flag`), required to leave that phase. */
export interface Approval {
  /** What is approved, in messages ("the stack"), and the path segment of its route. */
  subject: "stack" | "dependencies";
  flag: FlagColumn;
}

const approvalGate = (a: Approval): Gate & { approval: Approval } => ({
  name: `${a.subject}_approved`,
  met: sql<boolean>`${projects[a.flag]}`,
  refusal: {
    code: "approval_required",
    message: `the ${a.subject} approval is missing: approve the ${a.subject} (POST .../${a.subject}/approve) before leaving`,
  },
  approval: a,
});

interface PhaseRule {
  /** The documents the phase is expected to produce (reported by progress; not enforced). */
  expectedArtifacts: readonly string[];
  /** All must hold to leave the phase. */
  gates: readonly (Gate & { approval?: Approval })[];
}

export const PHASE_TABLE: Record<Phase, PhaseRule> = {
  analysis: { expectedArtifacts: ["constitution.md", "project-brief.md", "personas.md"], gates: [] },
  stack_selection: {
    expectedArtifacts: ["plan.md", "README.md", "stack-proposal.md", "stack-scorecard.json"],
    gates: [approvalGate({ subject: "stack", flag: "stackApproved" })],
  },
  spec: { expectedArtifacts: ["PRD.md", "data-model.md", "api-spec.json", "traceability.json"], gates: [] },
  dependencies: {
    expectedArtifacts: ["DEPENDENCIES.md", "dependency-proposal.json", "sbom.json"],
    gates: [approvalGate({ subject: "dependencies", flag: "dependenciesApproved" })],
  },
  solutioning: { expectedArtifacts: ["architecture.md", "epics.md", "tasks.md", "traceability.json"], gates: [] },
  done: { expectedArtifacts: ["HANDOFF.md"], gates: [] },
};

/** The phase after `p`; undefined for the last one. */
export function nextPhase(p: Phase): Phase | undefined {
  return PHASES[PHASES.indexOf(p) + 1];
}

/** Phases to pass before `done`; `done` itself counts as 100 %. */
export function percentComplete(current: Phase): number {
  return Math.round((PHASES.indexOf(current) / (PHASES.length - 1)) * 100);
}

/** Every gate of `p`, ANDed: the advance statement's condition for leaving it. */
export function leaveCondition(p: Phase): SQL {
  return and(...PHASE_TABLE[p].gates.map((g) => g.met)) ?? sql`true`;
}

/** Each gate of `p` as a boolean column, named by the gate: read back to explain a refusal. */
export function gateColumns(p: Phase): Record<string, SQL.Aliased<boolean>> {
  return Object.fromEntries(PHASE_TABLE[p].gates.map((g) => [g.name, sql<boolean>`${g.met}`.as(g.name)]));
}

/** The approval of `subject` and the phase in which it is given (the phase its gate guards). */
export function approvalOf(subject: Approval["subject"]): { phase: Phase; approval: Approval } {
  for (const phase of PHASES) {
    const gate = PHASE_TABLE[phase].gates.find((g) => g.approval?.subject === subject);
    if (gate?.approval) return { phase, approval: gate.approval };
  }
  throw new Error(`no phase takes the ${subject} approval`);
}

/** An approval outside its phase. */
export function wrongPhase(subject: Approval["subject"], current: Phase): Refusal {
  return {
    code: "wrong_phase",
    message: `the ${subject} can only be approved in phase "${approvalOf(subject).phase}"; the project is in phase "${current}"`,
  };
}

/** What the refusal explanation reads, in the same batch, after the advance matched nothing. */
export interface PhaseState {
  currentPhase: Phase;
  /** gateColumns(expected), evaluated. */
  gates: Record<string, boolean | null>;
}

/** Why an advance from `expected` did not happen in `state` (undefined: nothing explains it). */
export function advanceRefusal(state: PhaseState, expected: Phase): Refusal | undefined {
  if (state.currentPhase !== expected) {
    return { code: "phase_mismatch", message: `the project is in phase "${state.currentPhase}", not "${expected}"` };
  }
  if (nextPhase(expected) === undefined) {
    return { code: "phase_final", message: `phase "${expected}" is final and cannot advance` };
  }
  const unmet = PHASE_TABLE[expected].gates.find((g) => state.gates[g.name] !== true);
  return unmet && { code: unmet.refusal.code, message: `${unmet.refusal.message} "${expected}"` };
}
