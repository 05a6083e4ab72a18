// The artifact routes' samples for the cross-cutting suites (test/worker/route-fixtures.ts).

import { expect } from "vitest";
import { call, jsonInit } from "../helpers";
import { createProject } from "../project-fixtures";
import { count, postArtifact, type RouteSamples, withProject } from "../route-fixtures";

export const samples: RouteSamples = {
  "POST /api/projects/:id/artifacts": {
    status: 201,
    typedClient: 400,
    run: async (t) => {
      const { user, project } = await withProject();
      return t.request(
        `/api/projects/${project.id}/artifacts`,
        jsonInit(
          "POST",
          {
            phase: "analysis",
            name: "project-brief.md",
            content: "---\nv: 1\n---\n# Brief",
            frontmatter: { v: 1 },
          },
          user.auth,
        ),
      );
    },
    authz: {
      request: (o) => ({
        path: `/api/projects/${o.projectId}/artifacts`,
        body: { phase: "analysis", name: "X.md", content: "x" },
      }),
      owned: true,
    },
    keyed: async (user) => {
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
  "POST /api/projects/:id/artifacts/batch": {
    status: 201,
    typedClient: 400,
    run: async (t) => {
      const { user, project } = await withProject();
      return t.request(
        `/api/projects/${project.id}/artifacts/batch`,
        jsonInit(
          "POST",
          {
            artifacts: [
              { phase: "analysis", name: "constitution.md", content: "# C" },
              { phase: "analysis", name: "personas.md", content: "# P" },
            ],
          },
          user.auth,
        ),
      );
    },
    authz: {
      request: (o) => ({
        path: `/api/projects/${o.projectId}/artifacts/batch`,
        body: { artifacts: [{ phase: "analysis", name: "X.md", content: "x" }] },
      }),
      owned: true,
    },
    keyed: async (user) => {
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
  "GET /api/projects/:id/artifacts": {
    status: 200,
    typedClient: 200,
    run: async (t) => {
      const { user, project } = await withProject();
      await postArtifact(user, project.id);
      return t.request(`/api/projects/${project.id}/artifacts?versions=all`, { headers: user.auth });
    },
    authz: { request: (o) => ({ path: `/api/projects/${o.projectId}/artifacts` }), owned: true },
  },
  "GET /api/projects/:id/artifacts/:artifactId": {
    status: 200,
    typedClient: 200,
    run: async (t) => {
      const { user, project } = await withProject();
      const a = await postArtifact(user, project.id);
      return t.request(`/api/projects/${project.id}/artifacts/${a.id}`, { headers: user.auth });
    },
    authz: { request: (o) => ({ path: `/api/projects/${o.projectId}/artifacts/${o.artifactId}` }), owned: true },
  },
  "GET /api/projects/:id/artifacts/:artifactId/diff": {
    status: 200,
    typedClient: 400,
    run: async (t) => {
      const { user, project } = await withProject();
      const a = await postArtifact(user, project.id);
      const next = await call(user, "POST", `/api/projects/${project.id}/artifacts`, {
        phase: "analysis",
        name: "constitution.md",
        content: "# Constitution\n\nPrinciples, revised.",
      });
      expect(next.status).toBe(201);
      return t.request(`/api/projects/${project.id}/artifacts/${a.id}/diff?from=1&to=2`, { headers: user.auth });
    },
    authz: {
      request: (o) => ({ path: `/api/projects/${o.projectId}/artifacts/${o.artifactId}/diff?from=1&to=2` }),
      owned: true,
    },
  },
  "PATCH /api/projects/:id/artifacts/:artifactId/validation": {
    status: 200,
    typedClient: 400,
    run: async (t) => {
      const { user, project } = await withProject();
      const a = await postArtifact(user, project.id);
      return t.request(
        `/api/projects/${project.id}/artifacts/${a.id}/validation`,
        jsonInit("PATCH", { ruleId: a.validationErrors[0]?.ruleId, reason: "accepted in review" }, user.auth),
      );
    },
    authz: {
      request: (o) => ({
        path: `/api/projects/${o.projectId}/artifacts/${o.artifactId}/validation`,
        body: { ruleId: "too-short", reason: "x" },
      }),
      owned: true,
    },
  },
};
