// Hostile input over EVERY route (walked from app.routes), signed in and not: property-based
// requests built from the OpenAPI document's JSON Schemas (themselves generated from the zod
// schemas), mutated, plus raw junk (malformed JSON, invalid UTF-8, deep nesting, huge values,
// forbidden keys, SQL and header injection, wrong content types, oversized bodies).
// Properties: never a 5xx; text the database cannot store (lone surrogates, NUL) is 400
// invalid_text; every response conforms to the document (api().request checks it);
// a 4xx writes nothing (the victim's data fingerprinted before and after); no header injection;
// no prototype pollution in the worker.
import { env } from "cloudflare:test";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { newAccountToken, newResetExpiry, resetTokenFor } from "../../../src/account/tokens";
import { app } from "../../../src/app";
import { projectWebhookSecret } from "../../../src/github/secrets";
import { unsubscribeToken } from "../../../src/notifications";
import { hashPassword } from "../../../src/platform/auth/password";
import { hashToken, newToken } from "../../../src/platform/auth/tokens";
import { openApiPath } from "../../../src/platform/http/openapi-router";
import { jsonTextHasUnstorable } from "../../../src/platform/http/text-guard";
import { sha256Hex } from "../../../src/platform/lib/hash";
import { apiKeyFor } from "../api-key-fixtures";
import { type OpenApiDoc, openApiDoc } from "../contract";
import { insertDrift } from "../github/drift-fixtures";
import { sign as signWebhook } from "../github/webhook-fixtures";
import { api, bodyForMessage, jsonInit, signedInUser, sql, uniqueEmail, uniqueIp, verifyEmail } from "../helpers";
import { createProject, uploadPhaseDocs } from "../project-fixtures";
import { workspaceOf } from "../route-fixtures";
import {
  type Body,
  type Components,
  contentTypes,
  fromSchema,
  HEADER_INJECTION,
  hostileBody,
  SQL_INJECTION,
  validFromSchema,
} from "./fuzz-arbitraries";

/** Runs per route (x ~36 routes): keeps the file around 20 s per backend. */
const RUNS = 30;
/**
 * Valid requests per route (generated from the document with realistic values, each from a fresh
 * actor): every one must reach the handler and succeed, so each route's floor is VALID_RUNS successes.
 */
const VALID_RUNS = 6;
/** A new seed every run, printed; replay a failure with `FUZZ_SEED=<seed> npm test`. */
const SEED = env.FUZZ_SEED ? Number(env.FUZZ_SEED) : Date.now() % 2 ** 31;
console.log(`fuzz seed ${SEED}`);

type Param = { name: string; in: string; required?: boolean; schema?: Record<string, unknown> };
type Op = { parameters?: Param[]; requestBody?: { content?: Record<string, { schema?: Record<string, unknown> }> } };

const routes = [
  ...new Map(
    app.routes
      .filter((r) => r.method !== "ALL")
      .map((r) => [`${r.method} ${r.path}`, { method: r.method, path: r.path }]),
  ).values(),
];

let doc: OpenApiDoc;
let victim: Awaited<ReturnType<typeof signedInUser>>;
type Fixtures = { projectId: string; slug: string; artifactId: string; otherProjectId: string; otherSessionId: string };

/** The actors' password, hashed once (a real scrypt hash, so that login and confirmations succeed). */
const ACTOR_PASSWORD = "fuzz actor passphrase 7";
/**
 * A new password for the routes that set one: the document cannot say "not among the 100,000 most common"
 * (a generated single word such as "Lovelace" is refused 400 common_password, rightly).
 */
const NEW_PASSWORD = "fuzz new passphrase 8";
let actorPasswordHash: string;

beforeAll(async () => {
  doc = await openApiDoc();
  victim = await signedInUser("Fuzz Victim");
  actorPasswordHash = await hashPassword(ACTOR_PASSWORD);
});

/** Per route: a project with an artifact (a DELETE fuzzed before must not starve the routes after it). */
async function makeFixtures(): Promise<Fixtures> {
  // A fresh session: a fuzzed logout or revoke-others may have ended the earlier ones.
  const token = await freshToken();
  const me = { ...victim, token, auth: { authorization: `Bearer ${token}` } };
  const p = await createProject(me);
  const a = await api().request(
    `/api/projects/${p.id}/artifacts`,
    jsonInit("POST", { phase: "analysis", name: "PRD.md", content: "# PRD" }, me.auth),
  );
  const other = await signedInUser("Bystander");
  const op = await createProject(other);
  const [s] = (await sql.query(
    "insert into auth_sessions (user_id, token_hash, expires_at) values ($1, $2, now() + interval '1 day') returning id",
    [victim.id, hashToken(newToken())],
  )) as { id: string }[];
  return {
    projectId: p.id,
    slug: p.slug,
    artifactId: ((await a.json()) as { artifact: { id: string } }).artifact.id,
    otherProjectId: op.id,
    otherSessionId: s!.id,
  };
}

/** Everything of the victim's that a request could change (rate-limit windows and session last-use excluded). */
async function fingerprint(email: string | undefined): Promise<unknown> {
  const [row] = (await sql.query(
    `select md5(coalesce((select string_agg(x, '|' order by x) from (
        select row(u.id, u.email, u.password_hash, u.name, u.email_verified, u.email_verification_token_hash,
                   u.email_verification_expires_at, u.password_reset_token_hash, u.password_reset_expires_at,
                   u.updated_at)::text as x from users u where u.id = $1
        union all select row(s.id, s.token_hash)::text from auth_sessions s where s.user_id = $1
        union all select p::text from projects p where p.user_id = $1
        union all select h::text from phase_history h join projects p on p.id = h.project_id where p.user_id = $1
        union all select a::text from project_artifacts a join projects p on p.id = a.project_id where p.user_id = $1
      ) t), '')) as victim,
      (select count(*)::int from users where email = lower(trim($2))) as by_email`,
    // Only addresses that could have been stored (printable ASCII); others count nothing (and NUL would break the query).
    [victim.id, email && /^[\x20-\x7e]{1,300}$/.test(email) ? email : ""],
  )) as unknown[];
  return row;
}

