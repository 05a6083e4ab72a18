// Every route declared `idempotent` (src/routes/*.ts), arranged for a successful keyed request:
// shared by the idempotency tests (replay after a lost reply, 422, one effect) and the round-trip
// budgets (a keyed first request is one round trip, two where the key is looked up first).
import { sql, type User } from "./helpers";
import { createProject, uploadPhaseDocs } from "./project-fixtures";

export interface KeyedRoute {
  /** The route as the budgets name it. */
  route: string;
  /**
   * Round trips of a keyed first request: 1, or 2 where the route looks the key up before its costly
   * validation (`lookUpFirst`, src/platform/http/replay-first.ts), so that a replay (1) skips it.
   */
  firstRoundTrips: 1 | 2;
  /** Arranges the state (other clients, SQL); returns the request to make and how to count its effect. */
  arrange: (user: User) => Promise<{
    path: string;
    body?: unknown;
    /** Another request to the same path (the 422 case). */
    other: unknown;
    status: number;
    /** How many rows the request's effect left (1 after it acted once). */
    effects: () => Promise<number>;
  }>;
}

const count = async (query: string, params: unknown[]) =>
  ((await sql.query(query, params)) as { n: number }[])[0]?.n ?? 0;

export const KEYED_ROUTES: KeyedRoute[] = [
  {
    route: "POST /api/projects",
    firstRoundTrips: 1,
    arrange: async (user) => {
      const name = `Keyed ${crypto.randomUUID()}`;
      return {
        path: "/api/projects",
        body: { name },
        other: { name: `${name} 2` },
        status: 201,
        effects: () => count("select count(*)::int as n from projects where user_id = $1", [user.id]),
      };
    },
  },
  {
    route: "POST /api/projects/:id/artifacts",
    firstRoundTrips: 2,
    arrange: async (user) => {
      const p = await createProject(user);
      return {
        path: `/api/projects/${p.id}/artifacts`,
        body: { phase: "analysis", name: "notes.md", content: "# Notes" },
        other: { phase: "analysis", name: "notes.md", content: "# Other notes" },
        status: 201,
        effects: () => count("select count(*)::int as n from project_artifacts where project_id = $1", [p.id]),
      };
    },
  },
  {
    route: "POST /api/projects/:id/artifacts/batch",
    firstRoundTrips: 2,
    arrange: async (user) => {
      const p = await createProject(user);
      const artifacts = [
        { phase: "analysis", name: "a.md", content: "# A" },
        { phase: "analysis", name: "b.md", content: "# B" },
      ];
      return {
        path: `/api/projects/${p.id}/artifacts/batch`,
        body: { artifacts },
        other: { artifacts: artifacts.slice(1) },
        status: 201,
        // Two rows for one effect: counted as versions of a.md.
        effects: () =>
          count("select count(*)::int as n from project_artifacts where project_id = $1 and artifact_name = 'a.md'", [
            p.id,
          ]),
      };
    },
  },
  {
    route: "POST /api/projects/:id/phases/advance",
    firstRoundTrips: 1,
    arrange: async (user) => {
      const p = await createProject(user);
      await uploadPhaseDocs(user, p.id, "analysis");
      return {
        path: `/api/projects/${p.id}/phases/advance`,
        body: { expectedPhase: "analysis", artifactsGenerated: ["constitution.md"] },
        other: { expectedPhase: "analysis" },
        status: 200,
        effects: () => count("select count(*)::int as n from phase_history where project_id = $1", [p.id]),
      };
    },
  },
  {
    route: "POST /api/projects/:id/stack/approve",
    firstRoundTrips: 1,
    arrange: async (user) => {
      const p = await createProject(user);
      await sql.query("update projects set current_phase = 'stack_selection' where id = $1", [p.id]);
      return {
        path: `/api/projects/${p.id}/stack/approve`,
        body: { stackChoice: "hono_neon" },
        other: { stackChoice: "other" },
        status: 200,
        effects: () =>
          count(
            "select count(*)::int as n from projects where id = $1 and stack_approved and stack_choice = 'hono_neon'",
            [p.id],
          ),
      };
    },
  },
  {
    route: "POST /api/projects/:id/dependencies/approve",
    firstRoundTrips: 1,
    arrange: async (user) => {
      const p = await createProject(user);
      await sql.query("update projects set current_phase = 'dependencies' where id = $1", [p.id]);
      return {
        path: `/api/projects/${p.id}/dependencies/approve`,
        other: {},
        status: 200,
        effects: () => count("select count(*)::int as n from projects where id = $1 and dependencies_approved", [p.id]),
      };
    },
  },
  {
    route: "POST /api/projects/:id/runs",
    firstRoundTrips: 1,
    arrange: async (user) => {
      const p = await createProject(user);
      return {
        path: `/api/projects/${p.id}/runs`,
        // Target the current phase: the run completes at its first step and never calls the LLM.
        body: { targetPhase: "analysis" },
        other: { targetPhase: "spec" },
        status: 202,
        effects: () => count("select count(*)::int as n from generation_runs where project_id = $1", [p.id]),
      };
    },
  },
];
