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
// From that declaration come the runtime (the credential read up front: 401 before any database
// work, the CSRF check for cookie auth, the db client, a per-route body limit) and the OpenAPI
// operation (operationId, tags, `security`, every error status with the enum of its codes, the
// headers sent). Error statuses the machinery can answer anyway (validation, CSRF, body limit,
// database outage, ...) are added from the same facts; see `machineryCodes`.
import { createRoute, type RouteConfig } from "@hono/zod-openapi";
import type { MiddlewareHandler } from "hono";
import type { ZodType } from "zod";
import { type CredentialRule, requireCredential } from "../auth/session";
import { limitBody } from "./body-limit";
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
} from "./openapi";

/**
 * Who may call the route. "session": a session only (bearer token or cookie): account-level routes,
 * which an API key never opens (401). `{ scopes: ["projects:read"] }`: a session, or an API key
 * holding every listed scope (403 `insufficient_scope` otherwise; such routes also answer 429 per
 * key). `securityOf` and `requireCredential` are the two places that read it.
 */
export type Auth = "public" | CredentialRule;

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
  /** A body limit below the global one (bytes): 413 before the body is read. */
  bodyLimit?: number;
}

type OwnKeys = "auth" | "errors" | "headers" | "db" | "bodyLimit" | "responses" | "tags";

type Unsafe = "post" | "put" | "patch" | "delete";
type HasBody<S extends RouteSpec> = S["request"] extends { body: object } ? true : false;
type HasInput<S extends RouteSpec> = S["request"] extends { params: object } | { query: object } ? true : HasBody<S>;

/** The statuses machineryCodes adds, at the type level (so hc<AppType> sees every status). */
type MachineryStatus<S extends RouteSpec> =
  | 500
  | (S["auth"] extends "public" ? never : 401)
  | (S["auth"] extends { scopes: readonly unknown[] } ? 403 | 429 : never)
  | (S["db"] extends false ? never : 503)
  | (HasInput<S> extends true ? 400 : never)
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
  const keyed = typeof auth === "object";
  const sent: SentHeader[] = [
    ...headers,
    ...(signedIn ? (["Set-Cookie"] as const) : []),
    ...(keyed && !headers.includes("RateLimit") ? (["RateLimit"] as const) : []),
  ];
  const codes = machineryCodes({
    method: spec.method,
    input: Boolean(spec.request?.params || spec.request?.query),
    body: Boolean(spec.request?.body),
    auth: signedIn,
    db,
  });
  // A route open to keys answers 403 insufficient_scope and 429 (the per-key limit) too.
  const keyCodes: ErrorCode[] = keyed ? ["insufficient_scope", "rate_limited"] : [];
  const rateLimited = headers.includes("RateLimit") || keyed;
  const errorEntries = [...byStatus([...codes, ...keyCodes, ...errors])].map(([status, list]) => [
    status,
    errorResponse(status, list, rateLimited),
  ]);
  const success = Object.fromEntries(
    Object.entries(responses).map(([status, r]) => [status, { ...r, headers: SENT_HEADERS.pick(sent) }]),
  );
  // The credential first: a request without one is refused before its body is read or validated.
  const middleware: MiddlewareHandler<AppEnv>[] = [
    ...(auth === "public" ? [] : [requireCredential(auth)]),
    ...(bodyLimit === undefined ? [] : [limitBody(bodyLimit)]),
    ...(db ? [withDb] : []),
  ];
  const declared = {
    ...rest,
    tags: [...tags],
    security: securityOf(auth),
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
