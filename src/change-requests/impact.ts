// A change request's impact, computed in the database (one statement of the GET's batch): for each delta's
// requirement, the latest documents that reference it (their trace ids, their requirement revisions; PRD.md,
// which defines it, for every delta) and, from the traceability facts of those documents, the operations,
// entities, tasks and epics linked to it. Each row says why: the requirement and the way (`defines`,
// `references`, `link`).
import { eq, type SQL, sql } from "drizzle-orm";
import type { Db } from "../platform/db/client";
import { changeRequestDeltas, changeRequests, projectArtifacts, projects } from "../platform/db/schema";
import { accessibleProject } from "../projects";

/** Most impact rows one read returns (deltas are bounded, documents and links per requirement are not). */
export const IMPACT_MAX_ROWS = 2000;

export interface ImpactRow {
  kind: "document" | "operations" | "entities" | "tasks" | "epics";
  phase: string;
  name: string;
  artifactId: string | null;
  version: number | null;
  target: string | null;
  reqId: string;
  via: "defines" | "references" | "link";
}

/**
 * The impact rows of change request `crId` (at most IMPACT_MAX_ROWS + 1: one more tells the read was cut),
 * documents first, then linked items, each ordered. Raw: jsonb set operations and a union are beyond the builder.
 */
export function impactOf(db: Db, userId: SQL, idOrSlug: string, crId: string, max = IMPACT_MAX_ROWS) {
  const a = projectArtifacts;
  const project = db
    .select({ id: projects.id })
    .from(projects)
    .innerJoin(changeRequests, eq(changeRequests.projectId, projects.id))
    .where(sql`${accessibleProject(idOrSlug, userId, "project:read")} and ${changeRequests.id} = ${crId}::uuid`);
  const statement = sql`with p as (${project}),
    d as (select x.req_id, x.kind from ${changeRequestDeltas} x where x.change_request_id = ${crId}::uuid
      and exists (select 1 from p)),
    l as (select distinct on (v.phase, v.artifact_name) v.id, v.phase, v.artifact_name, v.version, v.trace_ids,
        v.requirement_revisions
      from ${a} v where v.project_id = (select id from p) order by v.phase, v.artifact_name, v.version desc),
    docs as (select 'document' as kind, l.phase, l.artifact_name as name, l.id as artifact_id, l.version,
        null::text as target, d.req_id,
        case when l.phase = 'spec' and l.artifact_name = 'PRD.md' then 'defines' else 'references' end as via
      from d cross join l
      where (l.phase = 'spec' and l.artifact_name = 'PRD.md')
        or (l.trace_ids->'refs') @> jsonb_build_array(d.req_id)
        or (l.trace_ids->'defines') @> jsonb_build_array(d.req_id)
        or (l.trace_ids->'links'->d.req_id) is not null
        or (l.trace_ids->'declares'->d.req_id) is not null
        or (l.requirement_revisions->d.req_id) is not null),
    items as (select split_part(t.v, ':', 1) as kind, l.phase, l.artifact_name as name, l.id as artifact_id, l.version,
        substr(t.v, strpos(t.v, ':') + 1) as target, d.req_id, 'link' as via
      from d cross join l cross join lateral jsonb_array_elements_text(
        case when jsonb_typeof(l.trace_ids->'links'->d.req_id) = 'array' then l.trace_ids->'links'->d.req_id else '[]'::jsonb end) t(v))
    select kind, phase, name, artifact_id as "artifactId", version, target, req_id as "reqId", via from (
      select *, 0 as k from docs union all select *, 1 as k from items) u
    order by k, phase, name, kind, target, req_id limit ${max + 1}`;
  return db.execute<Record<keyof ImpactRow, unknown>>(statement);
}

/** The impact as the API shows it: documents and items, each with its reasons, and whether it was cut. */
export function impactJson(rows: readonly ImpactRow[], max = IMPACT_MAX_ROWS) {
  const kept = rows.slice(0, max);
  const documents = new Map<
    string,
    {
      phase: string;
      name: string;
      artifactId: string | null;
      version: number | null;
      reasons: { reqId: string; via: string }[];
    }
  >();
  const items = new Map<
    string,
    { kind: string; id: string; document: string; reasons: { reqId: string; via: string }[] }
  >();
  for (const r of kept) {
    if (r.kind === "document") {
      const key = `${r.phase}/${r.name}`;
      const doc = documents.get(key) ?? {
        phase: r.phase,
        name: r.name,
        artifactId: r.artifactId,
        version: r.version,
        reasons: [],
      };
      doc.reasons.push({ reqId: r.reqId, via: r.via });
      documents.set(key, doc);
    } else {
      const key = `${r.kind}:${r.target}`;
      const item = items.get(key) ?? { kind: r.kind, id: r.target ?? "", document: r.name, reasons: [] };
      item.reasons.push({ reqId: r.reqId, via: r.via });
      items.set(key, item);
    }
  }
  return { documents: [...documents.values()], items: [...items.values()], truncated: rows.length > max };
}
