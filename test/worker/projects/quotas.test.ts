// Per-user quotas (docs/quotas.md): each one reached exactly, the next write refused with
// quota_exceeded (403) in the same single round trip and nothing written, also under concurrency.
import { describe, expect, it } from "vitest";
import { api, call, expectError, jsonInit, signedInUser, sql, type User } from "../helpers";
import { createProject } from "../project-fixtures";

/** One request through a client with these quota bindings. */
const send = (quotas: Record<string, string>, user: User, method: string, path: string, body?: unknown) =>
  call(user, method, path, body, { bindings: quotas });

const one = async (q: string, p: unknown[]) => ((await sql.query(q, p)) as { n: number }[])[0]?.n;
const projectsOf = (u: User) => one("select count(*)::int as n from projects where user_id = $1", [u.id]);
const versionsOf = (projectId: string) =>
  one("select count(*)::int as n from project_artifacts where project_id = $1", [projectId]);
const bytesOf = (projectId: string) =>
  one("select coalesce(sum(file_size), 0)::int as n from project_artifacts where project_id = $1", [projectId]);

const artifact = (name: string, content: string) => ({ phase: "analysis", name, content });

describe("project quota (per user)", () => {
  const Q = { QUOTA_PROJECTS_PER_USER: "3" };

  it("N projects are created, the N+1th is refused with quota_exceeded in one round trip, nothing written", async () => {
    const u = await signedInUser();
    for (let i = 1; i <= 3; i++) {
      expect((await send(Q, u, "POST", "/api/projects", { name: `P ${i}` })).status).toBe(201);
    }
    const refused = await send(Q, u, "POST", "/api/projects", { name: "P 4" });
    expectError(refused, 403, "quota_exceeded");
    expect(refused.json.error.issues).toEqual([{ path: "projects", message: "3 of 3 projects per account used" }]);
    expect(refused.roundTrips).toBe(1);
    expect(await projectsOf(u)).toBe(3);

    // Another user's quota is their own; deleting a project frees a place.
    const other = await signedInUser();
    expect((await send(Q, other, "POST", "/api/projects", { name: "P 1" })).status).toBe(201);
    const [first] = (await sql.query("select id from projects where user_id = $1 limit 1", [u.id])) as { id: string }[];
    expect((await api().request(`/api/projects/${first?.id}`, jsonInit("DELETE", undefined, u.auth))).status).toBe(204);
    expect((await send(Q, u, "POST", "/api/projects", { name: "P 5" })).status).toBe(201);
    expect(await projectsOf(u)).toBe(3);
  });

  it("concurrent creates: exactly N succeed (the user's row is locked before the count)", async () => {
    const u = await signedInUser();
    // One create first: the session's first use slides it (an update of its row), which would
    // serialize the racing batches by itself.
    await createProject(u);
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) => send(Q, u, "POST", "/api/projects", { name: `Race ${i}` })),
    );
    expect(results.map((r) => r.status).sort()).toEqual([201, 201, 403, 403, 403, 403, 403, 403]);
    for (const r of results.filter((r) => r.status === 403)) expect(r.json.error.code).toBe("quota_exceeded");
    expect(await projectsOf(u)).toBe(3);
  });
});

