// Authorization by role, table-driven over app.routes: every route declaring `access` (ROUTE_FACTS'
// `permission`), called by a member of each role of a workspace holding a project (with its feature's
// authz sample, test/worker/<feature>/route-samples.ts), answers 403 `insufficient_role` exactly when
// the PERMISSIONS table (src/platform/auth/roles.ts) denies the role the permission, and is neither
// refused by role nor 404 otherwise; a non-member gets 404. The expected cells come from the table.
import { describe, expect, it } from "vitest";
import { can, ROLES, type Role } from "../../../src/platform/auth/roles";
import { ROUTE_FACTS } from "../../../src/platform/http/route";
import { call, signedInUser, sql, type User } from "../helpers";
import type { Owner } from "../route-fixtures";
import { registeredRoutes, SAMPLES } from "./samples";

const registered = new Set(registeredRoutes());
const guarded = [...ROUTE_FACTS]
  .filter(([route, facts]) => facts.permission !== undefined && registered.has(route))
  .map(([route, facts]) => [route, facts.permission as NonNullable<typeof facts.permission>] as const)
  .sort(([a], [b]) => a.localeCompare(b));

async function addMember(workspaceId: string, role: Role, name: string): Promise<User> {
  const user = await signedInUser(name);
  await sql.query("insert into workspace_members (workspace_id, user_id, role) values ($1, $2, $3)", [
    workspaceId,
    user.id,
    role,
  ]);
  return user;
}

/**
 * A shared workspace (its creator an owner) holding a project with a document, and a member (an
 * editor) that member routes act on: the `Owner` the route's authz sample is asked with.
 */
async function arrange(): Promise<Owner> {
  const creator = await signedInUser("Creator");
  const ws = await call(creator, "POST", "/api/workspaces", { name: "Roles" });
  expect(ws.status).toBe(201);
  const workspaceId = ws.json.workspace.id as string;
  const projectName = `Role matrix ${crypto.randomUUID()}`;
  const p = await call(creator, "POST", "/api/projects", { name: projectName, workspaceId });
  expect(p.status).toBe(201);
  const a = await call(creator, "POST", `/api/projects/${p.json.project.id}/artifacts`, {
    phase: "analysis",
    name: "PRD.md",
    content: "# PRD",
  });
  expect(a.status).toBe(201);
  const target = await addMember(workspaceId, "editor", "Target");
  const [hook] = (await sql.query(
    `with w as (insert into webhook_subscriptions (workspace_id, url, event_types, secret)
       values ($1, 'https://hooks.example.com/roles', '["member.added"]', 'whsec_roles') returning id),
     d as (insert into webhook_deliveries (subscription_id, event_id, event_type, payload, status)
       select id, 'msg_roles', 'member.added', '{}', 'failed' from w returning id)
     select (select id from w) as "webhookId", (select id from d) as "deliveryId"`,
    [workspaceId],
  )) as { webhookId: string; deliveryId: string }[];
  return {
    ...hook!,
    userId: target.id,
    email: target.email,
    workspaceId,
    projectId: p.json.project.id,
    projectName,
    artifactId: a.json.artifact.id,
    otherSessionId: crypto.randomUUID(),
    keyId: crypto.randomUUID(),
  };
}

async function ask(route: string, caller: User, o: Owner) {
  const authz = SAMPLES.get(route)?.authz;
  if (!authz) throw new Error(`${route}: no authz sample in test/worker/<feature>/route-samples.ts`);
  const [method] = route.split(" ") as [string];
  const { path, body } = authz.inWorkspace ? await authz.inWorkspace(o) : authz.request(o);
  return call(caller, method, path, body);
}

describe("authorization by role (the PERMISSIONS table)", () => {
  it("finds the routes declaring access", () => {
    expect(guarded.length).toBeGreaterThan(10);
  });

  it.each(guarded)(
    "%s (%s): each role as the table says; a non-member 404",
    async (route, permission) => {
      for (const role of ROLES) {
        const o = await arrange();
        const caller = await addMember(o.workspaceId, role, `As ${role}`);
        const r = await ask(route, caller, o);
        const code = r.json?.error?.code;
        // What a non-member sees: the project or workspace answers as missing (a missing sub-resource,
        // e.g. no approval of the caller's to withdraw, is the route's own answer, not authorization's).
        const hidden = r.status === 404 && /^(project|workspace) not found/.test(r.json?.error?.message ?? "");
        if (can(role, permission)) {
          expect([route, role, r.status < 500, hidden, code === "insufficient_role"]).toEqual([
            route,
            role,
            true,
            false,
            false,
          ]);
        } else {
          expect([route, role, r.status, code]).toEqual([route, role, 403, "insufficient_role"]);
        }
      }
      const o = await arrange();
      const stranger = await signedInUser("Stranger");
      const r = await ask(route, stranger, o);
      expect([route, "non-member", r.status]).toEqual([route, "non-member", 404]);
    },
    120_000,
  );
});
