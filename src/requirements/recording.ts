// What a store's batch needs to record requirements: the PRD.md among the items, parsed (the hashes are async, so
// the caller computes them before building its batch).
import { parseRequirements } from "../spec-engine/requirements";
import { isPrd, type StoredPrd } from "./queries";

/** The PRD.md version among `items` (the last one given), parsed; undefined when the batch stores none. */
export async function storedPrdOf(
  items: readonly { phase: string; artifactName: string; content: string; contentHash: string }[],
): Promise<StoredPrd | undefined> {
  const prd = items.findLast(isPrd);
  return prd && { contentHash: prd.contentHash, requirements: await parseRequirements(prd.content) };
}
