// The drift job: the spec files a push changed in the connection's folder, read at the pushed commit and
// compared with the stored documents; each difference kept as a unified diff (stored → repository) in one
// github_drift row per commit. Spec Drive's own push (its commit, or files equal to the stored ones) is no
// drift. Calls: the commit's tree (one), then a blob for each file whose git blob id differs from the
// stored text's; the database: one read, one insert.
import { z } from "zod";
import { batch } from "../platform/db/batch";
import { fromBase64 } from "../platform/lib/bytes";
import { unifiedDiff } from "../platform/lib/unified-diff";
import { type DocPath, DRIFT_FILE_BYTES_MAX, DRIFT_FILES_MAX, docPathOf, folderOf, PRD_NAME } from "./drift-files";
import { type DriftFile, insertDrift, latestDocumentsNamed } from "./drift-queries";
import { gitBlobSha } from "./git-blob";
import type { JobHandler } from "./jobs";

const Payload = z.object({
  ref: z.string().max(255),
  after: z.string().regex(/^[0-9a-f]{40}$/),
  files: z.array(z.string()).default([]),
});

interface Candidate {
  path: string;
  fileName: string;
  doc: DocPath;
}

export const runCheckDrift: JobHandler = async ({ db, octokit, connection, job }) => {
  const parsed = Payload.safeParse(job.payload);
  if (!parsed.success) return { drift: false, reason: "payload without a pushed commit" };
  const { ref, after, files } = parsed.data;
  // The commit Spec Drive pushed itself: its files are the stored ones as they were then.
  if (after === connection.pushedSha) return { drift: false, reason: "Spec Drive's own push" };
  const folder = folderOf(connection.directory);
  const candidates: Candidate[] = [];
  for (const path of new Set(files)) {
    const doc = docPathOf(folder, path);
    if (doc) candidates.push({ path, fileName: path.slice(folder.length + 1), doc });
  }
  const compared = candidates.slice(0, DRIFT_FILES_MAX);
  if (compared.length === 0) return { drift: false, reason: "no document changed" };

  const { owner, repo } = connection;
  const [{ stored }, tree] = await Promise.all([
    batch(db, {
      stored: latestDocumentsNamed(db, connection.projectId, [...new Set(compared.map((c) => c.doc.name))]),
    }),
    octokit.git.getTree({ owner, repo, tree_sha: after, recursive: "1" }),
  ]);
  const blobs = new Map(tree.data.tree.filter((e) => e.type === "blob").map((e) => [e.path, e]));

  const out: DriftFile[] = [];
  for (const c of compared) {
    const matches = stored.filter((s) => s.name === c.doc.name && (c.doc.phase === null || s.phase === c.doc.phase));
    // A bare name two phases share is no one document: compared with neither.
    const doc = matches.length === 1 ? matches[0] : undefined;
    if (matches.length > 1) continue;
    const entry = blobs.get(c.path);
    if (!entry) {
      // Gone from the folder (a truncated tree proves nothing).
      if (doc && !tree.data.truncated) out.push(driftOf(c.fileName, "removed", doc.content, ""));
      continue;
    }
    if (doc && entry.sha === (await gitBlobSha(doc.content))) continue;
    if ((entry.size ?? 0) > DRIFT_FILE_BYTES_MAX) {
      out.push({ fileName: c.fileName, change: doc ? "modified" : "added", diff: "", tooLarge: true });
      continue;
    }
    const blob = await octokit.git.getBlob({ owner, repo, file_sha: entry.sha as string });
    const text = new TextDecoder().decode(fromBase64(blob.data.content));
    if (doc && text === doc.content) continue;
    out.push(driftOf(c.fileName, doc ? "modified" : "added", doc?.content ?? "", text));
  }
  if (out.length === 0) return { drift: false, compared: compared.length };
  const { inserted } = await batch(db, {
    inserted: insertDrift(db, { projectId: connection.projectId, commitSha: after, ref, files: out }),
  });
  return {
    drift: true,
    driftId: inserted[0]?.id ?? null,
    files: out.map((f) => ({ fileName: f.fileName, change: f.change })),
    skipped: candidates.length - compared.length,
  };
};

/** One changed file: its diff from the stored text to the repository's, and PRD.md's repository text. */
function driftOf(fileName: string, change: DriftFile["change"], storedText: string, repoText: string): DriftFile {
  const { diff } = unifiedDiff(
    { name: `a/${fileName}`, label: "stored", text: storedText },
    { name: `b/${fileName}`, label: "repository", text: repoText },
  );
  const isPrd = fileName === PRD_NAME || fileName.endsWith(`/${PRD_NAME}`);
  return { fileName, change, diff, ...(isPrd && change !== "removed" ? { text: repoText } : {}) };
}
