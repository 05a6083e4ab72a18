// The API key routes' samples for the cross-cutting suites (test/worker/route-fixtures.ts). Key
// management acts on the caller's own account: an intruder lists or creates its own keys.
import { apiKeyFor } from "../api-key-fixtures";
import { jsonInit, PASSWORD, signedInUser } from "../helpers";
import { type RouteSamples, verifiedSignUp } from "../route-fixtures";

export const samples: RouteSamples = {
  "GET /api/me/keys": {
    status: 200,
    typedClient: 200,
    run: async (t) => {
      const u = await signedInUser();
      await apiKeyFor(u.id);
      return t.request("/api/me/keys", { headers: u.auth });
    },
    authz: { request: () => ({ path: "/api/me/keys" }), ownStatus: 200 },
  },
  "POST /api/me/keys": {
    status: 201,
    typedClient: 403, // the documented example is a valid body: refused past validation
    run: async (t) =>
      t.request(
        "/api/me/keys",
        jsonInit(
          "POST",
          { name: "agent", scopes: ["projects:read"], password: PASSWORD },
          (await verifiedSignUp()).auth,
        ),
      ),
    authz: {
      request: () => ({
        path: "/api/me/keys",
        body: { name: "intruder", scopes: ["projects:read"], password: PASSWORD },
      }),
      ownStatus: 201,
      needsVerified: true,
    },
  },
  "DELETE /api/me/keys/:id": {
    status: 204,
    typedClient: 404,
    run: async (t) => {
      const u = await signedInUser();
      const key = await apiKeyFor(u.id);
      return t.request(`/api/me/keys/${key.id}`, { method: "DELETE", headers: u.auth });
    },
    authz: { request: (o) => ({ path: `/api/me/keys/${o.keyId}` }), owned: true },
  },
};
