// The account routes' samples (sign-up and sign-in, the profile, sessions) for the cross-cutting
// suites (test/worker/route-fixtures.ts).
import { expect } from "vitest";
import { api, jsonInit, PASSWORD, signedInUser, sql, tokenFromMail, uniqueEmail } from "../helpers";
import { postArtifact, type RouteSamples, signedUp, withProject } from "../route-fixtures";

export const samples: RouteSamples = {
  "POST /api/auth/signup": {
    status: 201,
    typedClient: 201,
    run: (t) =>
      t.request("/api/auth/signup", jsonInit("POST", { email: uniqueEmail("rt"), password: PASSWORD, name: "Ada" })),
  },
  "POST /api/auth/login": {
    status: 200,
    typedClient: 200,
    run: async (t) => {
      const u = await signedUp();
      return t.request("/api/auth/login", jsonInit("POST", { email: u.email, password: PASSWORD }));
    },
  },
  "POST /api/auth/logout": {
    status: 204,
    typedClient: 204,
    run: async (t) => t.request("/api/auth/logout", { method: "POST", headers: (await signedInUser()).auth }),
    authz: { request: () => ({ path: "/api/auth/logout" }), ownStatus: 204 },
  },
  "POST /api/auth/verify-email": {
    status: 200,
    typedClient: 400,
    run: async (t) => {
      const u = await signedUp();
      const token = await tokenFromMail(u.email, "/verify-email");
      return t.request("/api/auth/verify-email", jsonInit("POST", { token }));
    },
  },
  "POST /api/auth/verify-email/resend": {
    status: 202,
    typedClient: 409,
    run: async (t) => t.request("/api/auth/verify-email/resend", { method: "POST", headers: (await signedUp()).auth }),
    authz: { request: () => ({ path: "/api/auth/verify-email/resend" }), ownStatus: 202 },
  },
  "POST /api/auth/forgot-password": {
    status: 202,
    typedClient: 400,
    run: async (t) => t.request("/api/auth/forgot-password", jsonInit("POST", { email: (await signedInUser()).email })),
  },
  "POST /api/auth/reset-password": {
    status: 204,
    typedClient: 400,
    run: async (t) => {
      const u = await signedInUser();
      const res = await api().request("/api/auth/forgot-password", jsonInit("POST", { email: u.email }));
      expect(res.status).toBe(202);
      const token = await tokenFromMail(u.email, "/reset-password");
      return t.request("/api/auth/reset-password", jsonInit("POST", { token, password: "a brand new passphrase" }));
    },
  },
  "POST /api/auth/change-password": {
    status: 200,
    typedClient: 400,
    run: async (t) => {
      const u = await signedUp();
      return t.request(
        "/api/auth/change-password",
        jsonInit("POST", { currentPassword: PASSWORD, newPassword: "a brand new passphrase" }, u.auth),
      );
    },
    authz: {
      request: () => ({
        path: "/api/auth/change-password",
        body: { currentPassword: PASSWORD, newPassword: "a brand new password 1" },
      }),
      ownStatus: 200,
    },
  },

  "GET /api/me": {
    status: 200,
    typedClient: 200,
    run: async (t) => t.request("/api/me", { headers: (await signedInUser()).auth }),
    authz: { request: () => ({ path: "/api/me" }), ownStatus: 200 },
  },
  "PATCH /api/me": {
    status: 200,
    typedClient: 200,
    run: async (t) => t.request("/api/me", jsonInit("PATCH", { name: "Grace" }, (await signedInUser()).auth)),
    authz: { request: () => ({ path: "/api/me", body: { name: "Renamed" } }), ownStatus: 200 },
  },
  "DELETE /api/me": {
    status: 204,
    typedClient: 400,
    run: async (t) => t.request("/api/me", jsonInit("DELETE", { password: PASSWORD }, (await signedUp()).auth)),
    authz: { request: () => ({ path: "/api/me", body: { password: PASSWORD } }), ownStatus: 204 },
  },

  "GET /api/me/usage": {
    status: 200,
    typedClient: 200,
    run: async (t) => {
      const { user, project } = await withProject();
      await postArtifact(user, project.id);
      return t.request("/api/me/usage", { headers: user.auth });
    },
    authz: { request: () => ({ path: "/api/me/usage" }), ownStatus: 200 },
  },

  "GET /api/me/sessions": {
    status: 200,
    typedClient: 200,
    run: async (t) => t.request("/api/me/sessions", { headers: (await signedInUser()).auth }),
    authz: { request: () => ({ path: "/api/me/sessions" }), ownStatus: 200 },
  },
  "DELETE /api/me/sessions/:id": {
    status: 204,
    typedClient: 404,
    run: async (t) => {
      const u = await signedInUser();
      const [other] = (await sql.query(
        "insert into auth_sessions (user_id, token_hash, expires_at) values ($1, $2, now() + interval '1 day') returning id",
        [u.id, `rt-${crypto.randomUUID()}`],
      )) as { id: string }[];
      return t.request(`/api/me/sessions/${other!.id}`, { method: "DELETE", headers: u.auth });
    },
    authz: { request: (o) => ({ path: `/api/me/sessions/${o.otherSessionId}` }), owned: true },
  },
  "POST /api/me/sessions/revoke-others": {
    status: 200,
    typedClient: 200,
    run: async (t) =>
      t.request("/api/me/sessions/revoke-others", { method: "POST", headers: (await signedInUser()).auth }),
    authz: { request: () => ({ path: "/api/me/sessions/revoke-others" }), ownStatus: 200 },
  },
};
