// GET /api/projects/:id/export: the project as a zip, streamed, for projects of any size.
//
// Neon refuses a database answer over its response limit (HTTP 507), so artifact contents are read
// in pages: the first round trip (authed: session check included) reads the project, its history and
// every latest artifact's metadata and byte size; then each further round trip reads the next
// EXPORT_PAGE_BYTES of the artifacts' contents, taken in export order as one byte stream (an artifact
// may span pages). Round trips: 1 + ceil(total content bytes / EXPORT_PAGE_BYTES). The zip is written
// as the client pulls (fflate's streaming Zip), one page in memory at a time. Each page's statements
// check the credential again, so an export stops once its session or key is revoked; exports are
// rate-limited per user and per network (RULES.exportByUser, exportByIp).
import { and, type SQL, sql } from "drizzle-orm";
import type { Zip, ZipDeflate } from "fflate";
import { audit } from "../audit";
import { type TaskIssueRow, taskIssues } from "../github";
import { consume, enforce, ipIdentifier, RULES, withinLimit } from "../platform/auth/rate-limit";
import { authed } from "../platform/auth/session";
import { APPROVALS, approvalColumns, PHASES } from "../platform/db/schema";
import { router } from "../platform/http/openapi-router";
import { defineRoute, type Handler } from "../platform/http/route";
import {
  type ArtifactMetaJson,
  artifactMetaJson,
  onProject,
  type ProjectJson,
  ProjectParams,
  projectJson,
  projectNotFound,
} from "../projects";
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
import {
  changeStatements,
  type ExportFile,
  exportedProject,
  metadataStatements,
  type Piece,
  readPage,
} from "./queries";

const exportRoute = defineRoute({
  operationId: "exportProject",
  description:
    "Returns the project as a zip archive: its data, the latest version of every artifact and the hand-off documents. Needs a session or an API key with `projects:read`.",
  tags: ["export"],
  summary:
    "Download the project as a zip: project.json, every latest artifact under <phase>/<name>, HANDOFF.md, LLM_CONTEXT.md, traceability.json",
  method: "get",
  path: "/api/projects/{id}/export",
  access: onProject("project:read"),
  // 1 (authed: project, history, artifact metadata and sizes) + ceil(content bytes / EXPORT_PAGE_BYTES),
  // the budget's project one page. Larger projects: test/worker/export/export.test.ts.
  roundTrips: 2,
  auth: { scopes: ["projects:read"] },
  request: { params: ProjectParams },
  responses: {
    200: {
      description: "A zip archive",
      content: { "application/zip": { schema: { type: "string", format: "binary" } } },
    },
  },
  errors: ["not_found", "rate_limited"],
  headers: ["Content-Disposition", "RateLimit"],
});

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

/**
 * fflate builds its Huffman tables when it loads (~2.5 ms of CPU): it is loaded by the first export,
 * not when the worker starts (docs/performance.md, "Startup").
 */
type Fflate = typeof import("./zip");

/**
 * The zip as a stream: project.json first, then each file's pieces as the pages arrive. One page is
 * read per pull, so memory holds one page (plus the compressor's window), whatever the project's size.
 */
function zipStream(
  fflate: Fflate,
  manifest: Uint8Array,
  files: ExportFile[],
  pages: Piece[][],
  read: (pieces: Piece[]) => Promise<string[]>,
  handoff: { collect: (file: number, text: string) => void; files: () => { path: string; text: string }[] },
): ReadableStream<Uint8Array> {
  const enc = new TextEncoder();
  let zip: Zip;
  let page = 0;
  let nextFile = 0; // the first file not yet added to the archive
  let open: ZipDeflate | undefined;
  const { Zip, ZipDeflate } = fflate;
  const addFile = (i: number) => {
    const file = new ZipDeflate((files[i] as ExportFile).path, { level: 6 });
    zip.add(file);
    return file;
  };
  // Files with no content need no read: they are added when the files after them are reached.
  const addEmptyFilesBefore = (i: number) => {
    for (; nextFile < i; nextFile++) addFile(nextFile).push(new Uint8Array(0), true);
  };
  return new ReadableStream<Uint8Array>({
    start(controller) {
      zip = new Zip((err, chunk, final) => {
        if (err) return controller.error(err);
        controller.enqueue(chunk);
        if (final) controller.close();
      });
      const file = new ZipDeflate("project.json", { level: 6 });
      zip.add(file);
      file.push(manifest, true);
    },
    async pull() {
      const pieces = pages[page++];
      if (!pieces) {
        addEmptyFilesBefore(files.length);
        for (const f of handoff.files()) {
          const entry = new ZipDeflate(f.path, { level: 6 });
          zip.add(entry);
          entry.push(enc.encode(f.text), true);
        }
        zip.end();
        return;
      }
      const texts = await read(pieces);
      for (const [k, piece] of pieces.entries()) {
        if (piece.start === 0) {
          addEmptyFilesBefore(piece.file);
          open = addFile(piece.file);
          nextFile = piece.file + 1;
        }
        const last = piece.end === (files[piece.file] as ExportFile).bytes;
        handoff.collect(piece.file, texts[k] ?? "");
        open?.push(enc.encode(texts[k]), last);
      }
    },
  });
}

