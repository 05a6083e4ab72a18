// Gate evaluation: what is missing or failing to leave a phase. Pure, and the one list of items: the phase
// machine (src/phases/gates.ts) enforces the same conditions in SQL in its advance statement and explains a
// refusal with gateItems, over the latest versions' stored validation and facts (src/spec-engine/trace-ids.ts).
import { PHASES } from "./phases";
import { classifyArtifact, phaseTemplate } from "./templates";
import { crossErrors, type FactsRow, traceIds } from "./trace-ids";
import { DEFAULT_COVERAGE_THRESHOLD } from "./traceability";
import type { Finding, GateItem, GateResult, Phase, StoredArtifact, Waiver } from "./types";

const nextOf = (phase: Phase): Phase | undefined => PHASES[PHASES.indexOf(phase) + 1];

/**
 * The phases whose documents leaving `phase` answers for: its own, and, entering `done`, every phase (a document
 * of an earlier phase may have been replaced, or a later one may contradict it, after that phase was left).
 * None for `done` (final).
 */
export function gateScope(phase: Phase): readonly Phase[] {
  const next = nextOf(phase);
  if (next === undefined) return [];
  return next === "done" ? PHASES.slice(0, -1) : [phase];
}

/** What the gates read: the latest version of every artifact, the waivers, the coverage threshold. */
export interface GateData {
  latest: readonly (FactsRow & { version: number; validationStatus: string; validationErrors: readonly Finding[] })[];
  waivers: readonly { phase: Phase; artifactName: string; ruleId: string }[];
  coverageThreshold: number;
}

/**
 * What stops the project leaving `phase` by its documents (not its approvals): required documents missing or
 * never validated, unwaived error findings (own, and cross-document from the facts) in the scope's phases, and,
 * entering `done`, task coverage below the threshold. Empty: the documents allow leaving.
 */
export function gateItems(phase: Phase, d: GateData): GateItem[] {
  const items: GateItem[] = [];
  const scope = gateScope(phase);
  const isWaived = (p: Phase, artifactName: string, ruleId: string) =>
    d.waivers.some((w) => w.phase === p && w.artifactName === artifactName && w.ruleId === ruleId);
  for (const p of scope) {
    const inPhase = d.latest.filter((x) => x.phase === p);
    for (const { name } of phaseTemplate(p).artifacts) {
      const x = inPhase.find((l) => l.artifactName === name);
      if (!x) items.push({ code: "artifact_missing", phase: p, artifact: name, message: `${name} is missing` });
      else if (x.validationStatus === "pending") {
        items.push({
          code: "artifact_not_validated",
          phase: p,
          artifact: name,
          message: `${name} v${x.version} was never validated: store a new version`,
        });
      }
    }
    for (const x of inPhase) {
      for (const f of x.validationErrors) {
        if (f.severity !== "error" || isWaived(p, x.artifactName, f.ruleId)) continue;
        items.push({
          code: "finding_unwaived",
          phase: p,
          artifact: x.artifactName,
          ruleId: f.ruleId,
          message: `${x.artifactName}: ${f.message}`,
        });
      }
    }
  }
  for (const e of crossErrors(d.latest)) {
    if (!scope.includes(e.phase) || isWaived(e.phase, e.artifact, e.ruleId)) continue;
    items.push({
      code: "finding_unwaived",
      phase: e.phase,
      artifact: e.artifact,
      ruleId: e.ruleId,
      message: `${e.artifact}: ${e.message}`,
    });
  }
  if (nextOf(phase) === "done") {
    const ids = (name: string, key: "defines" | "tasks") =>
      d.latest.find((l) => l.artifactName === name && !l.extraFile)?.traceIds[key] ?? [];
    const defined = ids("PRD.md", "defines");
    const tasks = new Set(ids("tasks.md", "tasks"));
    const missing = defined.filter((id) => !tasks.has(id));
    const covered = defined.length - missing.length;
    if (defined.length === 0) {
      items.push({
        code: "coverage_below_threshold",
        phase,
        artifact: "PRD.md",
        message: "PRD.md defines no requirement to trace",
      });
    } else if (100 * covered < d.coverageThreshold * defined.length) {
      items.push({
        code: "coverage_below_threshold",
        phase,
        artifact: "tasks.md",
        message: `tasks cover ${covered} of ${defined.length} requirements (threshold ${d.coverageThreshold} %); not covered: ${missing.join(", ")}`,
      });
    }
  }
  return items;
}

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
}

/** gateItems over documents with their contents (facts extracted here), plus the approvals when given. */
export function evaluateGate(input: GateInput): GateResult {
  const { phase } = input;
  if (phase === "done") {
    return { phase, ok: false, items: [{ code: "artifact_missing", phase, message: 'phase "done" is final' }] };
  }
  const items: GateItem[] = [];
  const template = phaseTemplate(phase);
  if (input.approvals) {
    if (template.approval === "stack_approved" && !input.approvals.stackApproved) {
      items.push({ code: "approval_required", phase, message: "the stack is not approved" });
    }
    if (template.approval === "dependencies_approved" && !input.approvals.dependenciesApproved) {
      items.push({ code: "approval_required", phase, message: "the dependencies are not approved" });
    }
  }
  items.push(
    ...gateItems(phase, {
      latest: input.artifacts.map((a) => ({
        phase: a.phase,
        artifactName: a.name,
        extraFile: classifyArtifact(a.phase, a.name).kind === "extra",
        version: a.version,
        validationStatus: a.status,
        validationErrors: a.findings,
        traceIds: traceIds(a.name, a.content),
      })),
      waivers: input.waivers.map((w) => ({ phase: w.phase, artifactName: w.artifact, ruleId: w.ruleId })),
      coverageThreshold: input.coverageThreshold ?? DEFAULT_COVERAGE_THRESHOLD,
    }),
  );
  return { phase, ok: items.length === 0, items };
}
