// The export's files, defined once: the zip route (routes.ts) and the GitHub push (src/github/push.ts)
// both build them here, so the archive and the pushed branch never differ. A project's files are
// project.json, every latest artifact under <phase>/<name>, then HANDOFF.md, CHANGELOG.md,
// LLM_CONTEXT.md and traceability.json. Their bound is the project's quotas (docs/quotas.md):
// at most QUOTA_ARTIFACTS_PER_PROJECT artifacts (200) plus these 5 files, each artifact at most
// 512 KiB, all of them within QUOTA_BYTES_PER_PROJECT (100 MiB).
import { eq, type SQL } from "drizzle-orm";
import { type TaskIssueRow, taskIssues } from "../github";
import { batch } from "../platform/db/batch";
import type { Db } from "../platform/db/client";
import { APPROVALS, approvalColumns, PHASES, projects } from "../platform/db/schema";
import { type ArtifactMetaJson, artifactMetaJson, type ProjectJson, projectJson } from "../projects";
import {
  type ChangelogDelta,
  type ChangelogEntry,
  generateChangelog,
  generateHandoff,
  generateLlmContext,
  type HandoffApproval,
  type HandoffChangeRequest,
  type HandoffHistoryEntry,
  type HandoffRequirement,
  type StoredArtifact,
  traceabilityJson,
} from "../spec-engine";
import { type MatrixFacts, matrixFacts, traceabilityOfFacts } from "../spec-engine/traceability";
import { changeStatements, type ExportFile, metadataStatements, type Piece, readPage } from "./queries";

/** One file of the export: its path in the archive (or under the pushed directory) and its text. */
export interface ExportedFile {
  path: string;
  text: string;
}

export type ExportArtifact = ArtifactMetaJson & { bytes: number; matrixFacts: MatrixFacts | null };

/** What HANDOFF.md and CHANGELOG.md say about requirements and change requests (changeStatements' rows). */
interface Changes {
  requirements: HandoffRequirement[];
  openChangeRequests: HandoffChangeRequest[];
  changelog: ChangelogEntry[];
  /** Merged change requests left out of the changelog by its bound. */
  omitted: number;
}

type Rows<T extends Record<string, unknown>> = { [K in keyof T]: Awaited<T[K]> };
type MetadataRows = Rows<ReturnType<typeof metadataStatements>>;
type ChangeRows = Rows<ReturnType<typeof changeStatements>>;

/** Cuts the files' contents, in order, into pages of `pageBytes` (the last one shorter). */
export function planPages(files: readonly { bytes: number }[], pageBytes: number): Piece[][] {
  const pages: Piece[][] = [];
  let offset = 0;
  for (const [file, { bytes }] of files.entries()) {
    let start = 0;
    while (start < bytes) {
      const page = Math.floor((offset + start) / pageBytes);
      const end = Math.min(bytes, (page + 1) * pageBytes - offset);
      if (!pages[page]) pages[page] = [];
      pages[page].push({ file, start, end });
      start = end;
    }
    offset += bytes;
  }
  return pages;
}

/** The first round trip's change rows as the handoff documents take them. */
function changesOf(rows: ChangeRows): Changes {
  const deltas = new Map<string, ChangelogDelta[]>();
  for (const { changeRequestId, ...d } of rows.changelogDeltas) {
    deltas.set(changeRequestId, [...(deltas.get(changeRequestId) ?? []), d]);
  }
  return {
    requirements: rows.requirements,
    openChangeRequests: rows.openChangeRequests.map((c) => ({
      ...c,
      status: c.status as HandoffChangeRequest["status"],
      createdAt: c.createdAt.toISOString(),
    })),
    changelog: rows.changelog.map((c) => ({
      number: c.number,
      title: c.title,
      rationale: c.rationale,
      mergedAt: c.mergedAt?.toISOString() ?? "",
      mergedBy: c.mergedBy,
      deltas: deltas.get(c.id) ?? [],
    })),
    omitted: (rows.mergedCount[0]?.n ?? 0) - rows.changelog.length,
  };
}

/**
 * HANDOFF.md, LLM_CONTEXT.md and traceability.json (src/spec-engine/handoff.ts), added after the documents. The
 * template documents' texts are kept as their pages stream by: at most one per template document (18), each at
 * most 512 KiB, so ~9 MiB in memory at worst. Extra files stay out of memory: they are under their paths and
 * listed in HANDOFF.md's artifact table, not copied into LLM_CONTEXT.md.
 */
