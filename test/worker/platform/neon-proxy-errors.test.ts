// What the app answers when Neon's proxy (reproduced by tools/local-neon, docs/local-neon.md) says
// something that is not a Postgres error: empty `code` -> 503 database_unavailable; a refused
// DATABASE_URL -> 500 server_misconfigured, logged as such; an answer over Neon's size limit ->
// 500 database_limit_exceeded, never "retry later"; a write whose round trip timed out does not commit.
import { env } from "cloudflare:test";
import { afterEach, describe, expect, it, type MockInstance, vi } from "vitest";
import { mapError } from "../../../src/platform/http/errors";
import type { NeonErrorKind } from "../../../tools/local-neon/fault";
import { api, errorOf, jsonInit, signedInUser, sql } from "../helpers";
import { createProject } from "../project-fixtures";

const neonDbError = (message: string, code?: string) =>
  Object.assign(new Error(message), { name: "NeonDbError", ...(code === undefined ? {} : { code }) });

describe("mapError: Neon proxy errors", () => {
  it.each([
    ["password authentication failed for user 'app'", 500, "server_misconfigured"],
    ["missing authentication credentials: required password", 500, "server_misconfigured"],
    ["missing hostname", 500, "server_misconfigured"],
    ["connection closed", 503, "database_unavailable"],
    [
      "could not parse the HTTP request body: unexpected end of hex escape at line 1 column 45",
      503,
      "database_unavailable",
    ],
  ])("400 with code '' and message %j -> %i %s", (message, status, code) => {
    const err = neonDbError(message, "");
    for (const e of [err, Object.assign(new Error("Failed query"), { cause: err })]) {
      expect(mapError(e)).toMatchObject({ status, code });
    }
  });

  it.each([413, 507])("HTTP %i (over Neon's size limit) -> 500 database_limit_exceeded, no Retry-After", (status) => {
    const m = mapError(neonDbError(`Server error (HTTP status ${status}): {"message":"too large","code":""}`));
    expect(m).toMatchObject({ status: 500, code: "database_limit_exceeded", bug: true });
    expect(m.headers?.["Retry-After"]).toBeUndefined();
  });

  it("a Postgres error is not a proxy error", () => {
    expect(mapError(neonDbError("duplicate key", "23505"))).toMatchObject({ status: 409, code: "conflict" });
  });
});

describe("through the app: Neon's non-Postgres errors (fault injection at the local endpoint)", () => {
  let spy: MockInstance | undefined;
  afterEach(() => spy?.mockRestore());

  it.each([
    ["auth_failed", 500, "server_misconfigured"],
    ["endpoint_disabled", 503, "database_unavailable"],
    ["connection_lost", 503, "database_unavailable"],
    ["malformed_request", 503, "database_unavailable"],
  ] as [NeonErrorKind, number, string][])("%s -> %i %s", async (kind, status, code) => {
    const lines: string[] = [];
    spy = vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => {
      lines.push(args.map(String).join(" "));
    });
    const u = await signedInUser();
    const t = api();
    await t.fault({ neonError: kind });
    const res = await t.request("/api/me", { headers: u.auth });
    expect(res.status).toBe(status);
    expect((await errorOf(res)).code).toBe(code);
    if (status === 503) expect(res.headers.get("retry-after")).toMatch(/^\d+$/);
    if (kind === "auth_failed") {
      // The log line names the misconfiguration and what Neon said, its quoted value blanked like
      // every quoted part of a failure (src/platform/http/log.ts, redactQuoted).
      const line = lines.find((l) => l.includes('"server_misconfigured"'));
      expect(line).toContain("password authentication failed for user '…'");
      expect(line).not.toContain(t.key);
    }
  });

  it("an answer over Neon's response limit: 500 database_limit_exceeded, no Retry-After", async () => {
    const u = await signedInUser();
    const p = await createProject(u);
    const t = api();
    // Neon checks the size before each row (one row may overshoot), so a limit below the first
    // row's offset in the answer is what makes any route's answer too large.
    await t.limits({ maxResponseBytes: 200 });
    const res = await t.request(`/api/projects/${p.id}`, { headers: u.auth });
    expect(res.status).toBe(500);
    expect((await errorOf(res)).code).toBe("database_limit_exceeded");
    expect(res.headers.get("retry-after")).toBeNull();
  });
});

describe("a write whose round trip timed out does not commit (Neon cancels it when the client goes away)", () => {
  it("POST /api/projects: 503 database_timeout, and no project afterwards", async () => {
    const u = await signedInUser();
    const t = api({ DB_TIMEOUT_MS: "300" });
    // Every statement runs, then the endpoint stalls before COMMIT; the app gives up after 300 ms.
    await t.fault({ stallAtStatement: -1, delayMs: 5_000, match: "insert into" });
    const name = `Timed out ${crypto.randomUUID()}`;
    const res = await t.request("/api/projects", jsonInit("POST", { name }, u.auth));
    expect(res.status).toBe(503);
    expect((await errorOf(res)).code).toBe("database_timeout");
    // Bounded wait until the endpoint has finished the abandoned request (rolled back, not committed).
    for (let i = 0; i < 500; i++) {
      const stats = (await (await fetch(`${env.NEON_CONTROL_URL}/stats?key=${t.key}`)).json()) as { active: number };
      if (stats.active === 0) break;
      await new Promise((r) => setTimeout(r, 10));
    }
    expect(await sql.query("select count(*)::int as n from projects where name = $1", [name])).toEqual([{ n: 0 }]);
  });
});
