// The one error catalog: every code the API can send, with its status and what it means. An
// ApiError is built from a code (src/platform/http/errors.ts), so a code cannot go out with another status;
// routes declare the codes they answer (src/platform/http/route.ts) and the OpenAPI document and
// docs/errors.md (npm run generate) are generated from this table.
import { causeChain } from "../lib/cause-chain";

export interface ErrorEntry {
  status: 400 | 401 | 403 | 404 | 405 | 409 | 410 | 412 | 413 | 415 | 422 | 429 | 500 | 503;
  description: string;
  /** Seconds sent as `Retry-After` with this code: retrying is the expected reaction. */
  retryAfter?: number;
}

export const ERROR_CATALOG = {
  validation_failed: {
    status: 400,
    description: "A parameter, the query or the body breaks the documented schema; `issues` lists each field",
  },
  bad_request: { status: 400, description: "The body is not well-formed JSON" },
  invalid_cursor: { status: 400, description: "The list cursor is malformed or belongs to another sort/order" },
  invalid_token: { status: 400, description: "The email link's token is invalid, used or expired" },
  invalid_text: {
    status: 400,
    description: "Text Postgres cannot store: a NUL character or a lone surrogate; nothing was written",
  },
  common_password: {
    status: 400,
    description: "The new password is among the most common passwords (a published list); choose another",
  },
  unauthorized: {
    status: 401,
    description:
      "Missing, unknown, expired or revoked session or API key, or an API key on a route that takes only a session",
  },
  invalid_credentials: { status: 401, description: "Login: unknown email or wrong password (the same answer)" },
  forbidden: { status: 403, description: "Refused by a guard" },
  csrf_rejected: {
    status: 403,
    description: "A cross-site request carrying the session cookie, or a cross-site form submission",
  },
  insufficient_scope: {
    status: 403,
    description: "The API key lacks a scope this operation requires (the operation's `security` lists them)",
  },
  insufficient_role: {
    status: 403,
    description:
      "Your role in the workspace does not allow this operation (the operation's description lists the roles that may)",
  },
  email_unverified: {
    status: 403,
    description:
      "The account's email address is not verified (the signup mail's link; POST /api/auth/verify-email/resend sends another): needed to start runs and create API keys",
  },
  wrong_password: { status: 403, description: "The current password given to confirm an action is incorrect" },
  quota_exceeded: {
    status: 403,
    description:
      "The write would exceed an account quota (projects, artifacts or bytes per project, or the month's generation tokens; `issues` names it); nothing was written",
  },
  not_found: { status: 404, description: "No such route, or no such resource of the signed-in user" },
  invitation_not_found: { status: 404, description: "No invitation has this token" },
  invitation_email_mismatch: {
    status: 403,
    description:
      "The invitation is for another email address: only an account whose verified email is the invited one may accept it",
  },
  invitation_closed: {
    status: 410,
    description: "The invitation was already accepted, was revoked, or has expired; ask for a new one",
  },
  personal_workspace: { status: 409, description: "A personal workspace cannot be deleted" },
  last_owner: {
    status: 409,
    description: "The workspace's last owner cannot leave, be removed or be demoted: make another member owner first",
  },
  already_member: { status: 409, description: "The invited address belongs to a member of the workspace already" },
  invitation_pending: { status: 409, description: "The address already has an open invitation to the workspace" },
  too_many_invitations: {
    status: 409,
    description: "The workspace has as many open invitations as allowed; revoke some or wait for them to be accepted",
  },
  method_not_allowed: { status: 405, description: "The path exists for other methods (listed in `Allow`)" },
  conflict: { status: 409, description: "Conflicts with an existing resource" },
  concurrent_update: {
    status: 409,
    description: "A concurrent change won (serialization failure, deadlock or a changed row); retry",
    retryAfter: 1,
  },
  slug_contended: {
    status: 409,
    description: "Concurrent creates kept taking the project's slug; retry",
    retryAfter: 1,
  },
  version_contended: {
    status: 409,
    description: "Concurrent posts of the same artifact kept colliding on the version number; retry",
    retryAfter: 1,
  },
  artifact_name_conflict: { status: 409, description: "The name differs only in case from an artifact of the phase" },
  github_not_connected: { status: 409, description: "The project's GitHub repository is not connected (yet)" },
  email_taken: { status: 409, description: "An account with this email already exists" },
  already_verified: { status: 409, description: "The email address is already verified" },
  approval_not_allowed: {
    status: 403,
    description:
      "The gate's review policy does not count the caller as an approver (not among its roles or named members, or the project's author where the policy excludes them)",
  },
  wrong_phase: { status: 409, description: "The approval is only possible in another phase" },
  stack_not_offered: {
    status: 422,
    description:
      "The stackChoice is not an option of the project's stack scorecard (the message names them) and the request has no override; nothing was recorded",
  },
  phase_mismatch: { status: 409, description: "The project is not in `expectedPhase` (someone advanced it)" },
  phase_final: { status: 409, description: 'Phase "done" is final' },
  gate_failed: {
    status: 409,
    description:
      "Leaving the phase is refused: required artifacts missing or failing, or task coverage below the threshold; `issues` lists each (path `<phase>/<artifact>`)",
  },
  finding_not_found: { status: 422, description: "The artifact version has no finding of the named rule to waive" },
  run_active: {
    status: 409,
    description: "The project already has an active generation run (its id is in the message); one at a time",
  },
  run_limit_reached: {
    status: 409,
    description:
      "You have as many active generation runs as allowed (GENERATION_MAX_ACTIVE_RUNS); finish or cancel one",
  },
  run_state: { status: 409, description: "The run's status does not allow this (e.g. resuming a completed run)" },
  change_request_phase: {
    status: 409,
    description:
      "The project is before the spec phase: change requests open once it is in spec or later (done included)",
  },
  change_request_state: {
    status: 409,
    description:
      "The change request's status does not allow this (e.g. editing one in review, merging one not approved)",
  },
  invalid_delta: {
    status: 422,
    description:
      "A delta names a requirement or base revision that does not exist, adds an id that exists, or has text that would not read back as itself",
  },
  change_conflict: {
    status: 409,
    description:
      "A MODIFIED or REMOVED delta's base revision is no longer the requirement's active one (the message names the requirement and the change request that moved it); rebase",
  },
  requirement_retired: {
    status: 409,
    description: "A delta's requirement was retired since the change request was opened: it cannot be rebased onto it",
  },
  drift_without_requirements: { status: 409, description: "The drift changes no requirement of PRD.md" },
  drift_closed: { status: 409, description: "The drift is no longer open" },
  approval_required: { status: 409, description: "The phase's gate (stack or dependencies approval) is not met" },
  idempotency_key_in_use: {
    status: 409,
    description:
      "The request with this Idempotency-Key has no answer to replay (its key expired meanwhile, or was claimed by an earlier server version); retry after `Retry-After`",
    retryAfter: 1,
  },
  precondition_failed: {
    status: 412,
    description:
      "If-Match names none of the resource's current ETags: it changed since it was read; nothing was written",
  },
  payload_too_large: { status: 413, description: "The body (or the state it would produce) exceeds the limit" },
  unsupported_media_type: { status: 415, description: "The body is not of the declared content type" },
  invalid_reference: { status: 422, description: "Refers to a resource that does not exist" },
  idempotency_key_reused: {
    status: 422,
    description: "This Idempotency-Key was used with another request (method, path or body); nothing was done",
  },
  webhook_url_not_allowed: {
    status: 422,
    description:
      "The webhook URL is refused: not https, carries credentials or a port, or its host is not public (the message names why)",
  },
  invalid_value: { status: 422, description: "A value is invalid or out of range for the database" },
  rate_limited: { status: 429, description: "Too many requests: wait `Retry-After` seconds" },
  internal_error: { status: 500, description: "Unexpected server error (a bug: logged with the request id)" },
  database_limit_exceeded: {
    status: 500,
    description: "A database request or answer exceeded Neon's size limit (a bug: no route may ask that much)",
  },
  server_misconfigured: { status: 500, description: "A binding is missing or invalid (operator error)" },
  database_unavailable: { status: 503, description: "The database is unavailable; retry", retryAfter: 2 },
  database_timeout: { status: 503, description: "The database did not answer in time; retry", retryAfter: 2 },
  github_not_configured: {
    status: 503,
    description:
      "The GitHub integration lacks a setting this request needs (the message names it): operator configuration",
  },
  server_busy: {
    status: 503,
    description: "Too many password checks queued on this server (a login burst); retry after `Retry-After`",
    retryAfter: 1,
  },
} as const satisfies Record<string, ErrorEntry>;

