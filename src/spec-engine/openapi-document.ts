// api-spec.json: the official OpenAPI schema of its version, and the operations with the requirements they serve.
import { checkSchema, type SchemaError } from "./json-schema";
import { REQUIREMENT_ID } from "./templates";

const HTTP_METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;

export interface ApiOperation {
  /** `METHOD /path`, e.g. `GET /projects/{id}`. */
  key: string;
  operationId: string | undefined;
  /** JSON Pointer of the operation object. */
  pointer: string;
  requirements: string[];
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const escapePointer = (s: string) => s.replace(/~/g, "~0").replace(/\//g, "~1");

/**
 * Errors against the official schema of the document's `openapi` version (3.0.x or 3.1.x). The two
 * schemas (~35 KiB of literals) are loaded on the first check, not when the worker starts
 * (docs/performance.md, "Startup").
 */
export async function checkOpenApi(doc: unknown): Promise<SchemaError[]> {
  const version = isObject(doc) ? doc.openapi : undefined;
  if (typeof version !== "string" || !/^3\.[01]\.\d+$/.test(version)) {
    return [
      {
        pointer: "/openapi",
        message: `"openapi" must be a 3.0.x or 3.1.x version string, got ${JSON.stringify(version)}`,
      },
    ];
  }
  return version.startsWith("3.0.")
    ? checkSchema((await import("./schemas/openapi-3.0")).OPENAPI_30_SCHEMA, doc, "4")
    : checkSchema((await import("./schemas/openapi-3.1")).OPENAPI_31_SCHEMA, doc);
}

/** Operations of `paths`; an operation serves the ids in `x-requirements` and those named in summary/description. */
export function apiOperations(doc: unknown): ApiOperation[] {
  if (!isObject(doc) || !isObject(doc.paths)) return [];
  const out: ApiOperation[] = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    if (!isObject(item)) continue;
    for (const method of HTTP_METHODS) {
      const op = item[method];
      if (!isObject(op)) continue;
      const ids = new Set<string>();
      const declared = op["x-requirements"];
      if (Array.isArray(declared)) for (const d of declared) if (typeof d === "string") ids.add(d);
      for (const text of [op.summary, op.description]) {
        if (typeof text === "string") for (const m of text.matchAll(REQUIREMENT_ID)) ids.add(m[0]);
      }
      out.push({
        key: `${method.toUpperCase()} ${path}`,
        operationId: typeof op.operationId === "string" ? op.operationId : undefined,
        pointer: `/paths/${escapePointer(path)}/${method}`,
        requirements: [...ids],
      });
    }
  }
  return out;
}
