// The phase machine, defined once: the order (PHASES, also the database's check constraint), and
// per phase the documents it is expected to produce and the gates that must hold to leave it.
// A gate is ONE SQL condition on the `projects` row: the advance statement requires it, and the
// refusal explanation reads the same condition back as a boolean, so the two cannot disagree.
// Adding a gate (e.g. "required artifacts present and passing") is one entry in PHASE_TABLE.
import { and, type SQL, sql } from "drizzle-orm";
import { CROSS_RULES, crossFinding, latestDocs } from "../artifacts";
import { artifactWaivers, PHASES, type Phase, type Project, projectArtifacts, projects } from "../platform/db/schema";
import { type GateData, gateItems, gateScope } from "../spec-engine/gate";
import { phaseTemplate } from "../spec-engine/templates";
import type { TraceIds } from "../spec-engine/trace-ids";
import type { GateItem } from "../spec-engine/types";

export { type GateData, gateItems, PHASES, type Phase };

export interface Refusal {
  code: "approval_required" | "phase_mismatch" | "phase_final" | "wrong_phase" | "gate_failed";
  message: string;
  /** gate_failed: what is missing or failing. */
  items?: GateItem[];
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

/** The project's columns of type T. */
type ColumnOf<T> = { [K in keyof Project]: Project[K] extends T ? K : never }[keyof Project];

/** A human approval given in one phase (its route sets `flag`, `by` and `at`), required to leave that phase. */
export interface Approval {
  /** What is approved, in messages ("the stack"), and the path segment of its route. */
  subject: "stack" | "dependencies";
  flag: ColumnOf<boolean>;
  /** Who approved (the user id) and when. */
  by: ColumnOf<string | null>;
  at: ColumnOf<Date | null>;
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

const a = projectArtifacts;

/** The latest version of each artifact of `phases` (raw: DISTINCT ON in a correlated subquery; columns from the table). */
const latestOf = (phases: readonly Phase[]) => sql`(select distinct on (${a.phase}, ${a.artifactName})
    ${a.phase} as phase, ${a.artifactName} as name, ${a.validationStatus} as status, ${a.validationErrors} as findings
  from ${a} where ${a.projectId} = ${projects.id} and ${a.phase} in (${sql.join(
    phases.map((p) => sql`${p}`),
    sql`, `,
  )})
  order by ${a.phase}, ${a.artifactName}, ${a.version} desc)`;

/** An artifact_waivers row for (phase, name, rule) exists (the SQL operands given as expressions). */
const waived = (phase: SQL, name: SQL, rule: SQL) => {
  const w = artifactWaivers;
  return sql`exists (select 1 from ${w} where ${w.projectId} = ${projects.id} and ${w.phase} = ${phase}
    and ${w.artifactName} = ${name} and ${w.ruleId} = ${rule})`;
};

/**
 * The template documents of the scope's phases are all present and validated, no latest artifact of them
 * (template or extra) has an error-level finding without a waiver, and no latest template document of them has an
 * unwaived cross-document error (src/artifacts/cross-findings.ts). Read in the advance statement itself, so it holds
 * at the moment of the write. Raw: a VALUES list and jsonb_array_elements have no builder form.
 */
function artifactsGate(phase: Phase): Gate {
  const scope = gateScope(phase);
  const required = scope.flatMap((p) => phaseTemplate(p).artifacts.map((t) => sql`(${p}, ${t.name})`));
  const present =
    required.length === 0
      ? sql`true`
      : sql`not exists (select 1 from (values ${sql.join(required, sql`, `)}) as req(phase, name)
          where not exists (select 1 from ${latestOf(scope)} l
            where l.phase = req.phase and l.name = req.name and l.status <> 'pending'))`;
  const ownErrors = sql`exists (
      select 1 from ${latestOf(scope)} l cross join lateral jsonb_array_elements(l.findings) f
      where f->>'severity' = 'error' and not ${waived(sql`l.phase`, sql`l.name`, sql`f->>'ruleId'`)})`;
  const l = { phase: sql`l.phase`, name: sql`l.name`, facts: sql`l.facts` };
  const crossErrors = sql`exists (select 1 from ${latestDocs} l where l.phase in (${sql.join(
    scope.map((p) => sql`${p}`),
    sql`, `,
  )}) and (${sql.join(
    CROSS_RULES.map((r) => sql`(${crossFinding(r, l)} and not ${waived(l.phase, l.name, sql`${r}`)})`),
    sql` or `,
  )}))`;
  return {
    name: "artifacts_ready",
    met: sql<boolean>`(${present} and not ${ownErrors} and not ${crossErrors})`,
    refusal: { code: "gate_failed", message: "required artifacts are missing or have unwaived errors: cannot leave" },
  };
}

/** The phase and name of the latest template document `name` (PRD.md, tasks.md) as its trace ids in SQL. */
const traceIdsOf = (name: string, key: keyof TraceIds) => {
  const phase = PHASES.find((p) => phaseTemplate(p).artifacts.some((t) => t.name === name));
  return sql`coalesce((select ${a.traceIds}->${key} from ${a} where ${a.projectId} = ${projects.id}
    and ${a.phase} = ${phase} and ${a.artifactName} = ${name} order by ${a.version} desc limit 1), '[]'::jsonb)`;
};

/**
 * Entering `done`: PRD.md defines requirements and tasks.md's tasks reference at least the project's
 * coverage_threshold percent of them. Compared in SQL from the ids extracted on write (src/spec-engine/trace-ids.ts).
 */
const coverageGate: Gate = {
  name: "coverage_met",
  met: sql<boolean>`coalesce((select count(*) > 0 and 100 * count(*) filter (where d.id in (
      select jsonb_array_elements_text(${traceIdsOf("tasks.md", "tasks")}))) >= ${projects.coverageThreshold} * count(*)
    from jsonb_array_elements_text(${traceIdsOf("PRD.md", "defines")}) as d(id)), false)`,
  refusal: { code: "gate_failed", message: "tasks do not cover enough requirements: cannot leave" },
};

interface PhaseRule {
  /** The documents the phase must produce: its template's (src/spec-engine/templates.ts), the one definition. */
  expectedArtifacts: readonly string[];
  /** All must hold to leave the phase; the first unmet one names the refusal. */
  gates: readonly (Gate & { approval?: Approval })[];
}

const rule = (phase: Phase, ...gates: (Gate & { approval?: Approval })[]): PhaseRule => ({
  expectedArtifacts: phaseTemplate(phase).artifacts.map((t) => t.name),
  gates,
});

export const PHASE_TABLE: Record<Phase, PhaseRule> = {
  analysis: rule("analysis", artifactsGate("analysis")),
  stack_selection: rule(
    "stack_selection",
    approvalGate({ subject: "stack", flag: "stackApproved", by: "stackApprovedBy", at: "stackApprovedAt" }),
    artifactsGate("stack_selection"),
  ),
  spec: rule("spec", artifactsGate("spec")),
  dependencies: rule(
    "dependencies",
    approvalGate({
      subject: "dependencies",
      flag: "dependenciesApproved",
      by: "dependenciesApprovedBy",
      at: "dependenciesApprovedAt",
    }),
    artifactsGate("dependencies"),
  ),
  solutioning: rule("solutioning", artifactsGate("solutioning"), coverageGate),
  done: rule("done"),
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
  /** The artifacts and waivers, to list what a gate_failed refusal is about. */
  data?: GateData;
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
  if (!unmet) return undefined;
  const refusal: Refusal = { code: unmet.refusal.code, message: `${unmet.refusal.message} "${expected}"` };
  if (refusal.code === "gate_failed" && state.data) refusal.items = gateItems(expected, state.data);
  return refusal;
}
