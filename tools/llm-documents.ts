// The local LLM server's writer: a deterministic document for an artifact brief (see
// src/runs/generation/contract.ts). Same brief in, same document out. Markdown gets the frontmatter keys,
// the required sections in order, the requirement ids it defines or must reference; JSON is the
// template's example (or an instance built from the schema) with the references added where the
// schema allows. `breakRule` removes exactly what one rule checks.
import type { ArtifactBrief, BreakableRule } from "../src/runs/generation/contract.ts";

type Schema = Record<string, unknown>;

const UNDEFINED_ID = "REQ-UNDEFINED-999";

function sentence(brief: ArtifactBrief, topic: string): string {
  // An idea in capitals ("a TODO app") would read as the placeholder rule's unfinished markers.
  const idea = brief.project.idea
    .trim()
    .replace(/\s+/g, " ")
    .replace(/\bTODO\b/g, "to-do")
    .replace(/\b(?:TBD|FIXME)\b/g, "open point");
  const gist = idea.length > 160 ? `${idea.slice(0, 157)}...` : idea;
  return `${topic} for ${brief.project.name}: ${gist || "the project"}.`;
}

function yamlScalar(v: string): string {
  return /^[\w .,/-]*$/.test(v) && v.trim() === v && v !== "" ? v : JSON.stringify(v);
}

function frontmatterValue(brief: ArtifactBrief, key: string): string {
  switch (key) {
    case "title":
      return brief.artifact.replace(/\.\w+$/, "");
    case "project":
      return brief.project.name;
    case "phase":
      return brief.phase;
    case "version":
      return "1";
    case "status":
      return "draft";
    case "requirements":
    case "traces":
      return `[${brief.defines.concat(brief.references).join(", ")}]`;
    default:
      return `${key} of ${brief.project.name}`;
  }
}

/** The section that holds the document's definitions: the one named for them, else one with sub-headings, else the first. */
function definitionHome(brief: ArtifactBrief): string | undefined {
  return (
    brief.sections.find((s) => /^(requirements|tasks|epics|entities)$/i.test(s.trim())) ??
    brief.sections.find((s) => (brief.subsections?.[s] ?? 0) > 0) ??
    brief.sections[0]
  );
}

/** Tasks and epics name the requirements they serve inside their own block (what traceability reads). */
const carriesReferences = (brief: ArtifactBrief) => brief.defines.some((id) => /^(TASK|EPIC)-/.test(id));

function definition(brief: ArtifactBrief, id: string, i: number, refs: string[]): { title: string; body: string } {
  if (!carriesReferences(brief)) {
    return { title: `Support ${id.toLowerCase()}`, body: `The system shall support ${id.toLowerCase()}.` };
  }
  // One task per requirement when the counts match (the workflow's brief), else every block names them all.
  const served = brief.defines.length === refs.length ? refs.slice(i, i + 1) : refs;
  const verb = id.startsWith("TASK-") ? "Implements" : "Delivers";
  const what = served.length ? served.join(", ") : "the groundwork of the first release";
  return {
    title: `${verb === "Implements" ? "Build" : "Deliver"} ${served[0]?.toLowerCase() ?? "the groundwork"}`,
    body: `${verb} ${what}. Done when its acceptance criteria hold in the tests.`,
  };
}

const singular = (s: string) => s.replace(/ies$/i, "y").replace(/s$/i, "");

