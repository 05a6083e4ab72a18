// Arrangements of the proposal, diff and export tests: a project holding the fixture's analysis and spec documents
// and a change request written straight into its table (its lifecycle routes are not what these tests are about).
import type { ChangeRequestStatus } from "../../../src/platform/db/schema";
import { fixture, replaceOnce } from "../../shared/spec-fixtures";
import { signedInUser, sql, type User } from "../helpers";
import { createProject, uploadPhaseDocs } from "../project-fixtures";

/** A change request of the project, numbered after its last one. */
export async function openChangeRequest(
  projectId: string,
  authorId: string,
  status: ChangeRequestStatus = "draft",
  title = "Change",
) {
  const [row] = (await sql.query(
    `insert into change_requests (project_id, number, title, status, author_id)
     values ($1, coalesce((select max(number) from change_requests where project_id = $1), 0) + 1, $2, $3, $4)
     returning id, number`,
    [projectId, title, status, authorId],
  )) as { id: string; number: number }[];
  return row as { id: string; number: number };
}

/** A user, their project with the analysis and spec documents of the fixture (version 1 each), a draft change request. */
export async function withChangeRequest(user?: User) {
  const u = user ?? (await signedInUser());
  const p = await createProject(u);
  await uploadPhaseDocs(u, p.id, "analysis");
  await uploadPhaseDocs(u, p.id, "spec");
  const cr = await openChangeRequest(p.id, u.id);
  const docs = `/api/projects/${p.id}/change-requests/${cr.id}/documents`;
  return { u, p, cr, docs };
}

/** The fixture PRD without REQ-NFR-001 (which api-spec.json, data-model.md and traceability.json name). */
export const PRD_WITHOUT_NFR = replaceOnce(
  fixture("spec", "PRD.md"),
  /### REQ-NFR-001: Fast listings\n\n[^\n]*\n\n/,
  "",
);