/** A fresh session for the victim per run: a successful logout or revoke in one run does not end the fuzzing. */
async function freshToken(): Promise<string> {
  const token = newToken();
  await sql.query(
    "insert into auth_sessions (user_id, token_hash, expires_at) values ($1, $2, now() + interval '1 day')",
    [victim.id, hashToken(token)],
  );
  return token;
}

const junkSegment = fc.oneof(
  // Non-empty: an empty segment makes another URL ("/api/projects/"), which is a plain 404. Nor a dot
  // segment: URL parsing removes "." and ".." (seed 1297594648 sent /api/templates/. as /api/templates/).
  fc
    .string({ minLength: 1, maxLength: 30 })
    .filter((s) => s !== "." && s !== "..")
    .map(encodeURIComponent),
  fc.constantFrom(...SQL_INJECTION, ...HEADER_INJECTION).map(encodeURIComponent),
  fc.constantFrom(
    "%",
    "%E0%A4%A",
    "%ff%fe",
    "..%2F..%2Fetc",
    "%00",
    "a".repeat(5000),
    "00000000-0000-0000-0000-000000000000",
  ),
);

function paramValue(fixtures: Fixtures, name: string): fc.Arbitrary<string> {
  if (name === "artifactId") {
    return fc.oneof({ weight: 3, arbitrary: fc.constant(fixtures.artifactId) }, fc.uuid(), junkSegment);
  }
  if (name === "id") {
    // Mostly the victim's own project (by id or slug), so requests get past the lookup.
    return fc.oneof(
      { weight: 5, arbitrary: fc.constantFrom(fixtures.projectId, fixtures.slug) },
      fc.constantFrom(fixtures.otherProjectId, fixtures.otherSessionId),
      fc.uuid(),
      junkSegment,
    );
  }
  return junkSegment;
}

function queryArb(params: Param[]): fc.Arbitrary<string> {
  const query = params.filter((p) => p.in === "query");
  const one = (p: Param) =>
    fc.option(
      fc.oneof(
        {
          weight: 8,
          arbitrary: (p.schema ? fromSchema(p.schema, doc.components.schemas as Components) : fc.string()).map(
            (text) => {
              const v = JSON.parse(text) as unknown;
              return typeof v === "string" ? v : JSON.stringify(v);
            },
          ),
        },
        { weight: 1, arbitrary: fc.string({ maxLength: 30 }) },
        {
          weight: 1,
          arbitrary: fc.constantFrom(
            ...SQL_INJECTION,
            ...HEADER_INJECTION,
            "a".repeat(3000),
            "-1",
            "1e309",
            "[]",
            "{}",
          ),
        },
      ),
      { nil: undefined, freq: 2 },
    );
  return fc
    .tuple(fc.tuple(...query.map(one)), fc.option(fc.tuple(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 }))))
    .map(([values, extra]) => {
      const q = new URLSearchParams();
      query.forEach((p, i) => {
        if (values[i] !== undefined) q.append(p.name, values[i] as string);
      });
      if (extra) q.append(extra[0], extra[1]);
      const s = q.toString();
      return s ? `?${s}` : "";
    });
}

/** Whether the request carries text the database cannot store: `%00` in the URL, or in a JSON body. */
/** Where a request carries text the database cannot store: the URL (checked first, globally) or the JSON body. */
function carriesUnstorableText(url: string, contentType: string | undefined, body: Body): "url" | "body" | undefined {
  if (url.includes("%00")) return "url";
  return bodyHasUnstorableText(contentType, body) ? "body" : undefined;
}

function bodyHasUnstorableText(contentType: string | undefined, body: Body): boolean {
  if (!contentType || !/^application\/([\w.-]+\+)?json$/i.test(contentType.split(";")[0]!.trim())) return false;
  if (body.kind === "json") return jsonTextHasUnstorable(body.text);
  return body.kind === "bytes" && jsonTextHasUnstorable(new TextDecoder().decode(body.bytes));
}

function bodyInit(body: Body): BodyInit | undefined {
  if (body.kind === "json") return body.text;
  if (body.kind === "bytes") return body.bytes;
  return undefined;
}

function emailIn(body: Body): string | undefined {
  if (body.kind !== "json") return undefined;
  try {
    const v = JSON.parse(body.text) as { email?: unknown };
    return typeof v?.email === "string" ? v.email : undefined;
  } catch {
    return undefined;
  }
}

/** fast-check's default report prints whole counterexamples (megabyte bodies): keep it readable. */
function shortReport<T>(details: fc.RunDetails<T>) {
  if (!details.failed) return;
  const example = JSON.stringify(details.counterexample, (_k, v) =>
    typeof v === "string" && v.length > 200 ? `${v.slice(0, 200)}...(${v.length} chars)` : v,
  );
  const cause = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
  throw new Error(
    `fuzz failed (seed ${details.seed}, path ${details.counterexamplePath}): ${cause.slice(0, 600)}\n  request: ${example?.slice(0, 1500)}`,
  );
}

