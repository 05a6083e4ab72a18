// A route declares what it needs, once:
//
//   export const getProject = defineRoute({
//     operationId: "getProject", tags: ["projects"], summary: "One project, by id or slug",
//     method: "get", path: "/api/projects/{id}", auth: "session",
//     request: { params: ProjectParams },
//     responses: { 200: json("The project", z.object({ project: ProjectSchema })) },
//     errors: ["not_found"],
//   });
//
// From that declaration come the runtime (the route's body limit, applied before anything reads
// the body; the credential read up front: 401 before any database work, the CSRF check for cookie
// auth; unstorable text in the JSON body refused; the db client) and the OpenAPI
// operation (operationId, tags, `security`, every error status with the enum of its codes, the
// headers sent, the body limit as `x-body-limit`). Error statuses the machinery can answer anyway (validation, CSRF, body limit,
// database outage, ...) are added from the same facts; see `machineryCodes`.
import { createRoute, type RouteConfig } from "@hono/zod-openapi";
import type { MiddlewareHandler } from "hono";
import type { ZodType } from "zod";
import { requireCredential } from "../auth/session";
import { DEFAULT_BODY_MAX, limitBody } from "./body-limit";
import type { AppEnv } from "./context";
import type { ErrorCode, StatusOf } from "./error-catalog";
import { withDb } from "./middleware";
import {
  byStatus,
  type ErrorResponse,
  errorResponse,
  machineryCodes,
  SENT_HEADERS,
  type SentHeader,
  securityOf,
  type TAGS,
  UNSAFE,
} from "./openapi";
import { bodyTextGuard } from "./text-guard";

/**
 * Who may call the route. "session": a session (bearer token or cookie). Issue 16 adds API keys
 * with scopes as `{ scopes: [...] }` here; `securityOf` and `requireCredential` are the two places
 * that read it.
 */
export type Auth = "public" | "session";

export type Tag = keyof typeof TAGS;

/** The operation's own statuses: what the handler returns with `c.json(body, status)`. */
type SuccessStatus = 200 | 201 | 202 | 204;

export interface RouteSpec {
  /** Stable, readable, camelCase: the generated client's method name (`listProjects`). */
  operationId: string;
  tags: readonly Tag[];
  summary: string;
  description?: string;
  method: "get" | "post" | "put" | "patch" | "delete";
  path: string;
  auth: Auth;
  request?: RouteConfig["request"];
  responses: { [S in SuccessStatus]?: RouteConfig["responses"][string] };
  /** The catalog codes the route itself can answer (statuses come from the catalog). */
  errors?: readonly ErrorCode[];
  /** Headers the route sends on its answers, besides X-Request-Id (every response). */
  headers?: readonly SentHeader[];
  /** False for a route that never touches the database (no db client, no 503). */
  db?: false;
  /**
   * The most bytes the route's body may have: 413 before the body is read (docs/limits.md). At
   * least the largest body the schema accepts. Default DEFAULT_BODY_MAX (64 KiB) for a route that
   * takes a body or uses an unsafe method; a route without either reads no body.
   */
  bodyLimit?: number;
}

type OwnKeys = "auth" | "errors" | "headers" | "db" | "bodyLimit" | "responses" | "tags";

type Unsafe = "post" | "put" | "patch" | "delete";
type HasBody<S extends RouteSpec> = S["request"] extends { body: object } ? true : false;

/** The statuses machineryCodes adds, at the type level (so hc<AppType> sees every status). */
type MachineryStatus<S extends RouteSpec> =
  | 500
  | (S["auth"] extends "public" ? never : 401)
  | (S["db"] extends false ? never : 503)
  | 400 // invalid_text: any URL may carry a NUL (src/http/text-guard.ts)
  | (HasBody<S> extends true ? 413 | 415 : never)
  | (S["method"] extends Unsafe ? 403 | 413 : never);

/** Every error status of a route, each an error response (typed for hc<AppType>). */
type ErrorResponses<S extends RouteSpec> = {
  [K in
    | MachineryStatus<S>
    | (S["errors"] extends readonly ErrorCode[] ? StatusOf<S["errors"][number]> : never)]: K extends 429
    ? { $ref: string }
    : ErrorResponse;
};

export type Declared<S extends RouteSpec> = Omit<S, OwnKeys> & {
  tags: string[];
  security: Record<string, string[]>[];
  middleware: MiddlewareHandler<AppEnv>[];
  responses: S["responses"] & ErrorResponses<S>;
};

/** The route config for `router().openapi(route, handler)`; see the top of this file. */
export function defineRoute<const S extends RouteSpec>(spec: S) {
  const { auth, errors = [], headers = [], db = true, bodyLimit, responses, tags, ...rest } = spec;
  const signedIn = auth !== "public";
  const sent: SentHeader[] = [...headers, ...(signedIn ? (["Set-Cookie"] as const) : [])];
  const codes = machineryCodes({
    method: spec.method,
    input: Boolean(spec.request?.params || spec.request?.query),
    body: Boolean(spec.request?.body),
    auth: signedIn,
    db,
  });
  const rateLimited = headers.includes("RateLimit");
  // Any route that may carry a body has a limit: its own or the default. (machineryCodes documents
  // 413 on exactly these.)
  const maxBody = spec.request?.body || UNSAFE.has(spec.method) ? (bodyLimit ?? DEFAULT_BODY_MAX) : undefined;
  const errorEntries = [...byStatus([...codes, ...errors])].map(([status, list]) => {
    const response = errorResponse(status, list, rateLimited);
    return [
      status,
      status === 413 && maxBody !== undefined && "description" in response
        ? { ...response, description: `Body over ${maxBody} bytes (this operation's limit). ${response.description}` }
        : response,
    ];
  });
  const success = Object.fromEntries(
    Object.entries(responses).map(([status, r]) => [status, { ...r, headers: SENT_HEADERS.pick(sent) }]),
  );
  // The body limit first (it reads only Content-Length, or counts the stream as it is read), then
  // the credential: a request without one is refused before its body is read or validated. Then
  // the JSON body's text, within the limit, before validation and any database work.
  const middleware: MiddlewareHandler<AppEnv>[] = [
    ...(maxBody === undefined ? [] : [limitBody(maxBody)]),
    ...(signedIn ? [requireCredential] : []),
    ...(maxBody === undefined ? [] : [bodyTextGuard]),
    ...(db ? [withDb] : []),
  ];
  const declared = {
    ...rest,
    tags: [...tags],
    security: securityOf(auth),
    ...(maxBody === undefined ? {} : { "x-body-limit": maxBody }),
    middleware,
    responses: { ...success, ...Object.fromEntries(errorEntries) },
  };
  return createRoute(declared as unknown as Declared<S> & { path: S["path"] });
}

/** A required JSON request body: `request: { body: jsonBody(Schema) }`. */
export function jsonBody<T extends ZodType>(schema: T) {
  return { content: { "application/json": { schema } }, required: true } as const;
}

/** A JSON response: `responses: { 200: jsonResponse("The project", Schema) }`. */
export function jsonResponse<T extends ZodType>(description: string, schema: T) {
  return { description, content: { "application/json": { schema } } };
}
