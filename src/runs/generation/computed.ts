// Documents the run computes instead of drafting: traceability.json declares the requirement links the
// other documents show (src/spec-engine/traceability.ts computes the same matrix), so it cannot disagree with
// them (trace-inconsistent) the way a drafted one could. No LLM call, no tokens.
import { type ArtifactInput, computeTraceability } from "../../spec-engine";

/** Artifacts the generator computes, by name. */
const COMPUTED_ARTIFACTS = ["traceability.json"] as const;

export function isComputed(name: string): boolean {
  return (COMPUTED_ARTIFACTS as readonly string[]).includes(name);
}

/** traceability.json from the project's latest documents: every requirement with what serves it. */
export function declaredTraceability(artifacts: readonly ArtifactInput[]): string {
  const m = computeTraceability(artifacts);
  const ids = (refs: { id: string }[]) => [...new Set(refs.map((r) => r.id))];
  const requirements = m.requirements.map((r) => ({
    id: r.id,
    operations: ids(r.operations),
    entities: ids(r.entities),
    tasks: ids(r.tasks),
    epics: ids(r.epics),
  }));
  return `${JSON.stringify({ requirements }, null, 2)}\n`;
}
