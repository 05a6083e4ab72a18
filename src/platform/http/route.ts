// A route declares what it needs, once:
//
//   const getRoute = defineRoute({
//     operationId: "getProject", tags: ["projects"], summary: "One project, by id or slug",
//     description: "Returns one of the user's projects, named by its id or its slug. Needs projects:read.",
//     method: "get", path: "/api/projects/{id}", auth: { scopes: ["projects:read"] },
//     request: { params: ProjectParams },
//     responses: { 200: jsonResponse("The project", ProjectBody) },
//     errors: ["not_found"],
//     roundTrips: 1,
//     etag: true,
//   });
//
// (src/projects/routes.ts)
//
// From that declaration come the runtime (the route's body limit, applied before anything reads
// the body; the credential read up front: 401 before any database work, the CSRF check for cookie
// auth; for a body over PRECHECK_BODY_OVER, the credential looked up before the body is read;
// unstorable text in the JSON body refused; the db client) and the OpenAPI
// operation (operationId, tags, `security`, every error status with the enum of its codes, the
// headers sent, the body limit as `x-body-limit`). Error statuses the machinery can answer anyway (validation, CSRF, body limit,
// database outage, ...) are added from the same facts; see `machineryCodes`. The facts the
// cross-cutting suites and the generated docs need of every route (its round-trip budget, whether it
// is keyed) are kept in ROUTE_FACTS (docs/adding-a-route.md).
import { createRoute, type RouteConfig, type RouteHandler, z } from "@hono/zod-openapi";
import type { MiddlewareHandler } from "hono";
import type { ZodType } from "zod";
import { type Permission, rolesSentence } from "../auth/roles";
import { type CredentialRule, precheckCredential, requireCredential } from "../auth/session";
import { DEFAULT_BODY_MAX, limitBody, limitDeclaredBody, PRECHECK_BODY_OVER } from "./body-limit";
import { conditionalGet, entityTagLimit, MAX_ENTITY_TAGS } from "./conditional";
import type { Access, AppEnv } from "./context";
import type { ErrorCode, StatusOf } from "./error-catalog";
import { OPTION_REQUEST_HEADERS } from "./header-names";
import { idempotencyKey, type Replay } from "./idempotency";
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
} from "./openapi-router";
import { replayFirst } from "./replay-first";
import { bodyTextGuard } from "./text-guard";
import { withDb } from "./with-db";

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
  /** One or two sentences: what the operation does and what it needs (Spectral `operation-description`). */
  description: string;
  method: "get" | "post" | "put" | "patch" | "delete";
  path: string;
  auth: Auth;
  /**
   * A route acting in a workspace or on one of its projects: the permission it needs (a role outside
   * the PERMISSIONS table's list gets 403 `insufficient_role`; a non-member, 404) and the statement
   * reading the caller's role there. The description gets the roles that may call it.
   */
  access?: Access;
  request?: RouteConfig["request"];
  responses: { [S in SuccessStatus]?: RouteConfig["responses"][string] };
  /** The catalog codes the route itself can answer (statuses come from the catalog). */
  errors?: readonly ErrorCode[];
  /** Headers the route sends on its answers, besides X-Request-Id (every response). */
  headers?: readonly SentHeader[];
  /** False for a route that never touches the database (no db client, no 503). */
  db?: false;
  /**
   * The most bytes the route's body may have, and why that much: 413 before the body is read (docs/limits.md's
   * table is generated from these). At least the largest body the schema accepts. Default DEFAULT_BODY_MAX (64 KiB)
   * for a route that takes a body or uses an unsafe method; a route without either reads no body.
   */
  bodyLimit?: BodyLimit;
  /**
   * A GET whose 200 carries an ETag (the handler's, or a hash of the body) and which answers a
   * matching If-None-Match with 304 (src/platform/http/conditional.ts).
   */
  etag?: true;
  /** A write that honours If-Match (compared in its SQL): 412 `precondition_failed` when it fails. */
  ifMatch?: true;
  /**
   * A POST that honours Idempotency-Key: a repeat replays the first response, read back by this
   * Replay (src/platform/http/idempotency.ts); the handler's write carries answerClaim().
   */
  idempotent?: Replay;
  /**
   * The database round trips of a successful request, exactly (0 for a route that never touches the
   * database): asserted per route by test/worker/cross-cutting/round-trip-budgets.test.ts, listed in
   * docs/api.md. A signed-in route makes one (`authed`: the credential travels in the route's batch).
   */
  roundTrips: number;
}

