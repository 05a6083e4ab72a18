// Conditional requests: ETag + If-None-Match (304) on reads, If-Match (412) on writes, compared in
// the write's own SQL, all in the request's one round trip.
import { describe, expect, it } from "vitest";
import { call, expectError, signedInUser, sql, type User } from "../helpers";
import { createProject } from "../project-fixtures";

const send = (user: User, method: string, path: string, headers: Record<string, string>, body?: unknown) =>
  call(user, method, path, body, { headers });

async function artifactOf(user: User, projectId: string, content = "# Constitution") {
  const r = await send(
    user,
    "POST",
    `/api/projects/${projectId}/artifacts`,
    {},
    {
      phase: "analysis",
      name: "constitution.md",
      content,
    },
  );
  expect(r.status).toBe(201);
  return r.json.artifact as { id: string };
}

describe("ETag and If-None-Match", () => {
  it("a project's GET sends a strong ETag; If-None-Match with it answers 304 without a body, in one round trip", async () => {
    const user = await signedInUser();
    const p = await createProject(user);
    const first = await send(user, "GET", `/api/projects/${p.id}`, {});
    expect(first.status).toBe(200);
    expect(first.etag).toMatch(/^"[0-9a-f-]{36}\.\d+"$/);
    const again = await send(user, "GET", `/api/projects/${p.slug}`, { "if-none-match": first.etag as string });
    expect(again.status).toBe(304);
    expect(again.text).toBe("");
    expect(again.etag).toBe(first.etag);
    expect(again.headers.get("x-request-id")).toBeTruthy();
    expect(again.roundTrips).toBe(1);
  });

  it("after a change the old ETag no longer matches: 200 with the new body and a new ETag", async () => {
    const user = await signedInUser();
    const p = await createProject(user);
    const before = await send(user, "GET", `/api/projects/${p.id}`, {});
    const patched = await send(user, "PATCH", `/api/projects/${p.id}`, {}, { description: "changed" });
    expect(patched.status).toBe(200);
    expect(patched.etag).not.toBe(before.etag);
    const after = await send(user, "GET", `/api/projects/${p.id}`, { "if-none-match": before.etag as string });
    expect(after.status).toBe(200);
    expect(after.json.project.description).toBe("changed");
    expect(after.etag).toBe(patched.etag);
  });

  it("progress (ETag from the body) answers 304 until an artifact changes it", async () => {
    const user = await signedInUser();
    const p = await createProject(user);
    const first = await send(user, "GET", `/api/projects/${p.id}/progress`, {});
    expect(first.status).toBe(200);
    expect(first.etag).toMatch(/^"[0-9a-f]{40}"$/);
    const same = await send(user, "GET", `/api/projects/${p.id}/progress`, { "if-none-match": first.etag as string });
    expect(same.status).toBe(304);
    expect(same.text).toBe("");
    await artifactOf(user, p.id);
    const changed = await send(user, "GET", `/api/projects/${p.id}/progress`, {
      "if-none-match": first.etag as string,
    });
    expect(changed.status).toBe(200);
    expect(changed.json.phases[0].artifacts).toBe(1);
  });

  it("an artifact's GET sends its ETag and honours If-None-Match", async () => {
    const user = await signedInUser();
    const p = await createProject(user);
    const a = await artifactOf(user, p.id);
    const first = await send(user, "GET", `/api/projects/${p.id}/artifacts/${a.id}`, {});
    expect(first.etag).toMatch(new RegExp(`^"${a.id}\\.\\d+"$`));
    const same = await send(user, "GET", `/api/projects/${p.id}/artifacts/${a.id}`, {
      "if-none-match": first.etag as string,
    });
    expect(same.status).toBe(304);
  });
  it("traceability sends an ETag and answers 304 to it until the matrix changes", async () => {
    const user = await signedInUser();
    const p = await createProject(user);
    const path = `/api/projects/${p.id}/traceability`;
    const first = await send(user, "GET", path, {});
    expect(first.status).toBe(200);
    expect(first.etag).toMatch(/^"[0-9a-f]{40}"$/);
    const same = await send(user, "GET", path, { "if-none-match": first.etag as string });
    expect(same.status).toBe(304);
    expect(same.text).toBe("");
    expect(same.roundTrips).toBe(1);
    // The threshold is part of the body (no route sets it, so the test does).
    await sql.query("update projects set coverage_threshold = 50 where id = $1", [p.id]);
    const changed = await send(user, "GET", path, { "if-none-match": first.etag as string });
    expect(changed.status).toBe(200);
    expect(changed.json.threshold).toBe(50);
    expect(changed.etag).not.toBe(first.etag);
  });
});

