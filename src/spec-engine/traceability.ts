// Traceability across the latest artifacts: requirements defined in PRD.md against the API operations, entities,
// tasks and epics that reference them; coverage per kind; undefined references; cross-artifact findings.
// Pure: the same artifacts (in any order) always give the same matrix.
import { idBlocks, parseMarkdown } from "./markdown";
import { apiOperations } from "./openapi-document";
import { finding } from "./rules";
import { EPIC_ID, phaseIndex, REQUIREMENT_ID, TASK_ID } from "./templates";
import type {
  ArtifactInput,
  CoverageFigure,
  CoverageKind,
  Finding,
  RequirementTrace,
  TraceabilityMatrix,
  TraceRef,
} from "./types";
import { entities } from "./validate-markdown";

export const DEFAULT_COVERAGE_THRESHOLD = 100;
const KINDS: readonly CoverageKind[] = ["operations", "entities", "tasks", "epics"];

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const reqIds = (text: string) => [...new Set([...text.matchAll(REQUIREMENT_ID)].map((m) => m[0]))];

/** `REQ-…` exactly: the form every defined requirement id has (keys of the stored link facts). */
const REQUIREMENT_ID_EXACT = new RegExp(`^${REQUIREMENT_ID.source}$`);
export const isRequirementId = (s: string) => REQUIREMENT_ID_EXACT.test(s);

/**
 * A link target in comparable form: entity names ignoring case, operations as `METHOD /path` (method upper-case,
 * whitespace-separated), task and epic ids as they are. A declared link holds when both sides compare equal; the
 * gate compares the same strings in SQL (src/spec-engine/trace-ids.ts stores them).
 */
export function linkTarget(kind: CoverageKind, target: string): string {
  if (kind === "entities") return target.toLowerCase();
  if (kind === "operations") {
    const [method = "", path = ""] = target.trim().split(/\s+/);
    return `${method.toUpperCase()} ${path}`;
  }
  return target;
}

/** dependency-proposal.json's dependencies as `name@version`; undefined when it has no readable list. */
export function dependencyKeys(doc: unknown): string[] | undefined {
  if (!isObject(doc) || !Array.isArray(doc.dependencies)) return undefined;
  return doc.dependencies.flatMap((d) =>
    isObject(d) && typeof d.name === "string" ? [`${d.name}@${String(d.version)}`] : [],
  );
}

/** sbom.json's components as `name@version` (and `group/name@version`); undefined when it has no readable list. */
export function componentKeys(doc: unknown): string[] | undefined {
  if (!isObject(doc) || !Array.isArray(doc.components)) return undefined;
  return doc.components.filter(isObject).flatMap((c) => {
    const v = String(c.version);
    const names = [String(c.name)];
    if (typeof c.group === "string" && c.group !== "") names.push(`${c.group}/${String(c.name)}`);
    return names.map((n) => `${n}@${v}`);
  });
}

export function parseJsonOrUndefined(content: string): unknown {
  try {
    return JSON.parse(content);
  } catch {
    return undefined;
  }
}

/**
 * What one document contributes to the matrix, extracted once when it is stored (column matrix_facts), so that
 * reading the matrix (traceability, progress, export) parses no document. Every field is what computeTraceability
 * read from the content, in the same order; ids of other forms than `REQ-…` are dropped (none can be defined).
 */
export interface MatrixFacts {
  /** Each requirement id the document mentions, with the 1-based line of its first mention, in reading order. */
  mentions: [string, number][];
  /** PRD.md: the requirements it defines (the first definition of each id). */
  requirements?: { id: string; title: string; line: number }[];
  /** api-spec.json (operations), data-model.md (entities), tasks.md (tasks), epics.md (epics): who references what. */
  items?: { id: string; refs: string[] }[];
  /** traceability.json: its entries with a string id, and their string targets; null when it has no list. */
  declared?: { i: number; id: string; targets: { kind: CoverageKind; j: number; target: string }[] }[] | null;
  /** dependency-proposal.json: `name@version` of each readable dependency, by index; null when it has no list. */
  dependencies?: { i: number; key: string }[] | null;
  /** sbom.json: componentKeys; null when it has no list. */
  components?: string[] | null;
}

