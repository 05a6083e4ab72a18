// The requirements' SQL: recording a stored PRD.md version's requirements as revisions, the requirement revisions
// every stored version was built on, and the reads of the requirement routes. Every statement is scoped to the
// caller through accessibleProject.
import { and, asc, desc, eq, inArray, type SQL, sql } from "drizzle-orm";
import type { Db } from "../platform/db/client";
import { insertSelect, qualified } from "../platform/db/raw";
import { projectArtifacts, projects, type RequirementStatus, requirements } from "../platform/db/schema";
import { accessibleProject } from "../projects";
import type { ParsedRequirement } from "../spec-engine/requirements";

/** A stored document of a batch, as recording reads it. */
export interface StoredDoc {
  phase: string;
  artifactName: string;
  contentHash: string;
}

/** The PRD.md version a batch stores: its content hash and its requirements (parsed by the caller). */
export interface StoredPrd {
  contentHash: string;
  requirements: ParsedRequirement[];
}

export const isPrd = (d: { phase: string; artifactName: string }) => d.phase === "spec" && d.artifactName === "PRD.md";

/**
 * The project's latest PRD.md version (id, project_id, version), when its content is `contentHash` (the batch stored
 * it, or it was already the latest): what the recording statements act on. No row: the store was refused, nothing
 * is recorded.
 */
function latestPrd(db: Db, userId: SQL, idOrSlug: string, contentHash: string): SQL {
  const a = projectArtifacts;
  const latest = db
    .select({ id: a.id, projectId: a.projectId, version: a.version, contentHash: a.contentHash })
    .from(a)
    .innerJoin(projects, eq(projects.id, a.projectId))
    .where(and(accessibleProject(idOrSlug, userId, "project:write"), eq(a.phase, "spec"), eq(a.artifactName, "PRD.md")))
    .orderBy(desc(a.version))
    .limit(1);
  // Raw: the statements below read it as a derived table by its column names.
  return sql`(select id, project_id, version from (${latest}) l where l.content_hash = ${contentHash})`;
}

/** `parsed`: the PRD's requirements as rows, from one jsonb parameter. */
function parsedOf(prd: StoredPrd) {
  const rows = prd.requirements.map((r) => ({
    req_id: r.reqId,
    title: r.title,
    body: r.body,
    acceptance: r.acceptance,
    content_hash: r.contentHash,
  }));
  // Raw: a jsonb parameter as a row source is beyond the builder.
  return sql`(select * from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
    as x(req_id text, title text, body text, acceptance text, content_hash text))`;
}

/**
 * The statements recording a stored PRD.md version, for the store's own batch (after the store): the active
 * revision of a requirement whose text changed is superseded, that of one the PRD no longer defines retired (with
 * the reason); then every requirement without an active revision gets the next one (1 for a new id). Unchanged
 * requirements are left alone. Idempotent: the PRD already recorded changes nothing.
 */
export function recordPrdRequirements(db: Db, userId: SQL, idOrSlug: string, stored: StoredPrd) {
  const r = requirements;
  const prd = latestPrd(db, userId, idOrSlug, stored.contentHash);
  const parsed = parsedOf(stored);
  const defined = sql`exists (select 1 from ${parsed} p where p.req_id = ${qualified(r.reqId)})`;
  const moved = db
    .update(r)
    .set({
      status: sql`case when ${defined} then 'superseded' else 'retired' end`,
      retiredReason: sql`case when ${defined} then null else 'not in PRD.md version ' || (select version from ${prd} prd) end`,
    })
    .where(
      and(
        eq(r.projectId, sql`(select project_id from ${prd} prd)`),
        eq(r.status, "active"),
        sql`not exists (select 1 from ${parsed} p where p.req_id = ${qualified(r.reqId)} and p.content_hash = ${qualified(r.contentHash)})`,
      ),
    );
  // Raw: insert…select (see insertSelect) from the parsed rows; the revision is the requirement's next.
  const recorded = db.execute(
    insertSelect(
      r,
      {
        projectId: sql`prd.project_id`,
        reqId: sql`p.req_id`,
        revision: sql`coalesce((select max(x.revision) from ${r} x where x.project_id = prd.project_id and x.req_id = p.req_id), 0) + 1`,
        title: sql`p.title`,
        body: sql`p.body`,
        acceptance: sql`p.acceptance`,
        contentHash: sql`p.content_hash`,
        status: sql`'active'`,
        artifactId: sql`prd.id`,
      },
      sql`from ${parsed} p cross join ${prd} prd
        where not exists (select 1 from ${r} x where x.project_id = prd.project_id and x.req_id = p.req_id and x.status = 'active')
        order by p.req_id`,
    ),
  );
  return { requirementsMoved: moved, requirementsRecorded: recorded };
}