/** What the suites and the generated docs read of a declared route (not part of the OpenAPI document). */
/** A route's own body limit: the bytes, and the largest valid body that makes it that much. */
export interface BodyLimit {
  bytes: number;
  why: string;
}

export interface RouteFacts {
  roundTrips: number;
  /** A route declaring its own `bodyLimit` (docs/limits.md). */
  bodyLimit?: BodyLimit;
  /** An idempotent route's keyed first request: one more where the key is looked up first (replay-first.ts). */
  keyedRoundTrips?: number;
  /** A route declaring `access`: the permission it needs (test/worker/cross-cutting/authz-roles.test.ts). */
  permission?: Permission;
}

/** A route's key in ROUTE_FACTS: `GET /api/projects/:id` for ("get", "/api/projects/{id}"). */
export function factsKey(method: string, openApiPath: string): string {
  return `${method.toUpperCase()} ${openApiPath.replace(/\{(\w+)\}/g, ":$1")}`;
}

/** Every declared route's facts, by Hono path (`GET /api/projects/:id`), filled as routes are declared. */
export const ROUTE_FACTS = new Map<string, RouteFacts>();

type OwnKeys =
  | "auth"
  | "access"
  | "errors"
  | "headers"
  | "db"
  | "bodyLimit"
  | "responses"
  | "tags"
  | "etag"
  | "ifMatch"
  | "idempotent"
  | "roundTrips";

type Unsafe = "post" | "put" | "patch" | "delete";
type HasBody<S extends RouteSpec> = S["request"] extends { body: object } ? true : false;

