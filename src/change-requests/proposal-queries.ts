// The statements of documents proposed under a change request (change_request_documents), each for the caller's
// `authed` batch, scoped to the caller through accessibleProject and to the change request's project.
import { and, eq, getTableColumns, inArray, max, type SQL, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Permission } from "../platform/auth/roles";
import type { Db } from "../platform/db/client";
import { insertSelect, valueAs } from "../platform/db/raw";
import {
  changeRequestDocuments,
  changeRequests,
  type Phase,
  PROPOSING_STATUSES,
  projectArtifacts,
  projects,
} from "../platform/db/schema";
import { accessibleProject } from "../projects";
import type { TraceIds } from "../spec-engine/trace-ids";

/** The statuses in which documents may be proposed, replaced or withdrawn. */
export const PROPOSING = PROPOSING_STATUSES;
/** Documents proposed under one change request at most (the template has 18 documents; extra files besides). */
export const PROPOSALS_MAX = 40;

const d = changeRequestDocuments;
const { content: _content, matrixFacts: _matrixFacts, ...proposalFields } = getTableColumns(changeRequestDocuments);

export { proposalFields };

/** A proposal to store: measured, hashed and validated by the caller. */
export type NewProposal = Pick<
  typeof changeRequestDocuments.$inferInsert,
  | "phase"
  | "artifactName"
  | "content"
  | "fileSize"
  | "contentHash"
  | "frontmatter"
  | "validationStatus"
  | "validationErrors"
  | "traceIds"
  | "matrixFacts"
  | "qualityScore"
>;

/** The change request `crId` of the project, if the caller may act on it with `permission`: its status. */
export function changeRequestOf(db: Db, userId: SQL, idOrSlug: string, crId: string, permission: Permission) {
  return db
    .select({ id: changeRequests.id, status: changeRequests.status, number: changeRequests.number })
    .from(changeRequests)
    .innerJoin(projects, eq(projects.id, changeRequests.projectId))
    .where(and(accessibleProject(idOrSlug, userId, permission), eq(changeRequests.id, crId)));
}

/** The change request's project, when it is open to proposals: the correlated source of the write statements. */
function proposingFrom(idOrSlug: string, userId: SQL, crId: string): SQL {
  return sql`from ${changeRequests} inner join ${projects} on ${eq(projects.id, changeRequests.projectId)}
    where ${and(
      accessibleProject(idOrSlug, userId, "project:write"),
      eq(changeRequests.id, crId),
      inArray(changeRequests.status, [...PROPOSING]),
    )}`;
}

/**
 * Stores `p` as the change request's proposal for its (phase, name), replacing an earlier one (PUT): based on the
 * document's latest version now (null for a new document), by `userId`, drafted by the scoped run `runId` (null: by
 * hand). Nothing is stored when the
 * change request is not open to proposals, when the name differs only in case from a stored document of the phase,
 * or when it would be one proposal more than PROPOSALS_MAX. One row with `created` (false: replaced) when stored.
 */
export function putProposal(
  db: Db,
  userId: SQL,
  idOrSlug: string,
  crId: string,
  p: NewProposal,
  runId: string | null = null,
) {
  const a = projectArtifacts;
  const latest = db
    .select({ v: max(a.version) })
    .from(a)
    .where(and(eq(a.projectId, changeRequests.projectId), eq(a.phase, p.phase), eq(a.artifactName, p.artifactName)));
  // Raw: lower() and a count of the other proposals inside the insert…select's condition.
  const clash = sql`exists (select 1 from ${a} where ${a.projectId} = ${changeRequests.projectId}
    and ${a.phase} = ${p.phase} and lower(${a.artifactName}) = lower(${p.artifactName}) and ${a.artifactName} <> ${p.artifactName})`;
  const others = sql`(select count(*) from ${d} where ${d.changeRequestId} = ${changeRequests.id}
    and (${d.phase}, ${d.artifactName}) <> (${p.phase}, ${p.artifactName}))`;
  const upsert = insertSelect(
    d,
    {
      changeRequestId: sql`${changeRequests.id}`,
      projectId: sql`${changeRequests.projectId}`,
      phase: valueAs(d.phase, p.phase),
      artifactName: valueAs(d.artifactName, p.artifactName),
      baseVersion: sql`(${latest})`,
      content: valueAs(d.content, p.content),
      fileSize: valueAs(d.fileSize, p.fileSize),
      contentHash: valueAs(d.contentHash, p.contentHash),
      frontmatter: valueAs(d.frontmatter, p.frontmatter ?? {}),
      validationStatus: valueAs(d.validationStatus, p.validationStatus ?? "pending"),
      validationErrors: valueAs(d.validationErrors, p.validationErrors ?? []),
      traceIds: valueAs(d.traceIds, p.traceIds ?? {}),
      matrixFacts: valueAs(d.matrixFacts, p.matrixFacts ?? null),
      qualityScore: valueAs(d.qualityScore, p.qualityScore ?? null),
      runId: valueAs(d.runId, runId),
      proposedBy: userId,
    },
    // Raw: insert…select with an upsert (see insertSelect); the replaced row takes every proposed column anew.
    sql`${proposingFrom(idOrSlug, userId, crId)} and not ${clash} and ${others} < ${PROPOSALS_MAX}
      on conflict (${sql.join(
        [d.changeRequestId, d.phase, d.artifactName].map((col) => sql.identifier(col.name)),
        sql`, `,
      )}) do update set ${sql.join(
        [
          d.baseVersion,
          d.content,
          d.fileSize,
          d.contentHash,
          d.frontmatter,
          d.validationStatus,
          d.validationErrors,
          d.traceIds,
          d.matrixFacts,
          d.qualityScore,
          d.runId,
          d.proposedBy,
        ].map((col) => sql`${sql.identifier(col.name)} = excluded.${sql.identifier(col.name)}`),
        sql`, `,
      )}, ${sql.identifier(d.updatedAt.name)} = now()`,
  );
  // Raw: xmax = 0 tells an inserted row from an updated one (Postgres' system column).
  const stored = db
    .$with("stored", { ...proposalFields, created: sql<boolean>`created`.as("created") })
    .as(sql`${upsert} returning *, (xmax = 0) as created`);
  return db.with(stored).select().from(stored);
}

