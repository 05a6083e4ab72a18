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
import { and, desc, eq, type SQL, sql } from "drizzle-orm";
import type { Zip, ZipDeflate } from "fflate";
import { artifactFields } from "../artifacts/queries";
import { consume, enforce, ipIdentifier, RULES } from "../platform/auth/rate-limit";
import { authed } from "../platform/auth/session";
import type { Db } from "../platform/db/client";
import { APPROVALS, approvalColumns, PHASES, phaseHistory, projectArtifacts, projects } from "../platform/db/schema";
import { router } from "../platform/http/openapi-router";
import { defineRoute } from "../platform/http/route";
import { ownedProject } from "../projects/queries";
import {
  type ArtifactMetaJson,
  artifactMetaJson,
  type ProjectJson,
  ProjectParams,
  projectJson,
  projectNotFound,
} from "../projects/shapes";
import {
  generateHandoff,
  generateLlmContext,
  type HandoffApproval,
  type HandoffHistoryEntry,
  type StoredArtifact,
  traceabilityJson,
} from "../spec-engine";
import { type MatrixFacts, matrixFacts, traceabilityOfFacts } from "../spec-engine/traceability";

const exportRoute = defineRoute({
  operationId: "exportProject",
  tags: ["export"],
  summary:
    "Download the project as a zip: project.json, every latest artifact under <phase>/<name>, HANDOFF.md, LLM_CONTEXT.md, traceability.json",
  method: "get",
  path: "/api/projects/{id}/export",
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

/** The first round trip's statements, built with the session check by `authed`. */
function metadataStatements(db: Db, idOrSlug: string, userId: SQL) {
  const own = ownedProject(idOrSlug, userId);
  const a = projectArtifacts;
  return [
    db.select().from(projects).where(own),
    db
      .select({
        fromPhase: phaseHistory.fromPhase,
        toPhase: phaseHistory.toPhase,
        artifactsGenerated: phaseHistory.artifactsGenerated,
        validationPassed: phaseHistory.validationPassed,
        tokensUsed: phaseHistory.tokensUsed,
        costEstimateUsd: phaseHistory.costEstimateUsd,
        transitionedBy: phaseHistory.transitionedBy,
        transitionedAt: phaseHistory.transitionedAt,
      })
      .from(phaseHistory)
      .innerJoin(projects, eq(projects.id, phaseHistory.projectId))
      .where(own)
      .orderBy(phaseHistory.transitionedAt, phaseHistory.id),
    db
      .selectDistinctOn([a.phase, a.artifactName], {
        ...artifactFields,
        // What the matrix reads (traceability.json, HANDOFF.md): no document is parsed again.
        matrixFacts: a.matrixFacts,
        // The content's size in bytes as the database stores it: what the pages are cut by.
        bytes: sql<number>`octet_length(${a.content})`.mapWith(Number),
      })
      .from(a)
      .innerJoin(projects, eq(projects.id, a.projectId))
      .where(own)
      .orderBy(a.phase, a.artifactName, desc(a.version)),
  ] as const;
}

interface ExportFile {
  path: string;
  id: string;
  bytes: number;
}

/** A byte range [start, end) of one file's content, read in one page. */
interface Piece {
  file: number;
  start: number;
  end: number;
}

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
 * A cut at byte `at` of the content, moved back to the start of the UTF-8 character it falls in
 * (continuation bytes are 10xxxxxx), so that every piece is valid text. The next piece is cut at the
 * same point, so pieces still join to the exact content. Raw SQL: drizzle has no bytea functions.
 */
function cut(utf8: SQL, at: number, bytes: number): SQL {
  if (at === 0 || at >= bytes) return sql`${at}::int`;
  const isStart = (o: number) => sql`get_byte(${utf8}, ${o}::int) & 192 <> 128`;
  return sql`(case when ${isStart(at)} then ${at}::int when ${isStart(at - 1)} then ${at - 1}::int
    when ${isStart(at - 2)} then ${at - 2}::int else ${at - 3}::int end)`;
}

/**
 * One statement reading one piece: the whole content, or a slice of its UTF-8 bytes as text. `owner` is
 * the request's credential check (authed's scope.userId, NULL once the session or key is revoked or
 * expired): the piece's content is read only while it still owns the project, so every page checks the
 * credential again within its own round trip.
 */
function pieceStatement(db: Db, projectId: string, owner: SQL, file: ExportFile, piece: Piece) {
  const a = projectArtifacts;
  const where = and(eq(a.id, file.id), eq(a.projectId, projectId));
  const live = sql<boolean>`exists (select 1 from ${projects} o where o.id = ${a.projectId} and o.user_id = ${owner})`;
  let text: SQL = sql`${a.content}`;
  if (piece.start !== 0 || piece.end !== file.bytes) {
    const utf8 = sql`convert_to(${a.content}, 'UTF8')`;
    const from = cut(utf8, piece.start, file.bytes);
    const to = cut(utf8, piece.end, file.bytes);
    text = sql`convert_from(substring(${utf8} from ${from} + 1 for ${to} - ${from}), 'UTF8')`;
  }
  return db
    .select({ live, text: sql<string | null>`case when ${live} then ${text} end` })
    .from(a)
    .where(where);
}

/** Reads one page: one round trip (a batch of one statement per piece). */
async function readPage(
  db: Db,
  projectId: string,
  owner: SQL,
  files: ExportFile[],
  pieces: Piece[],
): Promise<string[]> {
  const [first, ...rest] = pieces.map((p) => pieceStatement(db, projectId, owner, files[p.file] as ExportFile, p));
  if (!first) return [];
  const results = await db.batch([first, ...rest]);
  // Either ends the stream with an error: the archive cannot be completed (the client sees a broken download).
  return results.map((rows, i) => {
    const row = rows[0];
    if (!row) throw new Error(`export: artifact ${files[(pieces[i] as Piece).file]?.path} disappeared mid-export`);
    if (!row.live || row.text === null) throw new Error("export: the credential was revoked or expired mid-export");
    return row.text;
  });
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

/**
 * HANDOFF.md, LLM_CONTEXT.md and traceability.json (src/spec-engine/handoff.ts), added after the documents. The
 * template documents' texts are kept as their pages stream by: at most one per template document (18), each at
 * most 512 KiB, so ~9 MiB in memory at worst. Extra files stay out of memory: they are in the zip under their
 * paths and listed in HANDOFF.md's artifact table, not copied into LLM_CONTEXT.md.
 */
function handoffFiles(project: ProjectJson, history: HandoffHistoryEntry[], artifacts: readonly ExportArtifact[]) {
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
            generatedAt: new Date().toISOString(),
          }),
        },
        { path: "LLM_CONTEXT.md", text: generateLlmContext(project, documents) },
        { path: "traceability.json", text: traceabilityJson(traceability) },
      ];
    },
  };
}

export const exportRoutes = router().openapi(exportRoute, async (c) => {
  const { id } = c.req.valid("param");
  const db = c.var.db;
  const ip = ipIdentifier(c);
  let owner: SQL = sql`null::uuid`;
  const {
    results: [byIp, byUser, projectRows, history, artifactRows],
  } = await authed(c, ({ userId }) => {
    owner = userId;
    // Counted only for a valid credential (a bad one is 401 and reads nothing).
    return [
      consume(db, RULES.exportByIp, sql`case when ${userId} is not null then ${ip} end`),
      consume(db, RULES.exportByUser, sql`'user:' || ${userId}`),
      ...metadataStatements(db, id, userId),
    ];
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
    handoffFiles(project, manifest.history, artifacts),
  );
  // c.body, not a bare Response: the headers set on the context (X-Request-Id, ...) go out too.
  return c.body(body, 200, {
    "content-type": "application/zip",
    "content-disposition": `attachment; filename="${project.slug}.zip"`,
    "cache-control": "no-store",
  });
});
