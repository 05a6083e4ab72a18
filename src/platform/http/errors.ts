// The one error shape and the one error mapper. Every error the API returns is
//   { "error": { "code", "message", "requestId", "issues"? } }
// with `issues` listing field paths for validation errors.
import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import { ConfigError } from "../config";
import { type NeonProxyFailure, neonProxyFailure } from "../db/neon-errors";
import { causeChain } from "../lib/cause-chain";
import type { AppEnv } from "./context";
import { codeForSqlState, type ErrorCode, type ErrorStatus, entryOf, retryAfterOf, sqlState } from "./error-catalog";
import { CHALLENGE_HEADER } from "./header-names";
import { describeFailure } from "./log";

export interface Issue {
  path: string;
  message: string;
}

export interface ErrorBody {
  error: { code: string; message: string; requestId?: string; issues?: Issue[] };
}

/**
 * An error a handler throws on purpose, built from a catalog code: the status comes from the
 * catalog (src/platform/http/error-catalog.ts), and so does `Retry-After` where the code asks for one.
 */
export class ApiError extends HTTPException {
  readonly code: ErrorCode;
  readonly extra: ApiErrorExtra;
  constructor(code: ErrorCode, message: string, extra: ApiErrorExtra = {}) {
    const entry = entryOf(code);
    super(entry.status, { message });
    this.code = code;
    this.extra = extra;
  }
}

export interface ApiErrorExtra {
  issues?: Issue[];
  headers?: Record<string, string>;
}

export const notFound = (what = "resource") => new ApiError("not_found", `${what} not found`);

/** Codes for HTTPExceptions thrown by Hono's own middleware and validators. */
const HTTP_EXCEPTION_CODES: Partial<Record<number, ErrorCode>> = {
  400: "bad_request",
  401: "unauthorized",
  403: "forbidden",
  413: "payload_too_large",
  415: "unsupported_media_type",
};

interface Classified {
  code: ErrorCode;
  message: string;
  headers?: Record<string, string>;
  /** Unexpected: logged with its stack. */
  bug?: boolean;
}

/** What a client is told for each SQLSTATE mapping (src/platform/http/error-catalog.ts). */
const SQLSTATE_MESSAGES: Partial<Record<ErrorCode, string>> = {
  // Text Postgres cannot store: a NUL character (e.g. "%00" in a path, "\u0000" in JSON) or a lone
  // surrogate in JSON ("\ud800"). The request's fault, and refused before anything was written.
  invalid_text: "the request contains characters that cannot be stored (NUL or a lone surrogate)",
  conflict: "conflicts with an existing resource",
  invalid_reference: "refers to a resource that does not exist",
  invalid_value: "a value is invalid or out of range",
  concurrent_update: "the request conflicted with a concurrent update; retry it",
  database_unavailable: "the database is unavailable; retry later",
};

/** Our round-trip timeout (src/platform/db/client.ts), also when the driver wrapped it as its sourceError. */
function isTimeout(err: unknown): boolean {
  return causeChain(err, { sourceError: true }).some((e) => (e as { name?: unknown }).name === "TimeoutError");
}

