// QUOTA_WORKSPACES_PER_USER (docs/quotas.md): the shared workspaces an account creates, its personal
// workspace not counted; the next is refused with quota_exceeded in one round trip, also under concurrency.
import { describe, expect, it } from "vitest";
import { call, expectError, signedInUser, sql, type User } from "../helpers";

const Q = { QUOTA_WORKSPACES_PER_USER: "2" };
const create = (u: User, name: string) => call(u, "POST", "/api/workspaces", { name }, { bindings: Q });
const createdBy = async (u: User) =>
  (
    (await sql.query("select count(*)::int as n from workspaces where created_by = $1 and not personal", [u.id])) as {
      n: number;
    }[]
  )[0]?.n;

describe("workspace quota (per user)", () => {
  it("N workspaces are created, the N+1th is refused in one round trip, nothing written", async () => {
    const u = await signedInUser();
    for (let i = 1; i <= 2; i++) expect((await create(u, `Team ${i}`)).status).toBe(201);
    const refused = await create(u, "Team 3");
    expectError(refused, 403, "quota_exceeded");
    expect(refused.json.error.issues).toEqual([{ path: "workspaces", message: "2 of 2 workspaces per account used" }]);
    expect(refused.roundTrips).toBe(1);
    expect(await createdBy(u)).toBe(2);
    // Another account's quota is its own.
    expect((await create(await signedInUser(), "Team 1")).status).toBe(201);
  });

  it("concurrent creates: exactly N succeed (the user's row is locked before the count)", async () => {
    const u = await signedInUser();
    // A first request slides the session (an update of its row), which would serialize the race by itself.
    expect((await call(u, "GET", "/api/workspaces")).status).toBe(200);
    const results = await Promise.all(Array.from({ length: 6 }, (_, i) => create(u, `Race ${i}`)));
    expect(results.map((r) => r.status).sort()).toEqual([201, 201, 403, 403, 403, 403]);
    expect(await createdBy(u)).toBe(2);
  });
});
