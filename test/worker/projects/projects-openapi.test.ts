import { expect, it } from "vitest";
import { app } from "../../../src/app";

it("the OpenAPI document builds and lists every project route", () => {
  const doc = app.getOpenAPI31Document({ openapi: "3.1.0", info: { title: "Spec Drive", version: "1" } });
  const paths = Object.keys(doc.paths ?? {});
  for (const p of [
    "/api/projects",
    "/api/projects/stats",
    "/api/projects/{id}",
    "/api/projects/{id}/orchestration",
    "/api/projects/{id}/stack/approve",
    "/api/projects/{id}/dependencies/approve",
    "/api/projects/{id}/phases/advance",
    "/api/projects/{id}/phases/history",
    "/api/projects/{id}/progress",
    "/api/projects/{id}/artifacts",
    "/api/projects/{id}/artifacts/{artifactId}",
    "/api/projects/{id}/artifacts/{artifactId}/validation",
    "/api/projects/{id}/export",
  ]) {
    expect(paths).toContain(p);
  }
});
