// How a route declares its schemas: `createRoute` from @hono/zod-openapi, whose zod schemas
// validate the request and generate the OpenAPI document; routers are built with `router()`
// so every one shares the validation hook that renders failures in the one error shape.
//
// A route declares its auth and error statuses in one line each:
//   createRoute({ ...requiresAuth, method: "get", path: "/api/x", middleware: [withDb] as const,
//                 responses: { 200: {...}, ...errorResponses(404, 429) } })
// and the document adds what the app's own machinery can answer anyway (see `standardResponses`).
import { OpenAPIHono, z } from "@hono/zod-openapi";
import type { ZodError } from "zod";
import { SESSION_COOKIE_WIRE_NAME } from "../auth/session";
import type { AppEnv } from "./context";
import { ApiError, type Issue } from "./errors";

export function zodIssues(error: ZodError): Issue[] {
  return error.issues.map((i) => ({ path: i.path.map(String).join("."), message: i.message }));
}

export function router() {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) {
        throw new ApiError(400, "validation_failed", `invalid request ${result.target}`, {
          issues: zodIssues(result.error),
        });
      }
    },
  });
}

export const ErrorSchema = z
  .object({
    error: z.object({
      code: z.string().openapi({ description: "Stable machine-readable code, e.g. `validation_failed`" }),
      message: z.string().openapi({ description: "Human-readable explanation" }),
      requestId: z.string().optional().openapi({ description: "Same as the X-Request-Id response header" }),
      issues: z
        .array(z.object({ path: z.string(), message: z.string() }))
        .optional()
        .openapi({ description: "Per-field problems (validation_failed)" }),
    }),
  })
  .openapi("Error", { description: "The one error shape of every non-2xx response" });

/** Spread into `createRoute({...})`: the route needs a session, as a bearer token or the cookie. */
export const requiresAuth: { security: Record<string, string[]>[] } = {
  security: [{ bearerAuth: [] }, { cookieAuth: [] }],
};

const ERROR_DESCRIPTIONS: Record<number, string> = {
  400: "Invalid request (`validation_failed` with `issues` per field, `bad_request` for malformed JSON, `invalid_text` for a NUL or lone surrogate anywhere in the URL or body)",
  401: "Missing, unknown, expired or revoked session (`unauthorized`)",
  403: "Refused (`forbidden`; `csrf_rejected` for a cross-site request carrying the session cookie or a form)",
  404: "Not found (`not_found`)",
  409: "Conflict with existing or concurrently changed data (`conflict`, `concurrent_update`)",
  413: "Request body larger than the limit (`payload_too_large`)",
  415: "Request body is not of the declared content type (`unsupported_media_type`)",
  422: "A value is out of range or refers to something that does not exist",
  429: "Too many requests",
  500: "Unexpected server error (`internal_error`, `server_misconfigured`)",
  503: "The database is unavailable (`database_unavailable`) or too slow (`database_timeout`); retry after `Retry-After` seconds",
};

const errorRef = { $ref: "#/components/schemas/Error" };
const rateLimitedRef = { $ref: "#/components/responses/RateLimited" };

type ErrorResponse = { description: string; content: { "application/json": { schema: typeof ErrorSchema } } };
type RefResponse = { $ref: string };

/**
 * Response entries for the error statuses a route can answer with, all in the one error shape;
 * 429 refers to the shared RateLimited response (with the rate-limit headers). Typed per status,
 * so `hc<AppType>()` sees the error bodies too.
 */
export function errorResponses<const S extends readonly number[]>(
  ...statuses: S
): { [K in S[number]]: K extends 429 ? RefResponse : ErrorResponse } {
  return Object.fromEntries(
    statuses.map((s) => [
      s,
      s === 429
        ? rateLimitedRef
        : { description: ERROR_DESCRIPTIONS[s] ?? "Error", content: { "application/json": { schema: ErrorSchema } } },
    ]),
  ) as never;
}

export const RATE_LIMIT_HEADERS = {
  "RateLimit-Limit": "Requests allowed in the current window",
  "RateLimit-Remaining": "Requests left in the current window",
  "RateLimit-Reset": "Seconds until the window resets",
  "Retry-After": "Seconds to wait before retrying",
} as const;