const ITEM_KIND: Record<string, CoverageKind> = {
  "api-spec.json": "operations",
  "data-model.md": "entities",
  "tasks.md": "tasks",
  "epics.md": "epics",
};

const requirementRefs = (ids: Iterable<string>) => [...new Set(ids)].filter(isRequirementId);

/** The matrix facts of document `name` (pure; what storing a version extracts). */
export function matrixFacts(name: string, content: string): MatrixFacts {
  // Lines are what `\r?\n` splits: a match (never across a line break) is on line 1 + the `\n`s before it.
  const mentions: [string, number][] = [];
  const seen = new Set<string>();
  let line = 1;
  let nextBreak = content.indexOf("\n");
  for (const m of content.matchAll(REQUIREMENT_ID)) {
    // Each line break is found once: the scan resumes where the last one stopped.
    while (nextBreak !== -1 && nextBreak < m.index) {
      line++;
      nextBreak = content.indexOf("\n", nextBreak + 1);
    }
    if (seen.has(m[0])) continue;
    seen.add(m[0]);
    mentions.push([m[0], line]);
  }
  const facts: MatrixFacts = { mentions };
  switch (name) {
    case "PRD.md": {
      const defined = new Set<string>();
      facts.requirements = [];
      for (const b of idBlocks(parseMarkdown(content), REQUIREMENT_ID)) {
        if (!defined.has(b.id)) facts.requirements.push({ id: b.id, title: b.title, line: b.line });
        defined.add(b.id);
      }
      break;
    }
    case "api-spec.json":
      facts.items = apiOperations(parseJsonOrUndefined(content)).map((op) => ({
        id: op.key,
        refs: requirementRefs(op.requirements),
      }));
      break;
    case "data-model.md":
      facts.items = entities(parseMarkdown(content)).map((e) => ({ id: e.name, refs: reqIds(e.text) }));
      break;
    case "tasks.md":
    case "epics.md":
      facts.items = idBlocks(parseMarkdown(content), name === "tasks.md" ? TASK_ID : EPIC_ID).map((b) => ({
        id: b.id,
        refs: reqIds(b.text),
      }));
      break;
    case "traceability.json": {
      const doc = parseJsonOrUndefined(content);
      if (!isObject(doc) || !Array.isArray(doc.requirements)) {
        facts.declared = null;
        break;
      }
      facts.declared = [];
      doc.requirements.forEach((entry, i) => {
        if (!isObject(entry) || typeof entry.id !== "string") return;
        const targets: { kind: CoverageKind; j: number; target: string }[] = [];
        for (const kind of KINDS) {
          const declared = entry[kind];
          if (!Array.isArray(declared)) continue;
          declared.forEach((target, j) => {
            if (typeof target === "string") targets.push({ kind, j, target });
          });
        }
        facts.declared?.push({ i, id: entry.id, targets });
      });
      break;
    }
    case "dependency-proposal.json": {
      const doc = parseJsonOrUndefined(content);
      facts.dependencies =
        isObject(doc) && Array.isArray(doc.dependencies)
          ? doc.dependencies.flatMap((d, i) => {
              // The same key as dependencyKeys (what the gate compares).
              const key = dependencyKeys({ dependencies: [d] })?.[0];
              return key === undefined ? [] : [{ i, key }];
            })
          : null;
      break;
    }
    case "sbom.json":
      facts.components = componentKeys(parseJsonOrUndefined(content)) ?? null;
      break;
  }
  return facts;
}

/** A latest template document as the matrix reads it: where it is and its facts. */
export interface FactsInput {
  phase: ArtifactInput["phase"];
  name: string;
  facts: MatrixFacts;
}

/** `threshold`: the percentage of requirements tasks must cover to enter `done` (0..100). */
export function computeTraceability(
  input: readonly ArtifactInput[],
  threshold: number = DEFAULT_COVERAGE_THRESHOLD,
): TraceabilityMatrix {
  return traceabilityOfFacts(
    input.map((a) => ({ phase: a.phase, name: a.name, facts: matrixFacts(a.name, a.content) })),
    threshold,
  );
}