function handoffFiles(
  project: ProjectJson,
  history: HandoffHistoryEntry[],
  artifacts: readonly ExportArtifact[],
  changes: Changes,
  tasks: readonly TaskIssueRow[],
) {
  const texts = new Map<number, string[]>();
  const stored = (i: number, a: ExportArtifact): StoredArtifact => ({
    phase: a.phase,
    name: a.name,
    content: (texts.get(i) ?? []).join(""),
    version: a.version,
    contentHash: a.contentHash,
    status: a.validationStatus,
    findings: a.validationErrors,
    qualityScore: a.qualityScore,
  });
  return {
    collect(file: number, text: string) {
      if (artifacts[file]?.extraFile !== false) return;
      texts.set(file, [...(texts.get(file) ?? []), text]);
    },
    /** The files, once every document was collected; `generatedAt` is HANDOFF.md's generation time. */
    files(generatedAt: string): ExportedFile[] {
      const all = artifacts.map((a, i) => stored(i, a));
      const documents = all.filter((_, i) => artifacts[i]?.extraFile === false);
      // The stored facts; a version stored before they existed is parsed from its collected text.
      const facts = artifacts.flatMap((a, i) =>
        a.extraFile
          ? []
          : [{ phase: a.phase, name: a.name, facts: a.matrixFacts ?? matrixFacts(a.name, stored(i, a).content) }],
      );
      const traceability = traceabilityOfFacts(facts, project.coverageThreshold);
      const approvals = APPROVALS.flatMap((kind): HandoffApproval[] => {
        const { by, at } = approvalColumns(kind);
        const when = project[at];
        return when ? [{ kind, by: project[by] ?? "unknown", at: when }] : [];
      });
      return [
        {
          path: "HANDOFF.md",
          text: generateHandoff({
            project,
            approvals,
            history,
            artifacts: all,
            traceability,
            requirements: changes.requirements,
            openChangeRequests: changes.openChangeRequests,
            tasks,
            generatedAt,
          }),
        },
        { path: "CHANGELOG.md", text: generateChangelog(project, changes.changelog, changes.omitted) },
        { path: "LLM_CONTEXT.md", text: generateLlmContext(project, documents) },
        { path: "traceability.json", text: traceabilityJson(traceability) },
      ];
    },
  };
}

/**
 * The export of one project from its first round trip's rows (metadataStatements and changeStatements):
 * the documents to read (in export order), project.json and the handoff files. Null when the project is
 * not there (or not readable by the caller).
 */
export function exportOf(rows: MetadataRows & ChangeRows & { tasks: readonly TaskIssueRow[] }) {
  const { project: projectRows, history, artifacts: artifactRows, tasks, ...changeRows } = rows;
  const row = projectRows[0];
  if (!row) return null;
  const project = projectJson(row);
  const artifacts: ExportArtifact[] = artifactRows
    .map(({ bytes, matrixFacts, ...row }) => ({ ...artifactMetaJson(row), bytes, matrixFacts }))
    .sort((x, y) => PHASES.indexOf(x.phase) - PHASES.indexOf(y.phase) || (x.name < y.name ? -1 : 1));
  const historyJson = history.map((h) => ({ ...h, transitionedAt: h.transitionedAt.toISOString() }));
  const documents: ExportFile[] = artifacts.map((a) => ({ path: `${a.phase}/${a.name}`, id: a.id, bytes: a.bytes }));
  return {
    project,
    /** The latest artifacts' metadata, in export order (documents[i] is artifacts[i]'s content). */
    artifacts,
    documents,
    /** project.json: the project, its history and the artifacts' metadata, exported at `exportedAt`. */
    manifest(exportedAt: string): ExportedFile {
      const meta = artifacts.map(({ bytes: _, matrixFacts: _facts, ...a }): ArtifactMetaJson => a);
      const manifest = {
        exportedAt,
        project,
        history: historyJson,
        artifacts: meta.map((a) => ({ ...a, path: `${a.phase}/${a.name}` })),
      };
      return { path: "project.json", text: JSON.stringify(manifest, null, 2) };
    },
    handoff: handoffFiles(project, historyJson, artifacts, changesOf(changeRows), tasks),
  };
}

export type Export = NonNullable<ReturnType<typeof exportOf>>;

/**
 * A project's export read by the system (the GitHub push: no user's credential, the job runs for the
 * project): one round trip for the metadata, then one per page of contents. Each document is handed to
 * `onDocument` whole as soon as its last page arrived, so memory holds a page, one document and the
 * handoff's texts, not the project. Returns the export (its manifest and handoff files), or null when the
 * project is gone.
 */
export async function readExport(
  db: Db,
  projectId: string,
  pageBytes: number,
  onDocument: (file: ExportedFile) => Promise<void>,
): Promise<Export | null> {
  const own: SQL = eq(projects.id, projectId);
  const ex = exportOf(
    await batch(db, { ...metadataStatements(db, own), ...changeStatements(db, own), tasks: taskIssues(db, own) }),
  );
  if (!ex) return null;
  const { documents } = ex;
  let parts: string[] = [];
  const complete = async (file: number) => {
    const doc = documents[file] as ExportFile;
    await onDocument({ path: doc.path, text: parts.join("") });
    parts = [];
  };
  let next = 0; // the first document not yet handed over
  for (const pieces of planPages(documents, pageBytes)) {
    // No credential: the job acts for the project, not for a user.
    const texts = await readPage(db, projectId, null, documents, pieces);
    for (const [k, piece] of pieces.entries()) {
      // Empty documents have no piece: handed over when the documents after them are reached.
      for (; next < piece.file; next++) await complete(next);
      const text = texts[k] ?? "";
      ex.handoff.collect(piece.file, text);
      parts.push(text);
      if (piece.end === (documents[piece.file] as ExportFile).bytes) {
        await complete(piece.file);
        next = piece.file + 1;
      }
    }
  }
  for (; next < documents.length; next++) await complete(next);
  return ex;
}

/** Every file of a project's export, as the zip holds them, generated at `at` (tests, small projects). */
export async function exportFiles(db: Db, projectId: string, pageBytes: number, at: string) {
  const documents: ExportedFile[] = [];
  const ex = await readExport(db, projectId, pageBytes, async (f) => {
    documents.push(f);
  });
  return ex ? [ex.manifest(at), ...documents, ...ex.handoff.files(at)] : null;
}