/** A fresh account for one valid request: a known password, live verification and reset links, a project, an artifact, a second session, a key. */
async function makeActor() {
  const email = uniqueEmail("fuzz-actor");
  const token = newToken();
  const verify = newAccountToken();
  const resetExpiry = newResetExpiry();
  const reset = resetTokenFor(env.AUTH_SECRET, email, resetExpiry);
  const content = "# PRD";
  const contentHash = await sha256Hex(content);
  // One statement: the user and everything it owns.
  const [row] = (await sql.query(
    `with u as (
       insert into users (email, password_hash, name, email_verified, email_verification_token_hash,
                          email_verification_expires_at, password_reset_token_hash, password_reset_expires_at)
       values ($1, $2, 'Fuzz Actor', false, $3, now() + interval '1 day', $4, $5) returning id),
     s as (insert into auth_sessions (user_id, token_hash, expires_at) select id, $6, now() + interval '1 day' from u),
     s2 as (insert into auth_sessions (user_id, token_hash, expires_at) select id, $7, now() + interval '1 day' from u returning id),
     -- The personal workspace comes with the user (a trigger): it is visible only after this statement.
     w as (insert into workspaces (name, personal, created_by) select 'Fuzz team', false, id from u returning id),
     m as (insert into workspace_members (workspace_id, user_id, role) select w.id, u.id, 'owner' from w, u),
     p as (insert into projects (user_id, workspace_id, slug, name)
           select u.id, w.id, 'fuzz-actor', 'Fuzz actor' from u, w returning id),
     a as (insert into project_artifacts (project_id, phase, artifact_name, version, content, file_size, content_hash)
           select id, 'analysis', 'PRD.md', 1, $8, $9, $10 from p returning id)
     select (select id from u) as "userId", (select id from s2) as "otherSessionId",
            (select id from p) as "projectId", (select id from a) as "artifactId", (select id from w) as "workspaceId"`,
    [
      email,
      actorPasswordHash,
      verify.hash,
      reset.hash,
      resetExpiry.toISOString(),
      hashToken(token),
      hashToken(newToken()),
      content,
      content.length,
      contentHash,
    ],
  )) as { userId: string; otherSessionId: string; projectId: string; artifactId: string; workspaceId: string }[];
  const key = await apiKeyFor(row!.userId);
  const user = { id: row!.userId, email, token, auth: { authorization: `Bearer ${token}` } };
  return { ...row!, user, keyId: key.id, verifyToken: verify.token, resetToken: reset.token };
}
type Actor = Awaited<ReturnType<typeof makeActor>>;

/** An ADDED delta of an id the actor's project does not have. */
const FUZZ_ADDED = { kind: "added", reqId: "REQ-FUZZ-002", title: "Added", body: "Text.", acceptance: "ok." };

/** The actor's project in spec with one active requirement (REQ-FUZZ-001, revision 1); its id. */
async function withRequirement(a: Actor): Promise<string> {
  await sql.query(
    `with p as (update projects set current_phase = 'spec' where id = $1 returning id)
     insert into requirements (project_id, req_id, revision, title, content_hash)
     select id, 'REQ-FUZZ-001', 1, 'Fuzzed', 'h' from p on conflict do nothing`,
    [a.projectId],
  );
  return "REQ-FUZZ-001";
}

/** A change request of the actor's project in `status`, adding REQ-FUZZ-002; approved: with the actor's approval. */
async function withChangeRequest(a: Actor, status: "draft" | "in_review" | "approved"): Promise<string> {
  await withRequirement(a);
  const [row] = (await sql.query(
    `with c as (insert into change_requests (project_id, number, title, status, author_id)
       select $1, coalesce((select max(number) from change_requests where project_id = $1), 0) + 1, 'Fuzzed', $2, $3
       returning id),
     d as (insert into change_request_deltas (change_request_id, position, kind, req_id, title, body, acceptance)
       select id, 0, 'added', 'REQ-FUZZ-002', 'Added', 'Text.', 'ok.' from c),
     v as (insert into approvals (project_id, gate, subject_id, user_id, version_hashes)
       select $1, 'change_request', id, $3, '{"deltas": "REQ-FUZZ-002@new"}'::jsonb from c where $2 = 'approved')
     select id from c`,
    [a.projectId, status, a.userId],
  )) as { id: string }[];
  return row!.id;
}

/** What a valid request needs that the document cannot say: secrets, ids, the project's state. */
/** The actor's project connected to a GitHub repository (an app installation), checked: `{}` for VALID. */
async function withGithub(a: Actor): Promise<Valid> {
  await sql.query(
    `insert into github_connections (project_id, owner, repo, status, branch, auth_kind, installation_id)
     values ($1, 'acme', 'spec-fuzz', 'connected', 'spec-drive/fuzz-actor', 'app', 1)`,
    [a.projectId],
  );
  return {};
}

