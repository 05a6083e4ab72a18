// How routes become the OpenAPI document: `router()` builds every router (its validation hook
// renders failures in the one error shape); routes are declared with `defineRoute`
// (src/platform/http/route.ts), which calls the helpers here for security, error responses and headers;
// `openApiDocument` completes the document once per isolate (see src/platform/http/docs.ts).
import { OpenAPIHono, z } from "@hono/zod-openapi";
import type { ZodError } from "zod";
import { type CredentialRule, SESSION_COOKIE_WIRE_NAME } from "../auth/session";
import type { AppEnv } from "./context";
import { ERROR_CATALOG, ERROR_CODES, type ErrorCode, type ErrorStatus } from "./error-catalog";
import { ApiError, AUTH_REALM, type Issue } from "./errors";
import { CHALLENGE_HEADER, SENT_HEADER_NAMES } from "./header-names";

function zodIssues(error: ZodError): Issue[] {
  return error.issues.map((i) => ({ path: i.path.map(String).join("."), message: i.message }));
}

export function router() {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) {
        throw new ApiError("validation_failed", `invalid request ${result.target}`, {
          issues: zodIssues(result.error),
        });
      }
    },
  });
}

export const ErrorSchema = z
  .object({
    error: z.object({
      // A string to TypeScript (hc<AppType> clients keep working when a code is added); the
      // document lists the catalog's codes, and each response the codes it can carry.
      code: z.string().openapi({
        enum: ERROR_CODES,
        description: "Stable machine-readable code: see docs/errors.md (each response lists its own)",
      }),
      message: z.string().openapi({ description: "Human-readable explanation" }),
      requestId: z.string().optional().openapi({ description: "Same as the X-Request-Id response header" }),
      issues: z
        .array(z.object({ path: z.string(), message: z.string() }).openapi("ValidationIssue"))
        .optional()
        .openapi({ description: "Per-field problems (validation_failed)" }),
    }),
  })
  .openapi("Error", { description: "The one error shape of every non-2xx response" });

/**
 * `security` of an operation: a session (bearer token or cookie), also an API key with the route's
 * scopes (`apiKeyAuth: [scopes]`), or `[]` for a public route.
 */
export function securityOf(auth: "public" | CredentialRule): Record<string, string[]>[] {
  if (auth === "public") return [];
  const session: Record<string, string[]>[] = [{ bearerAuth: [] }, { cookieAuth: [] }];
  return auth === "session" ? session : [...session, { apiKeyAuth: [...auth.scopes] }];
}

const errorRef = { $ref: "#/components/schemas/Error" };
const rateLimitedRef = { $ref: "#/components/responses/RateLimited" };
const header = (name: string) => ({ $ref: `#/components/headers/${name}` });

/** How an error response is typed for hc<AppType>: the one error shape. */
export type ErrorResponse = { description: string; content: { "application/json": { schema: typeof ErrorSchema } } };

/** Headers a route may declare it sends (`headers: [...]` in defineRoute). */
export type SentHeader = keyof typeof SENT_HEADER_NAMES;

export const SENT_HEADERS = {
  /** The response headers object for `sent` (each a reference to components/headers). */
  pick(sent: readonly SentHeader[]) {
    return Object.fromEntries([...new Set(sent)].flatMap((h) => SENT_HEADER_NAMES[h]).map((n) => [n, header(n)]));
  },
};

/**
 * One status's error response: the one error shape with `code` narrowed to the codes this
 * operation can send with that status, `Retry-After` where one of them asks for it (503, the
 * retryable 409s), the rate-limit headers on a rate-limited route. 429 refers to RateLimited.
 */
export function errorResponse(status: ErrorStatus, codes: readonly ErrorCode[], rateLimited = false) {
  if (status === 429) return rateLimitedRef;
  const headers: Record<string, unknown> = rateLimited ? SENT_HEADERS.pick(["RateLimit"]) : {};
  if (codes.some((c) => "retryAfter" in ERROR_CATALOG[c])) headers["Retry-After"] = header("Retry-After");
  if (status === 401) headers[CHALLENGE_HEADER] = header(CHALLENGE_HEADER);
  return {
    description: codes.map((c) => `\`${c}\`: ${ERROR_CATALOG[c].description}`).join(". "),
    ...(Object.keys(headers).length ? { headers } : {}),
    content: {
      "application/json": {
        schema: {
          allOf: [
            errorRef,
            // Narrows `code` only; the Error branch says what else the object holds.
            {
              type: "object",
              properties: {
                error: { type: "object", properties: { code: { enum: codes } }, additionalProperties: true },
              },
            },
          ],
        },
      },
    },
  };
}

export const UNSAFE = new Set<string>(["post", "put", "patch", "delete"]);
const HTTP_METHODS = ["get", "post", "put", "patch", "delete"] as const;

interface Facts {
  method: string;
  /** Path parameters or a query: validated (400). */
  input: boolean;
  /** A request body: validated (400), typed (415), limited (413). */
  body: boolean;
  auth: boolean;
  db: boolean;
}

