// Test harness: drives the real app inside workerd against the local Neon endpoint.
// Each `api()` gets its own client key (the user name in DATABASE_URL), so its round-trip
// count and injected faults are its own even while other test files run in parallel.

import { createExecutionContext, env, waitOnExecutionContext } from "cloudflare:test";
import { neon, neonConfig } from "@neondatabase/serverless";
import { parseList } from "structured-headers";
import { expect } from "vitest";
import { app } from "../../src/app";
import { hashToken, newToken } from "../../src/platform/auth/tokens";
import { ConfigError, getConfig } from "../../src/platform/config";
import { createDb } from "../../src/platform/db/client";
import type { Fault, Limits } from "../../tools/local-neon/fault";
import { assertConforms, type TestableApp } from "./contract";

export const backend = env.TEST_BACKEND;

function keyedUrl(key: string) {
  return `postgres://${key}:pw@localhost/specdrive`;
}

export function uniqueEmail(prefix = "user") {
  return `${prefix}-${crypto.randomUUID()}@example.test`;
}

/** A random documentation-range IPv6 address, so rate limits per IP never collide between tests. */
export function uniqueIp() {
  const hex = crypto.randomUUID().replaceAll("-", "");
  return `2001:db8:${hex.slice(0, 4)}:${hex.slice(4, 8)}:${hex.slice(8, 12)}:${hex.slice(12, 16)}:${hex.slice(16, 20)}:${hex.slice(20, 24)}`;
}

export interface ApiOptions {
  /** Another app to drive (e.g. createApp() plus test-only routes); default: the real one. */
  app?: TestableApp;
}

export interface RequestOptions {
  /** Skip the OpenAPI conformance check for this response; say why. */
  skipContract?: string;
}

/** The byte length of a request body whose size is known up front; undefined for a stream or none. */
function knownLength(body: RequestInit["body"]): number | undefined {
  if (typeof body === "string") return new TextEncoder().encode(body).byteLength;
  if (body instanceof ArrayBuffer || ArrayBuffer.isView(body)) return body.byteLength;
  return undefined;
}

export function api(overrides: Record<string, unknown> = {}, options: ApiOptions = {}) {
  const target = options.app ?? app;
  const key = `t${crypto.randomUUID().replaceAll("-", "")}`;
  // Each client is its own "visitor" (cf-connecting-ip) unless a request sets one explicitly.
  const ip = uniqueIp();
  const testEnv = { ...env, DATABASE_URL: keyedUrl(key), ...overrides };
  const control = (path: string, init?: RequestInit) =>
    fetch(`${env.NEON_CONTROL_URL}${path}${path.includes("?") ? "&" : "?"}key=${key}`, init);

  return {
    key,
    ip,
    env: testEnv,
    /**
     * One request through the app, waiting for its waitUntil work (e.g. mail) to finish. The response
     * is checked against the OpenAPI document (status documented, JSON body valid, no undocumented
     * fields); a test of deliberately undocumented behaviour opts out with `{ skipContract: "why" }`.
     */
    async request(input: string | URL | Request, init?: RequestInit, opts: RequestOptions = {}): Promise<Response> {
      const ctx = createExecutionContext();
      const headers = new Headers(init?.headers ?? (input instanceof Request ? input.headers : undefined));
      if (!headers.has("cf-connecting-ip")) headers.set("cf-connecting-ip", ip);
      // As an HTTP client does: a body of known size declares it (a Request built here has none).
      const length = knownLength(init?.body);
      if (length !== undefined && !headers.has("content-length")) headers.set("content-length", String(length));
      const res = await target.request(input, { ...init, headers }, testEnv, ctx);
      await waitOnExecutionContext(ctx);
      if (!opts.skipContract) {
        const method = init?.method ?? (input instanceof Request ? input.method : "GET");
        const url = input instanceof Request ? input.url : String(input);
        await assertConforms(method, url, res, target);
      }
      return res;
    },
    /** Database round trips (HTTP requests to the Neon endpoint) made with this key so far. */
    async roundTrips(): Promise<number> {
      const stats = (await (await control("/stats")).json()) as { requests: number };
      return stats.requests;
    },
    async fault(fault: Partial<Fault>): Promise<void> {
      await control("/faults", { method: "POST", body: JSON.stringify({ key, times: 1, ...fault }) });
    },
    async clearFaults(): Promise<void> {
      await control("/faults", { method: "DELETE" });
    },
    /** Overrides Neon's size limits for this client's key at the local endpoint (docs/local-neon.md). */
    async limits(limits: Limits): Promise<void> {
      const res = await control("/limits", { method: "POST", body: JSON.stringify({ key, ...limits }) });
      if (!res.ok) throw new Error(`limits refused: ${res.status} ${await res.text()}`);
    },
  };
}

// The driver's endpoint setting is module-global; the app sets it per request from its binding,
// and this raw client for arranging state may run before any request has.
neonConfig.fetchEndpoint = env.NEON_FETCH_ENDPOINT;