type Valid = {
  params?: Record<string, string>;
  query?: Record<string, string>;
  body?: Record<string, unknown>;
  auth?: false;
  /** A body sent as it is, with its headers (a signed webhook delivery). */
  raw?: { body: string; headers: Record<string, string> };
};
const VALID: Record<string, (a: Actor) => Valid | Promise<Valid>> = {
  // A fresh address each time: the generated ones are short and repeat, and a taken one is 409, rightly.
  "POST /api/auth/signup": () => ({
    auth: false,
    body: { email: `new.${crypto.randomUUID().slice(0, 8)}@example.test`, password: NEW_PASSWORD },
  }),
  "POST /api/auth/login": (a) => ({ auth: false, body: { email: a.user.email, password: ACTOR_PASSWORD } }),
  "POST /api/auth/verify-email": (a) => ({ auth: false, body: { token: a.verifyToken } }),
  "POST /api/auth/forgot-password": () => ({ auth: false }),
  "POST /api/auth/reset-password": (a) => ({ auth: false, body: { token: a.resetToken, password: NEW_PASSWORD } }),
  "POST /api/auth/change-password": () => ({ body: { currentPassword: ACTOR_PASSWORD, newPassword: NEW_PASSWORD } }),
  "DELETE /api/me": () => ({ body: { password: ACTOR_PASSWORD } }),
  // The actor's email is unverified (for the verify routes); creating keys and starting runs need it verified.
  "POST /api/me/keys": async (a) => {
    await verifyEmail(a.user.id);
    return { body: { password: ACTOR_PASSWORD } };
  },
  "DELETE /api/me/sessions/:id": (a) => ({ params: { id: a.otherSessionId } }),
  "DELETE /api/me/keys/:id": (a) => ({ params: { id: a.keyId } }),
  // The actor's key made a connection's, as the OAuth consent page mints it.
  "DELETE /api/me/connections/:id": async (a) => {
    await sql.query("update api_keys set kind = 'connection' where id = $1", [a.keyId]);
    return { params: { id: a.keyId } };
  },
  "GET /api/workspaces/:workspaceId/audit": async (a) => ({ params: { workspaceId: await workspaceOf(a.projectId) } }),
  "GET /api/workspaces/:workspaceId/audit/export": async (a) => ({
    params: { workspaceId: await workspaceOf(a.projectId) },
  }),
  "POST /api/projects/:id/stack/approve": async (a) => {
    await sql.query("update projects set current_phase = 'stack_selection' where id = $1", [a.projectId]);
    // No scorecard here: any generated stackChoice is valid only with an override.
    return { body: { override: { reason: "fuzzed stack, no scorecard" } } };
  },
  "POST /api/projects/:id/dependencies/approve": async (a) => {
    await sql.query("update projects set current_phase = 'dependencies' where id = $1", [a.projectId]);
    return {};
  },
  "GET /api/projects/:id/artifacts/:artifactId": () => ({ query: { version: "1" } }),
  // A policy may only name members: none here.
  "PUT /api/projects/:id/review-policies/:gate": () => ({ body: { approverUserIds: [] } }),
  "PUT /api/workspaces/:workspaceId/review-policies/:gate": () => ({ body: { approverUserIds: [] } }),
  "GET /api/projects/:id/approvals": () => ({ query: { gate: "stack" } }),
  // Withdrawing needs the actor's approval, given in its phase.
  "POST /api/projects/:id/stack/request-review": async (a) => {
    await sql.query("update projects set current_phase = 'stack_selection' where id = $1", [a.projectId]);
    return {};
  },
  "POST /api/projects/:id/dependencies/request-review": async (a) => {
    await sql.query("update projects set current_phase = 'dependencies' where id = $1", [a.projectId]);
    return {};
  },
  "DELETE /api/projects/:id/stack/approve": async (a) => {
    await sql.query("update projects set current_phase = 'stack_selection' where id = $1", [a.projectId]);
    await sql.query("insert into approvals (project_id, gate, user_id) values ($1, 'stack', $2)", [
      a.projectId,
      a.userId,
    ]);
    return {};
  },
  "DELETE /api/projects/:id/dependencies/approve": async (a) => {
    await sql.query("update projects set current_phase = 'dependencies' where id = $1", [a.projectId]);
    await sql.query("insert into approvals (project_id, gate, user_id) values ($1, 'dependencies', $2)", [
      a.projectId,
      a.userId,
    ]);
    return {};
  },
  // A waiver names a finding the artifact has: one posted through the API (validated on write), too short.
  "PATCH /api/projects/:id/artifacts/:artifactId/validation": async (a) => {
    const res = await api().request(
      `/api/projects/${a.projectId}/artifacts`,
      jsonInit("POST", { phase: "analysis", name: "constitution.md", content: "x" }, a.user.auth),
    );
    expect(res.status).toBe(201);
    const artifactId = ((await res.json()) as { artifact: { id: string } }).artifact.id;
    return { params: { artifactId }, body: { ruleId: "too-short" } };
  },
  "GET /api/projects/:id/requirements/:reqId": async (a) => ({ params: { reqId: await withRequirement(a) } }),
  "POST /api/projects/:id/change-requests": async (a) => {
    await withRequirement(a);
    return { body: { deltas: [FUZZ_ADDED] } };
  },
  "GET /api/projects/:id/change-requests/:crId": async (a) => ({
    params: { crId: await withChangeRequest(a, "draft") },
  }),
  "PATCH /api/projects/:id/change-requests/:crId": async (a) => ({
    params: { crId: await withChangeRequest(a, "draft") },
    body: { deltas: [FUZZ_ADDED] },
  }),
  "POST /api/projects/:id/change-requests/:crId/submit": async (a) => ({
    params: { crId: await withChangeRequest(a, "draft") },
  }),
  "POST /api/projects/:id/change-requests/:crId/withdraw": async (a) => ({
    params: { crId: await withChangeRequest(a, "draft") },
  }),
  "POST /api/projects/:id/change-requests/:crId/reject": async (a) => ({
    params: { crId: await withChangeRequest(a, "in_review") },
  }),
  "POST /api/projects/:id/change-requests/:crId/approve": async (a) => ({
    params: { crId: await withChangeRequest(a, "in_review") },
  }),
  "POST /api/projects/:id/change-requests/:crId/rebase": async (a) => ({
    params: { crId: await withChangeRequest(a, "in_review") },
  }),
  "POST /api/projects/:id/change-requests/:crId/merge": async (a) => ({
    params: { crId: await withChangeRequest(a, "approved") },
  }),
  // Generated strings do not follow GitHub's name and token rules: real ones.
  "PUT /api/projects/:id/github": () => ({
    body: {
      repository: "acme/spec-fuzz",
      auth: { kind: "token", token: `github_pat_${"a".repeat(30)}` },
      directory: "spec",
    },
  }),
  "GET /api/projects/:id/github": withGithub,
  "DELETE /api/projects/:id/github": withGithub,
  "POST /api/projects/:id/github/push": withGithub,
  "POST /api/projects/:id/github/issues/sync": withGithub,
  "POST /api/projects/:id/runs": async (a) => {
    await verifyEmail(a.user.id);
    // The document allows budgets up to its ceiling; the deployment's maximum (GENERATION_MAX_TOKEN_BUDGET) is lower.
    // A phase run: a scoped run needs a change request of this project (test/worker/change-requests/scoped-run.test.ts).
    return { body: { targetPhase: "done", tokenBudget: 100_000, changeRequestId: undefined } };
  },
  "GET /api/projects/:id/runs/:runId": async (a) => ({ params: { runId: await startRun(a) } }),
  "POST /api/projects/:id/runs/:runId/pause": async (a) => ({ params: { runId: await startRun(a) } }),
  "POST /api/projects/:id/runs/:runId/cancel": async (a) => ({ params: { runId: await startRun(a) } }),
  "POST /api/projects/:id/runs/:runId/resume": async (a) => {
    const runId = await startRun(a);
    const paused = await api().request(
      `/api/projects/${a.projectId}/runs/${runId}/pause`,
      jsonInit("POST", undefined, a.user.auth),
    );
    expect(paused.status).toBe(200);
    return { params: { runId } };
  },
  // Workspaces: the actor owns "Fuzz team" (holding the project); a member or invitation to act on is arranged.
  "POST /api/projects": (a) => ({ body: { workspaceId: a.workspaceId } }),
  "POST /api/projects/:id/move": async (a) => {
    const [w] = (await sql.query("select id from workspaces where created_by = $1 and personal", [a.user.id])) as {
      id: string;
    }[];
    return { body: { workspaceId: w!.id } };
  },
  "PATCH /api/workspaces/:workspaceId/members/:userId": async (a) => ({ params: { userId: await fuzzMember(a) } }),
  "DELETE /api/workspaces/:workspaceId/members/:userId": async (a) => ({ params: { userId: await fuzzMember(a) } }),
  "POST /api/workspaces/:workspaceId/invitations": () => ({
    body: { email: `invitee.${crypto.randomUUID().slice(0, 8)}@example.test` },
  }),
  "DELETE /api/workspaces/:workspaceId/invitations/:invitationId": async (a) => ({
    params: { invitationId: await fuzzInvitation(a, `invitee.${crypto.randomUUID().slice(0, 8)}@example.test`) },
  }),
  "POST /api/invitations/accept": async (a) => {
    await verifyEmail(a.user.id);
    const token = newToken();
    await fuzzInvitation(a, a.user.email, hashToken(token));
    return { body: { token } };
  },
  "POST /api/projects/:id/phases/advance": async (a) => {
    await uploadPhaseDocs(a.user, a.projectId, "analysis");
    return { body: { expectedPhase: "analysis" } };
  },
  // The actor's document has one line.
  "POST /api/projects/:id/threads": (a) => ({ body: { artifactId: a.artifactId, lineStart: 1, lineEnd: 1 } }),
  "GET /api/projects/:id/threads/:threadId": async (a) => ({ params: { threadId: (await threadOf(a)).threadId } }),
  "POST /api/projects/:id/threads/:threadId/comments": async (a) => ({
    params: { threadId: (await threadOf(a)).threadId },
  }),
  "POST /api/projects/:id/threads/:threadId/resolve": async (a) => ({
    params: { threadId: (await threadOf(a)).threadId },
  }),
  "POST /api/projects/:id/threads/:threadId/reopen": async (a) => ({
    params: { threadId: (await threadOf(a, "resolved")).threadId },
  }),
  "PATCH /api/projects/:id/comments/:commentId": async (a) => ({
    params: { commentId: (await threadOf(a)).commentId },
  }),
  "DELETE /api/projects/:id/comments/:commentId": async (a) => ({
    params: { commentId: (await threadOf(a)).commentId },
  }),
  // Two stored versions to compare.
  "GET /api/projects/:id/artifacts/:artifactId/diff": async (a) => {
    await sql.query(
      `insert into project_artifacts (project_id, phase, artifact_name, version, content, file_size, content_hash)
       select project_id, phase, artifact_name, version + 1, 'next', 4, 'h' from project_artifacts where id = $1`,
      [a.artifactId],
    );
    return { query: { from: "1", to: "2" } };
  },
  "PUT /api/projects/:id/change-requests/:crId/documents/:phase/:name": async (a) => ({
    params: await changeRequestOf(a, false),
  }),
  "GET /api/projects/:id/change-requests/:crId/documents": async (a) => ({ params: await changeRequestOf(a, true) }),
  "GET /api/projects/:id/change-requests/:crId/documents/:phase/:name": async (a) => ({
    params: await changeRequestOf(a, true),
  }),
  "GET /api/projects/:id/change-requests/:crId/documents/:phase/:name/diff": async (a) => ({
    params: await changeRequestOf(a, true),
  }),
  "DELETE /api/projects/:id/change-requests/:crId/documents/:phase/:name": async (a) => ({
    params: await changeRequestOf(a, true),
  }),
  "POST /api/notifications/unsubscribe": (a) => ({
    auth: false,
    query: { token: unsubscribeToken(env.AUTH_SECRET, a.userId, "mention") },
  }),
};

