// Round-trip budgets of every route the app registers: each route declares its budget (`roundTrips` in
// defineRoute, src/platform/http/route.ts) and its feature's test folder a realistic SUCCESSFUL request
// (test/worker/<feature>/route-samples.ts). The request is made from a fresh client (arrangement
// happens through other clients or SQL, so it is not counted), and the database round trips it made
// must equal the budget. A registered route without a budget or a sample fails the test, and so
// does a sample without a route.
import { describe, expect, it } from "vitest";
import { PRECHECK_BODY_OVER } from "../../../src/platform/http/body-limit";
import { OPENAPI_PATH } from "../../../src/platform/http/docs";
import { ROUTE_FACTS } from "../../../src/platform/http/route";
import { apiKeyFor } from "../api-key-fixtures";
import { api, bodyForMessage, jsonInit, signedInUser, type User } from "../helpers";
import { uploadPhaseDocs } from "../project-fixtures";
import { type Client, withProject } from "../route-fixtures";
import { budgetOf, keyedRoutes, registeredRoutes, SAMPLES } from "./samples";

describe("round-trip budgets", () => {
  it("every registered route has a budget and a successful sample, and every sample a route", () => {
    const routes = registeredRoutes();
    expect(routes.length).toBeGreaterThan(30);
    expect(
      routes.filter((r) => budgetOf(r) === undefined),
      "routes without a budget (roundTrips in defineRoute)",
    ).toEqual([]);
    expect(
      routes.filter((r) => !SAMPLES.has(r)),
      "routes without a sample (test/worker/<feature>/route-samples.ts)",
    ).toEqual([]);
    expect(
      [...SAMPLES.keys()].filter((s) => !routes.includes(s)),
      "samples without a route",
    ).toEqual([]);
    // One definition per budget: a sample states one only for a route without a declaration.
    expect(
      [...SAMPLES].filter(([r, s]) => s.roundTrips !== undefined && ROUTE_FACTS.has(r)).map(([r]) => r),
      "samples repeating a declared budget",
    ).toEqual([]);
  });

  it.each(registeredRoutes())(
    "%s",
    async (route) => {
      const sample = SAMPLES.get(route);
      const budget = budgetOf(route);
      if (!sample || budget === undefined) throw new Error(`${route} has no sample or no budget`);
      const t = api();
      const res = await sample.run(t);
      expect(res.status, await bodyForMessage(res.clone())).toBe(sample.status);
      await res.arrayBuffer();
      expect(await t.roundTrips()).toBe(budget);
    },
    30_000,
  );
});

/** The same budget with an API key instead of a session: the key check travels in the route's batch. */
const WITH_KEY: [string, (t: Client, key: User, projectId: string) => Promise<Response>][] = [
  ["GET /api/projects/:id", (t, key, id) => t.request(`/api/projects/${id}`, { headers: key.auth })],
  [
    "POST /api/projects/:id/artifacts",
    (t, key, id) =>
      t.request(
        `/api/projects/${id}/artifacts`,
        jsonInit("POST", { phase: "analysis", name: "constitution.md", content: "# C" }, key.auth),
      ),
  ],
  [
    "POST /api/projects/:id/phases/advance",
    (t, key, id) =>
      t.request(`/api/projects/${id}/phases/advance`, jsonInit("POST", { expectedPhase: "analysis" }, key.auth)),
  ],
];

describe("round-trip budgets with an API key", () => {
  it.each(WITH_KEY)("%s: its budget", async (route, run) => {
    const { user, project } = await withProject();
    if (route.endsWith("advance")) await uploadPhaseDocs(user, project.id, "analysis");
    const key = await apiKeyFor(user.id);
    const t = api();
    const res = await run(t, { ...user, auth: key.auth }, project.id);
    expect(res.status, await bodyForMessage(res.clone())).toBeLessThan(300);
    await res.arrayBuffer();
    expect(await t.roundTrips()).toBe(budgetOf(route));
  });
});

/** Operations that take Idempotency-Key, from the document (what defineRoute's `idempotent` declares). */
async function keyedOperations(): Promise<string[]> {
  const doc = (await (await api().request(OPENAPI_PATH)).json()) as {
    paths: Record<string, Record<string, { parameters?: { name: string; in: string }[] }>>;
  };
  return Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.entries(ops)
      .filter(([, op]) => op.parameters?.some((p) => p.in === "header" && p.name === "Idempotency-Key"))
      .map(([method]) => `${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ":$1")}`),
  );
}