/** The matrix from the documents' stored facts: computeTraceability without parsing anything. */
export function traceabilityOfFacts(
  input: readonly FactsInput[],
  threshold: number = DEFAULT_COVERAGE_THRESHOLD,
): TraceabilityMatrix {
  const artifacts = [...input].sort(
    (a, b) => phaseIndex(a.phase) - phaseIndex(b.phase) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
  );
  const find = (name: string) => artifacts.find((a) => a.name === name);
  const prd = find("PRD.md");
  const definitions = prd?.facts.requirements ?? [];
  const { links, applicable } = requirementLinks(find);
  const requirements = definitions.map((d) => requirementTrace(d, links));
  // Before a PRD exists nothing can be defined: no reference is undefined, no requirement uncovered.
  const undefinedReferences = prd ? undefinedRefs(artifacts, new Set(definitions.map((d) => d.id))) : [];
  const findings = [
    ...undefinedReferences.map(({ id, ...at }) =>
      finding("trace-undefined", `${id} is referenced but PRD.md does not define it`, at),
    ),
    ...(prd ? coverageFindings(prd, requirements, applicable) : []),
    ...artifacts
      .filter((x) => x.name === "traceability.json")
      .flatMap((a) => declaredChecks(a, requirements, prd ? definitions.map((d) => d.id) : undefined)),
    ...sbomChecks(find("dependency-proposal.json"), find("sbom.json")),
  ];
  return {
    requirements,
    coverage: coverageByKind(requirements, applicable),
    uncovered: requirements.filter((r) => !r.covered).map((r) => r.id),
    undefinedReferences,
    findings,
    threshold,
  };
}

type Links = Record<CoverageKind, Map<string, TraceRef[]>>;

/** Who references each requirement, per kind (each reference once), and which kinds' documents exist. */
function requirementLinks(find: (name: string) => FactsInput | undefined) {
  const links: Links = { operations: new Map(), entities: new Map(), tasks: new Map(), epics: new Map() };
  const applicable: Record<CoverageKind, boolean> = { operations: false, entities: false, tasks: false, epics: false };
  const seenLinks = new Set<string>();
  for (const name of ["api-spec.json", "data-model.md", "tasks.md", "epics.md"]) {
    const a = find(name);
    const kind = ITEM_KIND[name];
    if (!a || !kind) continue;
    applicable[kind] = true;
    for (const item of a.facts.items ?? []) {
      for (const req of item.refs) {
        const key = `${kind}\u0000${req}\u0000${item.id}`;
        if (seenLinks.has(key)) continue;
        seenLinks.add(key);
        const list = links[kind].get(req) ?? [];
        list.push({ id: item.id, phase: a.phase, artifact: a.name });
        links[kind].set(req, list);
      }
    }
  }
  return { links, applicable };
}

/** One requirement of PRD.md with what references it. */
function requirementTrace(d: { id: string; title: string; line: number }, links: Links): RequirementTrace {
  const t = {
    id: d.id,
    title: d.title,
    line: d.line,
    operations: links.operations.get(d.id) ?? [],
    entities: links.entities.get(d.id) ?? [],
    tasks: links.tasks.get(d.id) ?? [],
    epics: links.epics.get(d.id) ?? [],
  };
  return { ...t, covered: KINDS.some((k) => t[k].length > 0) };
}

/** Each mention, in reading order, of an id PRD.md does not define. */
function undefinedRefs(artifacts: readonly FactsInput[], defined: ReadonlySet<string>) {
  return artifacts.flatMap((a) =>
    a.facts.mentions
      .filter(([id]) => !defined.has(id))
      .map(([id, line]) => ({ id, phase: a.phase, artifact: a.name, line })),
  );
}