/** Direct SQL for arranging and checking state (not counted against any test's key). */
export const sql = neon(keyedUrl("admin"));
/**
 * Another writer that takes a row at the very moment of each insert into `table` whose `column` is
 * `id`: a BEFORE INSERT trigger first inserts a copy of the row (fresh id), as a concurrent transaction
 * committing between the statement's snapshot and its insert would; the statement then meets the
 * unique key. PGlite runs one batch at a time, so a real race cannot be staged there; this is the
 * same conflict, deterministic on both backends. Removed when `run` ends.
 */
export async function withConcurrentWriter<T>(
  table: "projects" | "project_artifacts",
  column: "user_id" | "project_id",
  id: string,
  run: () => Promise<T>,
): Promise<T> {
  if (!/^[0-9a-f-]{36}$/.test(id)) throw new Error(`not a uuid: ${id}`);
  const name = `test_writer_${crypto.randomUUID().replaceAll("-", "")}`;
  // DDL takes no parameters: the names and the uuid are built here, not taken from input.
  await sql.query(`create function ${name}() returns trigger language plpgsql as $$
    declare copy ${table}%rowtype;
    begin
      if pg_trigger_depth() = 1 then
        copy := new;
        copy.id := gen_random_uuid();
        insert into ${table} select (copy).*;
      end if;
      return new;
    end $$`);
  await sql.query(
    `create trigger ${name} before insert on ${table} for each row when (new.${column} = '${id}') execute function ${name}()`,
  );
  try {
    return await run();
  } finally {
    await sql.query(`drop trigger ${name} on ${table}`);
    await sql.query(`drop function ${name}()`);
  }
}

/** The same drizzle client the app builds, for typed checks of table contents. */
export const adminDb = () => createDb(getConfig({ ...env, DATABASE_URL: keyedUrl("admin") }));

/**
 * A user with a live session, written straight into the tables (no password hashing), for tests
 * of routes that only need someone signed in. Returns the bearer token.
 */
export async function signedInUser(name = "Test User") {
  const email = uniqueEmail("fixture");
  const token = newToken();
  const [user] = (await sql.query(
    "insert into users (email, password_hash, name, email_verified) values ($1, 'fixture-no-login', $2, true) returning id",
    [email, name],
  )) as { id: string }[];
  await sql.query(
    "insert into auth_sessions (user_id, token_hash, expires_at) values ($1, $2, now() + interval '30 days')",
    [user!.id, hashToken(token)],
  );
  return { id: user!.id, email, token, auth: { authorization: `Bearer ${token}` } };
}

/** Marks the account's email verified, as its link would: starting runs and creating API keys need it. */
export async function verifyEmail(userId: string) {
  const rows = await sql.query("update users set email_verified = true where id = $1 returning id", [userId]);
  if (rows.length !== 1) throw new Error(`no user ${userId}`);
}

export interface SunkMail {
  id: string;
  from: string;
  to: string[];
  subject: string;
  text: string;
  html: string;
  headers?: Record<string, string>;
}

/** Every message the app sent to `to` (through the real HTTP provider, into tools/mail-sink.ts), oldest first. */
export async function mailsTo(to: string): Promise<SunkMail[]> {
  const res = await fetch(`${env.MAIL_API_URL}/messages?to=${encodeURIComponent(to)}`);
  return ((await res.json()) as { messages: SunkMail[] }).messages;
}

/** The token in the newest mail to `to` that links to `path` (e.g. "/verify-email"); throws if none. */
export async function tokenFromMail(to: string, path: "/verify-email" | "/reset-password"): Promise<string> {
  const prefix = `${new URL(path, env.APP_URL).toString()}?token=`;
  const mails = (await mailsTo(to)).filter((m) => m.text.includes(prefix));
  const latest = mails.at(-1);
  if (!latest) throw new Error(`no mail with a ${path} link to ${to}`);
  const token = latest.text.slice(latest.text.indexOf(prefix) + prefix.length).split(/\s/)[0];
  return decodeURIComponent(token!);
}

export interface AuthResult {
  user: { id: string; email: string; name: string; emailVerified: boolean; createdAt: string; updatedAt: string };
  session: { token: string; expiresAt: string };
}

export const PASSWORD = "correct horse battery staple";

/** Signs a new account up through the real endpoint (hashing included). */
export async function signUp(
  t: ReturnType<typeof api>,
  fields: { email?: string; password?: string; name?: string } = {},
) {
  const email = fields.email ?? uniqueEmail();
  const password = fields.password ?? PASSWORD;
  const res = await t.request("/api/auth/signup", jsonInit("POST", { email, password, name: fields.name ?? "Ada" }));
  if (res.status !== 201) throw new Error(`signup failed: ${res.status} ${await res.text()}`);
  const body = (await res.json()) as AuthResult;
  return { ...body, email, password, auth: { authorization: `Bearer ${body.session.token}` } };
}

/** The error part of an error response. */
/** The issues getConfig names for these bindings ([] when they are valid). */
export function configIssues(bindings: Record<string, string | undefined>): string[] {
  try {
    getConfig({ ...bindings });
    return [];
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return (err as ConfigError).issues;
  }
}

