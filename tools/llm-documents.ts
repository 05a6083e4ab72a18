// The local LLM server's writer: a deterministic document for an artifact brief (see
// src/generation/contract.ts). Same brief in, same document out. Markdown gets the frontmatter keys,
// the required sections in order, the requirement ids it defines or must reference; JSON is the
// template's example (or an instance built from the schema) with the references added where the
// schema allows. `breakRule` removes exactly what one rule checks.
import type { ArtifactBrief, BreakableRule } from "../src/generation/contract.ts";

type Schema = Record<string, unknown>;

const UNDEFINED_ID = "REQ-UNDEFINED-999";

function sentence(brief: ArtifactBrief, topic: string): string {
  const idea = brief.project.idea.trim().replace(/\s+/g, " ");
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
    sentence(brief, brief.description),
  );
  const dropSection = breakRule === "missing_section" ? (section ?? brief.sections[0]) : undefined;
  const refs = breakRule === "missing_references" ? [] : [...brief.references];
  if (breakRule === "undefined_reference") refs.push(UNDEFINED_ID);
  const sections = brief.sections.filter((s) => s !== dropSection);
  sections.forEach((s, i) => {
    lines.push("", `## ${s}`, "", sentence(brief, s));
    // Definitions go in the first section, references in every section (so each is traced somewhere).
    if (i === 0) {
      for (const id of brief.defines) lines.push(`- **${id}**: The system shall support ${id.toLowerCase()}.`);
    }
    for (const id of refs) lines.push(`- Covers ${id}.`);
  });
  if (sections.length === 0) {
    for (const id of brief.defines) lines.push(`- **${id}**: The system shall support ${id.toLowerCase()}.`);
    for (const id of refs) lines.push(`- Covers ${id}.`);
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

function json(brief: ArtifactBrief, schema: Schema | undefined, breakRule?: BreakableRule): string {
  const doc = structuredClone(brief.example ?? (schema ? instanceOf(schema) : {})) as Record<string, unknown>;
  const isObject = typeof doc === "object" && doc !== null && !Array.isArray(doc);
  if (isObject) {
    const props = (schema?.properties ?? {}) as Record<string, Schema>;
    const refs = breakRule === "missing_references" ? [] : [...brief.references, ...brief.defines];
    if (breakRule === "undefined_reference") refs.push(UNDEFINED_ID);
    // References go where the schema has room for them: a "requirements"/"traces" string array, or
    // anywhere when the schema allows extra properties.
    const slot = ["requirements", "traces"].find((k) => k in props) ?? "x-requirements";
    if (refs.length > 0 && (slot in props || schema?.additionalProperties !== false)) doc[slot] = refs;
    if (breakRule === "schema_violation") {
      const first = ((schema?.required ?? []) as string[])[0];
      if (first) delete doc[first];
    }
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
