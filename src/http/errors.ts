// The one error shape and the one error mapper. Every error the API returns is
//   { "error": { "code", "message", "requestId", "issues"? } }
// with `issues` listing field paths for validation errors.
import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { ConfigError } from "../config";
import type { AppEnv } from "./context";
import { describeFailure } from "./log";

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

/** Codes for HTTPExceptions thrown by Hono's own middleware and validators. */
const HTTP_EXCEPTION_CODES: Partial<Record<number, string>> = {
  400: "bad_request",
  401: "unauthorized",
  403: "forbidden",
  413: "payload_too_large",
  415: "unsupported_media_type",
};

// SQLSTATEs (https://www.postgresql.org/docs/current/errcodes-appendix.html) saying a value is
// invalid: not-null and check violations, and the whole class 22 (data exception: bad input
// syntax, out of range, time zone displacement, ...), whose every member is about a value.
const PG_INVALID_INPUT = new Set(["23502", "23514"]);
const isDataException = (code: string) => code.startsWith("22");

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

/**
 * SQLSTATEs that say the database is in trouble, not the request: class 08 (connection exception),
 * class 53 (insufficient resources), 57P01-57P03 (admin/crash shutdown, cannot connect now),
 * 57014 (query canceled: statement timeout), XX000 (internal error), XX001/XX002 (data corrupted).
 */
export function isUnavailableSqlState(code: string): boolean {
  return /^(08|53)/.test(code) || /^57P0[1-3]$/.test(code) || ["57014", "XX000", "XX001", "XX002"].includes(code);
}

/** Our round-trip timeout (src/db/client.ts), also when the driver wrapped it as its sourceError. */
function isTimeout(err: unknown): boolean {
  for (let e: unknown = err, i = 0; e && i < 4; i++) {
    const x = e as { name?: unknown; sourceError?: unknown; cause?: unknown };
    if (x.name === "TimeoutError") return true;
    e = x.sourceError ?? x.cause;
  }
  return false;
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
    return { status, code: HTTP_EXCEPTION_CODES[status] ?? "http_error", message: err.message || "request refused" };
  }
  if (err instanceof ConfigError) {
    // Logged (status 500), but it is an operator error, not a code bug: no stack.
    return { status: 500, code: "server_misconfigured", message: err.message };
  }
  const code = pgCode(err);
  if (code === "22021" || code === "22P05") {
    // Text Postgres cannot store: a NUL character (e.g. "%00" in a path, "\u0000" in JSON) or a lone
    // surrogate in JSON ("\ud800"). The request's fault, and refused before anything was written.
    return {
      status: 400,
      code: "invalid_text",
      message: "the request contains characters that cannot be stored (NUL or a lone surrogate)",
    };
  }
  if (code === "23505") return { status: 409, code: "conflict", message: "conflicts with an existing resource" };
  if (code === "23503")
    return { status: 422, code: "invalid_reference", message: "refers to a resource that does not exist" };
  if (code && (PG_INVALID_INPUT.has(code) || isDataException(code))) {
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
  if (isTimeout(err)) {
    return {
      status: 503,
      code: "database_timeout",
      message: "the database did not answer in time; retry later",
      headers: { "Retry-After": RETRY_AFTER_SECONDS },
    };
  }
  if ((code && isUnavailableSqlState(code)) || isDatabaseUnavailable(err)) {
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
  // The request log (src/http/log.ts) writes the one line for this request, with this attached.
  if (m.bug || m.status >= 500) c.set("failure", describeFailure(err, m.code));
  const issues = err instanceof ApiError ? err.extra.issues : undefined;
  return c.json(errorBody(c, m.code, m.message, issues), m.status, m.headers);
}
