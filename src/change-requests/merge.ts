// Merging and rebasing a change request. The merge reads the change request, its deltas, its conflicts and the
// current PRD.md (one round trip), applies the deltas to the PRD's text with the spec engine's parser module, then
// writes everything in ONE batch whose first statement decides: the change request becomes merged only while it is
// approved, its policy is met, every MODIFIED/REMOVED base revision is still the active one and PRD.md is still
// the version read; every later statement acts only on a change request merged in this transaction (merged_at =
// now()), so the batch moves all or nothing. The rebase moves the bases to the active revisions in one batch.
import { eq, type SQL, sql } from "drizzle-orm";
import type { NewArtifact } from "../artifacts";
import type { Db } from "../platform/db/client";
import { insertSelect, qualified, valueAs } from "../platform/db/raw";
import {
  changeRequestDeltas,
  changeRequestDocuments,
  changeRequestEvents,
  changeRequests,
  projectArtifacts,
  projects,
  requirements,
} from "../platform/db/schema";
import type { AnswerClaim } from "../platform/http/idempotency";
import { rowsAsJson } from "../platform/http/idempotency";
import { accessibleProject } from "../projects";
import { builtOn } from "../requirements";
import { subjectPolicyMet } from "../reviews";
import { approvalHashes, changeRequestFields, noConflicts } from "./queries";

const cr = changeRequests;
const pa = projectArtifacts;

/** The project's latest PRD.md (id, version, content), as the caller may write the project. */
export function currentPrd(db: Db, userId: SQL, idOrSlug: string) {
  return db
    .select({ id: pa.id, version: pa.version, content: pa.content })
    .from(pa)
    .innerJoin(projects, eq(projects.id, pa.projectId))
    .where(
      sql`${accessibleProject(idOrSlug, userId, "project:write")} and ${pa.phase} = 'spec' and ${pa.artifactName} = 'PRD.md'`,
    )
    .orderBy(sql`${pa.version} desc`)
    .limit(1);
}

/** The documents proposed under the change request (phase, name). */
export function proposalsOf(db: Db, userId: SQL, idOrSlug: string, crId: string) {
  const d = changeRequestDocuments;
  return db
    .select({ phase: d.phase, artifactName: d.artifactName })
    .from(d)
    .innerJoin(projects, eq(projects.id, d.projectId))
    .where(sql`${accessibleProject(idOrSlug, userId, "project:read")} and ${d.changeRequestId} = ${crId}::uuid`);
}

/** What the merge writes beyond the rows it moves: the PRD it computed (none when PRD.md is proposed). */
export interface MergeInput {
  crId: string;
  /** The PRD.md version the read saw (null: none); the merge refuses when another was stored since. */
  prdVersion: number | null;
  prd?: NewArtifact;
  /** SHA-256 of each ADDED/MODIFIED delta's text (requirementHash), by requirement id. */
  hashes: Record<string, string>;
}

/** The change request merged in this transaction (empty otherwise): what every later statement acts on. */
const mergedNow = (crId: string) =>
  sql`(select c.id, c.project_id from ${cr} c where c.id = ${crId}::uuid and c.status = 'merged' and c.merged_at = now())`;