// GitHub: deliveries signed as GitHub signs them (a ping: recorded, nothing to apply); drift of the actor's
// project, and for a change request from it a requirement and a repository PRD.md adding another.
async function signedPing(secret: string): Promise<Valid> {
  const body = JSON.stringify({ zen: "fuzz", hook_id: 1 });
  const headers = {
    "x-github-event": "ping",
    "x-github-delivery": crypto.randomUUID(),
    "x-hub-signature-256": await signWebhook(secret, body),
  };
  return { auth: false, raw: { body, headers } };
}
VALID["POST /api/github/webhooks"] = () => signedPing(env.GITHUB_WEBHOOK_SECRET);
VALID["POST /api/github/webhooks/:projectId"] = async (a) => ({
  ...(await signedPing(await projectWebhookSecret(env.GITHUB_WEBHOOK_SECRET, a.projectId))),
  params: { projectId: a.projectId },
});
const FUZZ_REPO_PRD = "# PRD\n\n### REQ-FUZZ-001: Fuzzed\n\n### REQ-FUZZ-002: Added\n\nText. Acceptance: ok.\n";
async function driftOf(a: Actor): Promise<Valid> {
  const { id } = await insertDrift(a.projectId, [
    { fileName: "spec/PRD.md", change: "modified", diff: "", text: FUZZ_REPO_PRD },
  ]);
  return { params: { driftId: id } };
}
VALID["POST /api/projects/:id/github/drift/:driftId/dismiss"] = driftOf;
VALID["POST /api/projects/:id/github/drift/:driftId/change-request"] = async (a) => {
  await withRequirement(a);
  return driftOf(a);
};

