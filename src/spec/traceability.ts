// Traceability across the latest artifacts: requirements defined in PRD.md against the API operations, entities,
// tasks and epics that reference them; coverage per kind; undefined references; cross-artifact findings.
// Pure: the same artifacts (in any order) always give the same matrix.
import { type IdBlock, idBlocks, parseMarkdown } from "./markdown";
import { apiOperations } from "./openapi";
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
export const isRequirementId = (s: string) => new RegExp(`^${REQUIREMENT_ID.source}$`).test(s);

/**
 * A link target in comparable form: entity names ignoring case, operations as `METHOD /path` (method upper-case,
 * whitespace-separated), task and epic ids as they are. A declared link holds when both sides compare equal; the
 * gate compares the same strings in SQL (src/spec/trace-ids.ts stores them).
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

/** `threshold`: the percentage of requirements tasks must cover to enter `done` (0..100). */
export function computeTraceability(
  input: readonly ArtifactInput[],
  threshold: number = DEFAULT_COVERAGE_THRESHOLD,
): TraceabilityMatrix {
  const artifacts = [...input].sort(
    (a, b) => phaseIndex(a.phase) - phaseIndex(b.phase) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
  );
  const find = (name: string) => artifacts.find((a) => a.name === name);
  const findings: Finding[] = [];

  const prd = find("PRD.md");
  const definitions: IdBlock[] = [];
  if (prd) {
    const seen = new Set<string>();
    for (const b of idBlocks(parseMarkdown(prd.content), REQUIREMENT_ID)) {
      if (!seen.has(b.id)) definitions.push(b);
      seen.add(b.id);
    }
  }
  const defined = new Set(definitions.map((d) => d.id));

  // Who references each requirement, per kind.
  const links: Record<CoverageKind, Map<string, TraceRef[]>> = {
    operations: new Map(),
    entities: new Map(),
    tasks: new Map(),
    epics: new Map(),
  };
  const seenLinks = new Set<string>();
  const link = (kind: CoverageKind, req: string, ref: TraceRef) => {
    const key = `${kind}\u0000${req}\u0000${ref.id}`;
    if (seenLinks.has(key)) return;
    seenLinks.add(key);
    const list = links[kind].get(req) ?? [];
    list.push(ref);
    links[kind].set(req, list);
  };
  const applicable: Record<CoverageKind, boolean> = { operations: false, entities: false, tasks: false, epics: false };

  const api = find("api-spec.json");
  if (api) {
    applicable.operations = true;
    for (const op of apiOperations(parseJsonOrUndefined(api.content))) {
      for (const r of op.requirements) link("operations", r, { id: op.key, phase: api.phase, artifact: api.name });
    }
  }
  const model = find("data-model.md");
  if (model) {
    applicable.entities = true;
    for (const e of entities(parseMarkdown(model.content))) {
      for (const r of reqIds(e.text)) link("entities", r, { id: e.name, phase: model.phase, artifact: model.name });
    }
  }
  for (const [name, kind, pattern] of [
    ["tasks.md", "tasks", TASK_ID],
    ["epics.md", "epics", EPIC_ID],
  ] as const) {
    const a = find(name);
    if (!a) continue;
    applicable[kind] = true;
    for (const b of idBlocks(parseMarkdown(a.content), pattern)) {
      for (const r of reqIds(b.text)) link(kind, r, { id: b.id, phase: a.phase, artifact: a.name });
    }
  }

  // References to ids PRD.md does not define (only once a PRD exists: before it, nothing can be defined).
  const undefinedReferences: TraceabilityMatrix["undefinedReferences"] = [];
  if (prd) {
    for (const a of artifacts) {
      const reported = new Set<string>();
      a.content.split(/\r?\n/).forEach((line, i) => {
        for (const id of reqIds(line)) {
          if (defined.has(id) || reported.has(id)) continue;
          reported.add(id);
          undefinedReferences.push({ id, phase: a.phase, artifact: a.name, line: i + 1 });
          findings.push(
            finding("trace-undefined", `${id} is referenced but PRD.md does not define it`, {
              phase: a.phase,
              artifact: a.name,
              line: i + 1,
            }),
          );
        }
      });
    }
  }

  const requirements: RequirementTrace[] = definitions.map((d) => {
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
  });

  const coverage = Object.fromEntries(
    KINDS.map((k): [CoverageKind, CoverageFigure] => {
      const covered = requirements.filter((r) => r[k].length > 0).length;
      const total = requirements.length;
      const percent = total === 0 ? 100 : Math.round((covered / total) * 1000) / 10;
      return [k, { covered, total, percent, applicable: applicable[k] }];
    }),
  ) as Record<CoverageKind, CoverageFigure>;

  if (prd) {
    const anyApplicable = KINDS.some((k) => applicable[k]);
    for (const r of requirements) {
      const at = { phase: prd.phase, artifact: prd.name, line: r.line };
      if (anyApplicable && !r.covered) {
        findings.push(finding("trace-uncovered", `${r.id} is referenced by no operation, entity, task or epic`, at));
      }
      if (applicable.operations && r.operations.length === 0) {
        findings.push(finding("trace-no-operation", `${r.id} is served by no operation of api-spec.json`, at));
      }
      if (applicable.tasks && r.tasks.length === 0) {
        findings.push(finding("trace-no-task", `${r.id} is implemented by no task of tasks.md`, at));
      }
    }
  }

  for (const a of artifacts.filter((x) => x.name === "traceability.json")) {
    findings.push(...declaredChecks(a, requirements, prd ? definitions.map((d) => d.id) : undefined));
  }
  findings.push(...sbomChecks(find("dependency-proposal.json"), find("sbom.json")));

  return {
    requirements,
    coverage,
    uncovered: requirements.filter((r) => !r.covered).map((r) => r.id),
    undefinedReferences,
    findings,
    threshold,
  };
}

