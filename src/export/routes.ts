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
import { taskIssues } from "../github";
import { consume, enforce, ipIdentifier, RULES, withinLimit } from "../platform/auth/rate-limit";
import { authed } from "../platform/auth/session";
import { router } from "../platform/http/openapi-router";
import { defineRoute, type Handler } from "../platform/http/route";
import { onProject, ProjectParams, projectNotFound } from "../projects";
import { type ExportedFile, exportOf, planPages } from "./files";
import {
  changeStatements,
  type ExportFile,
  exportableProject,
  exportedProject,
  metadataStatements,
  type Piece,
  readPage,
} from "./queries";

// The zip route's tests import planPages from here.
export { planPages };

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
  handoff: { collect: (file: number, text: string) => void; files: () => ExportedFile[] },
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
  // Chunks the zip gave out so far, and whether it was ended.
  let out = 0;
  let ended = false;
  /** Adds the next page's pieces (or, after the last page, the handoff files and the end) to the zip. */
  const addPage = async () => {
    const pieces = pages[page++];
    if (!pieces) {
      addEmptyFilesBefore(files.length);
      for (const f of handoff.files()) {
        const entry = new ZipDeflate(f.path, { level: 6 });
        zip.add(entry);
        entry.push(enc.encode(f.text), true);
      }
      ended = true;
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
  };
  return new ReadableStream<Uint8Array>({
    start(controller) {
      zip = new Zip((err, chunk, final) => {
        if (err) return controller.error(err);
        out++;
        controller.enqueue(chunk);
        if (final) controller.close();
      });
      const file = new ZipDeflate("project.json", { level: 6 });
      zip.add(file);
      file.push(manifest, true);
    },
    async pull() {
      // The compressor holds small inputs back (fflate buffers ~96 KiB before it deflates), and the stream
      // calls pull again only once something was enqueued: pages are added until a chunk is out.
      const before = out;
      while (out === before && !ended) await addPage();
    },
  });
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
    results: { byIp, byUser, audited: _, ...rows },
  } = await authed(c, ({ userId, keyId }) => {
    owner = userId;
    const byIpKey = sql`case when ${userId} is not null then ${ip} end`;
    const byUserKey = sql`'user:' || ${userId}`;
    const exported = exportedProject(db, id, userId);
    const own = exportableProject(id, userId);
    // Counted only for a valid credential (a bad one is 401 and reads nothing).
    return {
      byIp: consume(db, RULES.exportByIp, byIpKey),
      byUser: consume(db, RULES.exportByUser, byUserKey),
      ...metadataStatements(db, own),
      ...changeStatements(db, own),
      tasks: taskIssues(db, own),
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
  const ex = exportOf(rows);
  if (!ex) throw projectNotFound();
  const { project, documents } = ex;
  const at = new Date().toISOString();
  const handoff = { collect: ex.handoff.collect, files: () => ex.handoff.files(at) };
  const body = zipStream(
    await import("./zip"),
    new TextEncoder().encode(ex.manifest(at).text),
    documents,
    planPages(documents, c.var.config.EXPORT_PAGE_BYTES),
    (pieces) => readPage(db, project.id, owner, documents, pieces),
    handoff,
  );
  // c.body, not a bare Response: the headers set on the context (X-Request-Id, ...) go out too.
  return c.body(body, 200, {
    "content-type": "application/zip",
    "content-disposition": `attachment; filename="${project.slug}.zip"`,
    "cache-control": "no-store",
  });
};

export const exportRoutes = router().openapi(exportRoute, exportProject);
