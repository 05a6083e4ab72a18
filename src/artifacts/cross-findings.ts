// The error-level cross-document findings (trace-undefined, trace-inconsistent, sbom-missing-dependency) as SQL
// conditions over the facts each version stored on write (src/spec-engine/trace-ids.ts), so that the advance statement
// can refuse them itself (one round trip, true at the moment of the write) and the waiver statement can check
// that the finding it waives exists. crossErrors (src/spec-engine/trace-ids.ts) is the same decision in TypeScript, for
// the refusal's list. Raw SQL throughout: jsonb set functions and operators have no query-builder form.
import { type SQL, sql } from "drizzle-orm";
import { projectArtifacts as a, projects } from "../platform/db/schema";
import type { CrossError } from "../spec-engine/trace-ids";

export type CrossRule = CrossError["ruleId"];
export const CROSS_RULES: readonly CrossRule[] = ["trace-undefined", "trace-inconsistent", "sbom-missing-dependency"];

/** A latest document as SQL expressions: its phase, name and stored facts. */
export interface FactsRef {
  phase: SQL;
  name: SQL;
  facts: SQL;
}

/**
 * The latest version of every template document of the project (extra files take no part, as in the matrix):
 * a correlated subquery on `projects.id`, with columns phase, name, facts.
 */
export const latestDocs = sql`(select distinct on (${a.phase}, ${a.artifactName}) ${a.phase} as phase,
    ${a.artifactName} as name, ${a.traceIds} as facts
  from ${a} where ${a.projectId} = ${projects.id} and not ${a.extraFile}
  order by ${a.phase}, ${a.artifactName}, ${a.version} desc)`;

/** The requirement ids PRD.md defines (jsonb array); NULL while the project has no PRD.md. */
const prdDefines = sql`(select coalesce(${a.traceIds}->'defines', '[]'::jsonb) from ${a}
  where ${a.projectId} = ${projects.id} and ${a.phase} = 'spec' and ${a.artifactName} = 'PRD.md'
  order by ${a.version} desc limit 1)`;

/** Whether document `l` has a finding of cross-document rule `rule` (NULL counts as no). */
export function crossFinding(rule: CrossRule, l: FactsRef): SQL<boolean> {
  switch (rule) {
    case "trace-undefined":
      // An id it names that PRD.md does not define (only once PRD.md exists: NULL otherwise).
      return sql<boolean>`exists (select 1 from jsonb_array_elements_text(coalesce(${l.facts}->'refs', '[]'::jsonb)) r(id)
        where not (${prdDefines} @> jsonb_build_array(r.id)))`;
    case "trace-inconsistent":
      // A declared link of a defined requirement that no document's links show.
      return sql<boolean>`exists (select 1 from jsonb_each(coalesce(${l.facts}->'declares', '{}'::jsonb)) d(req, targets)
        cross join jsonb_array_elements_text(d.targets) t(target)
        where ${prdDefines} @> jsonb_build_array(d.req)
          and not exists (select 1 from ${latestDocs} m where m.facts->'links'->d.req @> jsonb_build_array(t.target)))`;
    case "sbom-missing-dependency":
      // sbom.json with a readable component list, and a dependency of dependency-proposal.json not in it.
      return sql<boolean>`(${l.name} = 'sbom.json' and ${l.facts}->'components' is not null and exists (
        select 1 from ${latestDocs} p cross join jsonb_array_elements_text(coalesce(p.facts->'dependencies', '[]'::jsonb)) dep(key)
        where p.name = 'dependency-proposal.json' and not (${l.facts}->'components' @> jsonb_build_array(dep.key))))`;
  }
}