/**
 * The codes the app's machinery can answer on an operation, whatever its handler does: 500 always;
 * 400 always (`invalid_text`: any URL may carry a NUL, refused globally), and with parameters or a
 * body (bad JSON too with a body); 415 with a body; 413 with a body or an unsafe method (the
 * route's body limit, `x-body-limit`); 403 (CSRF) on unsafe methods; 401 when signed in; 503 (and
 * the 500 of an over-limit answer, which is a bug) when it talks to the database.
 */
export function machineryCodes(f: Facts): ErrorCode[] {
  const codes: ErrorCode[] = ["internal_error", "server_misconfigured", "invalid_text"];
  if (f.input || f.body) codes.push("validation_failed");
  if (f.body) codes.push("bad_request", "unsupported_media_type");
  if (f.body || UNSAFE.has(f.method)) codes.push("payload_too_large");
  if (UNSAFE.has(f.method)) codes.push("csrf_rejected");
  if (f.auth) codes.push("unauthorized");
  if (f.db) codes.push("database_unavailable", "database_timeout", "database_limit_exceeded");
  return codes;
}

/** Codes grouped by status, in status order. */
export function byStatus(codes: readonly ErrorCode[]): Map<ErrorStatus, ErrorCode[]> {
  const out = new Map<ErrorStatus, ErrorCode[]>();
  for (const code of [...new Set(codes)].sort((a, b) => ERROR_CATALOG[a].status - ERROR_CATALOG[b].status)) {
    const s = ERROR_CATALOG[code].status;
    out.set(s, [...(out.get(s) ?? []), code]);
  }
  return out;
}

const HEADERS: Record<string, { description: string; schema: Record<string, unknown> }> = {
  "X-Request-Id": {
    description: "This request's id (also in the error body and the log line); a valid one sent by the client is kept",
    schema: { type: "string" },
  },
  // The fields of draft-ietf-httpapi-ratelimit-headers-12 (src/platform/auth/rate-limit.ts sends them).
  RateLimit: {
    description:
      "The caller's state under each limit named in RateLimit-Policy, tightest first (a Structured Field List): " +
      '`"<policy>";r=<requests left>;t=<seconds until the window resets>`, e.g. `"api-key";r=1799;t=900`; ' +
      "on a 429, the exceeded limit alone, with `r=0` and `t` equal to Retry-After",
    schema: { type: "string" },
  },
  "RateLimit-Policy": {
    description:
      "The limits this answer was counted against (a Structured Field List): " +
      '`"<policy>";q=<requests per window>;w=<window in seconds>`, e.g. `"api-key";q=1800;w=900`',
    schema: { type: "string" },
  },
  "Retry-After": { description: "Seconds to wait before retrying", schema: { type: "integer", minimum: 0 } },
  [CHALLENGE_HEADER]: {
    description:
      `The Bearer challenge (RFC 6750 §3): \`Bearer realm="${AUTH_REALM}"\`, followed by ` +
      '`, error="invalid_token"` when the request sent a Bearer token that was refused (unknown, expired, ' +
      "revoked, malformed, or an API key where only a session is taken)",
    schema: { type: "string" },
  },
  "Set-Cookie": {
    description:
      `The session cookie \`${SESSION_COOKIE_WIRE_NAME}\` (HttpOnly, Secure, SameSite=Lax): set by sign-in, ` +
      "cleared by sign-out, refreshed when a cookie session slides forward",
    schema: { type: "string" },
  },
  "Content-Disposition": {
    description: '`attachment; filename="<slug>.zip"`',
    schema: { type: "string" },
  },
  ETag: {
    description:
      "A strong entity tag of the representation: send it back as If-None-Match (304 when unchanged) or, " +
      "where the operation takes it, as If-Match on a write (412 when the resource changed since)",
    schema: { type: "string" },
  },
  "Idempotent-Replayed": {
    description: "`true` on a response replayed for a repeated Idempotency-Key (the first response, as it was)",
    schema: { type: "string", enum: ["true"] },
  },
};

/** The headers of the 429 response (RateLimited). */
const RATE_LIMIT_HEADERS = [...SENT_HEADER_NAMES.RateLimit, "Retry-After"];

/** Shared components: the error schema, both auth schemes, the headers, the 405 and 429 responses. */
export function registerComponents(registry: OpenAPIHono<AppEnv>["openAPIRegistry"]) {
  registry.register("Error", ErrorSchema);
  registry.registerComponent("securitySchemes", "bearerAuth", {
    type: "http",
    scheme: "bearer",
    description: "A session token from sign-in, sent as `Authorization: Bearer <token>`",
  });
  registry.registerComponent("securitySchemes", "apiKeyAuth", {
    type: "http",
    scheme: "bearer",
    bearerFormat: "sd_<43 base64url characters>",
    description:
      "A personal API key (POST /api/me/keys), sent as `Authorization: Bearer sd_...`. An operation lists the " +
      "scopes a key needs (`apiKeyAuth: [scopes]`); without them it answers 403 `insufficient_scope`. " +
      "Account-level operations (password, email, sessions, keys) take no key. See docs/api-keys.md.",
  });
  registry.registerComponent("securitySchemes", "cookieAuth", {
    type: "apiKey",
    in: "cookie",
    name: SESSION_COOKIE_WIRE_NAME,
    description: "The session cookie set by sign-in (HttpOnly, Secure, SameSite=Lax)",
  });
  for (const [name, h] of Object.entries(HEADERS)) registry.registerComponent("headers", name, h as never);
  registry.registerComponent("responses", "RateLimited", {
    description: `\`rate_limited\`: ${ERROR_CATALOG.rate_limited.description} (X-Request-Id is sent too)`,
    headers: Object.fromEntries(RATE_LIMIT_HEADERS.map((h) => [h, header(h)])),
    content: { "application/json": { schema: errorRef } },
  });
}

