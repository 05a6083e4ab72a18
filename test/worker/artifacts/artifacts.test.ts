import { describe, expect, it } from "vitest";
import { api, call, expectError, read, signedInUser, sql, withConcurrentWriter } from "../helpers";
import { createProject } from "../project-fixtures";

/** Computed here, not with src/platform/lib/hash.ts: the expected hash must not share a bug with the server's. */
async function sha256Hex(s: string) {
  const d = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(s));
  return [...new Uint8Array(d)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

describe("artifacts", () => {
  it("stores content, UTF-8 byte size and SHA-256; same name -> next version; identical content -> 200 no-op", async () => {
    const u = await signedInUser();
    const p = await createProject(u);
    const path = `/api/projects/${p.id}/artifacts`;
    const content = "---\ntitle: C\n---\n# Constitution\nÜber ✓";
    const r1 = await call(u, "POST", path, { phase: "analysis", name: "constitution.md", content });
    expect(r1.status).toBe(201);
    expect(r1.roundTrips).toBe(1);
    expect(r1.json.created).toBe(true);
    expect(r1.json.artifact).toMatchObject({
      projectId: p.id,
      phase: "analysis",
      name: "constitution.md",
      version: 1,
      fileSize: new TextEncoder().encode(content).length,
      contentHash: await sha256Hex(content),
      // Parsed from the content's YAML block: the stored frontmatter is what validation reads.
      frontmatter: { title: "C" },
      // The server validates on write: this constitution has none of its sections.
      validationStatus: "fail",
      extraFile: false,
    });
    expect(r1.json.artifact.validationErrors.map((f: { ruleId: string }) => f.ruleId)).toContain("section-missing");
    expect(r1.json.artifact.fileSize).toBeGreaterThan(content.length);
    const same = await call(u, "POST", path, { phase: "analysis", name: "constitution.md", content });
    expect(same.status).toBe(200);
    expect(same.roundTrips).toBe(1);
    expect(same.json).toEqual({ artifact: r1.json.artifact, created: false });
    const r2 = await call(u, "POST", path, { phase: "analysis", name: "constitution.md", content: "v2" });
    expect(r2.status).toBe(201);
    expect(r2.json.artifact.version).toBe(2);
    // The same name in another phase is a separate series.
    const other = await call(u, "POST", path, { phase: "spec", name: "constitution.md", content: "v2" });
    expect(other.json.artifact.version).toBe(1);
    // Going back to v1's content is a new version (only the latest is compared).
    expect(
      (await call(u, "POST", path, { phase: "analysis", name: "constitution.md", content })).json.artifact.version,
    ).toBe(3);
    const rows = await sql.query(
      "select version from project_artifacts where project_id = $1 and phase = 'analysis' order by version",
      [p.id],
    );
    expect(rows).toEqual([{ version: 1 }, { version: 2 }, { version: 3 }]);
  });

  it("parallel posts of new content: all succeed with contiguous versions", async () => {
    const u = await signedInUser();
    const p = await createProject(u);
    const rs = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        call(u, "POST", `/api/projects/${p.id}/artifacts`, { phase: "spec", name: "PRD.md", content: `draft ${i}` }),
      ),
    );
    expect(rs.map((r) => r.status)).toEqual(Array(6).fill(201));
    expect(rs.map((r) => r.json.artifact.version).sort()).toEqual([1, 2, 3, 4, 5, 6]);
    const rows = (await sql.query("select version from project_artifacts where project_id = $1 order by version", [
      p.id,
    ])) as {
      version: number;
    }[];
    expect(rows.map((r) => r.version)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it("another writer takes the computed version at every one of the 8 attempts: 409 version_contended, nothing stored", async () => {
    const u = await signedInUser();
    const p = await createProject(u);
    const r = await withConcurrentWriter("project_artifacts", "project_id", p.id, () =>
      call(u, "POST", `/api/projects/${p.id}/artifacts`, { phase: "spec", name: "PRD.md", content: "contended" }),
    );
    expectError(r, 409, "version_contended");
    // One round trip per attempt (VERSION_ATTEMPTS = 8); each rolled back whole, the other writer's copy with it.
    expect(r.roundTrips).toBe(8);
    expect(await sql.query("select version from project_artifacts where project_id = $1", [p.id])).toEqual([]);
  });

  it("content over 512 KiB is 413 (UTF-8 bytes counted); bad names and phases are 400; nothing written", async () => {
    const u = await signedInUser();
    const p = await createProject(u);
    const path = `/api/projects/${p.id}/artifacts`;
    const atLimit = await call(u, "POST", path, { phase: "analysis", name: "big.md", content: "x".repeat(512 * 1024) });
    expect(atLimit.status).toBe(201);
    // 200 Ki characters of 3 bytes each: under the limit in characters, over it in bytes.
    const tooBig = await call(u, "POST", path, { phase: "analysis", name: "big.md", content: "✓".repeat(200 * 1024) });
    expectError(tooBig, 413, "payload_too_large");
    expect(tooBig.roundTrips).toBe(0);
    const huge = await call(u, "POST", path, {
      phase: "analysis",
      name: "big.md",
      content: "x".repeat(3 * 1024 * 1024),
    });
    expectError(huge, 413, "payload_too_large");
    for (const name of [
      "../etc/passwd",
      "a/b.md",
      "a..b",
      ".hidden",
      "",
      "x".repeat(129),
      "sp ace.md",
      "back\\slash",
    ]) {
      expectError(await call(u, "POST", path, { phase: "analysis", name, content: "c" }), 400, "validation_failed");
    }
    for (const body of [
      { phase: "launch", name: "a.md", content: "c" },
      { phase: "analysis", name: "a.md" },
      { phase: "analysis", name: "a.md", content: "c", frontmatter: [1] },
    ]) {
      expectError(await call(u, "POST", path, body), 400, "validation_failed");
    }
    // `__proto__` in an object literal sets the prototype and is never sent: write the key as JSON text.
    const proto = await api().request(path, {
      method: "POST",
      headers: { ...u.auth, "content-type": "application/json" },
      body: '{"phase":"analysis","name":"a.md","content":"c","frontmatter":{"__proto__":{"polluted":true}}}',
    });
    expectError(await read(proto), 400, "validation_failed");
    expect(await sql.query("select count(*)::int as n from project_artifacts where project_id = $1", [p.id])).toEqual([
      { n: 1 },
    ]);
  });

  it("list: latest versions without content, phase filter really applied, all versions on request", async () => {
    const u = await signedInUser();
    const p = await createProject(u);
    const q = await createProject(u);
    const post = (pid: string, phase: string, name: string, content: string) =>
      call(u, "POST", `/api/projects/${pid}/artifacts`, { phase, name, content });
    await post(p.id, "analysis", "personas.md", "1");
    await post(p.id, "analysis", "personas.md", "2");
    await post(p.id, "analysis", "constitution.md", "c");
    await post(p.id, "spec", "PRD.md", "prd");
    await post(q.id, "analysis", "personas.md", "other project");
    const list = async (qs = "") => {
      const r = await call(u, "GET", `/api/projects/${p.id}/artifacts${qs}`);
      expect(r.status).toBe(200);
      expect(r.roundTrips).toBe(1);
      return r.json.items as { phase: string; name: string; version: number; content?: string; projectId: string }[];
    };
    const latest = await list();
    expect(latest.map((a) => [a.phase, a.name, a.version])).toEqual([
      ["analysis", "constitution.md", 1],
      ["analysis", "personas.md", 2],
      ["spec", "PRD.md", 1],
    ]);
    expect(latest.every((a) => a.content === undefined && a.projectId === p.id)).toBe(true);
    expect((await list("?phase=spec")).map((a) => a.name)).toEqual(["PRD.md"]);
    expect(await list("?phase=done")).toEqual([]);
    expect((await list("?phase=analysis&versions=all")).map((a) => [a.name, a.version])).toEqual([
      ["constitution.md", 1],
      ["personas.md", 1],
      ["personas.md", 2],
    ]);
    expectError(await call(u, "GET", `/api/projects/${p.id}/artifacts?phase=nope`), 400, "validation_failed");
  });

  it("get with content, ?version= for another version; validation patch", async () => {
    const u = await signedInUser();
    const p = await createProject(u);
    const path = `/api/projects/${p.id}/artifacts`;
    const v1 = (await call(u, "POST", path, { phase: "analysis", name: "personas.md", content: "one" })).json.artifact;
    const v2 = (await call(u, "POST", path, { phase: "analysis", name: "personas.md", content: "two" })).json.artifact;
    const got = await call(u, "GET", `${path}/${v2.id}`);
    expect(got.status).toBe(200);
    expect(got.roundTrips).toBe(1);
    expect(got.json.artifact).toEqual({ ...v2, content: "two" });
    const old = await call(u, "GET", `${path}/${v2.id}?version=1`);
    expect(old.json.artifact).toEqual({ ...v1, content: "one" });
    expectError(await call(u, "GET", `${path}/${v2.id}?version=3`), 404, "not_found");
    expectError(await call(u, "GET", `${path}/${v2.id}?version=0`), 400, "validation_failed");
    expectError(await call(u, "GET", `${path}/not-a-uuid`), 400, "validation_failed");
    expectError(await call(u, "GET", `${path}/${crypto.randomUUID()}`), 404, "not_found");

    // The validation endpoint is a review action: it waives, never overwrites, the server's result.
    const val = await call(u, "PATCH", `${path}/${v2.id}/validation`, { ruleId: "frontmatter-missing", reason: "ok" });
    expect(val.status).toBe(200);
    expect(val.roundTrips).toBe(1);
    expect(val.json.artifact).toEqual(v2);
    expect(val.json.waiver).toMatchObject({
      phase: "analysis",
      artifactName: "personas.md",
      ruleId: "frontmatter-missing",
    });
    for (const body of [
      { status: "pass" },
      { ruleId: "x" },
      { ruleId: "x", reason: " " },
      { ruleId: 1, reason: "r" },
    ]) {
      expectError(await call(u, "PATCH", `${path}/${v2.id}/validation`, body), 400, "validation_failed");
    }
    // The artifact id must belong to the project named in the path.
    const q = await createProject(u);
    expectError(await call(u, "GET", `/api/projects/${q.id}/artifacts/${v2.id}`), 404, "not_found");
    expectError(
      await call(u, "PATCH", `/api/projects/${q.id}/artifacts/${v2.id}/validation`, {
        ruleId: "too-short",
        reason: "r",
      }),
      404,
    );
  });
});

describe("POST /api/projects/:id/artifacts/batch", () => {
  it("writes several artifacts in one multi-row insert: new versions and identical no-ops, one round trip", async () => {
    const u = await signedInUser();
    const p = await createProject(u);
    const path = `/api/projects/${p.id}/artifacts`;
    await call(u, "POST", path, { phase: "analysis", name: "personas.md", content: "same" });
    await call(u, "POST", path, { phase: "analysis", name: "constitution.md", content: "old" });
    const r = await call(u, "POST", `${path}/batch`, {
      artifacts: [
        { phase: "analysis", name: "constitution.md", content: "new" },
        { phase: "analysis", name: "personas.md", content: "same" },
        { phase: "analysis", name: "project-brief.md", content: "---\nv: 1\n---\nbrief", frontmatter: { v: 1 } },
      ],
    });
    expect(r.status).toBe(201); // a create answers 201 everywhere
    expect(r.roundTrips).toBe(1);
    expect(
      r.json.items.map((x: { artifact: { name: string; version: number }; created: boolean }) => [
        x.artifact.name,
        x.artifact.version,
        x.created,
      ]),
    ).toEqual([
      ["constitution.md", 2, true],
      ["personas.md", 1, false],
      ["project-brief.md", 1, true],
    ]);
    expect(r.json.items[2].artifact).toMatchObject({
      frontmatter: { v: 1 },
      fileSize: 18,
      contentHash: await sha256Hex("---\nv: 1\n---\nbrief"),
    });
    const rows = await sql.query(
      "select artifact_name as n, version as v from project_artifacts where project_id = $1 order by 1, 2",
      [p.id],
    );
    expect(rows).toEqual([
      { n: "constitution.md", v: 1 },
      { n: "constitution.md", v: 2 },
      { n: "personas.md", v: 1 },
      { n: "project-brief.md", v: 1 },
    ]);
  });

  it("the frontmatter is the content's YAML block: a `frontmatter` sent alongside must equal it (400 otherwise, nothing stored)", async () => {
    const u = await signedInUser();
    const p = await createProject(u);
    const path = `/api/projects/${p.id}/artifacts`;
    const content = "---\ntitle: Brief\ntags: [a, b]\n---\n# Brief";
    const disagreeing = [
      { title: "Other" },
      { title: "Brief" }, // a key of the block left out
      { title: "Brief", tags: ["a", "b"], extra: 1 },
    ];
    for (const frontmatter of disagreeing) {
      const r = await call(u, "POST", path, { phase: "analysis", name: "brief.md", content, frontmatter });
      expectError(r, 400, "validation_failed");
      expect(r.json.error.issues).toEqual([
        { path: "frontmatter", message: expect.stringMatching(/^differs from the content's frontmatter block/) },
      ]);
    }
    // Without a block the content's frontmatter is {}: anything else disagrees.
    const none = await call(u, "POST", path, {
      phase: "analysis",
      name: "n.md",
      content: "# N",
      frontmatter: { title: "N" },
    });
    expectError(none, 400, "validation_failed");
    const batch = await call(u, "POST", `${path}/batch`, {
      artifacts: [
        { phase: "analysis", name: "ok.md", content },
        { phase: "analysis", name: "brief.md", content, frontmatter: { title: "Other" } },
      ],
    });
    expectError(batch, 400, "validation_failed");
    expect(batch.json.error.issues.map((i: { path: string }) => i.path)).toEqual(["artifacts.1.frontmatter"]);
    expect(await sql.query("select count(*)::int as n from project_artifacts where project_id = $1", [p.id])).toEqual([
      { n: 0 },
    ]);
    // Equal as JSON (key order aside): stored, and what is stored is the block, as validation read it.
    const ok = await call(u, "POST", path, {
      phase: "analysis",
      name: "brief.md",
      content,
      frontmatter: { tags: ["a", "b"], title: "Brief" },
    });
    expect(ok.status).toBe(201);
    expect(ok.json.artifact.frontmatter).toEqual({ title: "Brief", tags: ["a", "b"] });
    const empty = await call(u, "POST", path, { phase: "analysis", name: "e.md", content: "# E", frontmatter: {} });
    expect([empty.status, empty.json.artifact.frontmatter]).toEqual([201, {}]);
  });

  it("concurrent batches and single posts of the same names: all succeed, versions contiguous", async () => {
    const u = await signedInUser();
    const p = await createProject(u);
    const path = `/api/projects/${p.id}/artifacts`;
    const rs = await Promise.all([
      ...[0, 1, 2].map((i) =>
        call(u, "POST", `${path}/batch`, {
          artifacts: [
            { phase: "spec", name: "PRD.md", content: `batch ${i}` },
            { phase: "spec", name: "data-model.md", content: `batch ${i}` },
          ],
        }),
      ),
      ...[0, 1].map((i) => call(u, "POST", path, { phase: "spec", name: "PRD.md", content: `single ${i}` })),
    ]);
    expect(rs.map((r) => r.status).sort()).toEqual([201, 201, 201, 201, 201]);
    const versions = async (name: string) =>
      (
        (await sql.query(
          "select version from project_artifacts where project_id = $1 and artifact_name = $2 order by 1",
          [p.id, name],
        )) as { version: number }[]
      ).map((r) => r.version);
    expect(await versions("PRD.md")).toEqual([1, 2, 3, 4, 5]);
    expect(await versions("data-model.md")).toEqual([1, 2, 3]);
  });

  it("invalid batches are 4xx and write nothing", async () => {
    const u = await signedInUser();
    const p = await createProject(u);
    const path = `/api/projects/${p.id}/artifacts/batch`;
    const one = { phase: "analysis", name: "a.md", content: "a" };
    expectError(await call(u, "POST", path, { artifacts: [] }), 400, "validation_failed");
    expectError(await call(u, "POST", path, { artifacts: [one, one] }), 400, "validation_failed");
    expectError(
      await call(u, "POST", path, { artifacts: Array.from({ length: 21 }, (_, i) => ({ ...one, name: `a${i}.md` })) }),
      400,
      "validation_failed",
    );
    expectError(await call(u, "POST", path, { artifacts: [one, { ...one, name: "../x" }] }), 400, "validation_failed");
    const big = await call(u, "POST", path, {
      artifacts: [one, { ...one, name: "b.md", content: "x".repeat(513 * 1024) }],
    });
    expectError(big, 413, "payload_too_large");
    // Only the credential's lookup before the large body is read (the refused 21-item batch spent
    // the credential's ticket: src/platform/auth/credential-cache.ts); nothing written.
    expect(big.roundTrips).toBe(1);
    expect(await sql.query("select count(*)::int as n from project_artifacts where project_id = $1", [p.id])).toEqual([
      { n: 0 },
    ]);
  });
});
