// A drift's PRD.md as change-request deltas: the repository's requirements against the project's active ones.
// ADDED for an id only the repository has, MODIFIED (on the active revision) for one whose text differs,
// REMOVED for an active one the repository no longer has.
import type { DeltaInput } from "../change-requests";
import { type RequirementText, requirementTexts } from "../spec-engine/requirements";

export interface ActiveRequirement extends RequirementText {
  revision: number;
}

const same = (a: RequirementText, b: RequirementText) =>
  a.title === b.title && a.body === b.body && a.acceptance === b.acceptance;

/** The deltas turning `active` into the requirements of `prdText`, in the repository's order, then removals. */
export function driftDeltas(active: readonly ActiveRequirement[], prdText: string, commitSha: string): DeltaInput[] {
  const current = new Map(active.map((r) => [r.reqId, r]));
  const repo = requirementTexts(prdText);
  const inRepo = new Set(repo.map((r) => r.reqId));
  const text = (r: RequirementText) => ({
    title: r.title,
    body: r.body,
    ...(r.acceptance ? { acceptance: r.acceptance } : {}),
  });
  const changed: DeltaInput[] = repo.flatMap((r): DeltaInput[] => {
    const was = current.get(r.reqId);
    if (!was) return [{ kind: "added", reqId: r.reqId, ...text(r) }];
    return same(was, r) ? [] : [{ kind: "modified", reqId: r.reqId, baseRevision: was.revision, ...text(r) }];
  });
  const removed: DeltaInput[] = active
    .filter((r) => !inRepo.has(r.reqId))
    .map((r) => ({
      kind: "removed",
      reqId: r.reqId,
      baseRevision: r.revision,
      reason: `Removed from PRD.md in the repository (commit ${commitSha.slice(0, 12)})`,
    }));
  return [...changed, ...removed];
}
