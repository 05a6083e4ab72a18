// The one error shape and the one error mapper. Every error the API returns is
//   { "error": { "code", "message", "requestId", "issues"? } }
// with `issues` listing field paths for validation errors.
import { DrizzleQueryError } from "drizzle-orm";
import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { ConfigError } from "../config";
import type { AppEnv } from "./context";

export interface Issue {
  path: string;
  message: string;
}

export interface ErrorBody {
  error: { code: string; message: string; requestId?: string; issues?: Issue[] };
}

/** An error a handler throws on purpose: rendered as-is in the error shape. */
export class ApiError extends HTTPException {
  constructor(
    status: ContentfulStatusCode,
    readonly code: string,
    message: string,
    readonly extra: { issues?: Issue[]; headers?: Record<string, string> } = {},
  ) {
    super(status, { message });
  }
}

export const notFound = (what = "resource") => new ApiError(404, "not_found", `${what} not found`);

const RETRY_AFTER_SECONDS = "2";

// SQLSTATE classes (https://www.postgresql.org/docs/current/errcodes-appendix.html).
const PG_INVALID_INPUT = new Set(["23502", "23514", "22P02", "22001", "22003", "22007", "22008", "22023", "22P05"]);

interface Mapped {
  status: ContentfulStatusCode;
  code: string;
  message: string;
  headers?: Record<string, string>;
  /** Unexpected: logged with its stack. */
  bug?: boolean;
}

function pgCode(err: unknown): string | undefined {
  const e = err as { cause?: { code?: unknown }; code?: unknown } | null;
  const code = e?.cause?.code ?? e?.code;
  return typeof code === "string" ? code : undefined;
}

/** The driver's own failures: network, non-2xx from Neon, aborted fetch (timeout). */
function isDatabaseUnavailable(err: unknown): boolean {
  const e = (err as { cause?: unknown })?.cause ?? err;
  if (!(e instanceof Error)) return false;
  if (e.name === "AbortError" || e.name === "TimeoutError") return true;
  return (
    e.name === "NeonDbError" &&
    pgCode(e) === undefined &&
    /^(Error connecting to database|Server error \(HTTP status|Neon internal error)/.test(e.message)
  );
}

export function mapError(err: unknown): Mapped {
  if (err instanceof ApiError) {
    return {
      status: err.status as ContentfulStatusCode,
      code: err.code,
      message: err.message,
      headers: err.extra.headers,
    };
  }
  if (err instanceof HTTPException) {
    const status = err.status as ContentfulStatusCode;
    const code =
      status === 413
        ? "payload_too_large"
        : status === 401
          ? "unauthorized"
          : status === 403
            ? "forbidden"
            : "http_error";
    return { status, code, message: err.message || "request refused" };
  }
  if (err instanceof ConfigError) {
    return { status: 500, code: "server_misconfigured", message: err.message, bug: true };
  }
  const code = pgCode(err);
  if (code === "23505") return { status: 409, code: "conflict", message: "conflicts with an existing resource" };
  if (code === "23503")
    return { status: 422, code: "invalid_reference", message: "refers to a resource that does not exist" };
  if (code && PG_INVALID_INPUT.has(code)) {
    return { status: 422, code: "invalid_value", message: "a value is invalid or out of range" };
  }
  if (code === "40001" || code === "40P01") {
    return {
      status: 409,
      code: "concurrent_update",
      message: "the request conflicted with a concurrent update; retry it",
      headers: { "Retry-After": "1" },
    };
  }
  if (isDatabaseUnavailable(err)) {
    return {
      status: 503,
      code: "database_unavailable",
      message: "the database is unavailable; retry later",
      headers: { "Retry-After": RETRY_AFTER_SECONDS },
    };
  }
  return { status: 500, code: "internal_error", message: "internal error", bug: true };
}

export function errorBody(c: Context<AppEnv>, code: string, message: string, issues?: Issue[]): ErrorBody {
  return { error: { code, message, requestId: c.get("requestId"), ...(issues ? { issues } : {}) } };
}

/** app.onError: the only place an exception becomes a response. */
export function handleError(err: unknown, c: Context<AppEnv>): Response {
  const m = mapError(err);
  if (m.bug || m.status >= 500) {
    // drizzle's query errors carry the statement's parameters in their message and stack
    // (password hashes, token hashes, emails): log the driver's own error and the SQL text only.
    const e = (err instanceof DrizzleQueryError ? err.cause : err) as Error | undefined;
    console.error(
      JSON.stringify({
        level: "error",
        requestId: c.get("requestId"),
        method: c.req.method,
        path: c.req.path,
        status: m.status,
        code: m.code,
        error: e?.message,
        query: err instanceof DrizzleQueryError ? err.query.replace(/\s+/g, " ").trim().slice(0, 500) : undefined,
        pgCode: pgCode(err),
        stack: m.bug ? e?.stack : undefined,
      }),
    );
  }
  const issues = err instanceof ApiError ? err.extra.issues : undefined;
  return c.json(errorBody(c, m.code, m.message, issues), m.status, m.headers);
}