/** The merge's batch, statement by statement (in order). */
export function mergeStatements(db: Db, userId: SQL, idOrSlug: string, m: MergeInput, answer: AnswerClaim) {
  const latestPrdVersion = sql`(select max(v.version) from ${pa} v where v.project_id = ${qualified(cr.projectId)}
    and v.phase = 'spec' and v.artifact_name = 'PRD.md')`;
  // Raw: update … from projects (the policy is correlated on projects), returning the whole row.
  const merged = db.$with("merged", changeRequestFields).as(
    sql`update ${cr} set status = 'merged', merged_by = ${userId}, merged_at = now(), updated_at = now() from ${projects}
      where ${qualified(cr.id)} = ${m.crId}::uuid and ${qualified(projects.id)} = ${qualified(cr.projectId)}
        and ${qualified(cr.status)} = 'approved'
        and ${accessibleProject(idOrSlug, userId, "project:write")}
        and ${noConflicts(qualified(cr.id))}
        and ${subjectPolicyMet(qualified(cr.id), qualified(cr.authorId), approvalHashes(qualified(cr.id)))}
        and ${latestPrdVersion} is not distinct from ${m.prdVersion}::int
      returning ${cr}.*`,
  );
  const answered = answer({
    ok: sql`exists (select 1 from ${merged})`,
    status: 200,
    rows: { changeRequest: rowsAsJson(merged) },
  });
  const t = mergedNow(m.crId);
  const nextVersion = (phase: SQL, name: SQL) =>
    sql`coalesce((select max(v.version) from ${pa} v where v.project_id = t.project_id and v.phase = ${phase} and v.artifact_name = ${name}), 0) + 1`;
  const prd = m.prd;
  const statements = {
    merged: db
      .with(merged, ...answered)
      .select()
      .from(merged),
    // The PRD with the deltas applied, as the next version (unless PRD.md is proposed: then it moves below).
    ...(prd
      ? {
          prdStored: db.execute(
            insertSelect(
              pa,
              {
                projectId: sql`t.project_id`,
                phase: sql`'spec'`,
                artifactName: sql`'PRD.md'`,
                version: nextVersion(sql`'spec'`, sql`'PRD.md'`),
                content: valueAs(pa.content, prd.content),
                fileSize: valueAs(pa.fileSize, prd.fileSize),
                contentHash: valueAs(pa.contentHash, prd.contentHash),
                frontmatter: valueAs(pa.frontmatter, prd.frontmatter),
                validationStatus: valueAs(pa.validationStatus, prd.validationStatus),
                validationErrors: valueAs(pa.validationErrors, prd.validationErrors),
                qualityScore: valueAs(pa.qualityScore, prd.qualityScore),
                extraFile: valueAs(pa.extraFile, prd.extraFile),
                traceIds: valueAs(pa.traceIds, prd.traceIds),
                matrixFacts: valueAs(pa.matrixFacts, prd.matrixFacts),
              },
              sql`from ${t} t`,
            ),
          ),
        }
      : {}),
    // Every proposed document becomes its document's next version. Raw: insert…select (insertSelect).
    docsStored: db.execute(
      insertSelect(
        pa,
        {
          projectId: sql`t.project_id`,
          phase: sql`d.phase`,
          artifactName: sql`d.artifact_name`,
          version: nextVersion(sql`d.phase`, sql`d.artifact_name`),
          content: sql`d.content`,
          fileSize: sql`d.file_size`,
          contentHash: sql`d.content_hash`,
          frontmatter: sql`d.frontmatter`,
          validationStatus: sql`d.validation_status`,
          validationErrors: sql`d.validation_errors`,
          qualityScore: sql`d.quality_score`,
          traceIds: sql`d.trace_ids`,
          matrixFacts: sql`d.matrix_facts`,
        },
        sql`from ${changeRequestDocuments} d join ${t} t on d.change_request_id = t.id
          ${prd ? sql`where not (d.phase = 'spec' and d.artifact_name = 'PRD.md')` : sql``}
          order by d.phase, d.artifact_name`,
      ),
    ),
    // MODIFIED: the active revision superseded; REMOVED: retired with the delta's reason.
    revisionsMoved: db.execute(
      sql`update ${requirements} r set status = case when d.kind = 'modified' then 'superseded' else 'retired' end,
          retired_reason = case when d.kind = 'removed' then d.reason end
        from ${changeRequestDeltas} d, ${t} t
        where d.change_request_id = t.id and d.kind <> 'added' and r.project_id = t.project_id
          and r.req_id = d.req_id and r.status = 'active'`,
    ),
    // ADDED and MODIFIED: the next revision, active, made by this change request, recorded by the new PRD.md.
    revisionsAdded: db.execute(
      insertSelect(
        requirements,
        {
          projectId: sql`t.project_id`,
          reqId: sql`d.req_id`,
          revision: sql`coalesce((select max(x.revision) from ${requirements} x where x.project_id = t.project_id and x.req_id = d.req_id), 0) + 1`,
          title: sql`d.title`,
          body: sql`coalesce(d.body, '')`,
          acceptance: sql`coalesce(d.acceptance, '')`,
          contentHash: sql`(${JSON.stringify(m.hashes)}::jsonb ->> d.req_id)`,
          status: sql`'active'`,
          artifactId: sql`(select v.id from ${pa} v where v.project_id = t.project_id and v.phase = 'spec'
            and v.artifact_name = 'PRD.md' order by v.version desc limit 1)`,
          changeRequestId: sql`t.id`,
        },
        sql`from ${changeRequestDeltas} d join ${t} t on d.change_request_id = t.id where d.kind <> 'removed' order by d.req_id`,
      ),
    ),
    // The versions stored now name the revisions they were built on (after the revisions moved).
    builtOn: db.execute(
      sql`update ${pa} set requirement_revisions = ${builtOn(qualified(pa.projectId), qualified(pa.traceIds))}
        where ${qualified(pa.projectId)} in (select t.project_id from ${t} t) and ${qualified(pa.createdAt)} = now()`,
    ),
    event: db.execute(
      insertSelect(
        changeRequestEvents,
        {
          changeRequestId: sql`t.id`,
          projectId: sql`t.project_id`,
          kind: sql`'merged'`,
          actorId: userId,
          // Raw: jsonb aggregates of what moved.
          detail: sql`jsonb_build_object(
            'documents', coalesce((select jsonb_agg(jsonb_build_object('phase', v.phase, 'name', v.artifact_name, 'version', v.version)
              order by v.phase, v.artifact_name) from ${pa} v where v.project_id = t.project_id and v.created_at = now()), '[]'::jsonb),
            'requirements', coalesce((select jsonb_agg(jsonb_build_object('reqId', x.req_id, 'revision', x.revision, 'status', x.status)
              order by x.req_id) from ${requirements} x where x.change_request_id = t.id), '[]'::jsonb),
            'retired', coalesce((select jsonb_agg(d.req_id order by d.req_id) from ${changeRequestDeltas} d
              where d.change_request_id = t.id and d.kind = 'removed'), '[]'::jsonb))`,
        },
        sql`from ${t} t`,
      ),
    ),
  };
  return statements;
}
