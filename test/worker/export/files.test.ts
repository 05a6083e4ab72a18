// The export's files defined once (src/export/files.ts): the zip a user downloads and the files the GitHub
// push reads as the system (exportFiles) are the same, byte for byte, for the same generation time.
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { exportFiles } from "../../../src/export";
import { fixture } from "../../shared/spec-fixtures";
import { adminDb, api, call, jsonInit, signedInUser } from "../helpers";
import { createProject } from "../project-fixtures";

describe("the export's files", () => {
  it("the zip and the system's read (the GitHub push) hold the same files, across small pages, an empty document and an extra file", async () => {
    const u = await signedInUser();
    const p = await createProject(u, "Same files", { description: "one definition" });
    const post = async (phase: string, name: string, content: string) =>
      expect((await call(u, "POST", `/api/projects/${p.id}/artifacts`, { phase, name, content })).status).toBe(201);
    await post("analysis", "constitution.md", `${fixture("analysis", "constitution.md")}\nSigned ✓ 漢😀\n`);
    await post("analysis", "personas.md", fixture("analysis", "personas.md"));
    await post("analysis", "project-brief.md", fixture("analysis", "project-brief.md"));
    await post("analysis", "empty-notes.md", "");
    await post("analysis", "notes.txt", "x".repeat(5000));

    // Small pages, so that documents span pages in both readers.
    const PAGE = 2048;
    const res = await api({ EXPORT_PAGE_BYTES: String(PAGE) }).request(
      `/api/projects/${p.id}/export`,
      jsonInit("GET", undefined, u.auth),
    );
    expect(res.status).toBe(200);
    const zip = unzipSync(new Uint8Array(await res.arrayBuffer()));
    const zipped = Object.fromEntries(Object.entries(zip).map(([path, bytes]) => [path, strFromU8(bytes)]));
    const at = JSON.parse(zipped["project.json"] as string).exportedAt as string;
    expect(zipped["HANDOFF.md"]).toContain(`generated_at: ${JSON.stringify(at)}`);

    const files = await exportFiles(adminDb(), p.id, PAGE, at);
    expect(files?.map((f) => f.path)).toEqual(Object.keys(zip));
    expect(Object.fromEntries((files ?? []).map((f) => [f.path, f.text]))).toEqual(zipped);
    expect(await exportFiles(adminDb(), crypto.randomUUID(), PAGE, at)).toBeNull();
  }, 60_000);
});
