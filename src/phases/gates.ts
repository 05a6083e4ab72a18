// The phase machine, defined once: the order (PHASES, also the database's check constraint), and per phase the
// documents it is expected to produce and the gates that must hold to leave it. Each gate is ONE definition here:
// the documents it requires, its SQL condition on the `projects` row (the advance statement requires it, and the
// refusal reads the same condition back as a boolean), its refusal, and the list of what is missing or failing
// (the 409 gate_failed items and progress's blockers), read from the stored validation and facts. The condition
// and the list agree on every fixture variant (test/worker/phases/gate-agreement.test.ts).
// Adding a gate is one entry in PHASE_TABLE.
import { and, type SQL, sql } from "drizzle-orm";
import { CROSS_RULES, type CrossError, crossErrors, crossFinding, latestDocs } from "../artifacts";
import {
  type Approval,
  approvalColumns,
  approvalFlag,
  artifactWaivers,
  PHASES,
  type Phase,
  projectArtifacts,
  projects,
} from "../platform/db/schema";
import { policyMet } from "../reviews";
import { phaseApproval, phaseTemplate } from "../spec-engine/templates";
import type { FactsRow, TraceIds } from "../spec-engine/trace-ids";
import type { Finding, GateItem } from "../spec-engine/types";

export { PHASES, type Phase };

export interface Refusal {
  code: "approval_required" | "phase_mismatch" | "phase_final" | "wrong_phase" | "gate_failed";
  message: string;
  /** gate_failed: what is missing or failing. */
  items?: GateItem[];
}

/** What a gate's list reads: the latest version of every artifact, the waivers, the coverage threshold. */
export interface GateData {
  latest: readonly (FactsRow & { version: number; validationStatus: string; validationErrors: readonly Finding[] })[];
  waivers: readonly { phase: Phase; artifactName: string; ruleId: string }[];
  coverageThreshold: number;
}

/** A template document a gate requires. */
export interface DocumentRef {
  phase: Phase;
  name: string;
}

/** A condition for leaving a phase. */
export interface Gate {
  /** Names the gate in the state read (a column alias: lowercase letters and `_`). */
  name: string;
  /** The documents it requires present (and validated); none for an approval. */
  requires?: readonly DocumentRef[];
  /** True when the gate is met; may use subqueries correlated on `projects.id`. */
  met: SQL<boolean>;
  /** Why leaving is refused while the gate is not met. */
  refusal: Refusal;
  /** What is missing or failing (empty exactly when `met` holds); none for an approval (its refusal says it). */
  items?: (d: GateData) => GateItem[];
}

/** The phase after `p`; undefined for the last one. */
export function nextPhase(p: Phase): Phase | undefined {
  return PHASES[PHASES.indexOf(p) + 1];
}

/**
 * The phases whose documents leaving `phase` answers for: its own, and, entering `done`, every phase (a document
 * of an earlier phase may have been replaced, or a later one may contradict it, after that phase was left).
 * None for `done` (final).
 */
export function gateScope(phase: Phase): readonly Phase[] {
  const next = nextPhase(phase);
  if (next === undefined) return [];
  return next === "done" ? PHASES.slice(0, -1) : [phase];
}

/** The template document `name` (PRD.md, tasks.md): the phase whose template holds it. */
function documentRef(name: string): DocumentRef {
  return { phase: PHASES.find((p) => phaseTemplate(p).artifacts.some((t) => t.name === name)) as Phase, name };
}

/**
 * The approval given in the phase whose template names it: its flag (set by the approve route when the review
 * policy became met) and the policy still met now (a withdrawn or stale approval, or an open blocking thread,
 * blocks leaving).
 */
