// The proposal routes' samples for the cross-cutting suites (test/worker/route-fixtures.ts). In the authorisation
// matrix the change request is one nobody has: the project's owner decides every status first.
import { expect } from "vitest";
import { call, jsonInit } from "../helpers";
import type { Owner, RouteSamples } from "../route-fixtures";
import { PRD_WITHOUT_NFR, withChangeRequest } from "./proposal-fixtures";

const NO_CR = "00000000-0000-4000-8000-000000000000";
const docsOf = (o: Owner) => `/api/projects/${o.projectId}/change-requests/${NO_CR}/documents`;

/** A change request with PRD.md proposed; its documents' path. */
async function withProposal() {
  const arranged = await withChangeRequest();
  const r = await call(arranged.u, "PUT", `${arranged.docs}/spec/PRD.md`, { content: PRD_WITHOUT_NFR });
  expect(r.status).toBe(201);
  return arranged;
}

export const samples: RouteSamples = {
  "PUT /api/projects/:id/change-requests/:crId/documents/:phase/:name": {
    status: 201,
    typedClient: 400,
    run: async (t) => {
      const { u, docs } = await withChangeRequest();
      return t.request(`${docs}/spec/PRD.md`, jsonInit("PUT", { content: PRD_WITHOUT_NFR }, u.auth));
    },
    authz: { request: (o) => ({ path: `${docsOf(o)}/spec/PRD.md`, body: { content: "# PRD" } }), owned: true },
  },
  "GET /api/projects/:id/change-requests/:crId/documents": {
    status: 200,
    typedClient: 400,
    run: async (t) => {
      const { u, docs } = await withProposal();
      return t.request(docs, { headers: u.auth });
    },
    authz: { request: (o) => ({ path: docsOf(o) }), owned: true },
  },
  "GET /api/projects/:id/change-requests/:crId/documents/:phase/:name": {
    status: 200,
    typedClient: 400,
    run: async (t) => {
      const { u, docs } = await withProposal();
      return t.request(`${docs}/spec/PRD.md`, { headers: u.auth });
    },
    authz: { request: (o) => ({ path: `${docsOf(o)}/spec/PRD.md` }), owned: true },
  },
  "GET /api/projects/:id/change-requests/:crId/documents/:phase/:name/diff": {
    status: 200,
    typedClient: 400,
    run: async (t) => {
      const { u, docs } = await withProposal();
      return t.request(`${docs}/spec/PRD.md/diff`, { headers: u.auth });
    },
    authz: { request: (o) => ({ path: `${docsOf(o)}/spec/PRD.md/diff` }), owned: true },
  },
  "DELETE /api/projects/:id/change-requests/:crId/documents/:phase/:name": {
    status: 204,
    typedClient: 400,
    run: async (t) => {
      const { u, docs } = await withProposal();
      return t.request(`${docs}/spec/PRD.md`, { method: "DELETE", headers: u.auth });
    },
    authz: { request: (o) => ({ path: `${docsOf(o)}/spec/PRD.md` }), owned: true },
  },
};