export type User = Awaited<ReturnType<typeof signedInUser>>;

/**
 * The worker tests' one request init: a JSON body (a string is sent as it is) with `headers` on top
 * (a user's `auth`, If-Match, another content-type...).
 */
export function jsonInit(method: string, body?: unknown, headers: Record<string, string> = {}): RequestInit {
  return {
    method,
    headers: { "content-type": "application/json", ...headers },
    ...(body === undefined ? {} : { body: typeof body === "string" ? body : JSON.stringify(body) }),
  };
}

/** A response read once: its status and headers, its body as text (JSON parsed) or, for other types, bytes. */
export async function read(res: Response) {
  const isJson = res.headers.get("content-type")?.startsWith("application/json");
  const bytes = isJson ? await res.text() : await res.arrayBuffer();
  const text = typeof bytes === "string" ? bytes : new TextDecoder().decode(bytes);
  const json: any = typeof bytes === "string" && bytes ? JSON.parse(bytes) : undefined;
  return { status: res.status, headers: res.headers, etag: res.headers.get("etag"), text, json, bytes };
}

export interface CallOptions {
  /** Headers on top of the JSON ones (If-Match, Idempotency-Key...). */
  headers?: Record<string, string>;
  /** The client to send through (its faults, its round-trip count); default: a fresh one. */
  client?: ReturnType<typeof api>;
  /** Bindings for a fresh client (quotas, limits). */
  bindings?: Record<string, unknown>;
}

/** The worker tests' request: one JSON request, its answer read, and the round trips it cost. */
export async function call(user: User | undefined, method: string, path: string, body?: unknown, o: CallOptions = {}) {
  const t = o.client ?? api(o.bindings);
  const init = jsonInit(method, body, user?.auth);
  const res = await t.request(path, {
    ...init,
    headers: { ...(init.headers as Record<string, string>), ...o.headers },
  });
  return { ...(await read(res)), roundTrips: await t.roundTrips() };
}

/**
 * An error answer in the one shape: its status, JSON, its code (when given), a message, and the request
 * id of its header. Returns the body.
 */
export function expectError(
  r: { status: number; headers: Headers; text: string; json: any },
  status: number,
  code?: string,
) {
  expect(r.status).toBe(status);
  expect(r.headers.get("content-type")).toMatch(/^application\/json/);
  const body = r.json as { error: { code: string; message: string; requestId: string } };
  if (code) expect(body.error.code).toBe(code);
  expect(typeof body.error.message).toBe("string");
  expect(body.error.requestId).toBeTruthy();
  expect(body.error.requestId).toBe(r.headers.get("x-request-id"));
  return body;
}

export async function errorOf(res: Response) {
  const body = (await res.json()) as { error: { code: string; message: string; issues?: { path: string }[] } };
  return body.error;
}

/** A new session for an existing account, through the real login route. */
export async function loginAgain(email: string, password = PASSWORD, headers: Record<string, string> = {}) {
  const res = await api().request("/api/auth/login", jsonInit("POST", { email, password }, headers));
  expect(res.status).toBe(200);
  const body = (await res.json()) as AuthResult;
  return { ...body, auth: { authorization: `Bearer ${body.session.token}` } };
}

/**
 * A response's body for an assertion message: its text when it is text (JSON, text/*, or untyped), else
 * its size and type, read as bytes (workerd warns when .text() reads a binary body such as the export's zip).
 */
export async function bodyForMessage(res: Response): Promise<string> {
  const type = res.headers.get("content-type") ?? "";
  if (type === "" || /^text\/|json/.test(type)) return res.text();
  return `(${(await res.arrayBuffer()).byteLength} bytes of ${type})`;
}

/** One limit as a response's RateLimit and RateLimit-Policy headers tell it (draft-ietf-httpapi-ratelimit-headers). */
export interface ShownLimit {
  policy: string;
  /** Requests per window (RateLimit-Policy's q) and the window in seconds (w). */
  q: number;
  w: number;
  /** Requests left (RateLimit's r) and seconds until the window resets (t). */
  r: number;
  t: number;
}

/**
 * The limits a response shows, in RateLimit's order, read with a Structured Field parser (so a header
 * that is not a valid List fails here); each must be named in RateLimit-Policy too.
 */
export function shownLimits(res: { headers: Headers }): ShownLimit[] {
  const field = (name: string) => parseList(res.headers.get(name) ?? "");
  const params = (item: ReturnType<typeof field>[number]) => {
    const [name, p] = item;
    if (typeof name !== "string") throw new Error(`${String(name)}: a policy is named by a String`);
    return [name, (k: string) => Number(p.get(k))] as const;
  };
  const policies = new Map(field("RateLimit-Policy").map(params));
  return field("RateLimit").map((item) => {
    const [policy, limit] = params(item);
    const declared = policies.get(policy);
    if (!declared) throw new Error(`RateLimit names "${policy}", which RateLimit-Policy does not`);
    return { policy, q: declared("q"), w: declared("w"), r: limit("r"), t: limit("t") };
  });
}