/** Covered / total and percent (one decimal) per kind; 100 % when nothing is defined. */
function coverageByKind(
  requirements: readonly RequirementTrace[],
  applicable: Record<CoverageKind, boolean>,
): Record<CoverageKind, CoverageFigure> {
  return Object.fromEntries(
    KINDS.map((k): [CoverageKind, CoverageFigure] => {
      const covered = requirements.filter((r) => r[k].length > 0).length;
      const total = requirements.length;
      const percent = total === 0 ? 100 : Math.round((covered / total) * 1000) / 10;
      return [k, { covered, total, percent, applicable: applicable[k] }];
    }),
  ) as Record<CoverageKind, CoverageFigure>;
}

/** Requirements nothing references, no operation serves, or no task implements (where those documents exist). */
function coverageFindings(
  prd: FactsInput,
  requirements: readonly RequirementTrace[],
  applicable: Record<CoverageKind, boolean>,
): Finding[] {
  const anyApplicable = KINDS.some((k) => applicable[k]);
  const out: Finding[] = [];
  for (const r of requirements) {
    const at = { phase: prd.phase, artifact: prd.name, line: r.line };
    if (anyApplicable && !r.covered) {
      out.push(finding("trace-uncovered", `${r.id} is referenced by no operation, entity, task or epic`, at));
    }
    if (applicable.operations && r.operations.length === 0) {
      out.push(finding("trace-no-operation", `${r.id} is served by no operation of api-spec.json`, at));
    }
    if (applicable.tasks && r.tasks.length === 0) {
      out.push(finding("trace-no-task", `${r.id} is implemented by no task of tasks.md`, at));
    }
  }
  return out;
}

/** Links declared in traceability.json that the documents do not show; requirements it leaves out. */
function declaredChecks(a: FactsInput, requirements: RequirementTrace[], definedIds: string[] | undefined): Finding[] {
  // Shape problems are the artifact's own `schema` findings; only a readable list is compared.
  const entries = a.facts.declared;
  if (!entries) return [];
  const out: Finding[] = [];
  const listed = new Set<string>();
  const byId = new Map(requirements.map((r) => [r.id, r]));
  // The targets each requirement shows, per kind, in comparable form: one lookup per declared link.
  const shown = new Map<string, Set<string>>();
  const shows = (r: RequirementTrace, kind: CoverageKind, wanted: string) => {
    const key = `${kind}\u0000${r.id}`;
    let set = shown.get(key);
    if (!set) {
      set = new Set(r[kind].map((ref) => linkTarget(kind, ref.id)));
      shown.set(key, set);
    }
    return set.has(wanted);
  };
  for (const entry of entries) {
    listed.add(entry.id);
    const actual = byId.get(entry.id);
    if (!actual) continue; // an undefined id: reported once as trace-undefined
    for (const { kind, j, target } of entry.targets) {
      if (!shows(actual, kind, linkTarget(kind, target))) {
        out.push(
          finding(
            "trace-inconsistent",
            `${entry.id} → ${kind} "${target}" is declared, but that ${kind.slice(0, -1)} does not reference ${entry.id}`,
            {
              phase: a.phase,
              artifact: a.name,
              pointer: `/requirements/${entry.i}/${kind}/${j}`,
            },
          ),
        );
      }
    }
  }
  for (const id of definedIds ?? []) {
    if (!listed.has(id)) {
      out.push(
        finding("trace-declared-missing", `${id} is defined in PRD.md but not listed`, {
          phase: a.phase,
          artifact: a.name,
          pointer: "/requirements",
        }),
      );
    }
  }
  return out;
}

/** Every dependency of dependency-proposal.json is a component of sbom.json (name and version). */
function sbomChecks(proposal: FactsInput | undefined, sbom: FactsInput | undefined): Finding[] {
  const dependencies = proposal?.facts.dependencies;
  const keys = sbom?.facts.components;
  if (!sbom || !dependencies || !keys) return [];
  const components = new Set(keys);
  return dependencies
    .filter(({ key }) => !components.has(key))
    .map(({ i, key }) =>
      finding("sbom-missing-dependency", `${key} (dependency-proposal.json /dependencies/${i}) is not a component`, {
        phase: sbom.phase,
        artifact: sbom.name,
        pointer: "/components",
      }),
    );
}
