// The export's SQL: the first round trip's metadata, and the content pages read after it.
import { and, count, desc, eq, exists, inArray, type SQL, type SQLWrapper, sql } from "drizzle-orm";
import { artifactFields } from "../artifacts";
import { memberMay } from "../platform/auth/membership";
import type { Db } from "../platform/db/client";
import {
  changeRequestDeltas,
  changeRequests,
  phaseHistory,
  projectArtifacts,
  projects,
  requirements,
  users,
} from "../platform/db/schema";
import { accessibleProject } from "../projects";

/**
 * The project a request may export (`idOrSlug` for the credential's user): the scope of the first round
 * trip's statements. The GitHub push scopes them by the project's id alone (src/export/files.ts).
 */
export const exportableProject = (idOrSlug: string, userId: SQL) => accessibleProject(idOrSlug, userId, "project:read");

/** The first round trip's statements by name, for the project `own` selects. */
export function metadataStatements(db: Db, own: SQL | undefined) {
  const a = projectArtifacts;
  return {
    project: db.select().from(projects).where(own),
    history: db
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
    artifacts: db
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
  };
}

/** The export's bounds on what HANDOFF.md and CHANGELOG.md list (docs/change-requests.md, Export). */
export const EXPORT_LIMITS = {
  /** Merged change requests in CHANGELOG.md, newest first; older ones are counted, not listed. */
  changelog: 500,
  /** Deltas of those change requests. */
  deltas: 10_000,
  /** Open change requests in HANDOFF.md, newest first. */
  open: 200,
  /** Requirements in HANDOFF.md (their latest revisions). */
  requirements: 5_000,
  /** Characters of a title, a rationale or a reason (longer ones are cut). */
  text: 500,
} as const;

// Raw: left() cuts a text to the export's bound; drizzle has no string functions.
const bounded = <T extends string | null>(column: SQLWrapper & { _: { data: T } }) =>
  sql<T>`left(${column}, ${EXPORT_LIMITS.text})`;

/**
 * The change requests and requirements HANDOFF.md and CHANGELOG.md list, for the first round trip: the latest
 * revision of each requirement, the open change requests, the merged ones (newest first) with their deltas, and
 * how many are merged. Each bounded by EXPORT_LIMITS.
 */
export function changeStatements(db: Db, own: SQL | undefined) {
  const cr = changeRequests;
  const r = requirements;
  const merged = db
    .select({ id: cr.id })
    .from(cr)
    .innerJoin(projects, eq(projects.id, cr.projectId))
    .where(and(own, eq(cr.status, "merged")))
    .orderBy(desc(cr.mergedAt), desc(cr.number))
    .limit(EXPORT_LIMITS.changelog);
  return {
    requirements: db
      .selectDistinctOn([r.reqId], {
        reqId: r.reqId,
        revision: r.revision,
        status: r.status,
        title: bounded(r.title),
        retiredReason: bounded(r.retiredReason),
      })
      .from(r)
      .innerJoin(projects, eq(projects.id, r.projectId))
      .where(own)
      .orderBy(r.reqId, desc(r.revision))
      .limit(EXPORT_LIMITS.requirements),
    openChangeRequests: db
      .select({
        number: cr.number,
        title: bounded(cr.title),
        status: cr.status,
        author: users.name,
        createdAt: cr.createdAt,
      })
      .from(cr)
      .innerJoin(projects, eq(projects.id, cr.projectId))
      .leftJoin(users, eq(users.id, cr.authorId))
      .where(and(own, inArray(cr.status, ["draft", "in_review", "approved"])))
      .orderBy(desc(cr.createdAt), desc(cr.number))
      .limit(EXPORT_LIMITS.open),
    changelog: db
      .select({
        id: cr.id,
        number: cr.number,
        title: bounded(cr.title),
        rationale: bounded(cr.rationale),
        mergedAt: cr.mergedAt,
        mergedBy: users.name,
      })
      .from(cr)
      .innerJoin(projects, eq(projects.id, cr.projectId))
      .leftJoin(users, eq(users.id, cr.mergedBy))
      .where(and(own, eq(cr.status, "merged")))
      .orderBy(desc(cr.mergedAt), desc(cr.number))
      .limit(EXPORT_LIMITS.changelog),
    changelogDeltas: db
      .select({
        changeRequestId: changeRequestDeltas.changeRequestId,
        kind: changeRequestDeltas.kind,
        reqId: changeRequestDeltas.reqId,
        baseRevision: changeRequestDeltas.baseRevision,
        title: bounded(changeRequestDeltas.title),
        reason: bounded(changeRequestDeltas.reason),
      })
      .from(changeRequestDeltas)
      .where(inArray(changeRequestDeltas.changeRequestId, merged))
      .orderBy(changeRequestDeltas.changeRequestId, changeRequestDeltas.position)
      .limit(EXPORT_LIMITS.deltas),
    mergedCount: db
      .select({ n: count() })
      .from(cr)
      .innerJoin(projects, eq(projects.id, cr.projectId))
      .where(and(own, eq(cr.status, "merged"))),
  };
}

/**
 * What the export's audit row (src/audit) refers to, in the first round trip: the project's id and
 * workspace (scalar subqueries, NULL when the caller may not read it) and whether it is readable.
 */
export function exportedProject(db: Db, idOrSlug: string, userId: SQL) {
  const own = exportableProject(idOrSlug, userId);
  const one = (column: SQL) => sql`(${db.select({ v: column }).from(projects).where(own)})`;
  return {
    id: one(sql`${projects.id}::text`),
    workspaceId: one(sql`${projects.workspaceId}`),
    readable: exists(db.select({ id: projects.id }).from(projects).where(own)),
  };
}

export interface ExportFile {
  path: string;
  id: string;
  bytes: number;
}

/** A byte range [start, end) of one file's content, read in one page. */
export interface Piece {
  file: number;
  start: number;
  end: number;
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
 * expired): the piece's content is read only while it may still read the project, so every page checks the
 * credential again within its own round trip. `owner` null: the system reads (the GitHub push), no
 * credential to check.
 */
function pieceStatement(db: Db, projectId: string, owner: SQL | null, file: ExportFile, piece: Piece) {
  const a = projectArtifacts;
  const where = and(eq(a.id, file.id), eq(a.projectId, projectId));
  const live =
    owner === null
      ? sql<boolean>`true`
      : sql<boolean>`exists (select 1 from ${projects} o where o.id = ${a.projectId}
    and ${memberMay(sql`o.workspace_id`, owner, "project:read")})`;
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
export async function readPage(
  db: Db,
  projectId: string,
  owner: SQL | null,
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
