import { describe, expect, it } from "vitest";
import { call, expectError, signedInUser } from "../helpers";
import { createProject } from "../project-fixtures";

/** A project with three versions of analysis/constitution.md; the first version's id. */
async function withVersions() {
  const u = await signedInUser();
  const p = await createProject(u);
  const path = `/api/projects/${p.id}/artifacts`;
  const ids: string[] = [];
  for (const content of ["# C\n\nOne\nTwo\n", "# C\n\nOne\nThree\n", "# C\n\nOne\nThree\nFour"]) {
    const r = await call(u, "POST", path, { phase: "analysis", name: "constitution.md", content });
    expect(r.status).toBe(201);
    ids.push(r.json.artifact.id);
  }
  return { u, p, ids, diff: (q: string, id = ids[0]) => `${path}/${id}/diff${q}` };
}

describe("diff between two stored versions", () => {
  it("answers the unified diff of versions from and to, in one round trip", async () => {
    const { u, diff } = await withVersions();
    const r = await call(u, "GET", diff("?from=1&to=2"));
    expect(r.status).toBe(200);
    expect(r.roundTrips).toBe(1);
    expect(r.json.diff).toEqual({
      phase: "analysis",
      name: "constitution.md",
      from: "v1",
      to: "v2",
      minimal: true,
      diff: "--- analysis/constitution.md\tv1\n+++ analysis/constitution.md\tv2\n@@ -1,4 +1,4 @@\n # C\n \n One\n-Two\n+Three\n",
    });
    // Backwards, from any version's id, a last line without a newline.
    const back = await call(u, "GET", diff("?from=3&to=1"));
    expect(back.json.diff.diff).toBe(
      "--- analysis/constitution.md\tv3\n+++ analysis/constitution.md\tv1\n@@ -1,5 +1,4 @@\n # C\n \n One\n-Three\n-Four\n\\ No newline at end of file\n+Two\n",
    );
  });

  it("404 for a missing version, another user's artifact or an unknown one", async () => {
    const { u, ids, diff } = await withVersions();
    expect(expectError(await call(u, "GET", diff("?from=1&to=4")), 404, "not_found").error.message).toBe(
      "artifact version 4 not found",
    );
    expect(expectError(await call(u, "GET", diff("?from=9&to=1")), 404, "not_found").error.message).toBe(
      "artifact version 9 not found",
    );
    expectError(await call(await signedInUser(), "GET", diff("?from=1&to=2")), 404, "not_found");
    expectError(await call(u, "GET", diff("?from=1&to=2", crypto.randomUUID())), 404, "not_found");
    expect(ids).toHaveLength(3);
  });

  it("400 for from = to and for numbers that are not versions", async () => {
    const { u, diff } = await withVersions();
    for (const q of ["?from=2&to=2", "?from=0&to=1", "?from=x&to=1", "?from=1", "?from=1.5&to=2"]) {
      expectError(await call(u, "GET", diff(q)), 400, "validation_failed");
    }
  });
});