const approvalGate = (approval: Approval): Gate => ({
  name: approvalFlag(approval),
  met: sql<boolean>`(${projects[approvalColumns(approval).flag]} and ${policyMet(approval)})`,
  refusal: {
    code: "approval_required",
    message: `the ${approval} approval is missing: approve the ${approval} (POST .../${approval}/approve) before leaving`,
  },
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
 * What stops leaving by the scope's documents, phase by phase: required documents missing or never validated
 * (status `pending`), then error-level own findings of its latest artifacts (template or extra); then the
 * cross-document errors located in the scope. A finding a waiver names (phase, document, rule) is left out.
 */
function documentItems(scope: readonly Phase[], requires: readonly DocumentRef[], d: GateData): GateItem[] {
  const items: GateItem[] = [];
  const unwaived = (f: Omit<CrossError, "ruleId"> & { ruleId: string }) => {
    if (d.waivers.some((w) => w.phase === f.phase && w.artifactName === f.artifact && w.ruleId === f.ruleId)) return;
    items.push({ code: "finding_unwaived", ...f, message: `${f.artifact}: ${f.message}` });
  };
  for (const phase of scope) {
    for (const { name } of requires.filter((r) => r.phase === phase)) {
      const x = d.latest.find((l) => l.phase === phase && l.artifactName === name);
      if (!x) items.push({ code: "artifact_missing", phase, artifact: name, message: `${name} is missing` });
      else if (x.validationStatus === "pending") {
        const message = `${name} v${x.version} was never validated: store a new version`;
        items.push({ code: "artifact_not_validated", phase, artifact: name, message });
      }
    }
    for (const x of d.latest.filter((l) => l.phase === phase)) {
      for (const { severity, ruleId, message } of x.validationErrors) {
        if (severity === "error") unwaived({ phase, artifact: x.artifactName, ruleId, message });
      }
    }
  }
  for (const e of crossErrors(d.latest)) if (scope.includes(e.phase)) unwaived(e);
  return items;
}

/**
 * The template documents of the scope's phases are all present and validated, no latest artifact of them
 * (template or extra) has an error-level finding without a waiver, and no latest template document of them has an
 * unwaived cross-document error (src/artifacts/cross-findings.ts). Read in the advance statement itself, so it holds
 * at the moment of the write. Raw: a VALUES list and jsonb_array_elements have no builder form.
 */
function artifactsGate(phase: Phase): Gate {
  const scope = gateScope(phase);
  const requires = scope.flatMap((p) => phaseTemplate(p).artifacts.map((t) => ({ phase: p, name: t.name })));
  const required = requires.map((r) => sql`(${r.phase}, ${r.name})`);
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
  const crossFound = sql`exists (select 1 from ${latestDocs} l where l.phase in (${sql.join(
    scope.map((p) => sql`${p}`),
    sql`, `,
  )}) and (${sql.join(
    CROSS_RULES.map((r) => sql`(${crossFinding(r, l)} and not ${waived(l.phase, l.name, sql`${r}`)})`),
    sql` or `,
  )}))`;
  return {
    name: "artifacts_ready",
    requires,
    met: sql<boolean>`(${present} and not ${ownErrors} and not ${crossFound})`,
    refusal: { code: "gate_failed", message: "required artifacts are missing or have unwaived errors: cannot leave" },
    items: (d) => documentItems(scope, requires, d),
  };
}

/** The trace ids `key` of the latest version of template document `doc`, in SQL. */
const traceIdsOf = (doc: DocumentRef, key: keyof TraceIds) =>
  sql`coalesce((select ${a.traceIds}->${key} from ${a} where ${a.projectId} = ${projects.id}
    and ${a.phase} = ${doc.phase} and ${a.artifactName} = ${doc.name} order by ${a.version} desc limit 1), '[]'::jsonb)`;

/**
 * Entering `done` (leaving `phase`): PRD.md defines requirements and tasks.md's tasks reference at least the
 * project's coverage_threshold percent of them. Compared from the ids extracted on write (src/spec-engine/trace-ids.ts).
 */
function coverageGate(phase: Phase): Gate {
  const prd = documentRef("PRD.md");
  const tasks = documentRef("tasks.md");
  const ids = (d: GateData, doc: DocumentRef, key: "defines" | "tasks") =>
    d.latest.find((l) => l.artifactName === doc.name && !l.extraFile)?.traceIds[key] ?? [];
  return {
    name: "coverage_met",
    requires: [prd, tasks],
    met: sql<boolean>`coalesce((select count(*) > 0 and 100 * count(*) filter (where d.id in (
      select jsonb_array_elements_text(${traceIdsOf(tasks, "tasks")}))) >= ${projects.coverageThreshold} * count(*)
    from jsonb_array_elements_text(${traceIdsOf(prd, "defines")}) as d(id)), false)`,
    refusal: { code: "gate_failed", message: "tasks do not cover enough requirements: cannot leave" },
    items: (d) => {
      const defined = ids(d, prd, "defines");
      const covering = new Set(ids(d, tasks, "tasks"));
      const missing = defined.filter((id) => !covering.has(id));
      const covered = defined.length - missing.length;
      if (defined.length === 0) {
        return [
          {
            code: "coverage_below_threshold",
            phase,
            artifact: prd.name,
            message: "PRD.md defines no requirement to trace",
          },
        ];
      }
      if (100 * covered >= d.coverageThreshold * defined.length) return [];
      const message = `tasks cover ${covered} of ${defined.length} requirements (threshold ${d.coverageThreshold} %); not covered: ${missing.join(", ")}`;
      return [{ code: "coverage_below_threshold", phase, artifact: tasks.name, message }];
    },
  };
}

interface PhaseRule {
  /** The documents the phase must produce: its template's (src/spec-engine/templates.ts), the one definition. */
  expectedArtifacts: readonly string[];
  /** All must hold to leave the phase; the first unmet one names the refusal. */
  gates: readonly Gate[];
}

/**
 * The phase's rule: its template's approval first (if it takes one), then its documents, and entering `done` the
 * task coverage. `done` itself is final: no gate.
 */
function rule(phase: Phase): PhaseRule {
  const approval = phaseApproval(phase);
  const next = nextPhase(phase);
  return {
    expectedArtifacts: phaseTemplate(phase).artifacts.map((t) => t.name),
    gates: [
      ...(approval ? [approvalGate(approval)] : []),
      ...(next ? [artifactsGate(phase)] : []),
      ...(next === "done" ? [coverageGate(phase)] : []),
    ],
  };
}

export const PHASE_TABLE = Object.fromEntries(PHASES.map((p) => [p, rule(p)])) as Record<Phase, PhaseRule>;

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

/** The phase in which `approval` is given (the phase whose template takes it, and whose gate checks it). */
export function approvalPhase(approval: Approval): Phase {
  // Every approval has its phase: a template names each (test/node/spec-engine/templates.test.ts).
  return PHASES.find((p) => phaseApproval(p) === approval) as Phase;
}

/** An approval outside its phase. */
export function wrongPhase(approval: Approval, current: Phase): Refusal {
  return {
    code: "wrong_phase",
    message: `the ${approval} can only be approved in phase "${approvalPhase(approval)}"; the project is in phase "${current}"`,
  };
}

/**
 * What stops the project leaving `phase` by its documents (not its approvals): every gate's list, in the table's
 * order. Empty: the documents allow leaving.
 */
export function gateItems(phase: Phase, d: GateData): GateItem[] {
  return PHASE_TABLE[phase].gates.flatMap((g) => g.items?.(d) ?? []);
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
