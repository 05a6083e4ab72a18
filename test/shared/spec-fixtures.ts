/// <reference types="vite/client" />
// The complete spec set of a small product (test/fixtures/spec-set/<phase>/<name>), bundled into the test by
// Vite (workerd has no file system), and helpers to derive broken variants from it.
import type { GateData } from "../../src/phases/gates";
import { PHASES } from "../../src/platform/db/schema";
import { classifyArtifact, DEFAULT_COVERAGE_THRESHOLD, validateArtifact } from "../../src/spec-engine";
import { traceIds } from "../../src/spec-engine/trace-ids";
import type { ArtifactInput, Phase, StoredArtifact, Waiver } from "../../src/spec-engine/types";

const files = import.meta.glob<string>("../fixtures/spec-set/*/*", { query: "?raw", import: "default", eager: true });

const isPhase = (s: string): s is Phase => (PHASES as readonly string[]).includes(s);

export const SPEC_SET: readonly ArtifactInput[] = Object.entries(files).map(([path, content]) => {
  const [phase = "", name = ""] = path.split("/").slice(-2);
  if (!isPhase(phase)) throw new Error(`fixture ${path} is not under a phase folder`);
  return { phase, name, content };
});

export function fixture(phase: Phase, name: string): string {
  const a = SPEC_SET.find((x) => x.phase === phase && x.name === name);
  if (!a) throw new Error(`no fixture ${phase}/${name}`);
  return a.content;
}

/** `from` replaced once in `content`; throws when absent, so a variant cannot silently stop breaking anything. */
export function replaceOnce(content: string, from: string | RegExp, to: string): string {
  const out = content.replace(from, to);
  if (out === content) throw new Error(`variant: ${String(from)} not found`);
  return out;
}

/** The spec set with artifact (phase, name) changed by `mutate`. */
export function withArtifact(
  set: readonly ArtifactInput[],
  phase: Phase,
  name: string,
  mutate: (content: string) => string,
): ArtifactInput[] {
  fixture(phase, name);
  return set.map((a) => (a.phase === phase && a.name === name ? { ...a, content: mutate(a.content) } : a));
}

/** Artifacts as stored: validated, version 1, a stand-in hash derived from the name (the gate does not read it). */
export async function stored(set: readonly ArtifactInput[]): Promise<StoredArtifact[]> {
  return Promise.all(
    set.map(async (a) => {
      const r = await validateArtifact(a.phase, a.name, a.content);
      return {
        ...a,
        version: 1,
        contentHash: `hash-of-${a.phase}-${a.name}`,
        status: r.status,
        findings: r.findings,
        qualityScore: r.qualityScore,
      };
    }),
  );
}

/**
 * What the gates read of stored artifacts and waivers, as the database returns it (src/artifacts/queries.ts
 * latestArtifactStatuses, listWaivers): the facts extracted as storing a version extracts them, through JSON.
 */
export function gateData(
  artifacts: readonly StoredArtifact[],
  waivers: readonly Waiver[] = [],
  coverageThreshold = DEFAULT_COVERAGE_THRESHOLD,
): GateData {
  return {
    latest: artifacts.map((a) => ({
      phase: a.phase,
      artifactName: a.name,
      extraFile: classifyArtifact(a.phase, a.name).kind === "extra",
      version: a.version,
      validationStatus: a.status,
      validationErrors: a.findings,
      traceIds: JSON.parse(JSON.stringify(traceIds(a.name, a.content))),
    })),
    waivers: waivers.map((w) => ({ phase: w.phase, artifactName: w.artifact, ruleId: w.ruleId })),
    coverageThreshold,
  };
}
