// What a feature's test folder says about each of its routes, for the cross-cutting suites: a route's
// facts that are not about the code (a successful request, a request that only the credential decides,
// a keyed request) live in test/worker/<feature>/route-samples.ts as `samples`; the suites find every
// such file (test/worker/cross-cutting/samples.ts) and fail for a route without what they need. The
// round-trip budget is the route's own declaration (`roundTrips` in defineRoute), not a sample.
import { expect } from "vitest";
import type { Phase } from "../../src/platform/db/schema";
import { api, call, signedInUser, signUp, sql, type User, uniqueEmail, verifyEmail } from "./helpers";
import { createProject, uploadPhaseDocs } from "./project-fixtures";

export type Client = ReturnType<typeof api>;

/** The account the authorisation matrix guards, with one of everything (test/worker/cross-cutting/authz-matrix.test.ts). */
export interface Owner {
  userId: string;
  email: string;
  /** The owner's personal workspace (holding the project). */
  workspaceId: string;
  projectId: string;
  projectName: string;
  artifactId: string;
  otherSessionId: string;
  keyId: string;
  /** A webhook subscription of that workspace, with one delivery. */
  webhookId: string;
  deliveryId: string;
}

export interface AuthzSample {
  /** A request that passes validation, so that only the credential decides. */
  request: (o: Owner) => { path: string; body?: unknown };
  /** The request names the owner's resource: another user's credential gets 404. */
  owned?: true;
  /** The route acts on the caller's own account: another user's credential gets this (its success status). */
  ownStatus?: number;
  /** Refused (403 email_unverified) to an unverified account: the intruder is verified, so ownership decides. */
  needsVerified?: true;
  /**
   * For the role suite (test/worker/cross-cutting/authz-roles.test.ts), where `request` names a resource
   * nobody has: arranges one in `o`'s workspace (project) and names it. Default: `request`.
   */
  inWorkspace?: (o: Owner) => Promise<{ path: string; body?: unknown }>;
}

export interface KeyedSample {
  /** The request to make with an Idempotency-Key, after arranging its state (other clients, SQL). */
  path: string;
  body?: unknown;
  /** Another request to the same path (the 422 case). */
  other: unknown;
  status: number;
  /** How many rows the request's effect left (1 after it acted once). */
  effects: () => Promise<number>;
}

export interface RouteSample {
  /** The success status of `run`. */
  status: number;
  /** Arranges state (other clients or SQL: not counted), then makes THE successful request with `t`. */
  run: (t: Client) => Promise<Response>;
  /**
   * Every documented operation: the status test/worker/platform/typed-client.test.ts gets for its generic
   * request (the documented example body or `{}`, the test's project and artifact ids): a 400 shows the
   * body reached validation; ids nobody has: 404; a fresh user's state: 409.
   */
  typedClient?: number;
  /** Every signed-in route: how the authorisation matrix asks it. */
  authz?: AuthzSample;
  /** Every `idempotent` route: a successful keyed request (the idempotency and budget suites). */
  keyed?: (user: User) => Promise<KeyedSample>;
  /** Only for a route registered outside defineRoute (so without a declaration to carry it): its budget. */
  roundTrips?: number;
}

/** A feature's samples, by Hono path (`GET /api/projects/:id`), as app.routes names them. */
export type RouteSamples = Record<string, RouteSample>;

/** The workspace a project is in (a user's first project: their personal workspace). */
export async function workspaceOf(projectId: string): Promise<string> {
  const [row] = (await sql.query("select workspace_id from projects where id = $1", [projectId])) as {
    workspace_id: string;
  }[];
  return row!.workspace_id;
}

/** A run id nobody has. */
export const NO_RUN = "00000000-0000-4000-8000-000000000000";

/** A user arranged in SQL (no hashing), with one project. */
export async function withProject(name?: string) {
  const user = await signedInUser();
  const project = await createProject(user, name);
  return { user, project };
}

export async function advance(user: User, id: string, expectedPhase: Phase) {
  await uploadPhaseDocs(user, id, expectedPhase);
  const r = await call(user, "POST", `/api/projects/${id}/phases/advance`, { expectedPhase });
  expect(r.status).toBe(200);
}

export async function postArtifact(user: User, id: string) {
  const r = await call(user, "POST", `/api/projects/${id}/artifacts`, {
    phase: "analysis",
    name: "constitution.md",
    content: "# Constitution\n\nPrinciples.",
  });
  expect(r.status).toBe(201);
  return r.json.artifact as { id: string; validationErrors: { ruleId: string }[] };
}

/** A project with a run started through the API, its status then set in SQL (the state the route acts on). */
export async function withRun(status: "waiting_for_approval" | "paused" = "waiting_for_approval") {
  const { user, project } = await withProject();
  const r = await call(user, "POST", `/api/projects/${project.id}/runs`, { targetPhase: "stack_selection" });
  expect(r.status).toBe(202);
  const runId = r.json.run.id as string;
  await sql`update generation_runs set status = ${status} where id = ${runId}`;
  return { user, project, runId };
}

/** An account signed up through the real endpoint (real password, unverified), by another client. */
export const signedUp = () => signUp(api(), { email: uniqueEmail("rt") });

/** The same, with its email verified (creating API keys needs it). */
export async function verifiedSignUp() {
  const u = await signedUp();
  await verifyEmail(u.user.id);
  return u;
}

/** Rows counted by `query` (its one column `n`). */
export const count = async (query: string, params: unknown[]) =>
  ((await sql.query(query, params)) as { n: number }[])[0]?.n ?? 0;