// A keyed first request: the claim, the write and its recorded answer travel in the route's one batch;
// the artifact writes look the key up first, in a round trip of their own, so that a replay is answered
// before the spec engine's validation runs (src/platform/http/replay-first.ts).
describe("round-trip budgets with an Idempotency-Key (first request)", () => {
  it("every route that takes the key is declared idempotent and has a keyed sample", async () => {
    const keyed = keyedRoutes().map((k) => k.route);
    expect((await keyedOperations()).sort()).toEqual(keyed.sort());
    expect(keyed.filter((r) => !SAMPLES.get(r)?.keyed)).toEqual([]);
    expect([...SAMPLES].filter(([r, s]) => s.keyed && !keyed.includes(r)).map(([r]) => r)).toEqual([]);
  });

  it.each(keyedRoutes())("$route: $firstRoundTrips round trip(s)", async ({ arrange, firstRoundTrips }) => {
    const user = await signedInUser();
    const r = await arrange(user);
    const t = api();
    const init = jsonInit("POST", r.body, user.auth);
    const res = await t.request(r.path, {
      ...init,
      headers: { ...(init.headers as Record<string, string>), "idempotency-key": crypto.randomUUID() },
    });
    expect(res.status, await bodyForMessage(res.clone())).toBe(r.status);
    await res.arrayBuffer();
    expect(await t.roundTrips()).toBe(firstRoundTrips);
  });
});

// The one documented exception (docs/request-handling.md, "Credentials before work"): a body over
// PRECHECK_BODY_OVER, or of unknown length, with a credential this isolate holds no ticket for costs
// one more round trip, the credential's lookup before the body is read. The request's success gives
// the credential a ticket, and the next such request is back on its budget.
const LARGE = "Long enough to be looked up first. ".repeat(60);
const PRECHECKED: [string, (t: Client, key: User, projectId: string) => Promise<Response>][] = [
  [
    "POST /api/projects/:id/artifacts",
    (t, key, id) =>
      t.request(
        `/api/projects/${id}/artifacts`,
        jsonInit(
          "POST",
          { phase: "analysis", name: `n-${crypto.randomUUID()}.md`, content: `# C\n\n${LARGE}` },
          key.auth,
        ),
      ),
  ],
  [
    "POST /api/projects",
    (t, key) =>
      t.request("/api/projects", jsonInit("POST", { name: `P ${crypto.randomUUID()}`, idea: LARGE }, key.auth)),
  ],
  [
    "PATCH /api/projects/:id",
    (t, key, id) => t.request(`/api/projects/${id}`, jsonInit("PATCH", { idea: LARGE }, key.auth)),
  ],
];

describe("round-trip budgets: a body over PRECHECK_BODY_OVER", () => {
  it("is declared (x-credential-precheck-over) on every signed-in operation whose body limit exceeds it, and no other", async () => {
    const doc = (await (await api().request(OPENAPI_PATH)).json()) as {
      paths: Record<
        string,
        Record<string, { security?: unknown[]; "x-body-limit"?: number } & Record<string, unknown>>
      >;
    };
    for (const [path, ops] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(ops)) {
        const signedIn = (op.security?.length ?? 0) > 0;
        const expected = signedIn && (op["x-body-limit"] ?? 0) > PRECHECK_BODY_OVER ? PRECHECK_BODY_OVER : undefined;
        expect(op["x-credential-precheck-over"], `${method} ${path}`).toBe(expected);
      }
    }
  });

  it.each(PRECHECKED)("%s: budget + 1 without a ticket, the budget with one", async (route, run) => {
    const { user, project } = await withProject();
    const key = await apiKeyFor(user.id);
    const budget = budgetOf(route) as number;
    for (const expected of [budget + 1, budget]) {
      const t = api();
      const res = await run(t, { ...user, auth: key.auth }, project.id);
      expect(res.status, await res.clone().text()).toBeLessThan(300);
      await res.arrayBuffer();
      expect(await t.roundTrips()).toBe(expected);
    }
  });
});