function markdown(brief: ArtifactBrief, breakRule?: BreakableRule, section?: string): string {
  const lines: string[] = [];
  const keys =
    breakRule === "missing_frontmatter" ? brief.frontmatter.filter((_, i) => i !== 0) : [...brief.frontmatter];
  if (breakRule !== "no_frontmatter") {
    lines.push("---", ...keys.map((k) => `${k}: ${yamlScalar(frontmatterValue(brief, k))}`), "---", "");
  }
  lines.push(
    `# ${brief.artifact.replace(/\.\w+$/, "")}: ${brief.project.name}`,
    "",
    // Not the template's description: it quotes example ids (REQ-AUTH-001) nothing defines.
    sentence(brief, `The ${brief.artifact.replace(/\.\w+$/, "")} document`),
  );
  const dropSection = breakRule === "missing_section" ? (section ?? brief.sections[0]) : undefined;
  const refs = breakRule === "missing_references" ? [] : [...brief.references];
  if (breakRule === "undefined_reference") refs.push(UNDEFINED_ID);
  const home = definitionHome(brief);
  // References in every section (so each is traced somewhere), unless the definitions carry them.
  const covers = carriesReferences(brief) ? [] : refs.map((id) => `- Covers ${id}.`);
  const sections = brief.sections.filter((s) => s !== dropSection);
  const defineIn = (asHeadings: boolean) =>
    brief.defines.forEach((id, i) => {
      const d = definition(brief, id, i, refs);
      if (asHeadings) lines.push("", `### ${id}: ${d.title}`, "", d.body);
      else lines.push(`- **${id}**: ${d.body}`);
    });
  for (const s of sections) {
    const minSub = brief.subsections?.[s] ?? 0;
    lines.push("", `## ${s}`, "", sentence(brief, s));
    if (s === home) defineIn(minSub > 0);
    lines.push(...covers);
    const generic = s === home && minSub > 0 ? Math.max(0, minSub - brief.defines.length) : minSub;
    for (let n = 1; n <= generic; n++) {
      lines.push("", `### ${singular(s)} ${n}`, "", sentence(brief, `${singular(s)} ${n}`), ...covers);
    }
  }
  if (sections.length === 0 || (home !== undefined && !sections.includes(home))) {
    defineIn(false);
    lines.push(...covers);
  }
  return `${lines.join("\n")}\n`;
}

/** A minimal instance of a JSON Schema (the subset templates use): required properties, first choices. */
export function instanceOf(schema: Schema, path = "value"): unknown {
  if ("const" in schema) return schema.const;
  if (Array.isArray(schema.enum)) return schema.enum[0];
  if (Array.isArray(schema.examples) && schema.examples.length > 0) return schema.examples[0];
  if ("default" in schema) return schema.default;
  const variants = (schema.oneOf ?? schema.anyOf) as Schema[] | undefined;
  if (variants?.[0]) return instanceOf(variants[0], path);
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case "object": {
      const props = (schema.properties ?? {}) as Record<string, Schema>;
      const required = (schema.required ?? []) as string[];
      const out: Record<string, unknown> = {};
      for (const key of Object.keys(props)) {
        if (required.includes(key)) out[key] = instanceOf(props[key] ?? {}, key);
      }
      for (const key of required) if (!(key in out)) out[key] = `${key}`;
      return out;
    }
    case "array": {
      const n = Math.max(1, Number(schema.minItems ?? 1));
      return Array.from({ length: n }, (_, i) => instanceOf((schema.items ?? {}) as Schema, `${path}-${i + 1}`));
    }
    case "integer":
    case "number":
      return Number(schema.minimum ?? schema.exclusiveMinimum ?? 0) + (schema.exclusiveMinimum !== undefined ? 1 : 0);
    case "boolean":
      return true;
    case "null":
      return null;
    default: {
      if (schema.format === "uri" || schema.format === "url") return `https://example.com/${path}`;
      if (schema.format === "date-time") return "2026-01-01T00:00:00Z";
      if (schema.format === "date") return "2026-01-01";
      const min = Number(schema.minLength ?? 1);
      return path.length >= min ? path : path.padEnd(min, "x");
    }
  }
}

/** api-spec.json: one operation per referenced requirement, each naming it in `x-requirements`. */
function openApi(brief: ArtifactBrief, refs: string[], breakRule?: BreakableRule): Record<string, unknown> {
  const paths: Record<string, unknown> = {};
  const served = refs.length ? refs : [""];
  served.forEach((id, i) => {
    const resource = id ? id.toLowerCase().replace(/^req-/, "") : "health";
    const op: Record<string, unknown> = {
      operationId: `get${resource.replace(/(^|-)(\w)/g, (_, _d, c: string) => c.toUpperCase())}`,
      summary: id ? `Serves ${id}` : "Health check",
      responses: { "200": { description: "OK" } },
    };
    if (id && breakRule !== "missing_references") op["x-requirements"] = [id];
    if (i === 0 && breakRule === "undefined_reference") op["x-requirements"] = [UNDEFINED_ID];
    paths[`/${resource}`] = { get: op };
  });
  const example = (brief.example ?? {}) as Record<string, unknown>;
  return {
    openapi: typeof example.openapi === "string" ? example.openapi : "3.1.0",
    info: { title: `${brief.project.name} API`, version: "1.0.0" },
    paths,
  };
}

