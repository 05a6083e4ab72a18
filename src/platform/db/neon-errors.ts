// What an error from Neon's SQL-over-HTTP proxy means for the app, when it is not a Postgres error.
// The driver (@neondatabase/serverless) turns the proxy's answers into NeonDbError:
//   - HTTP 400: `NeonDbError(body.message)` with the body's fields copied, so `code` is "" for the
//     proxy's own errors (neondatabase/neon proxy/src/serverless/sql_over_http.rs, `handle`);
//   - any other non-2xx: `NeonDbError("Server error (HTTP status N): <body>")` without `code`.
// Reference: docs/local-neon.md (the local endpoint reproduces each of these).

export type NeonProxyFailure =
  /** Neon refused DATABASE_URL itself (bad password, malformed string): an operator must fix it. */
  | "misconfigured"
  /** A request or response over Neon's size limit (413/507): the same request always fails. */
  | "limit_exceeded"
  /** Anything else the proxy says (endpoint disabled, connection lost, ...): Neon is in trouble. */
  | "unavailable";

/**
 * Messages of the proxy's refusals of the connection string and its credentials
 * (proxy/src/serverless/error.rs ConnInfoError; proxy/src/platform/auth/mod.rs AuthError::PasswordFailed).
 */
const MISCONFIGURED =
  /^(password authentication failed for user|invalid header: neon-connection-string|invalid connection string|incorrect scheme|missing database name|invalid database name|missing username|invalid username|missing authentication credentials|missing hostname|invalid hostname)/;

/** Server error (HTTP status 413 | 507): request too large, response too large (SqlOverHttpError::ResponseTooLarge). */
const OVER_LIMIT = /^Server error \(HTTP status (413|507)\)/;

function neonError(err: unknown): { message: string; code?: unknown } | undefined {
  const e = (err as { cause?: unknown })?.cause ?? err;
  return e instanceof Error && e.name === "NeonDbError" ? (e as Error & { code?: unknown }) : undefined;
}

/** Classifies a proxy error (empty or absent `code`); undefined for Postgres errors and everything else. */
export function neonProxyFailure(err: unknown): NeonProxyFailure | undefined {
  const e = neonError(err);
  if (!e) return undefined;
  if (OVER_LIMIT.test(e.message)) return "limit_exceeded";
  // A Postgres error has a SQLSTATE; the proxy's own 400s have code "".
  if (e.code !== "") return undefined;
  return MISCONFIGURED.test(e.message) ? "misconfigured" : "unavailable";
}
