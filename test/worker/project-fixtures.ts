// Helpers shared by the project, phase, artifact and export tests.
import { expect } from "vitest";
import { PHASES, type Phase } from "../../src/platform/db/schema";
import type { ProjectJson } from "../../src/projects/shapes";
import type { ArtifactInput } from "../../src/spec-engine/types";
import { SPEC_SET } from "../shared/spec-fixtures";
import { call, type User } from "./helpers";

/** An option of the fixture stack scorecard (test/fixtures/spec-set/stack_selection/stack-scorecard.json). */
export const STACK_OPTION = "nextjs_neon_drizzle_betterauth";

export async function createProject(user: User, name = `Project ${crypto.randomUUID()}`, extra: object = {}) {
  const r = await call(user, "POST", "/api/projects", { name, ...extra });
  expect(r.status).toBe(201);
  return r.json.project as ProjectJson;
}

/** Uploads `phase`'s passing fixture documents (test/fixtures/spec-set) in one batch. */
export async function uploadPhaseDocs(
  user: User,
  projectId: string,
  phase: Phase,
  set: readonly ArtifactInput[] = SPEC_SET,
) {
  const artifacts = set
    .filter((a) => a.phase === phase)
    .map((a) => ({ phase: a.phase, name: a.name, content: a.content }));
  if (artifacts.length === 0) return;
  const r = await call(user, "POST", `/api/projects/${projectId}/artifacts/batch`, { artifacts });
  expect(r.status).toBe(201);
}

/**
 * Moves the project from `from` to the next phase the way a client must: uploads the phase's passing documents,
 * gives the phase's approval if it takes one, then advances. For tests about what happens AFTER a phase.
 */
export async function passPhase(user: User, projectId: string, from: Phase) {
  await uploadPhaseDocs(user, projectId, from);
  if (from === "stack_selection") {
    const r = await call(user, "POST", `/api/projects/${projectId}/stack/approve`, { stackChoice: STACK_OPTION });
    expect(r.status).toBe(200);
  }
  if (from === "dependencies") {
    expect((await call(user, "POST", `/api/projects/${projectId}/dependencies/approve`)).status).toBe(200);
  }
  const r = await call(user, "POST", `/api/projects/${projectId}/phases/advance`, { expectedPhase: from });
  expect(r.status, JSON.stringify(r.json)).toBe(200);
  return r.json.project as ProjectJson;
}

/** Passes every phase up to (not including) `to`. */
export async function walkTo(user: User, projectId: string, to: Phase) {
  for (const phase of PHASES.slice(0, PHASES.indexOf(to))) await passPhase(user, projectId, phase);
}

/** The rows of HANDOFF.md's approvals table (approval, by, at), without its header. */
export function handoffApprovals(handoff: string): string[][] {
  const section = handoff.split("\n## Approvals\n")[1]?.split("\n## ")[0] ?? "";
  return section
    .split("\n")
    .filter((line) => line.startsWith("| ") && !line.startsWith("| approval |"))
    .map((line) => line.slice(2, -2).split(" | "));
}
