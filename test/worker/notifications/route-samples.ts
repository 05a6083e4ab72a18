// The notification routes' samples for the cross-cutting suites (test/worker/route-fixtures.ts).
import { env } from "cloudflare:test";
import { unsubscribeToken } from "../../../src/notifications";
import { jsonInit, signedInUser } from "../helpers";
import type { RouteSamples } from "../route-fixtures";

export const samples: RouteSamples = {
  "GET /api/me/notifications": {
    status: 200,
    typedClient: 200,
    run: async (t) => t.request("/api/me/notifications", { headers: (await signedInUser()).auth }),
    authz: { request: () => ({ path: "/api/me/notifications" }), ownStatus: 200 },
  },
  "PUT /api/me/notifications": {
    status: 200,
    typedClient: 200, // the example opts out of mentions
    run: async (t) =>
      t.request("/api/me/notifications", jsonInit("PUT", { mention: false }, (await signedInUser()).auth)),
    authz: { request: () => ({ path: "/api/me/notifications", body: { decision: false } }), ownStatus: 200 },
  },
  "POST /api/notifications/unsubscribe": {
    status: 200,
    typedClient: 400, // no token
    run: async (t) => {
      const user = await signedInUser();
      const token = unsubscribeToken(env.AUTH_SECRET, user.id, "mention");
      return t.request(`/api/notifications/unsubscribe?token=${encodeURIComponent(token)}`, { method: "POST" });
    },
  },
};