/**
 * The requirement ids a version was built on (jsonb object: id -> active revision) for a row of project_artifacts
 * (or change_request_documents): those its trace ids reference or define.
 */
export function builtOn(projectId: SQL, traceIds: SQL): SQL<Record<string, number>> {
  const r = requirements;
  // Raw: jsonb_object_agg and jsonb containment are beyond the builder.
  return sql`coalesce((select jsonb_object_agg(${r.reqId}, ${r.revision}) from ${r}
    where ${r.projectId} = ${projectId} and ${r.status} = 'active'
      and ((${traceIds}->'refs') @> jsonb_build_array(${r.reqId}) or (${traceIds}->'defines') @> jsonb_build_array(${r.reqId}))), '{}'::jsonb)`;
}

/**
 * Sets requirement_revisions on the versions this batch stored (created now, in this transaction) of the given
 * documents: after recording, so a PRD.md version names the revisions it recorded.
 */
export function recordBuiltOn(db: Db, userId: SQL, idOrSlug: string, docs: StoredDoc[]) {
  const a = projectArtifacts;
  const keys = docs.map((d) => `${d.phase}/${d.artifactName}`);
  return db
    .update(a)
    .set({ requirementRevisions: builtOn(qualified(a.projectId), qualified(a.traceIds)) })
    .where(
      and(
        inArray(
          a.projectId,
          db
            .select({ id: projects.id })
            .from(projects)
            .where(accessibleProject(idOrSlug, userId, "project:write")),
        ),
        eq(a.createdAt, sql`now()`),
        // Raw: the (phase, name) pairs as one text key.
        inArray(sql`${a.phase} || '/' || ${a.artifactName}`, keys),
      ),
    );
}

/**
 * Every statement a store of `docs` adds to its batch (after the store itself): the PRD's requirements recorded
 * (when the batch stores PRD.md), then each new version's requirement revisions.
 */
export function recordingStatements(
  db: Db,
  userId: SQL,
  idOrSlug: string,
  docs: StoredDoc[],
  prd: StoredPrd | undefined,
) {
  return {
    ...(prd ? recordPrdRequirements(db, userId, idOrSlug, prd) : {}),
    builtOn: recordBuiltOn(db, userId, idOrSlug, docs),
  };
}

// ---- The routes' reads.

export const requirementFields = {
  reqId: requirements.reqId,
  revision: requirements.revision,
  title: requirements.title,
  body: requirements.body,
  acceptance: requirements.acceptance,
  contentHash: requirements.contentHash,
  status: requirements.status,
  retiredReason: requirements.retiredReason,
  artifactId: requirements.artifactId,
  changeRequestId: requirements.changeRequestId,
  createdAt: requirements.createdAt,
};

/** One page (limit + 1 rows) of the project's requirement revisions of `status`, by id, after `after`. */
export function listRequirements(
  db: Db,
  userId: SQL,
  idOrSlug: string,
  q: { status: RequirementStatus; after?: { reqId: string; revision: number }; limit: number },
) {
  const r = requirements;
  return db
    .select(requirementFields)
    .from(r)
    .innerJoin(projects, eq(projects.id, r.projectId))
    .where(
      and(
        accessibleProject(idOrSlug, userId, "project:read"),
        eq(r.status, q.status),
        // Raw: a row comparison, what the (project, status, req_id) index serves.
        q.after && sql`(${r.reqId}, ${r.revision}) > (${q.after.reqId}, ${q.after.revision}::int)`,
      ),
    )
    .orderBy(asc(r.reqId), asc(r.revision))
    .limit(q.limit + 1);
}

/** Every revision of one requirement, newest first. */
export function requirementRevisions(db: Db, userId: SQL, idOrSlug: string, reqId: string) {
  const r = requirements;
  return db
    .select(requirementFields)
    .from(r)
    .innerJoin(projects, eq(projects.id, r.projectId))
    .where(and(accessibleProject(idOrSlug, userId, "project:read"), eq(r.reqId, reqId)))
    .orderBy(desc(r.revision));
}