/** A draft change request of the actor's project (in SQL), with spec/PRD.md proposed under it when `proposed`. */
async function changeRequestOf(a: Actor, proposed: boolean) {
  const [row] = (await sql.query(
    `with cr as (insert into change_requests (project_id, number, title, author_id)
       values ($1, coalesce((select max(number) from change_requests where project_id = $1), 0) + 1, 'Fuzz', $2)
       returning id, project_id),
     d as (insert into change_request_documents (change_request_id, project_id, phase, artifact_name, content, file_size, content_hash)
       select id, project_id, 'spec', 'PRD.md', '# PRD', 5, 'h' from cr where $3 returning id)
     select (select id from cr) as "crId"`,
    [a.projectId, a.userId, proposed],
  )) as { crId: string }[];
  return { crId: row!.crId, phase: "spec", name: "PRD.md" };
}

/** A thread on the actor's document with one comment of the actor's (in SQL). */
async function threadOf(a: Actor, status: "open" | "resolved" = "open") {
  const [row] = (await sql.query(
    `with t as (insert into comment_threads (project_id, artifact_id, status, created_by)
       values ($1, $2, $3, $4) returning id),
     c as (insert into comments (thread_id, author_id, body) select id, $4, 'fuzz' from t returning id)
     select (select id from t) as "threadId", (select id from c) as "commentId"`,
    [a.projectId, a.artifactId, status, a.userId],
  )) as { threadId: string; commentId: string }[];
  return row!;
}
/** The actor's workspace (its project's) with one webhook subscription and one delivery of it. */
async function webhookOf(a: Actor): Promise<Record<string, string>> {
  const [row] = (await sql.query(
    `with w as (insert into webhook_subscriptions (workspace_id, url, event_types, secret)
       select workspace_id, 'https://hooks.example.com/fuzz', '["member.added"]', 'whsec_fuzz' from projects
       where id = $1 returning id, workspace_id),
     d as (insert into webhook_deliveries (subscription_id, event_id, event_type, payload)
       select id, 'msg_fuzz', 'member.added', '{}' from w returning id)
     select (select workspace_id from w) as "workspaceId", (select id from w) as "webhookId",
            (select id from d) as "deliveryId"`,
    [a.projectId],
  )) as Record<string, string>[];
  return row!;
}
const WEBHOOK_URL = "https://hooks.example.com/fuzz";
for (const route of [
  "GET /api/workspaces/:workspaceId/webhooks",
  "GET /api/workspaces/:workspaceId/webhooks/:webhookId",
  "DELETE /api/workspaces/:workspaceId/webhooks/:webhookId",
  "POST /api/workspaces/:workspaceId/webhooks/:webhookId/rotate-secret",
  "GET /api/workspaces/:workspaceId/webhooks/:webhookId/deliveries",
  "POST /api/workspaces/:workspaceId/webhooks/:webhookId/deliveries/:deliveryId/redeliver",
]) {
  VALID[route] = async (a) => ({ params: await webhookOf(a) });
}
// Generated URLs are rarely public https ones (422 webhook_url_not_allowed, rightly): a valid one.
VALID["POST /api/workspaces/:workspaceId/webhooks"] = async (a) => ({
  params: await webhookOf(a),
  body: { url: WEBHOOK_URL },
});
VALID["PATCH /api/workspaces/:workspaceId/webhooks/:webhookId"] = async (a) => ({
  params: await webhookOf(a),
  body: { url: WEBHOOK_URL },
});
/** An editor of the actor's workspace (the member routes' target). */
async function fuzzMember(a: Actor): Promise<string> {
  const [u] = (await sql.query(
    "insert into users (email, password_hash, name) values ($1, 'x', 'Member') returning id",
    [uniqueEmail("fuzz-member")],
  )) as { id: string }[];
  await sql.query("insert into workspace_members (workspace_id, user_id, role) values ($1, $2, 'editor')", [
    a.workspaceId,
    u!.id,
  ]);
  return u!.id;
}

/** An open invitation to the actor's workspace. */
async function fuzzInvitation(a: Actor, email: string, tokenHash = hashToken(newToken())): Promise<string> {
  const [row] = (await sql.query(
    `insert into workspace_invitations (workspace_id, email, role, token_hash, expires_at)
     values ($1, $2, 'viewer', $3, now() + interval '1 day') returning id`,
    [a.workspaceId, email, tokenHash],
  )) as { id: string }[];
  return row!.id;
}

async function startRun(a: Actor): Promise<string> {
  await verifyEmail(a.user.id);
  const res = await api().request(
    `/api/projects/${a.projectId}/runs`,
    jsonInit("POST", { targetPhase: "done" }, a.user.auth),
  );
  expect(res.status).toBe(202);
  return ((await res.json()) as { run: { id: string } }).run.id;
}

/**
 * What JSON Schema cannot say and the routes check: a range's start is not after its end; a file
 * name has no ".." and does not end with "." or " " (Windows drops them).
 */
function tidy(query: Record<string, string>, body: unknown): void {
  for (const [from, to] of [
    ["createdFrom", "createdTo"],
    ["from", "to"],
  ] as const) {
    const a = query[from];
    const b = query[to];
    if (a !== undefined && b !== undefined && a > b) [query[from], query[to]] = [b, a];
  }
  const names = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(names);
    else if (v && typeof v === "object") {
      const o = v as Record<string, unknown>;
      if (typeof o.name === "string") o.name = `${o.name.replace(/\.{2,}/g, ".").replace(/[. ]+$/, "")}.md`;
      Object.values(o).forEach(names);
    }
  };
  names(body);
}

/** The path parameters of a valid request: the actor's own resources. */
function validParams(path: string, a: Actor): Record<string, string> {
  return { id: path.startsWith("/api/me/") ? "" : a.projectId, artifactId: a.artifactId, workspaceId: a.workspaceId };
}