/** The statuses machineryCodes adds, at the type level (so hc<AppType> sees every status). */
type MachineryStatus<S extends RouteSpec> =
  | 500
  | (S["auth"] extends "public" ? never : 401)
  | (S["auth"] extends { scopes: readonly unknown[] } ? 403 | 429 : never)
  | (S["access"] extends object ? 403 : never)
  | (S["db"] extends false ? never : 503)
  | 400 // invalid_text: any URL may carry a NUL (src/platform/http/text-guard.ts)
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
  const { auth, errors: ownErrors = [], headers = [], db = true, bodyLimit, responses, tags, ...declaredRest } = spec;
  const { etag, ifMatch, idempotent, roundTrips, access, ...declaredOwn } = declaredRest;
  const rest = access
    ? { ...declaredOwn, description: `${declaredOwn.description} ${rolesSentence(access.permission)}` }
    : declaredOwn;
  ROUTE_FACTS.set(factsKey(spec.method, spec.path), {
    roundTrips,
    ...(idempotent ? { keyedRoundTrips: roundTrips + (idempotent.lookUpFirst ? 1 : 0) } : {}),
    ...(access ? { permission: access.permission } : {}),
    ...(bodyLimit ? { bodyLimit } : {}),
  });
  const signedIn = auth !== "public";
  const keyed = typeof auth === "object";
  const errors: ErrorCode[] = [
    ...ownErrors,
    ...(ifMatch ? (["precondition_failed"] as const) : []),
    ...(idempotent ? (["idempotency_key_reused", "idempotency_key_in_use"] as const) : []),
    // Too many entity tags (src/platform/http/conditional.ts).
    ...(etag || ifMatch ? (["validation_failed"] as const) : []),
    ...(access ? (["insufficient_role"] as const) : []),
  ];
  const sent: SentHeader[] = [
    ...headers,
    ...(signedIn ? (["Set-Cookie"] as const) : []),
    ...(keyed && !headers.includes("RateLimit") ? (["RateLimit"] as const) : []),
    ...(etag || (ifMatch && spec.method !== "delete") ? (["ETag"] as const) : []),
    ...(idempotent ? (["Idempotent-Replayed"] as const) : []),
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
  // Any route that may carry a body has a limit: its own or the default. (machineryCodes documents
  // 413 on exactly these.)
  const maxBody = spec.request?.body || UNSAFE.has(spec.method) ? (bodyLimit?.bytes ?? DEFAULT_BODY_MAX) : undefined;
  const errorEntries = [...byStatus([...codes, ...keyCodes, ...errors])].map(([status, list]) => {
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
  const tagHeaders = [
    ...(etag ? [OPTION_REQUEST_HEADERS.etag] : []),
    ...(ifMatch ? [OPTION_REQUEST_HEADERS.ifMatch] : []),
  ];
  // A signed-in route that may take a body over PRECHECK_BODY_OVER looks a credential it has not seen
  // live lately up before reading such a body (one more round trip; docs/request-handling.md).
  const precheck = signedIn && db && maxBody !== undefined && maxBody > PRECHECK_BODY_OVER;
  // The declared length against the body limit first (a header), then the credential: a request
  // without one is refused before its body is read or validated; then the pre-check. Only then is a
  // body of unknown length read and counted against the limit, and the JSON body's text checked,
  // and the entity-tag count, before validation and the route's batch. A route that looks its
  // Idempotency-Key up first does so before body validation.
  const middleware: MiddlewareHandler<AppEnv>[] = [
    ...(maxBody === undefined ? [] : [limitDeclaredBody(maxBody)]),
    ...(auth === "public" ? [] : [requireCredential(auth)]),
    ...(access ? [declareAccess(access)] : []),
    ...(tagHeaders.length ? [entityTagLimit(tagHeaders)] : []),
    ...(db ? [withDb] : []),
    ...(precheck ? [precheckCredential(PRECHECK_BODY_OVER)] : []),
    ...(maxBody === undefined ? [] : [limitBody(maxBody), bodyTextGuard]),
    ...(idempotent ? [idempotencyKey(idempotent)] : []),
    ...(idempotent?.lookUpFirst ? [replayFirst] : []),
    ...(etag ? [conditionalGet] : []),
  ];
  const conditionalHeaders = {
    ...(etag ? { [OPTION_REQUEST_HEADERS.etag]: IF_NONE_MATCH } : {}),
    ...(ifMatch ? { [OPTION_REQUEST_HEADERS.ifMatch]: IF_MATCH } : {}),
    ...(idempotent ? { [OPTION_REQUEST_HEADERS.idempotent]: IDEMPOTENCY_KEY } : {}),
  };
  const request = Object.keys(conditionalHeaders).length
    ? { ...rest.request, headers: z.object(conditionalHeaders) }
    : rest.request;
  const notModified = etag
    ? {
        304: {
          description: "Not modified: If-None-Match names the current ETag (no body)",
          headers: SENT_HEADERS.pick(["ETag"]),
        },
      }
    : {};
  const declared = {
    ...rest,
    ...(request ? { request } : {}),
    tags: [...tags],
    security: securityOf(auth),
    ...(maxBody === undefined ? {} : { "x-body-limit": maxBody }),
    ...(precheck ? { "x-credential-precheck-over": PRECHECK_BODY_OVER } : {}),
    middleware,
    responses: { ...success, ...notModified, ...Object.fromEntries(errorEntries) },
  };
  return createRoute(declared as unknown as Declared<S> & { path: S["path"] });
}

// Request headers of the conditional / idempotent options (documentation: the middleware reads them).
const IF_NONE_MATCH = z
  .string()
  .optional()
  .openapi({
    description: `ETags from earlier answers (at most ${MAX_ENTITY_TAGS}): 304 without a body when one is the current ETag`,
    example: '"3f2c…"',
  });
const IF_MATCH = z
  .string()
  .optional()
  .openapi({
    description:
      "The ETag this write was based on (strong comparison; a list of at most " +
      `${MAX_ENTITY_TAGS} matches if any does): 412 \`precondition_failed\` if it changed since`,
    example: '"0b9a…"',
  });
const IDEMPOTENCY_KEY = z
  .string()
  .min(1)
  .max(255)
  .regex(/^[\x21-\x7e]+$/)
  .optional()
  .openapi({
    description:
      "A client-chosen key (e.g. a UUID), kept 24 h per user: the same key with the same request replays the " +
      "first response (also after a lost reply); with another request 422 `idempotency_key_reused`. A refused " +
      "request (4xx) records nothing: its retry is judged afresh",
    example: "5f0c9a3e-2a7b-4c1d-9e8f-0a1b2c3d4e5f",
  });

/** Hands the route's `access` to authed(), which reads the caller's role in the route's batch. */
function declareAccess(access: Access): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    c.set("access", access);
    await next();
  };
}

/** A required JSON request body: `request: { body: jsonBody(Schema) }`. */
export function jsonBody<T extends ZodType>(schema: T) {
  return { content: { "application/json": { schema } }, required: true } as const;
}

/** A JSON response: `responses: { 200: jsonResponse("The project", Schema) }`. */
export function jsonResponse<T extends ZodType>(description: string, schema: T) {
  return { description, content: { "application/json": { schema } } };
}

/** A route's handler, typed by its declaration: `const getProject: Handler<typeof getProjectRoute> = async (c) => ...`. */
export type Handler<R extends RouteConfig> = RouteHandler<R, AppEnv>;
