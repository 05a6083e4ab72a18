// The drift job's SQL (the generator worker): the stored documents a push touched, and the drift found.
import { and, desc, eq, inArray } from "drizzle-orm";
import type { Db } from "../platform/db/client";
import { githubDrift, projectArtifacts } from "../platform/db/schema";

/** One changed spec file of a drift: what the repository has against the stored document. */
export interface DriftFile {
  /** The path inside the connection's folder (`spec/PRD.md`, `PRD.md`). */
  fileName: string;
  change: "modified" | "added" | "removed";
  /** Unified diff, stored → repository ("" when the file was too large to compare). */
  diff: string;
  /** PRD.md only: the repository's text, for a change request from its requirements. */
  text?: string;
  /** The repository file is over DRIFT_FILE_BYTES_MAX: reported without its diff. */
  tooLarge?: true;
}

/** The latest version of each stored document named `names` (any phase): the touched files' counterparts. */
export function latestDocumentsNamed(db: Db, projectId: string, names: readonly string[]) {
  const a = projectArtifacts;
  return db
    .selectDistinctOn([a.phase, a.artifactName], { phase: a.phase, name: a.artifactName, content: a.content })
    .from(a)
    .where(and(eq(a.projectId, projectId), inArray(a.artifactName, [...names])))
    .orderBy(a.phase, a.artifactName, desc(a.version));
}

/** Records a drift once per project and commit (a rerun of the job, or a redelivered push, adds nothing). */
export function insertDrift(db: Db, row: { projectId: string; commitSha: string; ref: string; files: DriftFile[] }) {
  return db
    .insert(githubDrift)
    .values(row)
    .onConflictDoNothing({ target: [githubDrift.projectId, githubDrift.commitSha] })
    .returning({ id: githubDrift.id });
}
