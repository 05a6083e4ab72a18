// Response conformance: every response the suite receives for a documented operation must have a
// documented status, and its JSON body must validate against the documented schema for that status
// (@cfworker/json-schema: no eval, runs in workerd), with no properties the schema does not list; the
// rate-limit headers it carries must be declared for that status.
// `api().request` runs this on every response; see helpers.ts for the explicit opt-out.
import { env } from "cloudflare:test";
import { Validator } from "@cfworker/json-schema";
import { app } from "../../src/app";
import { SENT_HEADER_NAMES } from "../../src/platform/http/header-names";
import { openApiPath } from "../../src/platform/http/openapi-router";

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Schema = { [k: string]: Json } | boolean;
interface MediaType {
  schema?: Schema;
}
interface ResponseObject {
  $ref?: string;
  description?: string;
  headers?: Record<string, unknown>;
  content?: Record<string, MediaType>;
}
interface Operation {
  responses: Record<string, ResponseObject>;
}
export interface OpenApiDoc {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas?: Record<string, Schema>; responses?: Record<string, ResponseObject> };
}

/** What the checks need of an app: its request function and its registered routes. */
export interface TestableApp {
  request: (typeof app)["request"];
  routes: { path: string; method: string }[];
}

const docs = new WeakMap<TestableApp, Promise<OpenApiDoc>>();

/** The app's own document, as its GET /openapi.json serves it (fetched once per app and test file). */
export function openApiDoc(target: TestableApp = app): Promise<OpenApiDoc> {
  let doc = docs.get(target);
  if (!doc) {
    doc = (async () => {
      const res = await target.request("/openapi.json", {}, env);
      if (res.status !== 200) throw new Error(`GET /openapi.json answered ${res.status}`);
      return (await res.json()) as OpenApiDoc;
    })();
    docs.set(target, doc);
  }
  return doc;
}

/** Paths served outside the document on purpose: the document itself and its viewer. */
export const UNDOCUMENTED_BY_DESIGN = new Set(["/openapi.json", "/docs"]);

/**
 * Every route the app registers (app.routes: method + path; middleware entries, registered for
 * "ALL", excluded) that the document lacks, as "METHOD /path".
 */
export function undocumentedRoutes(target: TestableApp, doc: OpenApiDoc): string[] {
  const missing = new Set<string>();
  for (const r of target.routes) {
    if (r.method === "ALL" || UNDOCUMENTED_BY_DESIGN.has(r.path)) continue;
    const path = openApiPath(r.path);
    if (!doc.paths[path]?.[r.method.toLowerCase()]) missing.add(`${r.method} ${path}`);
  }
  return [...missing];
}