describe("If-Match", () => {
  it("PATCH with the current ETag succeeds; with a stale one 412 precondition_failed and nothing written", async () => {
    const user = await signedInUser();
    const p = await createProject(user);
    const { etag } = await send(user, "GET", `/api/projects/${p.id}`, {});
    const ok = await send(user, "PATCH", `/api/projects/${p.id}`, { "if-match": etag as string }, { name: "First" });
    expect(ok.status).toBe(200);
    expect(ok.roundTrips).toBe(1);
    const stale = await send(
      user,
      "PATCH",
      `/api/projects/${p.id}`,
      { "if-match": etag as string },
      { name: "Second" },
    );
    expectError(stale, 412, "precondition_failed");
    expect(stale.roundTrips).toBe(1);
    const [row] = (await sql.query("select name from projects where id = $1", [p.id])) as { name: string }[];
    expect(row?.name).toBe("First");
  });

  it("a weak ETag never matches (strong comparison); `*` and a list containing the current one do", async () => {
    const user = await signedInUser();
    const p = await createProject(user);
    const { etag } = await send(user, "GET", `/api/projects/${p.id}`, {});
    const weak = await send(user, "PATCH", `/api/projects/${p.id}`, { "if-match": `W/${etag}` }, { name: "W" });
    expectError(weak, 412, "precondition_failed");
    const star = await send(user, "PATCH", `/api/projects/${p.id}`, { "if-match": "*" }, { name: "Star" });
    expect(star.status).toBe(200);
    const list = await send(
      user,
      "PATCH",
      `/api/projects/${p.id}`,
      { "if-match": `"nope", ${star.etag}` },
      { name: "L" },
    );
    expect(list.status).toBe(200);
  });

  it("a missing project stays 404 with If-Match (not 412)", async () => {
    const user = await signedInUser();
    const r = await send(user, "PATCH", `/api/projects/${crypto.randomUUID()}`, { "if-match": '"x"' }, { name: "N" });
    expectError(r, 404, "not_found");
  });

  it("DELETE with a stale ETag is refused and the project stays; with the current one it goes", async () => {
    const user = await signedInUser();
    const p = await createProject(user);
    const { etag } = await send(user, "GET", `/api/projects/${p.id}`, {});
    await send(user, "PATCH", `/api/projects/${p.id}`, {}, { name: "Changed" });
    const stale = await send(user, "DELETE", `/api/projects/${p.id}`, { "if-match": etag as string });
    expectError(stale, 412, "precondition_failed");
    expect(await sql.query("select 1 from projects where id = $1", [p.id])).toHaveLength(1);
    const { etag: now } = await send(user, "GET", `/api/projects/${p.id}`, {});
    const gone = await send(user, "DELETE", `/api/projects/${p.id}`, { "if-match": now as string });
    expect(gone.status).toBe(204);
  });

  it("a waiver with a tag read before a newer version: 412 and no waiver; with the latest version's tag: 200", async () => {
    const user = await signedInUser();
    const p = await createProject(user);
    const path = `/api/projects/${p.id}/artifacts`;
    const v1 = await artifactOf(user, p.id);
    const { etag: read } = await send(user, "GET", `${path}/${v1.id}`, {});
    const v2 = await artifactOf(user, p.id, "# Constitution v2");
    const body = { ruleId: "frontmatter-missing", reason: "accepted in review" };
    for (const id of [v1.id, v2.id]) {
      const stale = await send(user, "PATCH", `${path}/${id}/validation`, { "if-match": read as string }, body);
      expectError(stale, 412, "precondition_failed");
      expect(stale.roundTrips).toBe(1);
    }
    expect(await sql.query("select 1 from artifact_waivers where project_id = $1", [p.id])).toHaveLength(0);
    const { etag: current } = await send(user, "GET", `${path}/${v2.id}`, {});
    const ok = await send(user, "PATCH", `${path}/${v2.id}/validation`, { "if-match": current as string }, body);
    expect(ok.status).toBe(200);
    expect(ok.etag).toBe(current);
    expect(ok.json.waiver.ruleId).toBe("frontmatter-missing");
    const missing = await send(
      user,
      "PATCH",
      `${path}/${v2.id}/validation`,
      { "if-match": current as string },
      {
        ...body,
        ruleId: "no-such-rule",
      },
    );
    expectError(missing, 422, "finding_not_found");
  });

  it("advance with a stale ETag: 412, the phase unchanged and no history row", async () => {
    const user = await signedInUser();
    const p = await createProject(user);
    const { etag } = await send(user, "GET", `/api/projects/${p.id}`, {});
    await send(user, "PATCH", `/api/projects/${p.id}`, {}, { description: "moved on" });
    const r = await send(
      user,
      "POST",
      `/api/projects/${p.id}/phases/advance`,
      { "if-match": etag as string },
      {
        expectedPhase: "analysis",
      },
    );
    expectError(r, 412, "precondition_failed");
    const rows = await sql.query("select current_phase from projects where id = $1", [p.id]);
    expect(rows[0]?.current_phase).toBe("analysis");
    expect(await sql.query("select 1 from phase_history where project_id = $1", [p.id])).toHaveLength(0);
  });
});