/** Shared components: the error schema, both auth schemes, the rate-limit headers and the 429 response. */
export function registerComponents(registry: OpenAPIHono<AppEnv>["openAPIRegistry"]) {
  registry.register("Error", ErrorSchema);
  registry.registerComponent("securitySchemes", "bearerAuth", {
    type: "http",
    scheme: "bearer",
    description: "A session token from sign-in, sent as `Authorization: Bearer <token>`",
  });
  registry.registerComponent("securitySchemes", "cookieAuth", {
    type: "apiKey",
    in: "cookie",
    name: SESSION_COOKIE_WIRE_NAME,
    description: "The session cookie set by sign-in (HttpOnly, Secure, SameSite=Lax)",
  });
  for (const [name, description] of Object.entries(RATE_LIMIT_HEADERS)) {
    registry.registerComponent("headers", name, { description, schema: { type: "integer", minimum: 0 } });
  }
  registry.registerComponent("responses", "RateLimited", {
    description: "Too many requests (`rate_limited`): wait `Retry-After` seconds",
    headers: Object.fromEntries(Object.keys(RATE_LIMIT_HEADERS).map((h) => [h, { $ref: `#/components/headers/${h}` }])),
    content: { "application/json": { schema: errorRef } },
  });
}

type Operation = {
  parameters?: unknown[];
  requestBody?: unknown;
  security?: unknown[];
  responses?: Record<string, unknown>;
};

const UNSAFE = new Set(["post", "put", "patch", "delete"]);
export const HTTP_METHODS = ["get", "post", "put", "patch", "delete"] as const;

/**
 * The statuses the app's machinery can answer for any operation, whether or not the route lists
 * them: 500 always; 400 always (`invalid_text`: any URL may carry a NUL); 415 with a body; 413
 * with a body or an unsafe method (the body limits); 403 (CSRF) on unsafe methods; 401 with
 * security; 503 when the route talks to the database.
 */
export function standardResponses(method: string, op: Operation, usesDb: boolean): number[] {
  const statuses = [500, 400];
  if (op.requestBody) statuses.push(415);
  // The body limits (src/http/body-limits.ts) refuse an oversized body on any route that may carry one.
  if (op.requestBody || UNSAFE.has(method)) statuses.push(413);
  if (UNSAFE.has(method)) statuses.push(403);
  if (op.security?.length) statuses.push(401);
  if (usesDb) statuses.push(503);
  return statuses;
}

export interface DocumentOptions {
  /** The API's own origin, for `servers`. */
  origin: string;
  /** Whether the route at this method + OpenAPI path talks to the database. */
  usesDb: (method: string, path: string) => boolean;
}

/** The OpenAPI 3.1 document of every route registered on `app` (with `.openapi()`). */
export function openApiDocument(app: OpenAPIHono<AppEnv>, { origin, usesDb }: DocumentOptions) {
  const doc = app.getOpenAPI31Document({
    openapi: "3.1.0",
    info: {
      title: "Spec Drive API",
      version: "0.1.0",
      description:
        "Every error is `{ error: { code, message, requestId, issues? } }`. Authenticated routes take the session " +
        "token as a bearer token or the `__Host-session` cookie. Responses carry `X-Request-Id` and `Server-Timing`.",
    },
    servers: [{ url: origin }],
  });
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    for (const method of HTTP_METHODS) {
      const op = (item as Record<string, Operation | undefined>)[method];
      if (!op) continue;
      op.responses ??= {};
      for (const status of standardResponses(method, op, usesDb(method, path))) {
        op.responses[status] ??= {
          description: ERROR_DESCRIPTIONS[status] ?? "Error",
          content: { "application/json": { schema: errorRef } },
        };
      }
    }
  }
  return doc;
}

/** A Hono route path as OpenAPI writes it: "/api/projects/:id{[0-9]+}" -> "/api/projects/{id}". */
export function openApiPath(honoPath: string): string {
  return honoPath.replace(/:([A-Za-z0-9_]+)(\{(?:[^{}]|\{[^{}]*\})*\})?\??/g, "{$1}");
}
