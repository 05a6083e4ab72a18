// Test harness: drives the real app inside workerd against the local Neon endpoint.
// Each `api()` gets its own client key (the user name in DATABASE_URL), so its round-trip
// count and injected faults are its own even while other test files run in parallel.
import { neon } from "@neondatabase/serverless";
import { createExecutionContext, env, waitOnExecutionContext } from "cloudflare:test";
import { app } from "../../src/app";
import { createDb } from "../../src/db/client";
import type { Fault } from "../../tools/local-neon/server";

export const backend = env.TEST_BACKEND;

function keyedUrl(key: string) {
  return `postgres://${key}:pw@localhost/specdrive`;
}

export function uniqueEmail(prefix = "user") {
  return `${prefix}-${crypto.randomUUID()}@example.test`;
}

export function api(overrides: Record<string, unknown> = {}) {
  const key = `t${crypto.randomUUID().replaceAll("-", "")}`;
  const testEnv = { ...env, DATABASE_URL: keyedUrl(key), ...overrides };
  const control = (path: string, init?: RequestInit) =>
    fetch(`${env.NEON_CONTROL_URL}${path}${path.includes("?") ? "&" : "?"}key=${key}`, init);

  return {
    key,
    env: testEnv,
    /** One request through the app, waiting for its waitUntil work (e.g. mail) to finish. */
    async request(path: string, init?: RequestInit): Promise<Response> {
      const ctx = createExecutionContext();
      const res = await app.request(path, init, testEnv, ctx);
      await waitOnExecutionContext(ctx);
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

/** Direct SQL for arranging and checking state (not counted against any test's key). */
export const sql = neon(keyedUrl("admin"));
/** The same drizzle client the app builds, for typed checks of table contents. */
export const adminDb = () => createDb({ DATABASE_URL: keyedUrl("admin"), NEON_FETCH_ENDPOINT: env.NEON_FETCH_ENDPOINT });
