// JSON Schema checks with @cfworker/json-schema: an interpreter (no eval / new Function), so it runs on Workers.
import { type Schema, type SchemaDraft, Validator } from "@cfworker/json-schema";
import type { JsonSchema } from "./types";

export interface SchemaError {
  /** JSON Pointer into the document ("" = the root). */
  pointer: string;
  message: string;
}

// Keywords that only report that something below them failed: the failure below is the useful message.
const AGGREGATE = new Set([
  "properties",
  "items",
  "prefixItems",
  "additionalProperties",
  "patternProperties",
  "unevaluatedProperties",
  "unevaluatedItems",
  "allOf",
  "$ref",
  "$dynamicRef",
  "$recursiveRef",
  "if",
  "then",
  "else",
  "dependentSchemas",
  "contains",
  // A `false` subschema (e.g. unevaluatedProperties: false) fails next to the real error below it.
  "false",
]);

const MAX_ERRORS = 20;
const validators = new WeakMap<JsonSchema, Validator>();

/**
 * An array a schema wants unique (`uniqueItems`) holds at most this many items: the library compares every pair
 * of items (quadratic: 1.5 s for 96 KiB of OpenAPI tags), so beyond this the array is refused instead.
 */
export const UNIQUE_ITEMS_MAX = 128;

/** The schema with each `uniqueItems: true` applied only up to UNIQUE_ITEMS_MAX items, and a maxItems error beyond. */
function boundUniqueItems(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(boundUniqueItems);
  if (node === null || typeof node !== "object") return node;
  const out: Record<string, unknown> = {};
  // A boolean is the keyword; an object under that name is a property definition (the meta-schemas have one).
  for (const [k, v] of Object.entries(node))
    if (!(k === "uniqueItems" && typeof v === "boolean")) out[k] = boundUniqueItems(v);
  if ((node as Record<string, unknown>).uniqueItems === true) {
    const max = { maxItems: UNIQUE_ITEMS_MAX };
    // biome-ignore lint/suspicious/noThenProperty: JSON Schema's if/then/else, never awaited.
    const bounded = { if: max, then: { uniqueItems: true }, else: max };
    out.allOf = [...(Array.isArray(out.allOf) ? out.allOf : []), bounded];
  }
  return out;
}

/** Validators are built once per schema (building dereferences the whole schema). */
function validatorFor(schema: JsonSchema, draft: SchemaDraft): Validator {
  let v = validators.get(schema);
  if (!v) {
    // The library's Schema type is a structural JSON Schema; ours is the same JSON, typed loosely for serving.
    v = new Validator(boundUniqueItems(schema) as Schema, draft, false);
    validators.set(schema, v);
  }
  return v;
}

export function checkSchema(schema: JsonSchema, value: unknown, draft: SchemaDraft = "2020-12"): SchemaError[] {
  const result = validatorFor(schema, draft).validate(value);
  if (result.valid) return [];
  const leaves = result.errors.filter((e) => !AGGREGATE.has(e.keyword));
  const seen = new Set<string>();
  const out: SchemaError[] = [];
  for (const e of leaves.length > 0 ? leaves : result.errors.slice(0, 1)) {
    const pointer = e.instanceLocation.replace(/^#/, "");
    const key = `${pointer}\u0000${e.error}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ pointer, message: e.error });
    if (out.length === MAX_ERRORS) break;
  }
  return out;
}