type Operation = {
  parameters?: unknown[];
  requestBody?: unknown;
  security?: unknown[];
  responses?: Record<string, { $ref?: string; headers?: Record<string, unknown> }>;
};

export interface DocumentOptions {
  /** Whether the route at this method + OpenAPI path talks to the database. */
  usesDb: (method: string, path: string) => boolean;
}

/** Every tag an operation may carry (defineRoute's `tags`), in the order the reference shows them. */
export const TAGS = {
  health: "Liveness and database reachability",
  auth: "Sign-up, sign-in and out, email verification, passwords",
  account: "The signed-in user and their sessions",
  projects: "Projects: create, list, read, update, delete, move, orchestration state",
  workspaces: "Workspaces, their members and roles, invitations",
  phases: "The phase machine: approvals, advancing, history, progress",
  artifacts: "Versioned spec documents of a project",
  export: "The project as a zip",
  templates: "The spec engine's phase templates and rules, as data",
  traceability: "Requirements traced across a project's documents",
  requirements: "PRD.md's requirements as revisions: active, superseded, retired",
  "change-requests": "Change requests: deltas on requirements, their impact, review, merge and rebase",
  webhooks: "Outbound webhooks of a workspace: subscriptions, secrets, the delivery log",
  runs: "Generation runs: an LLM drafts each phase's documents, validated, waiting at the two approvals",
  audit: "The audit log: account and workspace events, their JSON Lines export",
  comments: "Comment threads on documents: replies, @mentions, resolve and reopen",
  reviews: "Review policies (who must approve at a gate) and the approvals given",
  github: "A project's GitHub repository",
} as const;

const DESCRIPTION = `Errors share one shape, \`{ error: { code, message, requestId, issues? } }\`; every response
documents the codes it can carry (the full catalog: docs/errors.md). Signed-in operations take the session token
as a bearer token or the \`${SESSION_COOKIE_WIRE_NAME}\` cookie (\`security\`); public ones have \`security: []\`.
Every response carries \`X-Request-Id\` and \`Server-Timing\`. A path called with a method it does not serve
answers 405 \`method_not_allowed\` with an \`Allow\` header; an unknown path 404 \`not_found\`. A request body
over its operation's limit (\`x-body-limit\`, in bytes) answers 413 \`payload_too_large\` before it is read. Where an
operation has \`x-credential-precheck-over\` (bytes), a body over that size (or of unknown length) is read only once
the credential is known to be live: one more database round trip when this server has not seen it lately. A NUL
or a lone surrogate anywhere in the URL or a JSON body answers 400 \`invalid_text\`.`;

/**
 * The OpenAPI 3.1 document of every route registered on `app` (with `.openapi()`), without
 * `servers` (that comes from configuration, per deployment: see src/platform/http/docs.ts). Completes each
 * operation with what the machinery answers anyway (for routes not declared with defineRoute,
 * e.g. the tests' own) and X-Request-Id on every response.
 */
export function openApiDocument(app: OpenAPIHono<AppEnv>, { usesDb }: DocumentOptions) {
  const doc = app.getOpenAPI31Document({
    openapi: "3.1.0",
    info: { title: "Spec Drive API", version: "0.1.0", description: DESCRIPTION },
    tags: Object.entries(TAGS).map(([name, description]) => ({ name, description })),
  });
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    for (const method of HTTP_METHODS) {
      const op = (item as Record<string, Operation | undefined>)[method];
      if (!op) continue;
      op.responses ??= {};
      const responses = op.responses;
      const codes = machineryCodes({
        method,
        input: Boolean(op.parameters?.length),
        body: Boolean(op.requestBody),
        auth: Boolean(op.security?.length),
        db: usesDb(method, path),
      });
      for (const [status, list] of byStatus(codes)) responses[status] ??= errorResponse(status, list);
      for (const [status, r] of Object.entries(responses)) {
        if (r.$ref) continue;
        responses[status] = { ...r, headers: { ...r.headers, "X-Request-Id": header("X-Request-Id") } };
      }
    }
  }
  return doc;
}

/** A Hono route path as OpenAPI writes it: "/api/projects/:id{[0-9]+}" -> "/api/projects/{id}". */
export function openApiPath(honoPath: string): string {
  return honoPath.replace(/:([A-Za-z0-9_]+)(\{(?:[^{}]|\{[^{}]*\})*\})?\??/g, "{$1}");
}