type ExportArtifact = ArtifactMetaJson & { bytes: number; matrixFacts: MatrixFacts | null };

/** What HANDOFF.md and CHANGELOG.md say about requirements and change requests (changeStatements' rows). */
interface Changes {
  requirements: HandoffRequirement[];
  openChangeRequests: HandoffChangeRequest[];
  changelog: ChangelogEntry[];
  /** Merged change requests left out of the changelog by its bound. */
  omitted: number;
}

type ChangeRows = {
  [K in keyof ReturnType<typeof changeStatements>]: Awaited<ReturnType<typeof changeStatements>[K]>;
};

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
 * most 512 KiB, so ~9 MiB in memory at worst. Extra files stay out of memory: they are in the zip under their
 * paths and listed in HANDOFF.md's artifact table, not copied into LLM_CONTEXT.md.
 */
function handoffFiles(
  project: ProjectJson,
  history: HandoffHistoryEntry[],
  artifacts: readonly ExportArtifact[],
  changes: Changes,
  tasks: TaskIssueRow[],
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
    files() {
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
            generatedAt: new Date().toISOString(),
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
 * Checks the credential, counts the export and reads the metadata in one round trip, then streams the
 * zip, reading the contents page by page as the client pulls.
 */
const exportProject: Handler<typeof exportRoute> = async (c) => {
  const { id } = c.req.valid("param");
  const db = c.var.db;
  const ip = ipIdentifier(c);
  let owner: SQL = sql`null::uuid`;
  const {
    results: { byIp, byUser, project: projectRows, history, artifacts: artifactRows, tasks, ...changeRows },
  } = await authed(c, ({ userId, keyId }) => {
    owner = userId;
    const byIpKey = sql`case when ${userId} is not null then ${ip} end`;
    const byUserKey = sql`'user:' || ${userId}`;
    const exported = exportedProject(db, id, userId);
    // Counted only for a valid credential (a bad one is 401 and reads nothing).
    return {
      byIp: consume(db, RULES.exportByIp, byIpKey),
      byUser: consume(db, RULES.exportByUser, byUserKey),
      ...metadataStatements(db, id, userId),
      ...changeStatements(db, id, userId),
      tasks: taskIssues(db, userId, id),
      // Recorded when the download is answered: the project is readable and both limits allow it.
      audited: audit(c, {
        action: "export.downloaded",
        actor: userId,
        keyId,
        workspace: exported.workspaceId,
        target: { type: "project", id: exported.id },
        when: and(
          exported.readable,
          withinLimit(RULES.exportByIp, byIpKey),
          withinLimit(RULES.exportByUser, byUserKey),
        ) as SQL,
      }),
    };
  });
  enforce(c, { rule: RULES.exportByIp, result: byIp }, { rule: RULES.exportByUser, result: byUser });
  const row = projectRows[0];
  if (!row) throw projectNotFound();
  const project = projectJson(row);
  const artifacts = artifactRows
    .map(({ bytes, matrixFacts, ...row }) => ({ ...artifactMetaJson(row), bytes, matrixFacts }))
    .sort((x, y) => PHASES.indexOf(x.phase) - PHASES.indexOf(y.phase) || (x.name < y.name ? -1 : 1));
  const meta = artifacts.map(({ bytes: _, matrixFacts: _facts, ...a }): ArtifactMetaJson => a);
  const manifest = {
    exportedAt: new Date().toISOString(),
    project,
    history: history.map((h) => ({ ...h, transitionedAt: h.transitionedAt.toISOString() })),
    artifacts: meta.map((a) => ({ ...a, path: `${a.phase}/${a.name}` })),
  };
  const files: ExportFile[] = artifacts.map((a) => ({ path: `${a.phase}/${a.name}`, id: a.id, bytes: a.bytes }));
  const pages = planPages(files, c.var.config.EXPORT_PAGE_BYTES);
  const body = zipStream(
    await import("./zip"),
    new TextEncoder().encode(JSON.stringify(manifest, null, 2)),
    files,
    pages,
    (pieces) => readPage(db, project.id, owner, files, pieces),
    handoffFiles(project, manifest.history, artifacts, changesOf(changeRows), tasks),
  );
  // c.body, not a bare Response: the headers set on the context (X-Request-Id, ...) go out too.
  return c.body(body, 200, {
    "content-type": "application/zip",
    "content-disposition": `attachment; filename="${project.slug}.zip"`,
    "cache-control": "no-store",
  });
};

export const exportRoutes = router().openapi(exportRoute, exportProject);