/** The documented operation for a request, preferring literal segments over {params}. */
export function findOperation(doc: OpenApiDoc, method: string, pathname: string) {
  let best: { path: string; op: Operation; params: number } | undefined;
  for (const [path, item] of Object.entries(doc.paths)) {
    const op = item[method.toLowerCase()];
    if (!op) continue;
    const re = new RegExp(`^${path.replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace(/\{[^}]+\}/g, "[^/]+")}/?$`);
    if (!re.test(pathname)) continue;
    const params = (path.match(/\{/g) ?? []).length;
    if (!best || params < best.params) best = { path, op, params };
  }
  return best;
}

function resolveResponse(doc: OpenApiDoc, r: ResponseObject): ResponseObject {
  if (!r.$ref) return r;
  const name = r.$ref.replace("#/components/responses/", "");
  const hit = doc.components.responses?.[name];
  if (!hit) throw new Error(`unresolved response ${r.$ref}`);
  return hit;
}

function refTarget(doc: OpenApiDoc, schema: Schema): Schema {
  let s = schema;
  for (let i = 0; i < 20 && typeof s === "object" && typeof s.$ref === "string"; i++) {
    const name = s.$ref.replace("#/components/schemas/", "");
    const hit = doc.components.schemas?.[name];
    if (hit === undefined) throw new Error(`unresolved schema ${s.$ref}`);
    s = hit;
  }
  return s;
}

/**
 * Paths of object properties in `value` that no schema branch documents (JSON Schema allows
 * extra properties by default; an undocumented field in a response is a leak or a doc bug).
 */
export function undocumentedProperties(doc: OpenApiDoc, value: unknown, schema: Schema, at = "$"): string[] {
  const branches: Schema[] = [];
  const collect = (s: Schema) => {
    const r = refTarget(doc, s);
    branches.push(r);
    if (typeof r === "object") {
      for (const k of ["allOf", "anyOf", "oneOf"] as const) {
        const list = r[k];
        if (Array.isArray(list)) for (const b of list) collect(b as Schema);
      }
    }
  };
  collect(schema);
  const objects = branches.filter((b): b is { [k: string]: Json } => typeof b === "object");
  if (Array.isArray(value)) {
    const items = objects.map((b) => b.items).filter((i): i is { [k: string]: Json } => isObject(i));
    return value.flatMap((v, i) => items.flatMap((s) => undocumentedProperties(doc, v, s, `${at}[${i}]`)));
  }
  if (value === null || typeof value !== "object") return [];
  if (
    branches.some((b) => b === true) ||
    objects.some(
      (b) =>
        (b.additionalProperties !== undefined && b.additionalProperties !== false) || b.patternProperties !== undefined,
    )
  ) {
    return [];
  }
  const withProps = objects.filter((b) => b.properties && typeof b.properties === "object");
  if (withProps.length === 0) return [];
  const out: string[] = [];
  for (const [key, v] of Object.entries(value)) {
    const propSchemas = withProps
      .map((b) => (b.properties as Record<string, Schema>)[key])
      .filter((s): s is Schema => s !== undefined);
    if (propSchemas.length === 0) out.push(`${at}.${key}`);
    else out.push(...propSchemas.flatMap((s) => undocumentedProperties(doc, v, s, `${at}.${key}`)));
  }
  return [...new Set(out)];
}

function validatorFor(doc: OpenApiDoc, schema: Schema) {
  // The schema's refs ("#/components/schemas/X") resolve against this root; a fresh copy per
  // validator, because the library annotates the objects it indexes.
  const root = structuredClone({
    ...(typeof schema === "object" ? schema : { allOf: [schema] }),
    components: doc.components,
  });
  return new Validator(root as never, "2020-12", false);
}

const validators = new WeakMap<object, Validator>();

function isObject(v: unknown): v is { [k: string]: Json } {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

export class ContractViolation extends Error {}

/**
 * Throws ContractViolation when `res` (the answer to `method url`) breaks the document. Requests
 * to undocumented operations (unknown paths, /openapi.json, /docs, 405s) are not checked here.
 */
export async function assertConforms(
  method: string,
  url: string,
  res: Response,
  target: TestableApp = app,
): Promise<void> {
  if (method.toUpperCase() === "HEAD" || method.toUpperCase() === "OPTIONS") return;
  const doc = await openApiDoc(target);
  const pathname = new URL(url, "http://localhost").pathname;
  const found = findOperation(doc, method, pathname);
  if (!found) return;
  const where = `${method.toUpperCase()} ${found.path} -> ${res.status}`;
  const declared = found.op.responses[String(res.status)] ?? found.op.responses.default;
  if (!declared) {
    throw new ContractViolation(
      `${where}: status not documented (documented: ${Object.keys(found.op.responses).join(", ")})`,
    );
  }
  const response = resolveResponse(doc, declared);
  const undeclared = SENT_HEADER_NAMES.RateLimit.filter((h) => res.headers.has(h) && !response.headers?.[h]);
  if (undeclared.length > 0) throw new ContractViolation(`${where}: sends undeclared ${undeclared.join(", ")}`);
  const contentType = res.headers.get("content-type") ?? "";
  const media = response.content?.["application/json"];
  const documentedOther = !media && Object.keys(response.content ?? {}).some((t) => contentType.startsWith(t));
  // A documented non-JSON body (the export's zip) is left unread: reading a clone would pull the whole
  // stream before the test reads it, and a test of streaming could not see the chunks arrive.
  if (documentedOther) return;
  const text = await res.clone().text();
  if (!contentType.startsWith("application/json")) {
    if (media && text.length > 0) throw new ContractViolation(`${where}: documented as JSON, got "${contentType}"`);
    if (
      !media &&
      response.content &&
      text.length > 0 &&
      !Object.keys(response.content).some((t) => contentType.startsWith(t))
    ) {
      throw new ContractViolation(`${where}: content type "${contentType}" not documented`);
    }
    return;
  }
  if (!media?.schema) throw new ContractViolation(`${where}: JSON body but no JSON schema documented`);
  const body = JSON.parse(text) as unknown;
  let validator = validators.get(media);
  if (!validator) {
    validator = validatorFor(doc, media.schema);
    validators.set(media, validator);
  }
  const result = validator.validate(body);
  if (!result.valid) {
    const errors = result.errors.map((e) => `${e.instanceLocation}: ${e.error}`).join("\n  ");
    throw new ContractViolation(
      `${where}: body does not match the documented schema\n  ${errors}\n  body: ${text.slice(0, 500)}`,
    );
  }
  const extra = undocumentedProperties(doc, body, media.schema);
  if (extra.length > 0) throw new ContractViolation(`${where}: undocumented properties ${extra.join(", ")}`);
}