describe("the number of entity tags (at most 32 per header)", () => {
  const MAX = 32; // docs/limits.md, docs/conditional-requests.md
  const others = (n: number) => Array.from({ length: n }, (_, i) => `"other-${i}"`);

  it("If-Match: 32 tags (the current one among them) write; 33 are 400 before any round trip, nothing written", async () => {
    const user = await signedInUser();
    const p = await createProject(user);
    const { etag } = await send(user, "GET", `/api/projects/${p.id}`, {});
    const over = [...others(MAX), etag as string].join(", ");
    const refused = await send(user, "PATCH", `/api/projects/${p.id}`, { "if-match": over }, { name: "Over" });
    expectError(refused, 400, "validation_failed");
    expect(refused.json.error.issues).toEqual([{ path: "If-Match", message: "at most 32 entity tags" }]);
    expect(refused.roundTrips).toBe(0);
    const [row] = (await sql.query("select name from projects where id = $1", [p.id])) as { name: string }[];
    expect(row?.name).toBe(p.name);
    const within = [...others(MAX - 1), etag as string].join(", ");
    const ok = await send(user, "PATCH", `/api/projects/${p.id}`, { "if-match": within }, { name: "Within" });
    expect(ok.status).toBe(200);
    expect(ok.json.project.name).toBe("Within");
  });

  it("weak tags count too; 70,000 tags (past Postgres's 65,535 bind parameters) are 400, not 503", async () => {
    const user = await signedInUser();
    const p = await createProject(user);
    const weak = Array.from({ length: MAX + 1 }, (_, i) => `W/"w${i}"`).join(",");
    expectError(await send(user, "DELETE", `/api/projects/${p.id}`, { "if-match": weak }), 400, "validation_failed");
    const huge = others(70_000).join(",");
    const r = await send(
      user,
      "POST",
      `/api/projects/${p.id}/phases/advance`,
      { "if-match": huge },
      {
        expectedPhase: "analysis",
      },
    );
    expectError(r, 400, "validation_failed");
    expect(r.roundTrips).toBe(0);
    expect(await sql.query("select 1 from projects where id = $1", [p.id])).toHaveLength(1);
  });

  it("If-None-Match: 32 tags (the current one among them) answer 304; 33 are 400 before any round trip", async () => {
    const user = await signedInUser();
    const p = await createProject(user);
    const { etag } = await send(user, "GET", `/api/projects/${p.id}`, {});
    const within = await send(user, "GET", `/api/projects/${p.id}`, {
      "if-none-match": [...others(MAX - 1), etag as string].join(", "),
    });
    expect(within.status).toBe(304);
    const over = await send(user, "GET", `/api/projects/${p.id}`, {
      "if-none-match": [...others(MAX), etag as string].join(", "),
    });
    expectError(over, 400, "validation_failed");
    expect(over.json.error.issues).toEqual([{ path: "If-None-Match", message: "at most 32 entity tags" }]);
    expect(over.roundTrips).toBe(0);
  });
});