/** Links declared in traceability.json that the documents do not show; requirements it leaves out. */
function declaredChecks(
  a: ArtifactInput,
  requirements: RequirementTrace[],
  definedIds: string[] | undefined,
): Finding[] {
  const doc = parseJsonOrUndefined(a.content);
  // Shape problems are the artifact's own `schema` findings; only a readable list is compared.
  if (!isObject(doc) || !Array.isArray(doc.requirements)) return [];
  const out: Finding[] = [];
  const listed = new Set<string>();
  const byId = new Map(requirements.map((r) => [r.id, r]));
  doc.requirements.forEach((entry, i) => {
    if (!isObject(entry) || typeof entry.id !== "string") return;
    listed.add(entry.id);
    const actual = byId.get(entry.id);
    if (!actual) return; // an undefined id: reported once as trace-undefined
    for (const kind of KINDS) {
      const declared = entry[kind];
      if (!Array.isArray(declared)) continue;
      declared.forEach((target, j) => {
        if (typeof target !== "string") return;
        const wanted = linkTarget(kind, target);
        if (!actual[kind].some((r) => linkTarget(kind, r.id) === wanted)) {
          out.push(
            finding(
              "trace-inconsistent",
              `${entry.id} → ${kind} "${target}" is declared, but that ${kind.slice(0, -1)} does not reference ${entry.id}`,
              {
                phase: a.phase,
                artifact: a.name,
                pointer: `/requirements/${i}/${kind}/${j}`,
              },
            ),
          );
        }
      });
    }
  });
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
function sbomChecks(proposal: ArtifactInput | undefined, sbom: ArtifactInput | undefined): Finding[] {
  if (!proposal || !sbom) return [];
  const p = parseJsonOrUndefined(proposal.content);
  const keys = componentKeys(parseJsonOrUndefined(sbom.content));
  if (!isObject(p) || !Array.isArray(p.dependencies) || !keys) return [];
  const components = new Set(keys);
  const out: Finding[] = [];
  p.dependencies.forEach((d, i) => {
    // The same key as dependencyKeys (what the gate compares).
    const key = dependencyKeys({ dependencies: [d] })?.[0];
    if (key === undefined) return;
    if (!components.has(key)) {
      out.push(
        finding("sbom-missing-dependency", `${key} (dependency-proposal.json /dependencies/${i}) is not a component`, {
          phase: sbom.phase,
          artifact: sbom.name,
          pointer: "/components",
        }),
      );
    }
  });
  return out;
}
