// The typed client: hc<AppType>() from hono/client, its fetch going through the test client (so the
// real app runs inside workerd and every response is still checked against the document).
import { hc, type InferResponseType } from "hono/client";
import { describe, expect, expectTypeOf, it } from "vitest";
import type { AppType } from "../../../src/app";
import { api, signedInUser } from "../helpers";

function typedClient(headers: Record<string, string> = {}) {
  const t = api();
  const client = hc<AppType>("http://localhost", {
    fetch: (input: RequestInfo | URL, init?: RequestInit) => t.request(input instanceof URL ? input.href : input, init),
    headers,
  });
  return { t, client };
}

describe("typed client (hc<AppType>)", () => {
  it("drives a signed-in flow with typed requests and responses", async () => {
    const u = await signedInUser("Grace");
    const { t, client } = typedClient(u.auth);

    const health = await client.health.$get();
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: "ok" });

    const db = await client.health.db.$get();
    if (db.status !== 200) throw new Error(`health/db answered ${db.status}`);
    const dbBody = await db.json();
    expectTypeOf(dbBody.database.latencyMs).toEqualTypeOf<number>();

    const res = await client.api.me.$get();
    expect(res.status).toBe(200);
    if (res.status !== 200) return;
    const { user } = await res.json();
    // Typed from the route's zod schema: no casts.
    expectTypeOf(user.emailVerified).toEqualTypeOf<boolean>();
    expectTypeOf(user.createdAt).toEqualTypeOf<string>();
    expect(user).toMatchObject({ id: u.id, email: u.email, name: "Grace", emailVerified: true });
    expect(await t.roundTrips()).toBe(2);
  });

  it("error statuses come back typed in the one error shape", async () => {
    const { client } = typedClient();
    const res = await client.api.me.$get();
    expect(res.status).toBe(401);
    if (res.status !== 401) return;
    const body = await res.json();
    expectTypeOf(body.error.code).toEqualTypeOf<string>();
    expect(body.error.code).toBe("unauthorized");
  });

  it("the client's URL builder knows the routes", () => {
    const { client } = typedClient();
    expect(client.api.me.$url().pathname).toBe("/api/me");
    type Me = InferResponseType<typeof client.api.me.$get, 200>;
    expectTypeOf<Me["user"]["id"]>().toEqualTypeOf<string>();
  });
});