/** Why a proposal was not stored, read in the same batch: a name clash, or how many proposals the request has. */
export function proposalRefusal(db: Db, userId: SQL, idOrSlug: string, crId: string, phase: Phase, name: string) {
  const a = projectArtifacts;
  return db
    .select({
      // Raw: lower() is beyond the builder.
      clash: sql<string | null>`(select ${a.artifactName} from ${a} where ${a.projectId} = ${changeRequests.projectId}
        and ${a.phase} = ${phase} and lower(${a.artifactName}) = lower(${name}) and ${a.artifactName} <> ${name} limit 1)`,
      proposals: sql<number>`(select count(*)::int from ${d} where ${d.changeRequestId} = ${changeRequests.id})`,
    })
    .from(changeRequests)
    .innerJoin(projects, eq(projects.id, changeRequests.projectId))
    .where(and(accessibleProject(idOrSlug, userId, "project:read"), eq(changeRequests.id, crId)));
}

/** The change request's proposals without content, by phase and name (at most PROPOSALS_MAX). */
export function listProposals(db: Db, userId: SQL, idOrSlug: string, crId: string) {
  return db
    .select(proposalFields)
    .from(d)
    .innerJoin(projects, eq(projects.id, d.projectId))
    .where(and(accessibleProject(idOrSlug, userId, "project:read"), eq(d.changeRequestId, crId)))
    .orderBy(d.phase, d.artifactName)
    .limit(PROPOSALS_MAX);
}

/**
 * The proposal for (phase, name) with its content, and the document's latest stored version's content and
 * number (null for a new document): both sides of its diff in one statement.
 */
export function findProposal(db: Db, userId: SQL, idOrSlug: string, crId: string, phase: Phase, name: string) {
  const a = projectArtifacts;
  const v = alias(projectArtifacts, "v");
  const latest = db
    .select({ v: max(v.version) })
    .from(v)
    .where(and(eq(v.projectId, d.projectId), eq(v.phase, d.phase), eq(v.artifactName, d.artifactName)));
  return db
    .select({ ...proposalFields, content: d.content, currentVersion: a.version, currentContent: a.content })
    .from(d)
    .innerJoin(projects, eq(projects.id, d.projectId))
    .leftJoin(
      a,
      and(
        eq(a.projectId, d.projectId),
        eq(a.phase, d.phase),
        eq(a.artifactName, d.artifactName),
        eq(a.version, sql`(${latest})`),
      ),
    )
    .where(
      and(
        accessibleProject(idOrSlug, userId, "project:read"),
        eq(d.changeRequestId, crId),
        eq(d.phase, phase),
        eq(d.artifactName, name),
      ),
    );
}

/** Withdraws the proposal for (phase, name) while the change request is open to proposals: its id, if it was. */
export function deleteProposal(db: Db, userId: SQL, idOrSlug: string, crId: string, phase: Phase, name: string) {
  const open = db
    .select({ id: changeRequests.id })
    .from(changeRequests)
    .innerJoin(projects, eq(projects.id, changeRequests.projectId))
    .where(
      and(
        accessibleProject(idOrSlug, userId, "project:write"),
        eq(changeRequests.id, crId),
        inArray(changeRequests.status, [...PROPOSING]),
      ),
    );
  return db
    .delete(d)
    .where(and(inArray(d.changeRequestId, open), eq(d.phase, phase), eq(d.artifactName, name)))
    .returning({ id: d.id });
}

/**
 * The spec set as it would be after the merge, as facts: the latest version of each document of the project,
 * the change request's proposal in its place, and its proposals for new documents; each with whether it is
 * proposed. No contents: bounded by the project's artifact quota plus PROPOSALS_MAX rows of facts.
 */
export function postMergeFacts(db: Db, userId: SQL, idOrSlug: string, crId: string) {
  const a = projectArtifacts;
  const cr = db
    .select({ projectId: changeRequests.projectId })
    .from(changeRequests)
    .innerJoin(projects, eq(projects.id, changeRequests.projectId))
    .where(and(accessibleProject(idOrSlug, userId, "project:read"), eq(changeRequests.id, crId)));
  // Raw: distinct on over a union (the proposal ranks first) is beyond the builder; columns from the tables.
  const merged = db
    .$with("merged", {
      phase: sql<Phase>`phase`.as("phase"),
      artifactName: sql<string>`artifact_name`.as("artifact_name"),
      traceIds: sql<TraceIds>`trace_ids`.as("trace_ids"),
      proposed: sql<boolean>`proposed`.as("proposed"),
    })
    .as(sql`select distinct on (phase, artifact_name) phase, artifact_name, trace_ids, proposed from (
      select ${d.phase} as phase, ${d.artifactName} as artifact_name, ${d.traceIds} as trace_ids, true as proposed,
        0 as version
      from ${d} where ${d.changeRequestId} = ${crId} and ${d.projectId} in (${cr})
      union all
      select ${a.phase}, ${a.artifactName}, ${a.traceIds}, false, ${a.version}
      from ${a} where ${a.projectId} in (${cr})
    ) s order by phase, artifact_name, proposed desc, version desc`);
  return db.with(merged).select().from(merged);
}
