// Shared by the drift route tests and their samples: a project in spec with its PRD.md stored (requirements
// recorded), and a drift row as the drift job writes it (inserted straight into the database).

import { expect } from "vitest";
import { SPEC_SET } from "../../shared/spec-fixtures";
import { call, signedInUser, sql, type User } from "../helpers";
import { createProject, walkTo } from "../project-fixtures";

export const PRD = SPEC_SET.find((a) => a.name === "PRD.md")?.content ?? "";

/** The repository's PRD.md: REQ-AUTH-002 reworded, REQ-NFR-001 gone, REQ-LOAN-004 added. */
export const REPO_PRD = PRD.replace(
  "A member logs in with email and password and logs out from any page. Acceptance: after logging out, the session no longer works.",
  "A member logs in with email and password and can log out of every device at once. Acceptance: after logging out everywhere, none of the member's sessions works.",
)
  .replace(/### REQ-NFR-001:[\s\S]*?(?=\n### |\n## |$)/, "")
  .concat(
    "\n### REQ-LOAN-004: Remind borrowers\n\nThe borrower gets a reminder a day before the loan is due. Acceptance: one reminder per loan.\n",
  );

/** A project moved to spec with its PRD.md stored (requirements recorded): change requests open there. */
export async function projectInSpec(user?: User) {
  const u = user ?? (await signedInUser());
  const project = await createProject(u);
  await walkTo(u, project.id, "spec");
  const stored = await call(u, "POST", `/api/projects/${project.id}/artifacts`, {
    phase: "spec",
    name: "PRD.md",
    content: PRD,
  });
  expect(stored.status).toBe(201);
  return { user: u, project };
}

export interface DriftFileRow {
  fileName: string;
  change: string;
  diff: string;
  text?: string;
}

/** A drift of the project at a fresh commit; by default PRD.md modified with REPO_PRD's text. */
export async function insertDrift(projectId: string, files?: DriftFileRow[]) {
  const commit = [...crypto.getRandomValues(new Uint8Array(20))].map((b) => b.toString(16).padStart(2, "0")).join("");
  const rows = files ?? [{ fileName: "spec/PRD.md", change: "modified", diff: "--- a/spec/PRD.md\n", text: REPO_PRD }];
  const [row] = (await sql.query(
    "insert into github_drift (project_id, commit_sha, ref, files) values ($1, $2, 'refs/heads/main', $3) returning id",
    [projectId, commit, JSON.stringify(rows)],
  )) as { id: string }[];
  return { id: row!.id, commit };
}

export const driftPath = (projectId: string, driftId?: string) =>
  `/api/projects/${projectId}/github/drift${driftId ? `/${driftId}` : ""}`;
