// Test harness: drives the real app inside workerd against the local Neon endpoint.
// Each `api()` gets its own client key (the user name in DATABASE_URL), so its round-trip
// count and injected faults are its own even while other test files run in parallel.

import { createExecutionContext, env, waitOnExecutionContext } from "cloudflare:test";
import { neon, neonConfig } from "@neondatabase/serverless";
import { app } from "../../src/app";
import { hashToken, newToken } from "../../src/auth/tokens";
import { getConfig } from "../../src/config";
import { createDb } from "../../src/db/client";
import type { Fault } from "../../tools/local-neon/fault";
import { assertConforms, type TestableApp } from "./contract";

export const backend = env.TEST_BACKEND;

function keyedUrl(key: string) {
  return `postgres://${key}:pw@localhost/specdrive`;
}

export function uniqueEmail(prefix = "user") {
  return `${prefix}-${crypto.randomUUID()}@example.test`;
}

export interface ApiOptions {
  /** Another app to drive (e.g. createApp() plus test-only routes); default: the real one. */
  app?: TestableApp;
}

export interface RequestOptions {
  /** Skip the OpenAPI conformance check for this response; say why. */
  skipContract?: string;
}

export function api(overrides: Record<string, unknown> = {}, options: ApiOptions = {}) {
  const target = options.app ?? app;
  const key = `t${crypto.randomUUID().replaceAll("-", "")}`;
  const testEnv = { ...env, DATABASE_URL: keyedUrl(key), ...overrides };
  const control = (path: string, init?: RequestInit) =>
    fetch(`${env.NEON_CONTROL_URL}${path}${path.includes("?") ? "&" : "?"}key=${key}`, init);

  return {
    key,
    env: testEnv,
    /**
     * One request through the app, waiting for its waitUntil work (e.g. mail) to finish. The response
     * is checked against the OpenAPI document (status documented, JSON body valid, no undocumented
     * fields); a test of deliberately undocumented behaviour opts out with `{ skipContract: "why" }`.
     */
    async request(input: string | URL | Request, init?: RequestInit, opts: RequestOptions = {}): Promise<Response> {
      const ctx = createExecutionContext();
      const res = await target.request(input, init, testEnv, ctx);
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
  };
}

// The driver's endpoint setting is module-global; the app sets it per request from its binding,
// and this raw client for arranging state may run before any request has.
neonConfig.fetchEndpoint = env.NEON_FETCH_ENDPOINT;

/** Direct SQL for arranging and checking state (not counted against any test's key). */
export const sql = neon(keyedUrl("admin"));
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
