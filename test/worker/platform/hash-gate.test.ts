// The per-isolate password-hashing gate (src/platform/auth/hash-gate.ts): one hash at a time, a bounded
// queue, 503 server_busy with Retry-After past it, and every queued hash served. The tests use limits
// of their own (configuration, src/platform/config.ts), so the gate they fill is theirs alone: the test files
// hashing next to them in the same isolate use the default limits, hence another gate.
import { describe, expect, it, vi } from "vitest";
import { gatedHash, hashesInFlight } from "../../../src/platform/auth/hash-gate";
import { hashPassword, verifyPassword } from "../../../src/platform/auth/password";
import { ApiError } from "../../../src/platform/http/errors";
import { api, errorOf, jsonInit, signUp } from "../helpers";

vi.setConfig({ testTimeout: 30_000 });

const LIMITS = { maxQueued: 3, gapMs: 40 };
/** The same limits as bindings, for requests through the app. */
const BINDINGS = { HASH_QUEUE_MAX: String(LIMITS.maxQueued), HASH_GAP_MS: String(LIMITS.gapMs) };

/** Fills the gate with work that holds it until released: 1 running + LIMITS.maxQueued waiting. */
function fillGate() {
  let release = () => {};
  const held = new Promise<void>((r) => {
    release = r;
  });
  const order: number[] = [];
  const state = { running: 0, maxRunning: 0 };
  const jobs = Array.from({ length: 1 + LIMITS.maxQueued }, (_, i) =>
    gatedHash(LIMITS, async () => {
      state.running += 1;
      state.maxRunning = Math.max(state.maxRunning, state.running);
      order.push(i);
      await held;
      state.running -= 1;
    }),
  );
  return { release, jobs, order, state };
}

describe("password hashing gate", () => {
  it("runs one hash at a time, serves the queue, and refuses one past it with server_busy", async () => {
    expect(hashesInFlight(LIMITS)).toBe(0);
    const gate = fillGate();
    expect(hashesInFlight(LIMITS)).toBe(1 + LIMITS.maxQueued);
    const refused = await gatedHash(LIMITS, async () => "ran").catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ApiError);
    expect((refused as ApiError).code).toBe("server_busy");
    expect(gate.order).toEqual([0]);
    gate.release();
    await Promise.all(gate.jobs);
    expect(gate.state.maxRunning).toBe(1);
    expect([...gate.order].sort((a, b) => a - b)).toEqual(Array.from({ length: 1 + LIMITS.maxQueued }, (_, i) => i));
    // The gate reopens gapMs after the last hash.
    await vi.waitFor(() => expect(hashesInFlight(LIMITS)).toBe(0), { timeout: 10_000 });
  });

  it("a real hash still verifies through the gate", async () => {
    const stored = await hashPassword("correct horse battery staple");
    expect(await verifyPassword("correct horse battery staple", stored)).toBe(true);
    expect(await verifyPassword("wrong horse battery staple", stored)).toBe(false);
  });

  it("login past the queue answers 503 server_busy with Retry-After: 1, and works once it drains", async () => {
    const t = api(BINDINGS);
    const u = await signUp(t);
    // The signup's hash closed the gate for gapMs: fill it once it is open again, so that the
    // jobs below are exactly 1 running + LIMITS.maxQueued waiting.
    await new Promise((r) => setTimeout(r, LIMITS.gapMs + 50));
    await vi.waitFor(() => expect(hashesInFlight(LIMITS)).toBe(0), { timeout: 10_000 });
    const gate = fillGate();
    const busy = await t.request("/api/auth/login", jsonInit("POST", { email: u.email, password: u.password }));
    expect(busy.status).toBe(503);
    expect(busy.headers.get("retry-after")).toBe("1");
    expect((await errorOf(busy)).code).toBe("server_busy");
    gate.release();
    await Promise.all(gate.jobs);
    const ok = await t.request("/api/auth/login", jsonInit("POST", { email: u.email, password: u.password }));
    expect(ok.status).toBe(200);
  });
});
