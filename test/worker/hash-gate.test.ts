// The per-isolate password-hashing gate (src/auth/hash-gate.ts): one hash at a time, a bounded
// queue, 503 server_busy with Retry-After past it, and every queued hash served.
import { describe, expect, it, vi } from "vitest";
import { gatedHash, HASH_GAP_MS, hashesInFlight, MAX_QUEUED_HASHES } from "../../src/auth/hash-gate";
import { hashPassword, verifyPassword } from "../../src/auth/password";
import { ApiError } from "../../src/http/errors";
import { api, errorOf, postJson, signUp } from "./helpers";

vi.setConfig({ testTimeout: 30_000 });

/** Fills the gate with work that holds it until released: 1 running + MAX_QUEUED_HASHES waiting. */
function fillGate() {
  let release = () => {};
  const held = new Promise<void>((r) => {
    release = r;
  });
  const order: number[] = [];
  const state = { running: 0, maxRunning: 0 };
  const jobs = Array.from({ length: 1 + MAX_QUEUED_HASHES }, (_, i) =>
    gatedHash(async () => {
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
    expect(hashesInFlight()).toBe(0);
    const gate = fillGate();
    expect(hashesInFlight()).toBe(1 + MAX_QUEUED_HASHES);
    const refused = await gatedHash(async () => "ran").catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ApiError);
    expect((refused as ApiError).code).toBe("server_busy");
    expect(gate.order).toEqual([0]);
    gate.release();
    await Promise.all(gate.jobs);
    expect(gate.state.maxRunning).toBe(1);
    expect([...gate.order].sort((a, b) => a - b)).toEqual(Array.from({ length: 1 + MAX_QUEUED_HASHES }, (_, i) => i));
    // The gate reopens HASH_GAP_MS after the last hash.
    await vi.waitFor(() => expect(hashesInFlight()).toBe(0), { timeout: 10_000 });
  });

  it("a real hash still verifies through the gate", async () => {
    const stored = await hashPassword("correct horse battery staple");
    expect(await verifyPassword("correct horse battery staple", stored)).toBe(true);
    expect(await verifyPassword("wrong horse battery staple", stored)).toBe(false);
  });

  it("login past the queue answers 503 server_busy with Retry-After: 1, and works once it drains", async () => {
    const t = api();
    const u = await signUp(t);
    // The signup's hash closed the gate for HASH_GAP_MS: fill it once it is open again, so that the
    // jobs below are exactly 1 running + MAX_QUEUED_HASHES waiting.
    await new Promise((r) => setTimeout(r, HASH_GAP_MS + 50));
    await vi.waitFor(() => expect(hashesInFlight()).toBe(0), { timeout: 10_000 });
    const gate = fillGate();
    const busy = await t.request("/api/auth/login", postJson({ email: u.email, password: u.password }));
    expect(busy.status).toBe(503);
    expect(busy.headers.get("retry-after")).toBe("1");
    expect((await errorOf(busy)).code).toBe("server_busy");
    gate.release();
    await Promise.all(gate.jobs);
    const ok = await t.request("/api/auth/login", postJson({ email: u.email, password: u.password }));
    expect(ok.status).toBe(200);
  });
});