export type ErrorCode = keyof typeof ERROR_CATALOG;
export type StatusOf<C extends ErrorCode> = (typeof ERROR_CATALOG)[C]["status"];
export type ErrorStatus = ErrorEntry["status"];

export const ERROR_CODES = Object.keys(ERROR_CATALOG) as ErrorCode[];

export function entryOf(code: ErrorCode): ErrorEntry {
  return ERROR_CATALOG[code];
}

/** `Retry-After` for a code, if the catalog asks for one. */
export function retryAfterOf(code: ErrorCode): Record<string, string> {
  const s = entryOf(code).retryAfter;
  return s === undefined ? {} : { "Retry-After": String(s) };
}

/** The SQLSTATE of a Postgres error, also when the driver or drizzle wrapped it (as `cause`). */
export function sqlState(err: unknown): string | undefined {
  for (const e of causeChain(err)) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string" && /^[0-9A-Z]{5}$/.test(code)) return code;
  }
  return undefined;
}

// SQLSTATEs (https://www.postgresql.org/docs/current/errcodes-appendix.html) the request caused.
const SQLSTATE_CODES: Record<string, ErrorCode> = {
  "22021": "invalid_text", // character not in repertoire (NUL)
  "22P05": "invalid_text", // untranslatable character (lone surrogate in JSON)
  "23505": "conflict",
  "23503": "invalid_reference",
  "23502": "invalid_value",
  "23514": "invalid_value",
  "40001": "concurrent_update",
  "40P01": "concurrent_update",
};

/**
 * SQLSTATEs that say the database is in trouble, not the request: class 08 (connection exception),
 * class 53 (insufficient resources), 57P01-57P03 (admin/crash shutdown, cannot connect now),
 * 57014 (query canceled: statement timeout), XX000 (internal error), XX001/XX002 (data corrupted).
 */
function isUnavailableSqlState(code: string): boolean {
  return /^(08|53)/.test(code) || /^57P0[1-3]$/.test(code) || ["57014", "XX000", "XX001", "XX002"].includes(code);
}

/** The catalog code a Postgres error maps to, if it is one the request (or the database) caused. */
export function codeForSqlState(state: string): ErrorCode | undefined {
  if (SQLSTATE_CODES[state]) return SQLSTATE_CODES[state];
  // Class 22, data exception (bad input syntax, out of range, time zone displacement, ...): every
  // member is about a value the request carried.
  if (state.startsWith("22")) return "invalid_value";
  return isUnavailableSqlState(state) ? "database_unavailable" : undefined;
}
