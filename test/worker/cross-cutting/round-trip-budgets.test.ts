// Round-trip budgets, one table for every route the app registers. Each entry is exercised with a
// realistic SUCCESSFUL request from a fresh client (arrangement happens through other clients or
// SQL, so it is not counted), and the database round trips that request made are asserted:
// exactly the budget where the route is deterministic, at most the budget where it is not.
// A registered route without an entry fails the test, and so does an entry without a route.
import { describe, expect, it } from "vitest";
import { app } from "../../../src/app";
import { MCP_PATH } from "../../../src/mcp/forward";
import type { Phase } from "../../../src/platform/db/schema";
import { PRECHECK_BODY_OVER } from "../../../src/platform/http/body-limit";
import { DOCS_PATH, OPENAPI_PATH } from "../../../src/platform/http/docs";
import { apiKeyFor } from "../api-key-fixtures";
import {
  api,
  bodyForMessage,
  call,
  jsonInit,
  PASSWORD,
  postJson,
  signedInUser,
  signUp,
  sql,
  tokenFromMail,
  type User,
  uniqueEmail,
  verifyEmail,
} from "../helpers";
import { KEYED_ROUTES } from "../idempotent-routes";
import { createProject, uploadPhaseDocs } from "../project-fixtures";

type Client = ReturnType<typeof api>;

interface Budget {
  /** Database round trips the successful request may make. */
  roundTrips: number;
  /** `exact` (default): must equal the budget; `max`: may use fewer (a retry path is not taken). */
  kind?: "exact" | "max";
  /** Arranges state (not counted), then makes THE request with `t`; returns its response. */
  run: (t: Client) => Promise<Response>;
  /** The success status expected. */
  status: number;
}

/** A user arranged in SQL (no hashing), with one project. */
async function withProject(name?: string) {
  const user = await signedInUser();
  const project = await createProject(user, name);
  return { user, project };
}

async function advance(user: User, id: string, expectedPhase: Phase) {
  await uploadPhaseDocs(user, id, expectedPhase);
  const r = await call(user, "POST", `/api/projects/${id}/phases/advance`, { expectedPhase });
  expect(r.status).toBe(200);
}

async function postArtifact(user: User, id: string) {
  const r = await call(user, "POST", `/api/projects/${id}/artifacts`, {
    phase: "analysis",
    name: "constitution.md",
    content: "# Constitution\n\nPrinciples.",
  });
  expect(r.status).toBe(201);
  return r.json.artifact as { id: string; validationErrors: { ruleId: string }[] };
}

/** A project with a run started through the API, its status then set in SQL (the state the route acts on). */
async function withRun(status: "waiting_for_approval" | "paused" = "waiting_for_approval") {
  const { user, project } = await withProject();
  const r = await call(user, "POST", `/api/projects/${project.id}/runs`, { targetPhase: "stack_selection" });
  expect(r.status).toBe(202);
  const runId = r.json.run.id as string;
  await sql`update generation_runs set status = ${status} where id = ${runId}`;
  return { user, project, runId };
}

/** An account signed up through the real endpoint (real password, unverified), by another client. */
const signedUp = () => signUp(api(), { email: uniqueEmail("rt") });
/** The same, with its email verified (creating API keys needs it). */
const verifiedSignUp = async () => {
  const u = await signedUp();
  await verifyEmail(u.user.id);
  return u;
};

