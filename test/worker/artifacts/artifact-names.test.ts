// Artifact names become zip entries unpacked on any OS: names Windows cannot create are 400, and a
// name differing only in case from one already in the phase is 409 (checked by the insert itself).
import { describe, expect, it } from "vitest";
import { call, expectError, signedInUser, sql } from "../helpers";
import { createProject } from "../project-fixtures";

const count = async (projectId: string) =>
  (
    (await sql.query("select count(*)::int as n from project_artifacts where project_id = $1", [projectId])) as {
      n: number;
    }[]
  )[0]!.n;

describe("artifact names portable to every filesystem", () => {
  it("Windows device names (any case, any extension) and trailing dots are 400, nothing stored", async () => {
    const u = await signedInUser();
    const p = await createProject(u);
    const path = `/api/projects/${p.id}/artifacts`;
    for (const name of [
      "CON",
      "con",
      "aux.md",
      "Nul.txt",
      "PRN.tar.gz",
      "COM1",
      "lpt9.md",
      "com0.json",
      "README.",
      "a..",
    ]) {
      const r = await call(u, "POST", path, { phase: "analysis", name, content: "c" });
      expectError(r, 400, "validation_failed");
      expect(r.json.error.issues[0].path, name).toBe("name");
      expect(r.roundTrips).toBe(0);
    }
    const batch = await call(u, "POST", `${path}/batch`, {
      artifacts: [{ phase: "analysis", name: "aux.md", content: "c" }],
    });
    expectError(batch, 400, "validation_failed");
    expect(await count(p.id)).toBe(0);
    // Names that merely contain those letters are fine.
    for (const name of ["CONTRIBUTING.md", "auxiliary.md", "com10.md", "console.log"]) {
      expect((await call(u, "POST", path, { phase: "analysis", name, content: name })).status, name).toBe(201);
    }
  });

  it("README.md then readme.md in the same phase: 409 in one round trip, nothing stored; other phases are fine", async () => {
    const u = await signedInUser();
    const p = await createProject(u);
    const path = `/api/projects/${p.id}/artifacts`;
    expect((await call(u, "POST", path, { phase: "analysis", name: "README.md", content: "1" })).status).toBe(201);
    const clash = await call(u, "POST", path, { phase: "analysis", name: "readme.md", content: "2" });
    expectError(clash, 409, "artifact_name_conflict");
    expect(clash.roundTrips).toBe(1);
    const batch = await call(u, "POST", `${path}/batch`, {
      artifacts: [
        { phase: "analysis", name: "other.md", content: "o" },
        { phase: "analysis", name: "ReadMe.MD", content: "3" },
      ],
    });
    expectError(batch, 409, "artifact_name_conflict");
    expect(batch.roundTrips).toBe(1);
    expect(await count(p.id)).toBe(1);
    // The same spelling is a new version; another phase is another directory.
    expect((await call(u, "POST", path, { phase: "analysis", name: "README.md", content: "2" })).status).toBe(201);
    expect((await call(u, "POST", path, { phase: "spec", name: "readme.md", content: "s" })).status).toBe(201);
  });

  it("two spellings of one name in one batch: 400", async () => {
    const u = await signedInUser();
    const p = await createProject(u);
    const r = await call(u, "POST", `/api/projects/${p.id}/artifacts/batch`, {
      artifacts: [
        { phase: "analysis", name: "PRD.md", content: "a" },
        { phase: "analysis", name: "prd.md", content: "b" },
      ],
    });
    expectError(r, 400, "validation_failed");
    expect(await count(p.id)).toBe(0);
  });
});