describe.each(routes)("fuzz $method $path", ({ method, path }) => {
  it("never a 5xx, always the documented shape, and no write on a 4xx", async () => {
    const apiPath = openApiPath(path);
    const op = (doc.paths[apiPath]?.[method.toLowerCase()] ?? {}) as Op;
    const names = [...path.matchAll(/:([A-Za-z0-9_]+)/g)].map((m) => m[1] as string);
    const bodySchema = op.requestBody?.content?.["application/json"]?.schema;
    const hasBody = method !== "GET" && method !== "HEAD";
    const t = api();
    const fixtures = await makeFixtures();
    const statuses = new Map<number, number>();
    const victimEmail = fc.constant(null).map(() => victim.email);
    const components = doc.components.schemas as Components;

    await fc.assert(
      fc.asyncProperty(
        fc.record({
          params: fc.tuple(...names.map((n) => paramValue(fixtures, n))),
          query: queryArb(op.parameters ?? []),
          body: hasBody
            ? fc.oneof(
                { weight: 12, arbitrary: hostileBody(bodySchema, components) },
                // The victim's own address in an email field: login, forgot, signup.
                {
                  weight: 1,
                  arbitrary: victimEmail.map(
                    (e): Body => ({
                      kind: "json",
                      text: JSON.stringify({ email: e, password: "wrong password 1", name: "x" }),
                    }),
                  ),
                },
                {
                  weight: 1,
                  arbitrary: fc.constant<Body>({
                    kind: "json",
                    text: JSON.stringify({ pad: "x".repeat(1024 * 1024 + 10) }),
                  }),
                },
              )
            : fc.constant<Body>({ kind: "none" }),
          contentType: contentTypes,
          auth: fc.constantFrom("victim", "victim", "victim", "cookie", "none", "garbage"),
          sameIp: fc.boolean(),
        }),
        async (r) => {
          let url = path;
          names.forEach((n, i) => {
            url = url.replace(`:${n}`, r.params[i] as string);
          });
          url += r.query;
          const headers: Record<string, string> = {};
          if (r.contentType && r.body.kind !== "none") headers["content-type"] = r.contentType;
          if (!r.sameIp) headers["cf-connecting-ip"] = uniqueIp();
          if (r.auth === "victim") headers.authorization = `Bearer ${await freshToken()}`;
          if (r.auth === "cookie") headers.cookie = `__Host-session=${await freshToken()}`;
          if (r.auth === "garbage") headers.authorization = "Bearer ' or 1=1 --";
          const email = emailIn(r.body);
          const before = await fingerprint(email);
          const res = await t.request(url, { method, headers, body: bodyInit(r.body) });
          const text = await bodyForMessage(res);
          statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
          expect(res.status, `${method} ${url} -> ${res.status} ${text.slice(0, 300)}`).toBeLessThan(500);
          // Text the database cannot store (a lone surrogate, NUL) anywhere is 400 invalid_text, as on
          // Neon (its proxy refuses a lone surrogate outright). In the URL it is refused first; in the body
          // after the route's body limit (413) and its credential check (401 without a valid one).
          const unstorable = carriesUnstorableText(url, r.contentType, r.body);
          const refusedBefore =
            res.status === 413 || (res.status === 401 && (r.auth === "none" || r.auth === "garbage"));
          if (unstorable === "url" || (unstorable === "body" && !refusedBefore)) {
            expect(res.status, `${method} ${url} -> ${res.status} ${text.slice(0, 300)}`).toBe(400);
            expect((JSON.parse(text) as { error: { code: string } }).error.code).toBe("invalid_text");
          }
          // A run an earlier (2xx) request started keeps drafting documents in the background (a Workflow),
          // so on the run routes the victim's data may change during a 4xx without the 4xx writing it.
          if (res.status >= 400 && !path.includes("/runs")) {
            expect(await fingerprint(email), `${method} ${url} -> ${res.status} wrote`).toEqual(before);
          }
          for (const [k, v] of res.headers) {
            expect(k).not.toMatch(/injected/i);
            expect(v).not.toMatch(/[\r\n]|injected=/i);
          }
          expect(({} as Record<string, unknown>).polluted).toBeUndefined();
          expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
        },
      ),
      { numRuns: RUNS, seed: SEED, endOnFailure: true, reporter: shortReport },
    );
    console.info(`FUZZSTATS ${method} ${path} ${JSON.stringify(Object.fromEntries(statuses))}`);
  }, 180_000);

  it(`valid requests reach the handler and succeed: ${VALID_RUNS} of ${VALID_RUNS}`, async () => {
    const op = (doc.paths[openApiPath(path)]?.[method.toLowerCase()] ?? {}) as Op;
    const components = doc.components.schemas as Components;
    const bodySchema = op.requestBody?.content?.["application/json"]?.schema;
    const query = (op.parameters ?? []).filter((p) => p.in === "query" && p.name !== "cursor" && p.schema);
    const pathParams = (op.parameters ?? []).filter((p) => p.in === "path" && p.schema);
    const text = (schema: Record<string, unknown>) =>
      validFromSchema(schema, components).map((t) => {
        const v = JSON.parse(t) as unknown;
        return typeof v === "string" ? v : JSON.stringify(v);
      });
    const t = api();
    let ok = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          body: bodySchema ? validFromSchema(bodySchema, components) : fc.constant(undefined),
          query: fc.tuple(...query.map((p) => fc.option(text(p.schema!), { nil: undefined }))),
          params: fc.tuple(...pathParams.map((p) => text(p.schema!))),
        }),
        async (r) => {
          const actor = await makeActor();
          const valid = await (VALID[`${method} ${path}`]?.(actor) ?? {});
          const params: Record<string, string> = { ...validParams(path, actor), ...valid.params };
          let url = path;
          pathParams.forEach((p, i) => {
            url = url.replace(`:${p.name}`, params[p.name] || (r.params[i] as string));
          });
          const values: Record<string, string> = {};
          query.forEach((p, i) => {
            if (r.query[i] !== undefined) values[p.name] = r.query[i] as string;
          });
          Object.assign(values, valid.query);
          const generated = r.body === undefined ? undefined : (JSON.parse(r.body) as object);
          const json = generated === undefined && !valid.body ? undefined : { ...generated, ...valid.body };
          tidy(values, json);
          const q = new URLSearchParams(values);
          if (q.size) url += `?${q}`;
          const body = valid.raw?.body ?? (json === undefined ? undefined : JSON.stringify(json));
          const headers: Record<string, string> = { "cf-connecting-ip": uniqueIp() };
          if (body !== undefined) headers["content-type"] = "application/json";
          if (valid.auth !== false) headers.authorization = `Bearer ${actor.user.token}`;
          Object.assign(headers, valid.raw?.headers);
          const res = await t.request(url, { method, headers, body });
          const answer = await bodyForMessage(res);
          expect(
            res.status,
            `${method} ${url} ${body?.slice(0, 300)} -> ${res.status} ${answer.slice(0, 300)}`,
          ).toBeLessThan(300);
          expect(res.status).toBeGreaterThanOrEqual(200);
          ok += 1;
        },
      ),
      { numRuns: VALID_RUNS, seed: SEED, endOnFailure: true, reporter: shortReport },
    );
    expect(ok).toBe(VALID_RUNS);
  }, 120_000);
});

