// JSON Schemas in the subset strict structured outputs accept (OpenAI:
// https://platform.openai.com/docs/guides/structured-outputs#supported-schemas), and the way back.
// `toStrict`: every object lists all its properties in `required` and has `additionalProperties:
// false`; an optional property becomes required and nullable; a map (an object without declared
// properties) becomes an array of `{key, value}` entries; a value of any shape becomes a string of
// JSON text; keywords outside the subset are dropped (our own validation checks them afterwards).
// `fromStrict` maps an answer back to the artifact's own shape before that validation. It is
// tolerant: an answer already in the artifact's shape (a provider that ignored the schema) is kept.

type Schema = Record<string, unknown>;

/** Keywords kept: the documented subset (formats are dropped: only some are supported). */
const KEPT = ["description", "pattern", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf"];
const ANY: Schema = { type: "string", description: "any JSON value, written as JSON text" };

const typesOf = (s: Schema): string[] =>
  Array.isArray(s.type) ? (s.type as string[]) : typeof s.type === "string" ? [s.type] : [];

const isObjectSchema = (s: Schema) => typesOf(s).includes("object") || "properties" in s;
const propsOf = (s: Schema) => (s.properties ?? {}) as Record<string, Schema>;
const requiredOf = (s: Schema) => (Array.isArray(s.required) ? (s.required as string[]) : []);
/** An object with no declared properties: a map from any key to `additionalProperties` (or anything). */
const isMap = (s: Schema) => isObjectSchema(s) && Object.keys(propsOf(s)).length === 0 && requiredOf(s).length === 0;
const mapValue = (s: Schema): Schema | undefined =>
  typeof s.additionalProperties === "object" && s.additionalProperties !== null
    ? (s.additionalProperties as Schema)
    : undefined;

const nullable = (s: Schema): Schema => ({ anyOf: [s, { type: "null" }] });

function pick(s: Schema): Schema {
  const out: Schema = {};
  for (const k of KEPT) if (k in s) out[k] = s[k];
  return out;
}

function node(s: Schema): Schema {
  const variants = (s.oneOf ?? s.anyOf) as Schema[] | undefined;
  if (variants) return { anyOf: variants.map(node) };
  if ("const" in s) return { ...pick(s), enum: [s.const] };
  if (Array.isArray(s.enum)) {
    const kinds = [...new Set(s.enum.map((v) => (v === null ? "null" : typeof v)))];
    return { ...pick(s), ...(kinds.length === 1 && { type: kinds[0] }), enum: s.enum };
  }
  if (isMap(s)) {
    const value = mapValue(s);
    return {
      ...pick(s),
      type: "array",
      items: {
        type: "object",
        properties: { key: { type: "string" }, value: value ? node(value) : ANY },
        required: ["key", "value"],
        additionalProperties: false,
      },
    };
  }
  if (isObjectSchema(s)) {
    const props = propsOf(s);
    const required = requiredOf(s);
    const keys = [...new Set([...Object.keys(props), ...required])];
    const properties: Record<string, Schema> = {};
    for (const k of keys) {
      const sub = props[k] ? node(props[k]) : ANY;
      properties[k] = required.includes(k) ? sub : nullable(sub);
    }
    return { ...pick(s), type: "object", properties, required: keys, additionalProperties: false };
  }
  const types = typesOf(s);
  if (types.includes("array")) {
    const out: Schema = { ...pick(s), type: "array", items: node((s.items ?? {}) as Schema) };
    if (typeof s.minItems === "number") out.minItems = s.minItems;
    if (typeof s.maxItems === "number") out.maxItems = s.maxItems;
    return out;
  }
  if (types.length === 0) return { ...ANY, ...("description" in s && { description: `${s.description} (JSON text)` }) };
  return { ...pick(s), type: types.length === 1 ? types[0] : types };
}

/** The schema as strict structured outputs accept it (the root stays an object). */
export function toStrict(schema: Schema): Schema {
  return node(schema);
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);
const isEntries = (v: unknown): v is { key: string; value: unknown }[] =>
  Array.isArray(v) && v.every((e) => isPlainObject(e) && typeof e.key === "string" && "value" in e);

/** JSON text written where any value was allowed: objects, arrays and quoted strings are read back. */
function fromJsonText(v: unknown): unknown {
  if (typeof v !== "string" || !/^\s*[[{"]/.test(v)) return v;
  try {
    return JSON.parse(v);
  } catch {
    return v;
  }
}

/** An answer in `toStrict(schema)`'s shape, back in `schema`'s own (nulls of optional fields dropped). */
export function fromStrict(schema: Schema, value: unknown): unknown {
  if (schema.oneOf || schema.anyOf) return value;
  if (isMap(schema)) {
    if (!isEntries(value)) return value;
    const sub = mapValue(schema);
    return Object.fromEntries(value.map((e) => [e.key, sub ? fromStrict(sub, e.value) : fromJsonText(e.value)]));
  }
  if (isObjectSchema(schema)) {
    if (!isPlainObject(value)) return value;
    const props = propsOf(schema);
    const required = requiredOf(schema);
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      if (v === null && !required.includes(k) && props[k]?.type !== "null") continue;
      out[k] = props[k] ? fromStrict(props[k], v) : required.includes(k) ? fromJsonText(v) : v;
    }
    return out;
  }
  if (typesOf(schema).includes("array") && Array.isArray(value)) {
    return value.map((v) => fromStrict((schema.items ?? {}) as Schema, v));
  }
  if (typesOf(schema).length === 0 && !("enum" in schema) && !("const" in schema)) return fromJsonText(value);
  return value;
}
