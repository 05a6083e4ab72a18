// The front (src/workers/api.ts): through the real API worker, as deployed next to the teams worker
// (vitest.config.ts runs "spec-drive-teams" behind its TEAMS binding). The core routes are answered by
// the front; every other path is forwarded unchanged and answered by the whole app; without the binding,
// such a path is a 500 server_misconfigured, never a silent 404.
import { createExecutionContext, env, waitOnExecutionContext } from "cloudflare:test";
import { exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { app, createFrontApp } from "../../../src/app";
import { TOOLS } from "../../../src/mcp/server";
import { forwardingRequests } from "../../../src/platform/http/forward";
import front from "../../../src/workers/api";
import { api, expectError, read, signedInUser, uniqueIp } from "../helpers";

const ORIGIN = new URL(env.APP_URL).origin;
const url = (path: string) => new URL(path, "https://api.specdrive.test").toString();

/** One request through the real front worker (its default export as the runtime runs it). */
function viaFront(path: string, init: RequestInit = {}): Promise<Response> {
  return exports.default.fetch(new Request(url(path), init));
}

/**
 * The front's handler with its real TEAMS binding, observed: what it forwards still goes to the real
 * teams worker; `forwarded` lists the requests as the binding received them.
 */
function observedFront(overrides: Record<string, unknown> = {}) {
  const forwarded: Request[] = [];
  const teams = env.TEAMS as Fetcher;
  const observed = {
    fetch: (request: Request) => {
      forwarded.push(request);
      return teams.fetch(request);
    },
  };
  const testEnv = { ...api().env, TEAMS: observed, ...overrides };
  return {
    forwarded,
    async fetch(path: string, init: RequestInit = {}): Promise<Response> {
      const ctx = createExecutionContext();
      const res = await front.fetch(new Request(url(path), init), testEnv as never, ctx);
      await waitOnExecutionContext(ctx);
      return res;
    },
  };
}

describe("the front worker", () => {
  it("answers a core route itself", async () => {
    const f = observedFront();
    const res = await f.fetch("/health");
    expect(res.status).toBe(200);
    expect(f.forwarded).toHaveLength(0);
    expect((await viaFront("/health")).status).toBe(200);
  });

  it("answers an OPTIONS preflight and a 405 of a core path itself", async () => {
    const f = observedFront();
    const preflight = await f.fetch("/api/projects", {
      method: "OPTIONS",
      headers: { origin: ORIGIN, "access-control-request-method": "POST" },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-origin")).toBe(ORIGIN);
    expectError(await read(await f.fetch("/health", { method: "DELETE" })), 405, "method_not_allowed");
    expect(f.forwarded).toHaveLength(0);
  });

  it("forwards a team route unchanged, and it answers exactly what the whole app answers", async () => {
    const user = await signedInUser();
    const headers = {
      authorization: user.auth.authorization,
      "cf-connecting-ip": uniqueIp(),
      "x-request-id": "front-test-1",
      cookie: "theme=dark",
      origin: ORIGIN,
    };
    const f = observedFront();
    const res = await f.fetch("/api/workspaces", { headers });
    expect(f.forwarded).toHaveLength(1);
    const sent = f.forwarded[0]!;
    for (const [name, value] of Object.entries(headers)) expect(sent.headers.get(name)).toBe(value);
    expect(res.headers.get("x-request-id")).toBe("front-test-1");

    const whole = await app.request("/api/workspaces", { headers: { authorization: user.auth.authorization } }, env);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual(await whole.json());
    // Through the deployed pair too.
    const real = await viaFront("/api/workspaces", { headers: { authorization: user.auth.authorization } });
    expect(real.status).toBe(200);
    expect(await real.json()).toEqual(await (await app.request("/api/workspaces", { headers }, env)).json());
  });

  it("does no database work for a forwarded request", async () => {
    const user = await signedInUser();
    const client = api();
    const f = observedFront({ DATABASE_URL: client.env.DATABASE_URL });
    const before = await client.roundTrips();
    expect((await f.fetch("/api/workspaces", { headers: user.auth })).status).toBe(200);
    expect(await client.roundTrips()).toBe(before);
  });

  it("forwards an unknown path: the whole app's 404 in the error shape", async () => {
    const f = observedFront();
    expectError(await read(await f.fetch("/no/such/path", { method: "POST" })), 404, "not_found");
    expect(f.forwarded).toHaveLength(1);
    expectError(await read(await viaFront("/no/such/path")), 404, "not_found");
  });

  it("forwards /openapi.json: the whole document, team operations included", async () => {
    const res = await viaFront("/openapi.json");
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text).toContain('"listWorkspaces"');
    expect(text).toContain('"getHealth"');
  });

  it("without the TEAMS binding, a forwarded path is 500 server_misconfigured; core routes still answer", async () => {
    const f = observedFront({ TEAMS: undefined });
    const res = await read(await f.fetch("/api/workspaces"));
    expectError(res, 500, "server_misconfigured");
    expect(res.text).toContain("TEAMS is not bound");
    expect((await f.fetch("/health")).status).toBe(200);
  });

  it("an MCP tool's call back into the routes: the front's own answered there, the rest by the teams worker", async () => {
    const forwarded: string[] = [];
    const teams = env.TEAMS as Fetcher;
    const testEnv = {
      ...api().env,
      TEAMS: {
        fetch: (r: Request) => {
          forwarded.push(new URL(r.url).pathname);
          return teams.fetch(r);
        },
      },
    };
    const routes = forwardingRequests(createFrontApp());
    const user = await signedInUser();
    const me = await routes.request("/api/me", { headers: user.auth }, testEnv);
    expect(me.status).toBe(200);
    expect(forwarded).toEqual([]);
    // Change requests are the teams worker's: an MCP tool reaches them through the front all the same.
    const workspaces = await routes.request("/api/workspaces", { headers: user.auth }, testEnv);
    expect(workspaces.status).toBe(200);
    expect(forwarded).toEqual(["/api/workspaces"]);
    expect(Object.values(TOOLS).some((t) => t.route.includes("/change-requests"))).toBe(true);
  });
});
