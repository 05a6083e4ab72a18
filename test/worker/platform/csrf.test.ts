// CSRF: a browser's cookie on an unsafe request from another site is refused (403 csrf_rejected,
// before the database); the same request from the app's own site, or with a bearer token (never sent
// by a browser on its own), goes through. The guard is hono/csrf on the CORS allow-list.
import { describe, expect, it } from "vitest";
import { api, errorOf, expectError, jsonInit, read, signedInUser, signUp, sql } from "../helpers";
import { createTestApp } from "../test-app";

const APP_ORIGIN = "https://app.specdrive.test"; // APP_URL in vitest.config.ts
const EVIL = "https://evil.example";

describe("CSRF (hono/csrf, same allow-list)", () => {
  const t = () => api({}, { app: createTestApp() });
  const formPost = (headers: Record<string, string>) =>
    t().request("/__test/form", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", ...headers },
      body: "name=ada",
    });

  it("a form post from an unlisted site is refused: 403 csrf_rejected", async () => {
    expectError(await read(await formPost({ origin: EVIL })), 403, "csrf_rejected");
    expectError(await read(await formPost({ "sec-fetch-site": "cross-site" })), 403, "csrf_rejected");
  });

  it("from the app's origin, the API's own origin, or no browser at all it goes through", async () => {
    const cases: Record<string, string>[] = [
      { origin: APP_ORIGIN },
      { origin: "http://localhost" },
      { "sec-fetch-site": "same-origin" },
      {},
    ];
    for (const headers of cases) {
      const res = await formPost(headers);
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ name: "ada" });
    }
  });

  it("cookie auth on an unsafe method from another site is refused; a bearer token from there is not", async () => {
    const u = await signedInUser();
    // A well-formed JSON request, so only the credential and the origin decide.
    const patch = (headers: Record<string, string>) =>
      api().request("/api/me", {
        method: "PATCH",
        headers: { "content-type": "application/json", origin: EVIL, ...headers },
        body: JSON.stringify({ name: "Cross Site" }),
      });
    expectError(await read(await patch({ cookie: `__Host-session=${u.token}` })), 403, "csrf_rejected");
    // A bearer token is not sent by the browser on its own: no CSRF risk, no refusal.
    expect((await patch(u.auth)).status).toBe(200);
  });
});

describe("cookie auth from another site, route by route", () => {
  it("cookie auth on an unsafe method from another site is refused (CSRF); the same request same-site goes through", async () => {
    const u = await signedInUser("Before");
    const patch = (headers: Record<string, string>) =>
      api().request("/api/me", {
        method: "PATCH",
        headers: { cookie: `__Host-session=${u.token}`, "content-type": "application/json", ...headers },
        body: JSON.stringify({ name: "Changed" }),
      });
    const name = async () =>
      ((await sql.query("select name from users where id = $1", [u.id])) as { name: string }[])[0]!.name;
    const refused = await patch({ origin: "https://evil.example", "sec-fetch-site": "cross-site" });
    expect(refused.status).toBe(403);
    expect((await errorOf(refused)).code).toBe("csrf_rejected");
    expect(await name()).toBe("Before");
    // Control: the very same request from the app's own site is accepted, so the 403 was the CSRF guard.
    const allowed = await patch({ "sec-fetch-site": "same-origin" });
    expect(allowed.status).toBe(200);
    expect(await name()).toBe("Changed");
  });

  it("cookie logout from another site is refused (CSRF); from the app's origin it works", async () => {
    const u = await signUp(api());
    const cookie = `__Host-session=${u.session.token}`;
    const evil = await api().request("/api/auth/logout", {
      method: "POST",
      headers: { cookie, origin: "https://evil.example", "sec-fetch-site": "cross-site" },
    });
    expect(evil.status).toBe(403);
    expect((await errorOf(evil)).code).toBe("csrf_rejected");
    expect((await api().request("/api/me", { headers: u.auth })).status).toBe(200);
    const same = await api().request("/api/auth/logout", {
      method: "POST",
      headers: { cookie, origin: "https://app.specdrive.test", "sec-fetch-site": "same-site" },
    });
    expect(same.status).toBe(204);
  });

  it("cookie-authenticated cross-site PATCH is refused (403) and changes nothing; bearer is unaffected by Origin", async () => {
    const u = await signedInUser("Keep");
    const csrf = await api().request(
      "/api/me",
      jsonInit("PATCH", { name: "Pwned" }, { cookie: `__Host-session=${u.token}`, origin: "https://evil.example" }),
    );
    expect(csrf.status).toBe(403);
    expect((await errorOf(csrf)).code).toBe("csrf_rejected");
    const fetchSite = await api().request(
      "/api/me",
      jsonInit("PATCH", { name: "Pwned" }, { cookie: `__Host-session=${u.token}`, "sec-fetch-site": "cross-site" }),
    );
    expect(fetchSite.status).toBe(403);
    const [row] = (await sql.query("select name from users where id = $1", [u.id])) as { name: string }[];
    expect(row!.name).toBe("Keep");

    const bearer = await api().request(
      "/api/me",
      jsonInit(
        "PATCH",
        { name: "Mine" },
        { ...u.auth, origin: "https://other.example", "sec-fetch-site": "cross-site" },
      ),
    );
    expect(bearer.status).toBe(200);
    const sameOrigin = await api().request(
      "/api/me",
      jsonInit(
        "PATCH",
        { name: "Mine too" },
        { cookie: `__Host-session=${u.token}`, origin: "https://app.specdrive.test" },
      ),
    );
    expect(sameOrigin.status).toBe(200);
  });

  it("a cross-site unsafe request with the cookie is refused (403) before the database", async () => {
    const u = await signedInUser();
    const t = api();
    const res = await t.request("/api/projects", {
      method: "POST",
      headers: {
        cookie: `__Host-session=${u.token}`,
        origin: "https://evil.example",
        "content-type": "application/json",
      },
      body: JSON.stringify({ name: "x" }),
    });
    expect(res.status).toBe(403);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("csrf_rejected");
    expect(await t.roundTrips()).toBe(0);
  });
});
