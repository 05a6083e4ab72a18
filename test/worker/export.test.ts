import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { api, signedInUser } from "./helpers";
import { call, createProject, expectError, jsonInit } from "./project-fixtures";

describe("GET /api/projects/:id/export", () => {
  it("streams a zip: project.json (project, history, artifact metadata) and every latest artifact; one round trip", async () => {
    const u = await signedInUser();
    const p = await createProject(u, "Exported", { description: "desc" });
    const post = (phase: string, name: string, content: string) =>
      call(u, "POST", `/api/projects/${p.id}/artifacts`, { phase, name, content });
    await post("analysis", "constitution.md", "old");
    await post("analysis", "constitution.md", "# Constitution v2 ✓");
    await post("analysis", "personas.md", "personas");
    await post("stack_selection", "stack-scorecard.json", '{"score":9}');
    await call(u, "POST", `/api/projects/${p.id}/phases/advance`, { expectedPhase: "analysis", tokensUsed: 10 });

    const t = api();
    const res = await t.request(`/api/projects/${p.slug}/export`, jsonInit("GET", u));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/zip");
    expect(res.headers.get("content-disposition")).toBe('attachment; filename="exported.zip"');
    expect(res.body).toBeInstanceOf(ReadableStream);
    const files = unzipSync(new Uint8Array(await res.arrayBuffer()));
    expect(await t.roundTrips()).toBe(1);

    expect(Object.keys(files).sort()).toEqual([
      "analysis/constitution.md",
      "analysis/personas.md",
      "project.json",
      "stack_selection/stack-scorecard.json",
    ]);
    expect(strFromU8(files["analysis/constitution.md"]!)).toBe("# Constitution v2 ✓");
    expect(strFromU8(files["analysis/personas.md"]!)).toBe("personas");
    expect(strFromU8(files["stack_selection/stack-scorecard.json"]!)).toBe('{"score":9}');
    const manifest = JSON.parse(strFromU8(files["project.json"]!));
    expect(manifest.project).toMatchObject({
      id: p.id,
      slug: "exported",
      description: "desc",
      currentPhase: "stack_selection",
    });
    expect(manifest.history).toHaveLength(1);
    expect(manifest.history[0]).toMatchObject({
      fromPhase: "analysis",
      toPhase: "stack_selection",
      tokensUsed: 10,
      transitionedBy: u.id,
    });
    expect(manifest.artifacts.map((a: { path: string; version: number }) => [a.path, a.version])).toEqual([
      ["analysis/constitution.md", 2],
      ["analysis/personas.md", 1],
      ["stack_selection/stack-scorecard.json", 1],
    ]);
    expect(manifest.artifacts.every((a: object) => !("content" in a))).toBe(true);
  });

  it("an empty project exports project.json alone; unknown or foreign project is 404", async () => {
    const u = await signedInUser();
    const b = await signedInUser();
    const p = await createProject(u);
    const res = await api().request(`/api/projects/${p.id}/export`, jsonInit("GET", u));
    expect(Object.keys(unzipSync(new Uint8Array(await res.arrayBuffer())))).toEqual(["project.json"]);
    expectError(await call(b, "GET", `/api/projects/${p.id}/export`), 404, "not_found");
    expectError(await call(u, "GET", `/api/projects/${crypto.randomUUID()}/export`), 404, "not_found");
  });
});
