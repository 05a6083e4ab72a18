// One structured JSON line per request, and nothing secret in it: the logs of a whole flow are
// captured and searched for the token, its hash, the password and the e-mail address used.
import { afterEach, beforeEach, describe, expect, it, type MockInstance, vi } from "vitest";
import { hashToken } from "../../../src/platform/auth/tokens";
import type { RequestLogLine } from "../../../src/platform/http/log";
import { maskEmails } from "../../../src/platform/http/log";
import { api, signedInUser } from "../helpers";
import { createTestApp } from "../test-app";

const METHODS = ["log", "info", "warn", "error", "debug"] as const;
let spies: MockInstance[] = [];
let captured: string[] = [];

beforeEach(() => {
  captured = [];
  spies = METHODS.map((m) =>
    vi.spyOn(console, m).mockImplementation((...args: unknown[]) => {
      captured.push(args.map((a) => (typeof a === "string" ? a : JSON.stringify(a))).join(" "));
    }),
  );
});
afterEach(() => {
  for (const s of spies) s.mockRestore();
});

type Line = RequestLogLine;

function linesFor(requestId: string): Line[] {
  return captured.filter((l) => l.includes(requestId)).map((l) => JSON.parse(l) as Line);
}

describe("request log", () => {
  it("a full flow: one well-formed line per request, and no token, password or e-mail anywhere", async () => {
    const u = await signedInUser("Log Tester");
    const password = `pw-${crypto.randomUUID()}`;
    const localPart = u.email.split("@")[0]!;
    const t = api();
    const tt = api({}, { app: createTestApp() });
    const headers = (extra: Record<string, string> = {}) => ({
      "x-request-id": `log-${crypto.randomUUID()}`,
      ...extra,
    });

    type Step = { run: (h: Record<string, string>) => Promise<Response>; method: string; route: string | null };
    const steps: Step[] = [
      { method: "GET", route: "/api/me", run: (h) => t.request("/api/me", { headers: { ...h, ...u.auth } }) },
      {
        method: "GET",
        route: "/api/me",
        run: (h) => t.request("/api/me", { headers: { ...h, cookie: `__Host-session=${u.token}; theme=dark` } }),
      },
      {
        method: "GET",
        route: "/api/me",
        run: (h) => t.request("/api/me", { headers: { ...h, authorization: `Bearer ${password}x${u.token}` } }),
      },
      {
        method: "POST",
        route: "/__test/echo",
        run: (h) =>
          tt.request("/__test/echo", {
            method: "POST",
            headers: { ...h, "content-type": "application/json", authorization: `Bearer ${u.token}` },
            body: JSON.stringify({ text: password, email: u.email }),
          }),
      },
      {
        method: "POST",
        route: "/__test/form",
        run: (h) =>
          tt.request("/__test/form", {
            method: "POST",
            headers: { ...h, "content-type": "application/x-www-form-urlencoded", origin: "https://evil.example" },
            body: new URLSearchParams({ name: u.email, password }).toString(),
          }),
      },
      {
        method: "GET",
        route: "/__test/users/:id",
        run: (h) =>
          tt.request(
            `/__test/users/${encodeURIComponent(u.email)}?email=${encodeURIComponent(u.email)}&token=${u.token}`,
            {
              headers: h,
            },
          ),
      },
      {
        // The database fails mid-request: the query's parameters (the e-mail) must not reach the log.
        method: "GET",
        route: "/__test/users/:id",
        run: async (h) => {
          await tt.fault({ status: 500 });
          return tt.request(`/__test/users/${encodeURIComponent(u.email)}?email=${encodeURIComponent(u.email)}`, {
            headers: h,
          });
        },
      },
      {
        method: "GET",
        route: null,
        run: (h) => t.request(`/nope/${u.token}/${encodeURIComponent(u.email)}`, { headers: h }),
      },
      {
        method: "PUT",
        route: null,
        run: (h) => t.request("/api/me", { method: "PUT", headers: { ...h, ...u.auth } }),
      },
    ];

    const seen: number[] = [];
    for (const step of steps) {
      const h = headers();
      // The endpoint's own count of this step's round trips: a third, independent figure.
      const tripsBefore = (await t.roundTrips()) + (await tt.roundTrips());
      const res = await step.run(h);
      const trips = (await t.roundTrips()) + (await tt.roundTrips()) - tripsBefore;
      seen.push(res.status);
      const lines = linesFor(h["x-request-id"]!);
      expect(lines, `${step.method} ${step.route}`).toHaveLength(1);
      const line = lines[0]!;
      expect(Object.keys(line).filter((k) => k !== "failure")).toEqual([
        "level",
        "msg",
        "requestId",
        "method",
        "route",
        "status",
        "durationMs",
        "db",
      ]);
      expect(line).toMatchObject({
        msg: "request",
        requestId: h["x-request-id"],
        method: step.method,
        route: step.route,
        status: res.status,
        level: res.status >= 500 ? "error" : res.status >= 400 ? "warn" : "info",
      });
      expect(line.durationMs).toBeGreaterThanOrEqual(0);
      // The log line and the Server-Timing header of the same response, each read on its own, against
      // the endpoint's count.
      const timing = /^db;dur=(\d+(?:\.\d+)?);desc="(\d+) round trips"$/.exec(res.headers.get("server-timing") ?? "");
      expect(timing, `${step.method} ${step.route}`).not.toBeNull();
      expect([line.db.roundTrips, Number(timing![2])]).toEqual([trips, trips]);
      expect(line.db.ms).toBe(Number(timing![1]));
    }
    // The flow did what it meant to: successes, refusals and a database failure.
    expect(seen).toEqual([200, 200, 401, 200, 403, 200, 503, 404, 405]);

    const all = captured.join("\n");
    expect(captured.length).toBeGreaterThanOrEqual(steps.length);
    for (const secret of [u.token, hashToken(u.token), password, u.email, localPart, encodeURIComponent(u.email)]) {
      expect(all).not.toContain(secret);
    }
    expect(all).not.toMatch(/authorization|cookie|bearer/i);
    const failure = captured.map((l) => JSON.parse(l) as Line).find((l) => l.status === 503)?.failure;
    expect(failure).toMatchObject({ code: "database_unavailable", error: expect.stringContaining("HTTP status 500") });
  });

  it("masks anything shaped like an e-mail address", () => {
    expect(maskEmails('{"error":"duplicate ada.lovelace+x@example.co.uk here"}')).toBe(
      '{"error":"duplicate a***@example.co.uk here"}',
    );
  });
});