/** The driver's own failures: network, non-2xx from Neon, aborted fetch (timeout). */
function isDatabaseUnavailable(err: unknown): boolean {
  const e = (err as { cause?: unknown })?.cause ?? err;
  if (!(e instanceof Error)) return false;
  if (e.name === "AbortError" || e.name === "TimeoutError") return true;
  return (
    e.name === "NeonDbError" &&
    sqlState(e) === undefined &&
    /^(Error connecting to database|Server error \(HTTP status|Neon internal error)/.test(e.message)
  );
}

export interface Mapped extends Classified {
  status: ErrorStatus;
}

/** An exception as the client will see it: code and message, status and `Retry-After` from the catalog. */

/**
 * Neon proxy errors that are not Postgres errors (src/platform/db/neon-errors.ts). An over-limit answer is
 * never "retry later": the same request fails the same way every time, and no route may ask for that
 * much (the export reads in pages), so it is our bug: 500, logged with its stack, no Retry-After.
 */
const PROXY_FAILURES: Record<NeonProxyFailure, Classified> = {
  misconfigured: {
    code: "server_misconfigured",
    message: "server misconfigured: the database refused DATABASE_URL (credentials or format)",
  },
  limit_exceeded: {
    code: "database_limit_exceeded",
    message: "the database request or answer exceeds its size limit",
    bug: true,
  },
  unavailable: { code: "database_unavailable", message: "the database is unavailable; retry later" },
};

export function mapError(err: unknown): Mapped {
  const m = classify(err);
  const headers = { ...retryAfterOf(m.code), ...m.headers };
  return { ...m, status: entryOf(m.code).status, ...(Object.keys(headers).length ? { headers } : {}) };
}

function classify(err: unknown): Classified {
  if (err instanceof ApiError) return { code: err.code, message: err.message, headers: err.extra.headers };
  if (err instanceof HTTPException) {
    const code = HTTP_EXCEPTION_CODES[err.status];
    if (code) return { code, message: err.message || "request refused" };
    return { code: "internal_error", message: "internal error", bug: true };
  }
  if (err instanceof ConfigError) {
    // Logged (status 500), but it is an operator error, not a code bug: no stack.
    return { code: "server_misconfigured", message: err.message };
  }
  const proxy = neonProxyFailure(err);
  if (proxy) return PROXY_FAILURES[proxy];
  const state = sqlState(err);
  const code = state === undefined ? undefined : codeForSqlState(state);
  // A timeout outranks the SQLSTATE its cancellation produced (57014).
  if (isTimeout(err)) return { code: "database_timeout", message: "the database did not answer in time; retry later" };
  if (code) return { code, message: SQLSTATE_MESSAGES[code] ?? entryOf(code).description };
  if (isDatabaseUnavailable(err))
    return { code: "database_unavailable", message: "the database is unavailable; retry later" };
  return { code: "internal_error", message: "internal error", bug: true };
}

export function errorBody(c: Context<AppEnv>, code: ErrorCode, message: string, issues?: Issue[]): ErrorBody {
  return { error: { code, message, requestId: c.get("requestId"), ...(issues ? { issues } : {}) } };
}

/** The realm of the API's Bearer challenge (RFC 6750 §3). */
export const AUTH_REALM = "spec-drive";

/**
 * The `WWW-Authenticate` of a 401 (RFC 9110 §11.6.1 requires one; RFC 6750 §3 gives its form): the Bearer
 * challenge, with `error="invalid_token"` when the request sent a Bearer token that was refused (unknown,
 * expired, revoked, malformed, or a key where only a session is taken). No error code when it sent none, or
 * another scheme (§3.1), or on login's wrong password (no token involved).
 */
function challengeOf(c: Context<AppEnv>, code: ErrorCode): string {
  const challenge = `Bearer realm="${AUTH_REALM}"`;
  const sentBearer = /^\s*Bearer(\s|$)/i.test(c.req.header("authorization") ?? "");
  return code === "unauthorized" && sentBearer ? `${challenge}, error="invalid_token"` : challenge;
}

/** app.onError: the only place an exception becomes a response. */
export function handleError(err: unknown, c: Context<AppEnv>): Response {
  const m = mapError(err);
  // The request log (src/platform/http/log.ts) writes the one line for this request, with this attached.
  if (m.bug || m.status >= 500) c.set("failure", describeFailure(err, m.code));
  const issues = err instanceof ApiError ? err.extra.issues : undefined;
  // A route may name more in its challenge (/mcp adds resource_metadata: src/mcp/forward.ts).
  const headers =
    m.status === 401
      ? { ...m.headers, [CHALLENGE_HEADER]: m.headers?.[CHALLENGE_HEADER] ?? challengeOf(c, m.code) }
      : m.headers;
  return c.json(errorBody(c, m.code, m.message, issues), m.status, headers);
}
