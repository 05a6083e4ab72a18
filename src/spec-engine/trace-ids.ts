// What one document contributes to the cross-document checks, extracted when it is stored so the gates can
// decide in SQL (src/phases/gates.ts, src/artifacts/cross-findings.ts) without reading contents: requirement ids
// defined, referenced and linked; traceability.json's declared links; dependencies and SBOM components. Derived
// from the document's matrix facts (matrixFacts, what computeTraceability reads), so the facts and the matrix
// cannot disagree (test/node/spec-engine/cross-facts.test.ts checks it).
import { isRequirementId, linkTarget, type MatrixFacts, matrixFacts } from "./traceability";
import type { CoverageKind, Phase } from "./types";

/**
 * The stored facts of one version (column trace_ids). Link targets are `<kind>:<linkTarget>` strings, keyed by
 * requirement id (only ids of the `REQ-…` form: no other id can be defined, so no other can matter).
 */
export interface TraceIds {
  /** PRD.md: the requirement ids it defines. */
  defines?: string[];
  /** tasks.md: the requirement ids its tasks reference (task coverage, the `done` gate). */
  tasks?: string[];
  /** Every document: the requirement ids that appear anywhere in it (trace-undefined). */
  refs?: string[];
  /** api-spec.json, data-model.md, tasks.md, epics.md: requirement id → what references it. */
  links?: Record<string, string[]>;
  /** traceability.json: requirement id → the links it declares (trace-inconsistent). */
  declares?: Record<string, string[]>;
  /** dependency-proposal.json: `name@version` of each dependency (sbom-missing-dependency). */
  dependencies?: string[];
  /** sbom.json: `name@version` (and `group/name@version`) of each component. */
  components?: string[];
}

const unique = (ids: Iterable<string>) => [...new Set(ids)].sort();

/** Requirement id → link targets, from (requirement ids, target) pairs; ids not of the REQ form dropped. */
function linkMap(pairs: Iterable<[string[], string]>): Record<string, string[]> {
  const map = new Map<string, Set<string>>();
  for (const [reqs, target] of pairs) {
    for (const r of reqs) {
      if (!isRequirementId(r)) continue;
      map.set(r, (map.get(r) ?? new Set()).add(target));
    }
  }
  return Object.fromEntries([...map].sort(([x], [y]) => (x < y ? -1 : 1)).map(([r, t]) => [r, unique(t)]));
}

/** The gate's facts of document `name`, from its matrix facts (one extraction serves both). */
export function traceIdsOf(name: string, f: MatrixFacts): TraceIds {
  const refs = unique(f.mentions.map(([id]) => id));
  const kind = (ITEM_KINDS as Record<string, CoverageKind>)[name];
  switch (name) {
    case "PRD.md":
      return { defines: unique((f.requirements ?? []).map((r) => r.id)), refs };
    case "tasks.md":
    case "epics.md":
    case "data-model.md":
    case "api-spec.json": {
      const items = f.items ?? [];
      const links = linkMap(items.map((b) => [b.refs, `${kind}:${linkTarget(kind as CoverageKind, b.id)}`]));
      return name === "tasks.md" ? { tasks: unique(items.flatMap((b) => b.refs)), links, refs } : { links, refs };
    }
    case "traceability.json":
      if (!f.declared) return { refs };
      return {
        declares: linkMap(
          f.declared.flatMap((e) =>
            e.targets.map((t): [string[], string] => [[e.id], `${t.kind}:${linkTarget(t.kind, t.target)}`]),
          ),
        ),
        refs,
      };
    case "dependency-proposal.json":
      return f.dependencies ? { dependencies: unique(f.dependencies.map((d) => d.key)), refs } : { refs };
    case "sbom.json":
      return f.components ? { components: unique(f.components), refs } : { refs };
    default:
      return { refs };
  }
}

const ITEM_KINDS = {
  "api-spec.json": "operations",
  "data-model.md": "entities",
  "tasks.md": "tasks",
  "epics.md": "epics",
} as const satisfies Record<string, CoverageKind>;

/** The facts of document `name` (the gate reads them only for template documents, as the matrix does). */
export function traceIds(name: string, content: string): TraceIds {
  return traceIdsOf(name, matrixFacts(name, content));
}

/** Both stored extractions of a version (columns trace_ids and matrix_facts), from one parse. */
export function storedFacts(name: string, content: string): { traceIds: TraceIds; matrixFacts: MatrixFacts } {
  const facts = matrixFacts(name, content);
  return { traceIds: traceIdsOf(name, facts), matrixFacts: facts };
}

/** One latest document as the gate sees it: where it is, whether it is an extra file, its stored facts. */
export interface FactsRow {
  phase: Phase;
  artifactName: string;
  extraFile: boolean;
  traceIds: TraceIds;
}
