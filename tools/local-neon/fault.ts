// Shared with the worker tests, which arm faults through the control API: keep this file import-free.
// The control API and every fault are described in docs/local-neon.md.

/**
 * Errors Neon's proxy answers that are not Postgres errors: `code` is "" (sql_over_http.rs, `handle`,
 * fills the fields only from a DbError). Status and message per kind: see NEON_ERRORS in server.ts.
 */
export type NeonErrorKind = "auth_failed" | "endpoint_disabled" | "connection_lost" | "malformed_request";

/**
 * A fault armed for one client key (the user name in the connection string), so that
 * tests running in parallel each see only their own faults and round-trip counts.
 */
export interface Fault {
  /** How many requests it applies to; -1 for all until cleared. */
  times: number;
  /** Delay before answering, in ms (before anything runs, unless `stallAtStatement` is set). */
  delayMs?: number;
  /** With `delayMs`: wait inside the transaction, before statement N (N = count, or -1: before COMMIT). */
  stallAtStatement?: number;
  /** Answer with this HTTP status instead of running the query. */
  status?: number;
  /** Destroy the socket without answering (nothing ran). */
  drop?: boolean;
  /** Answer with one of Neon's non-Postgres errors instead of running the query. */
  neonError?: NeonErrorKind;
  /**
   * The "did it commit?" case: run the request to the end (COMMIT included), then lose the reply.
   * "reply": Neon lost its connection to Postgres while reading the COMMIT's reply and answers
   *          400 {"message":"connection closed","code":""}.
   * "socket": the HTTP connection is destroyed without an answer (the driver sees a network error).
   */
  lostAfterCommit?: "reply" | "socket";
  /**
   * Run the batch, then fail with a Postgres error before statement N (0-based): rolls it back.
   * N = the number of statements fails after all of them ran, before COMMIT.
   */
  failAtStatement?: number;
  /** Only requests whose SQL contains this text. */
  match?: string;
}

/** Per-key overrides of Neon's size limits (POST /__control/limits). */
export interface Limits {
  /** Largest request body, bytes; above it: 413. */
  maxRequestBytes?: number;
  /** Largest response body, bytes (checked as Neon checks it, before each row); above it: 507. */
  maxResponseBytes?: number;
}