describe("artifact quotas (per project)", () => {
  it("N distinct artifacts are stored, the N+1th is refused; new versions of held ones still are", async () => {
    const Q = { QUOTA_ARTIFACTS_PER_PROJECT: "2" };
    const u = await signedInUser();
    const p = await createProject(u);
    const path = `/api/projects/${p.id}/artifacts`;
    expect((await send(Q, u, "POST", path, artifact("a.md", "A"))).status).toBe(201);
    expect((await send(Q, u, "POST", path, artifact("b.md", "B"))).status).toBe(201);
    const refused = await send(Q, u, "POST", path, artifact("c.md", "C"));
    expectError(refused, 403, "quota_exceeded");
    expect(refused.json.error.issues).toEqual([
      { path: "artifacts", message: "2 of 2 artifacts per project used; this adds 1" },
    ]);
    expect(refused.roundTrips).toBe(1);
    expect(await versionsOf(p.id)).toBe(2);
    // A new version of a held artifact adds no artifact.
    expect((await send(Q, u, "POST", path, artifact("a.md", "A2"))).status).toBe(201);
    expect(await versionsOf(p.id)).toBe(3);
  });

  it("a batch that would go over stores none of its items", async () => {
    const Q = { QUOTA_ARTIFACTS_PER_PROJECT: "2" };
    const u = await signedInUser();
    const p = await createProject(u);
    expect((await send(Q, u, "POST", `/api/projects/${p.id}/artifacts`, artifact("a.md", "A"))).status).toBe(201);
    const refused = await send(Q, u, "POST", `/api/projects/${p.id}/artifacts/batch`, {
      artifacts: [artifact("a.md", "A changed"), artifact("b.md", "B"), artifact("c.md", "C")],
    });
    expectError(refused, 403, "quota_exceeded");
    expect(refused.json.error.issues[0].path).toBe("artifacts");
    expect(await versionsOf(p.id)).toBe(1);
  });

  it("bytes of every version count: exactly the quota is stored, one byte more is refused, identical re-posts cost nothing", async () => {
    const Q = { QUOTA_BYTES_PER_PROJECT: "1000" };
    const u = await signedInUser();
    const p = await createProject(u);
    const path = `/api/projects/${p.id}/artifacts`;
    expect((await send(Q, u, "POST", path, artifact("a.md", "x".repeat(600)))).status).toBe(201);
    // A second version of the same artifact: 600 + 400 = 1000 bytes (é is 2 bytes in UTF-8).
    expect((await send(Q, u, "POST", path, artifact("a.md", "é".repeat(200)))).status).toBe(201);
    expect(await bytesOf(p.id)).toBe(1000);
    const refused = await send(Q, u, "POST", path, artifact("b.md", "y"));
    expectError(refused, 403, "quota_exceeded");
    expect(refused.json.error.issues).toEqual([
      { path: "bytes", message: "1000 of 1000 bytes per project used; this adds 1" },
    ]);
    expect(await versionsOf(p.id)).toBe(2);
    // The latest content again stores nothing, so it is answered as before (200).
    expect((await send(Q, u, "POST", path, artifact("a.md", "é".repeat(200)))).status).toBe(200);
  });

  it("frontmatter counts as stored (jsonb text): the document's YAML block, once even when sent alongside", async () => {
    const Q = { QUOTA_BYTES_PER_PROJECT: "1000" };
    const u = await signedInUser();
    const p = await createProject(u);
    const path = `/api/projects/${p.id}/artifacts`;
    // 500 bytes of content (a 412-byte YAML block, then 88) and {"t": "x…"}: 400 + 9 bytes of jsonb text.
    const block = `---\nt: ${"x".repeat(400)}\n---\n`;
    const sent = { ...artifact("a.md", `${block}${"y".repeat(88)}`), frontmatter: { t: "x".repeat(400) } };
    expect((await send(Q, u, "POST", path, sent)).status).toBe(201);
    // 62 bytes of content whose YAML frontmatter is stored as {"k": "z…"}: 50 + 9 bytes.
    const yaml = `---\nk: ${"z".repeat(50)}\n---\n`;
    const refused = await send(Q, u, "POST", path, artifact("c.md", yaml));
    expectError(refused, 403, "quota_exceeded");
    expect(refused.json.error.issues).toEqual([
      { path: "bytes", message: "909 of 1000 bytes per project used; this adds 121" },
    ]);
    expect(await versionsOf(p.id)).toBe(1);
  });

  it("concurrent stores: exactly N distinct artifacts (the project row is locked before the count)", async () => {
    const Q = { QUOTA_ARTIFACTS_PER_PROJECT: "3" };
    const u = await signedInUser();
    const p = await createProject(u);
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        send(Q, u, "POST", `/api/projects/${p.id}/artifacts`, artifact(`n${i}.md`, `content ${i}`)),
      ),
    );
    expect(results.map((r) => r.status).sort()).toEqual([201, 201, 201, 403, 403, 403, 403, 403]);
    expect(await versionsOf(p.id)).toBe(3);
  });

  it("a quota binding that is not a positive whole number is a configuration error", async () => {
    const u = await signedInUser();
    const r = await send({ QUOTA_BYTES_PER_PROJECT: "0" }, u, "POST", "/api/projects", { name: "X" });
    expectError(r, 500, "server_misconfigured");
  });
});