describe("known hostile inputs, each refused with a 4xx and nothing written", () => {
  const deepObject = (n: number) => `${'{"a":'.repeat(n)}1${"}".repeat(n)}`;
  const deepArray = (n: number) => `${"[".repeat(n)}${"]".repeat(n)}`;
  const cases: [string, (f: Fixtures) => [string, string, string], number, string?][] = [
    [
      "orchestration nested 2,000 deep",
      (f) => ["PATCH", `/api/projects/${f.projectId}/orchestration`, deepObject(2000)],
      400,
    ],
    [
      "orchestration nested 100,000 deep (over the body cap)",
      (f) => ["PATCH", `/api/projects/${f.projectId}/orchestration`, deepArray(100_000)],
      413,
    ],
    [
      "orchestration with __proto__",
      (f) => ["PATCH", `/api/projects/${f.projectId}/orchestration`, '{"__proto__":{"polluted":true}}'],
      400,
    ],
    [
      "orchestration with a nested constructor.prototype",
      (f) => [
        "PATCH",
        `/api/projects/${f.projectId}/orchestration`,
        '{"a":{"constructor":{"prototype":{"polluted":true}}}}',
      ],
      400,
    ],
    [
      "orchestration with a NUL in a value",
      (f) => ["PATCH", `/api/projects/${f.projectId}/orchestration`, '{"a":"x\\u0000y"}'],
      400,
      "invalid_text",
    ],
    [
      "orchestration with a lone surrogate in a key",
      (f) => ["PATCH", `/api/projects/${f.projectId}/orchestration`, '{"\\ud800":1}'],
      400,
      "invalid_text",
    ],
    [
      "frontmatter nested 100,000 deep",
      (f) => [
        "POST",
        `/api/projects/${f.projectId}/artifacts`,
        `{"phase":"analysis","name":"A.md","content":"x","frontmatter":{"a":${deepArray(100_000)}}}`,
      ],
      400,
    ],
    [
      "frontmatter with __proto__",
      (f) => [
        "POST",
        `/api/projects/${f.projectId}/artifacts`,
        '{"phase":"analysis","name":"A.md","content":"x","frontmatter":{"__proto__":{"polluted":true}}}',
      ],
      400,
    ],
    [
      "validation errors nested 100,000 deep",
      (f) => [
        "PATCH",
        `/api/projects/${f.projectId}/artifacts/${f.artifactId}/validation`,
        `{"status":"fail","errors":[${deepArray(100_000)}]}`,
      ],
      400,
    ],
    [
      "validation errors with a lone surrogate",
      (f) => [
        "PATCH",
        `/api/projects/${f.projectId}/artifacts/${f.artifactId}/validation`,
        '{"status":"fail","errors":["\\udfff\\ud800"]}',
      ],
      400,
      "invalid_text",
    ],
    ["a NUL in a project name", () => ["POST", "/api/projects", '{"name":"a\\u0000b"}'], 400, "invalid_text"],
    ["a NUL in the path", () => ["GET", "/api/projects/%00", ""], 400, "invalid_text"],
    // Stored as U+FFFD by a lenient endpoint, refused outright by Neon's proxy: the API refuses it first.
    [
      "a lone surrogate in a project name",
      () => ["POST", "/api/projects", '{"name":"a\\ud800b"}'],
      400,
      "invalid_text",
    ],
    [
      "a lone surrogate in a signup name",
      () => ["POST", "/api/auth/signup", '{"email":"lone@example.test","password":"long enough pw","name":"\\udfff"}'],
      400,
      "invalid_text",
    ],
    ["a 10,000-deep array as the whole body", () => ["POST", "/api/projects", deepArray(10_000)], 400],
  ];

  it.each(cases)("%s", async (_name, build, status, code) => {
    const f = await makeFixtures();
    const [method, url, body] = build(f);
    const token = await freshToken();
    const before = await fingerprint(undefined);
    const res = await api().request(url, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body ? { "content-type": "application/json" } : {}) },
      body: body || undefined,
    });
    expect(res.status).toBe(status);
    if (code) expect(((await res.json()) as { error: { code: string } }).error.code).toBe(code);
    expect(await fingerprint(undefined)).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe("the fuzzer reaches every route", () => {
  it("walks every method + path the app registers (a new route is fuzzed automatically)", () => {
    expect(routes.length).toBeGreaterThanOrEqual(35);
    const documented = Object.entries(doc.paths).flatMap(([p, item]) =>
      Object.keys(item).map((m) => `${m.toUpperCase()} ${p.replace(/\{([^}]+)\}/g, ":$1")}`),
    );
    const walked = new Set(routes.map((r) => `${r.method} ${r.path}`));
    expect(documented.filter((r) => !walked.has(r))).toEqual([]);
  });
});