const BUDGETS: Record<string, Budget> = {
  "GET /health": { roundTrips: 0, status: 200, run: (t) => t.request("/health") },
  "GET /health/db": { roundTrips: 1, status: 200, run: (t) => t.request("/health/db") },

  // ----------------------------------------------------------------------------------------- auth
  "POST /api/auth/signup": {
    roundTrips: 2,
    status: 201,
    run: (t) => t.request("/api/auth/signup", postJson({ email: uniqueEmail("rt"), password: PASSWORD, name: "Ada" })),
  },
  "POST /api/auth/login": {
    roundTrips: 2,
    status: 200,
    run: async (t) => {
      const u = await signedUp();
      return t.request("/api/auth/login", postJson({ email: u.email, password: PASSWORD }));
    },
  },
  "POST /api/auth/logout": {
    roundTrips: 1,
    status: 204,
    run: async (t) => t.request("/api/auth/logout", { method: "POST", headers: (await signedInUser()).auth }),
  },
  "POST /api/auth/verify-email": {
    roundTrips: 1,
    status: 200,
    run: async (t) => {
      const u = await signedUp();
      const token = await tokenFromMail(u.email, "/verify-email");
      return t.request("/api/auth/verify-email", postJson({ token }));
    },
  },
  "POST /api/auth/verify-email/resend": {
    roundTrips: 1,
    status: 202,
    run: async (t) => t.request("/api/auth/verify-email/resend", { method: "POST", headers: (await signedUp()).auth }),
  },
  "POST /api/auth/forgot-password": {
    roundTrips: 1,
    status: 202,
    run: async (t) => t.request("/api/auth/forgot-password", postJson({ email: (await signedInUser()).email })),
  },
  "POST /api/auth/reset-password": {
    roundTrips: 2,
    status: 204,
    run: async (t) => {
      const u = await signedInUser();
      const res = await api().request("/api/auth/forgot-password", postJson({ email: u.email }));
      expect(res.status).toBe(202);
      const token = await tokenFromMail(u.email, "/reset-password");
      return t.request("/api/auth/reset-password", postJson({ token, password: "a brand new passphrase" }));
    },
  },
  "POST /api/auth/change-password": {
    roundTrips: 2,
    status: 200,
    run: async (t) => {
      const u = await signedUp();
      return t.request(
        "/api/auth/change-password",
        postJson({ currentPassword: PASSWORD, newPassword: "a brand new passphrase" }, u.auth),
      );
    },
  },

  // ------------------------------------------------------------------------------------------- me
  "GET /api/me": {
    roundTrips: 1,
    status: 200,
    run: async (t) => t.request("/api/me", { headers: (await signedInUser()).auth }),
  },
  "PATCH /api/me": {
    roundTrips: 1,
    status: 200,
    run: async (t) => t.request("/api/me", postJson({ name: "Grace" }, (await signedInUser()).auth, "PATCH")),
  },
  "DELETE /api/me": {
    roundTrips: 2,
    status: 204,
    run: async (t) => t.request("/api/me", postJson({ password: PASSWORD }, (await signedUp()).auth, "DELETE")),
  },
  "GET /api/me/keys": {
    roundTrips: 1,
    status: 200,
    run: async (t) => {
      const u = await signedInUser();
      await apiKeyFor(u.id);
      return t.request("/api/me/keys", { headers: u.auth });
    },
  },
  // Two: the password confirmation (as change-password), then the insert.
  "POST /api/me/keys": {
    roundTrips: 2,
    status: 201,
    run: async (t) =>
      t.request(
        "/api/me/keys",
        postJson({ name: "agent", scopes: ["projects:read"], password: PASSWORD }, (await verifiedSignUp()).auth),
      ),
  },
  "DELETE /api/me/keys/:id": {
    roundTrips: 1,
    status: 204,
    run: async (t) => {
      const u = await signedInUser();
      const key = await apiKeyFor(u.id);
      return t.request(`/api/me/keys/${key.id}`, { method: "DELETE", headers: u.auth });
    },
  },
  "GET /api/me/sessions": {
    roundTrips: 1,
    status: 200,
    run: async (t) => t.request("/api/me/sessions", { headers: (await signedInUser()).auth }),
  },
  "DELETE /api/me/sessions/:id": {
    roundTrips: 1,
    status: 204,
    run: async (t) => {
      const u = await signedInUser();
      const [other] = (await sql.query(
        "insert into auth_sessions (user_id, token_hash, expires_at) values ($1, $2, now() + interval '1 day') returning id",
        [u.id, `rt-${crypto.randomUUID()}`],
      )) as { id: string }[];
      return t.request(`/api/me/sessions/${other!.id}`, { method: "DELETE", headers: u.auth });
    },
  },
  "POST /api/me/sessions/revoke-others": {
    roundTrips: 1,
    status: 200,
    run: async (t) =>
      t.request("/api/me/sessions/revoke-others", { method: "POST", headers: (await signedInUser()).auth }),
  },

  // ------------------------------------------------------------------------------------- projects
  "POST /api/projects": {
    // A slug taken concurrently costs one more round trip per retry; none happens here.
    roundTrips: 1,
    status: 201,
    run: async (t) => t.request("/api/projects", jsonInit("POST", await signedInUser(), { name: "Round trips" })),
  },
  "GET /api/projects": {
    roundTrips: 1,
    status: 200,
    run: async (t) => {
      const { user } = await withProject();
      return t.request("/api/projects?limit=10&sort=name&order=asc", { headers: user.auth });
    },
  },
  "GET /api/projects/stats": {
    roundTrips: 1,
    status: 200,
    run: async (t) => t.request("/api/projects/stats", { headers: (await withProject()).user.auth }),
  },
  "GET /api/projects/:id": {
    roundTrips: 1,
    status: 200,
    run: async (t) => {
      const { user, project } = await withProject();
      return t.request(`/api/projects/${project.slug}`, { headers: user.auth });
    },
  },
  "PATCH /api/projects/:id": {
    roundTrips: 1,
    status: 200,
    run: async (t) => {
      const { user, project } = await withProject();
      return t.request(`/api/projects/${project.id}`, jsonInit("PATCH", user, { description: "Updated" }));
    },
  },
  "DELETE /api/projects/:id": {
    roundTrips: 1,
    status: 204,
    run: async (t) => {
      const { user, project } = await withProject();
      return t.request(`/api/projects/${project.id}`, { method: "DELETE", headers: user.auth });
    },
  },
  "PATCH /api/projects/:id/orchestration": {
    roundTrips: 1,
    status: 200,
    run: async (t) => {
      const { user, project } = await withProject();
      return t.request(
        `/api/projects/${project.id}/orchestration`,
        jsonInit("PATCH", user, { agent: "planner", step: 3 }),
      );
    },
  },

  // --------------------------------------------------------------------------------------- phases
  "POST /api/projects/:id/phases/advance": {
    roundTrips: 1,
    status: 200,
    run: async (t) => {
      const { user, project } = await withProject();
      await uploadPhaseDocs(user, project.id, "analysis");
      return t.request(
        `/api/projects/${project.id}/phases/advance`,
        jsonInit("POST", user, { expectedPhase: "analysis", artifactsGenerated: ["constitution.md"] }),
      );
    },
  },
  "POST /api/projects/:id/runs": {
    roundTrips: 1,
    status: 202,
    run: async (t) => {
      const { user, project } = await withProject();
      // Target the current phase: the run completes at its first step and never calls the LLM.
      return t.request(`/api/projects/${project.id}/runs`, jsonInit("POST", user, { targetPhase: "analysis" }));
    },
  },
  "GET /api/projects/:id/runs": {
    roundTrips: 1,
    status: 200,
    run: async (t) => {
      const { user, project } = await withProject();
      return t.request(`/api/projects/${project.id}/runs`, jsonInit("GET", user));
    },
  },
  "GET /api/projects/:id/runs/:runId": {
    roundTrips: 1,
    status: 200,
    run: async (t) => {
      const { user, project, runId } = await withRun();
      return t.request(`/api/projects/${project.id}/runs/${runId}`, jsonInit("GET", user));
    },
  },
  "POST /api/projects/:id/runs/:runId/pause": {
    roundTrips: 1,
    status: 200,
    run: async (t) => {
      const { user, project, runId } = await withRun();
      return t.request(`/api/projects/${project.id}/runs/${runId}/pause`, jsonInit("POST", user));
    },
  },
  "POST /api/projects/:id/runs/:runId/resume": {
    roundTrips: 1,
    status: 200,
    run: async (t) => {
      const { user, project, runId } = await withRun("paused");
      return t.request(`/api/projects/${project.id}/runs/${runId}/resume`, jsonInit("POST", user));
    },
  },
  "POST /api/projects/:id/runs/:runId/cancel": {
    roundTrips: 1,
    status: 200,
    run: async (t) => {
      const { user, project, runId } = await withRun();
      return t.request(`/api/projects/${project.id}/runs/${runId}/cancel`, jsonInit("POST", user));
    },
  },
  "POST /api/projects/:id/stack/approve": {
    roundTrips: 1,
    status: 200,
    run: async (t) => {
      const { user, project } = await withProject();
      await advance(user, project.id, "analysis");
      return t.request(
        `/api/projects/${project.id}/stack/approve`,
        jsonInit("POST", user, { stackChoice: "hono_neon_drizzle" }),
      );
    },
  },
  "POST /api/projects/:id/dependencies/approve": {
    roundTrips: 1,
    status: 200,
    run: async (t) => {
      const { user, project } = await withProject();
      await sql.query("update projects set current_phase = 'dependencies' where id = $1", [project.id]);
      return t.request(`/api/projects/${project.id}/dependencies/approve`, { method: "POST", headers: user.auth });
    },
  },
  "GET /api/projects/:id/phases/history": {
    roundTrips: 1,
    status: 200,
    run: async (t) => {
      const { user, project } = await withProject();
      await advance(user, project.id, "analysis");
      return t.request(`/api/projects/${project.id}/phases/history`, { headers: user.auth });
    },
  },
  "GET /api/projects/:id/progress": {
    roundTrips: 1,
    status: 200,
    run: async (t) => {
      const { user, project } = await withProject();
      await postArtifact(user, project.id);
      return t.request(`/api/projects/${project.id}/progress`, { headers: user.auth });
    },
  },

  // ------------------------------------------------------------------------------------ artifacts
  "POST /api/projects/:id/artifacts": {
    // A version number taken concurrently costs one more round trip per retry; none happens here.
    roundTrips: 1,
    status: 201,
    run: async (t) => {
      const { user, project } = await withProject();
      return t.request(
        `/api/projects/${project.id}/artifacts`,
        jsonInit("POST", user, {
          phase: "analysis",
          name: "project-brief.md",
          content: "# Brief",
          frontmatter: { v: 1 },
        }),
      );
    },
  },
  "POST /api/projects/:id/artifacts/batch": {
    roundTrips: 1,
    status: 201,
    run: async (t) => {
      const { user, project } = await withProject();
      return t.request(
        `/api/projects/${project.id}/artifacts/batch`,
        jsonInit("POST", user, {
          artifacts: [
            { phase: "analysis", name: "constitution.md", content: "# C" },
            { phase: "analysis", name: "personas.md", content: "# P" },
          ],
        }),
      );
    },
  },
  "GET /api/projects/:id/artifacts": {
    roundTrips: 1,
    status: 200,
    run: async (t) => {
      const { user, project } = await withProject();
      await postArtifact(user, project.id);
      return t.request(`/api/projects/${project.id}/artifacts?versions=all`, { headers: user.auth });
    },
  },
  "GET /api/projects/:id/artifacts/:artifactId": {
    roundTrips: 1,
    status: 200,
    run: async (t) => {
      const { user, project } = await withProject();
      const a = await postArtifact(user, project.id);
      return t.request(`/api/projects/${project.id}/artifacts/${a.id}`, { headers: user.auth });
    },
  },
  "PATCH /api/projects/:id/artifacts/:artifactId/validation": {
    roundTrips: 1,
    status: 200,
    run: async (t) => {
      const { user, project } = await withProject();
      const a = await postArtifact(user, project.id);
      return t.request(
        `/api/projects/${project.id}/artifacts/${a.id}/validation`,
        jsonInit("PATCH", user, { ruleId: a.validationErrors[0]?.ruleId, reason: "accepted in review" }),
      );
    },
  },
  // The traceability matrix: one query reads the latest template documents' contents (bounded: 18 x 512 KiB).
  "GET /api/projects/:id/traceability": {
    roundTrips: 1,
    status: 200,
    run: async (t) => {
      const { user, project } = await withProject();
      await uploadPhaseDocs(user, project.id, "spec");
      return t.request(`/api/projects/${project.id}/traceability`, { headers: user.auth });
    },
  },
  // Templates are data in the bundle: no database.
  "GET /api/templates": { roundTrips: 0, status: 200, run: (t) => t.request("/api/templates") },
  "GET /api/templates/:phase": { roundTrips: 0, status: 200, run: (t) => t.request("/api/templates/solutioning") },
  // The export reads contents in pages so that no database answer exceeds Neon's response limit:
  // 1 (authed: project, history, artifact metadata and sizes) + ceil(content bytes / EXPORT_PAGE_BYTES),
  // here 1 + 1. Larger projects: test/worker/export/export.test.ts.
  "GET /api/projects/:id/export": {
    roundTrips: 2,
    status: 200,
    run: async (t) => {
      const { user, project } = await withProject();
      await postArtifact(user, project.id);
      return t.request(`/api/projects/${project.id}/export`, { headers: user.auth });
    },
  },
  // MCP (registered for every method; only POST serves): the key's check at /mcp, before any MCP work
  // and for every MCP method, then one API request per tool call with its own round trip (two here;
  // initialize, tools/list and notifications make one, a resource read three: test/worker/mcp/mcp.test.ts).
  [`POST ${MCP_PATH}`]: {
    roundTrips: 2,
    status: 200,
    run: async (t) => {
      const { user, project } = await withProject();
      const key = await apiKeyFor(user.id, ["projects:read"]);
      return t.request(
        MCP_PATH,
        {
          method: "POST",
          headers: { ...key.auth, "content-type": "application/json", accept: "application/json, text/event-stream" },
          body: JSON.stringify({
            jsonrpc: "2.0",
            id: 1,
            method: "tools/call",
            params: { name: "get_project", arguments: { id: project.id } },
          }),
        },
        { skipContract: "MCP is JSON-RPC at /mcp, outside the OpenAPI document (docs/mcp.md)" },
      );
    },
  },
};