function json(brief: ArtifactBrief, schema: Schema | undefined, breakRule?: BreakableRule): string {
  const refs = breakRule === "missing_references" ? [] : [...brief.references, ...brief.defines];
  let doc: Record<string, unknown>;
  if (brief.artifact === "api-spec.json") doc = openApi(brief, refs, breakRule);
  else {
    doc = structuredClone(brief.example ?? (schema ? instanceOf(schema) : {})) as Record<string, unknown>;
    const isObject = typeof doc === "object" && doc !== null && !Array.isArray(doc);
    if (isObject) {
      const props = (schema?.properties ?? {}) as Record<string, Schema>;
      if (breakRule === "undefined_reference") refs.push(UNDEFINED_ID);
      // References go where the schema has room for them: a "requirements"/"traces" string array, or,
      // without an example to follow, anywhere the schema allows extra properties.
      const slot = ["requirements", "traces"].find((k) => k in props) ?? "x-requirements";
      const room = slot in props || (brief.example === undefined && schema?.additionalProperties !== false);
      if (refs.length > 0 && (room || breakRule === "undefined_reference")) doc[slot] = refs;
    }
  }
  if (breakRule === "schema_violation") {
    const first = ((schema?.required ?? []) as string[])[0];
    if (first) delete doc[first];
  }
  return JSON.stringify(doc, null, 2);
}

/** The document for a brief. `schema` is the response_format's schema when the request carried one. */
export function writeDocument(
  brief: ArtifactBrief,
  opts: { schema?: Schema; breakRule?: BreakableRule; section?: string } = {},
): string {
  return brief.format === "json"
    ? json(brief, opts.schema ?? brief.schema, opts.breakRule)
    : markdown(brief, opts.breakRule, opts.section);
}

const typesOf = (schema: Schema): string[] =>
  Array.isArray(schema.type) ? (schema.type as string[]) : typeof schema.type === "string" ? [schema.type] : [];

/** An array schema whose items are `{key, value}` entries: a map in the strict subset. */
function entriesItems(schema: Schema): Schema | undefined {
  const items = schema.items as Schema | undefined;
  const props = items?.properties as Record<string, Schema> | undefined;
  return props?.key && props.value && Object.keys(props).length === 2 ? props.value : undefined;
}

/**
 * `value` shaped to `schema` as a provider that constrains decoding to the schema answers: a missing
 * nullable property is null, a map the schema lists as `{key, value}` entries is listed so, a value
 * where the schema has a string is that value as JSON text, extra properties are dropped where the
 * schema forbids them. Driven by the schema sent alone (not by the generator's transform).
 */
export function conformTo(schema: Schema, value: unknown): unknown {
  const variants = schema.anyOf as Schema[] | undefined;
  if (variants) {
    const nonNull = variants.filter((v) => !typesOf(v).includes("null") || typesOf(v).length > 1);
    if ((value === undefined || value === null) && nonNull.length < variants.length) return null;
    return conformTo(nonNull[0] ?? {}, value);
  }
  const types = typesOf(schema);
  if ((value === undefined || value === null) && types.includes("null")) return null;
  const type = types.find((t) => t !== "null");
  if (value === undefined) return instanceOf({ ...schema, type });
  if (type === "object" && typeof value === "object" && value !== null && !Array.isArray(value)) {
    const props = (schema.properties ?? {}) as Record<string, Schema>;
    const src = value as Record<string, unknown>;
    const out: Record<string, unknown> = schema.additionalProperties === false ? {} : { ...src };
    for (const [k, sub] of Object.entries(props)) out[k] = conformTo(sub, src[k]);
    return out;
  }
  if (type === "array") {
    const valueSchema = entriesItems(schema);
    if (valueSchema && typeof value === "object" && value !== null && !Array.isArray(value)) {
      return Object.entries(value).map(([key, v]) => ({ key, value: conformTo(valueSchema, v) }));
    }
    if (Array.isArray(value)) return value.map((v) => conformTo((schema.items ?? {}) as Schema, v));
  }
  if (type === "string" && typeof value !== "string") return JSON.stringify(value);
  return value;
}
