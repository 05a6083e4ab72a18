// The error-level cross-document findings (trace-undefined, trace-inconsistent, sbom-missing-dependency), each
// defined once over the facts every version stored on write (src/spec-engine/trace-ids.ts): as an SQL condition,
// so that the advance statement can refuse them itself (one round trip, true at the moment of the write) and the
// waiver statement can check that the finding it waives exists; and, next to it, the same decision in TypeScript
// with its message, for the refusal's list (crossErrors). Raw SQL throughout: jsonb set functions and operators
// have no query-builder form.
import { type SQL, sql } from "drizzle-orm";
import { projectArtifacts as a, type Phase, projects } from "../platform/db/schema";
import type { RuleId } from "../spec-engine/rules";
import type { FactsRow, TraceIds } from "../spec-engine/trace-ids";

export type CrossRule = Extract<RuleId, "trace-undefined" | "trace-inconsistent" | "sbom-missing-dependency">;

/** A cross-document error found from the facts: one per (document, rule), the unit a waiver names. */
export interface CrossError {
  ruleId: CrossRule;
  phase: Phase;
  artifact: string;
  message: string;
}

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

/** What the TypeScript side reads besides the document: the other latest template documents, indexed once. */
interface CrossContext {
  /** PRD.md's requirement ids; undefined while the project has no PRD.md. */
  defined: ReadonlySet<string> | undefined;
  /** Whether some document's links show `target` for requirement `req`. */
  shows: (req: string, target: string) => boolean;
  /** The dependencies of dependency-proposal.json. */
  dependencies: readonly string[];
}

/** One cross-document rule: whether document `l` has its finding, in SQL (NULL counts as no) and in TypeScript. */
interface CrossRuleDefinition {
  sql: (l: FactsRef) => SQL<boolean>;
  /** The finding's message, or undefined when the document has none. */
  find: (l: TraceIds, name: string, c: CrossContext) => string | undefined;
}

const has = (o: Record<string, string[]> | undefined, key: string): string[] =>
  o && Object.hasOwn(o, key) ? (o[key] ?? []) : [];

const RULES: Record<CrossRule, CrossRuleDefinition> = {
  "trace-undefined": {
    // An id it names that PRD.md does not define (only once PRD.md exists: NULL otherwise).
    sql: (
      l,
    ) => sql<boolean>`exists (select 1 from jsonb_array_elements_text(coalesce(${l.facts}->'refs', '[]'::jsonb)) r(id)
        where not (${prdDefines} @> jsonb_build_array(r.id)))`,
    find: (l, _name, { defined }) => {
      const undef = defined ? (l.refs ?? []).filter((id) => !defined.has(id)) : [];
      return undef.length > 0 ? `PRD.md does not define ${undef.join(", ")}` : undefined;
    },
  },
  "trace-inconsistent": {
    // A declared link of a defined requirement that no document's links show.
    sql: (
      l,
    ) => sql<boolean>`exists (select 1 from jsonb_each(coalesce(${l.facts}->'declares', '{}'::jsonb)) d(req, targets)
        cross join jsonb_array_elements_text(d.targets) t(target)
        where ${prdDefines} @> jsonb_build_array(d.req)
          and not exists (select 1 from ${latestDocs} m where m.facts->'links'->d.req @> jsonb_build_array(t.target)))`,
    find: (l, _name, { defined, shows }) => {
      if (!defined) return undefined;
      const missing = Object.entries(l.declares ?? {})
        .filter(([req]) => defined.has(req))
        .flatMap(([req, targets]) => targets.filter((t) => !shows(req, t)).map((t) => `${req} → ${t}`));
      return missing.length > 0 ? `declared links the documents do not show: ${missing.join(", ")}` : undefined;
    },
  },
  "sbom-missing-dependency": {
    // sbom.json with a readable component list, and a dependency of dependency-proposal.json not in it.
    sql: (l) => sql<boolean>`(${l.name} = 'sbom.json' and ${l.facts}->'components' is not null and exists (
        select 1 from ${latestDocs} p cross join jsonb_array_elements_text(coalesce(p.facts->'dependencies', '[]'::jsonb)) dep(key)
        where p.name = 'dependency-proposal.json' and not (${l.facts}->'components' @> jsonb_build_array(dep.key))))`,
    find: (l, name, { dependencies }) => {
      if (name !== "sbom.json" || !l.components) return undefined;
      const components = new Set(l.components);
      const missing = dependencies.filter((d) => !components.has(d));
      return missing.length > 0 ? `dependencies that are not components: ${missing.join(", ")}` : undefined;
    },
  },
};

export const CROSS_RULES = Object.keys(RULES) as readonly CrossRule[];

/** Whether document `l` has a finding of cross-document rule `rule` (NULL counts as no). */
export function crossFinding(rule: CrossRule, l: FactsRef): SQL<boolean> {
  return RULES[rule].sql(l);
}

/**
 * The error-level cross-document findings of the latest documents, from their facts: what crossFinding decides,
 * with its message, per document in order and per rule in CROSS_RULES order. Extra files take no part, as in the
 * matrix.
 */
export function crossErrors(latest: readonly FactsRow[]): CrossError[] {
  const docs = latest.filter((l) => !l.extraFile);
  const prd = docs.find((l) => l.phase === "spec" && l.artifactName === "PRD.md");
  // Every link target the documents show for a requirement, gathered once: one lookup per declared link.
  const shown = new Map<string, Set<string>>();
  const context: CrossContext = {
    defined: prd ? new Set(prd.traceIds.defines ?? []) : undefined,
    shows: (req, target) => {
      let set = shown.get(req);
      if (!set) {
        set = new Set(docs.flatMap((m) => has(m.traceIds.links, req)));
        shown.set(req, set);
      }
      return set.has(target);
    },
    dependencies: docs
      .filter((p) => p.artifactName === "dependency-proposal.json")
      .flatMap((p) => p.traceIds.dependencies ?? []),
  };
  return docs.flatMap((l) =>
    CROSS_RULES.flatMap((ruleId): CrossError[] => {
      const message = RULES[ruleId].find(l.traceIds, l.artifactName, context);
      return message === undefined ? [] : [{ ruleId, phase: l.phase, artifact: l.artifactName, message }];
    }),
  );
}