/** Every route the app registers (method + path), without middleware entries and the docs. */
function registeredRoutes(): string[] {
  const routes = app.routes
    .filter((r) => r.method !== "ALL" && r.path !== OPENAPI_PATH && r.path !== DOCS_PATH)
    .map((r) => `${r.method} ${r.path}`);
  // /mcp is registered for all methods (src/app.ts) and answers POST; the others are 405 without a round trip.
  if (app.routes.some((r) => r.method === "ALL" && r.path === MCP_PATH)) routes.push(`POST ${MCP_PATH}`);
  return [...new Set(routes)].sort();
}

describe("round-trip budgets", () => {
  it("every registered route has a budget, and every budget a route", () => {
    const routes = registeredRoutes();
    expect(routes.length).toBeGreaterThan(30);
    expect(
      routes.filter((r) => !(r in BUDGETS)),
      "routes without a budget",
    ).toEqual([]);
    expect(
      Object.keys(BUDGETS).filter((b) => !routes.includes(b)),
      "budgets without a route",
    ).toEqual([]);
  });

  it.each(Object.entries(BUDGETS))(
    "%s",
    async (_route, budget) => {
      const t = api();
      const res = await budget.run(t);
      expect(res.status, await bodyForMessage(res.clone())).toBe(budget.status);
      await res.arrayBuffer();
      const used = await t.roundTrips();
      if (budget.kind === "max") expect(used).toBeLessThanOrEqual(budget.roundTrips);
      else expect(used).toBe(budget.roundTrips);
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
        jsonInit("POST", key, { phase: "analysis", name: "constitution.md", content: "# C" }),
      ),
  ],
  [
    "POST /api/projects/:id/phases/advance",
    (t, key, id) =>
      t.request(`/api/projects/${id}/phases/advance`, jsonInit("POST", key, { expectedPhase: "analysis" })),
  ],
];

describe("round-trip budgets with an API key", () => {
  it.each(WITH_KEY)("%s: one round trip", async (route, run) => {
    const { user, project } = await withProject();
    if (route.endsWith("advance")) await uploadPhaseDocs(user, project.id, "analysis");
    const key = await apiKeyFor(user.id);
    const t = api();
    const res = await run(t, { ...user, auth: key.auth }, project.id);
    expect(res.status, await bodyForMessage(res.clone())).toBeLessThan(300);
    await res.arrayBuffer();
    expect(await t.roundTrips()).toBe(1);
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
  it("every route that takes the key is listed", async () => {
    expect((await keyedOperations()).sort()).toEqual(KEYED_ROUTES.map((r) => r.route).sort());
  });

  it.each(KEYED_ROUTES)("$route: $firstRoundTrips round trip(s)", async ({ arrange, firstRoundTrips }) => {
    const user = await signedInUser();
    const r = await arrange(user);
    const t = api();
    const init = jsonInit("POST", user, r.body);
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
        jsonInit("POST", key, { phase: "analysis", name: `n-${crypto.randomUUID()}.md`, content: `# C\n\n${LARGE}` }),
      ),
  ],
  [
    "POST /api/projects",
    (t, key) => t.request("/api/projects", jsonInit("POST", key, { name: `P ${crypto.randomUUID()}`, idea: LARGE })),
  ],
  [
    "PATCH /api/projects/:id",
    (t, key, id) => t.request(`/api/projects/${id}`, jsonInit("PATCH", key, { idea: LARGE })),
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
    const budget = BUDGETS[route]?.roundTrips as number;
    for (const expected of [budget + 1, budget]) {
      const t = api();
      const res = await run(t, { ...user, auth: key.auth }, project.id);
      expect(res.status, await res.clone().text()).toBeLessThan(300);
      await res.arrayBuffer();
      expect(await t.roundTrips()).toBe(expected);
    }
  });
});
