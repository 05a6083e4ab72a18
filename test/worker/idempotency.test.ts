// Idempotency-Key: a repeated POST acts once and replays its first response; another request with
// the key is 422; concurrent requests with one key produce one effect; a retry after a dropped
// connection never duplicates.
import { describe, expect, it } from "vitest";
import { api, signedInUser, sql } from "./helpers";
import { createProject, expectError, jsonInit, type User, uploadPhaseDocs } from "./project-fixtures";

async function post(user: User, path: string, key: string | undefined, body?: unknown, t = api()) {
  const init = jsonInit("POST", user, body);
  const headers = { ...(init.headers as Record<string, string>), ...(key ? { "idempotency-key": key } : {}) };
  const res = await t.request(path, { ...init, headers });
  const text = await res.text();
  return {
    status: res.status,
    text,
    json: text ? JSON.parse(text) : undefined,
    headers: res.headers,
    roundTrips: await t.roundTrips(),
  };
}

const count = async (query: string, params: unknown[]) => (await sql.query(query, params)).length;

describe("Idempotency-Key", () => {
  it("project create: the same key and body replay the first response (status and body); one project", async () => {
    const user = await signedInUser();
    const key = crypto.randomUUID();
    const first = await post(user, "/api/projects", key, { name: "Once" });
    expect(first.status).toBe(201);
    expect(first.headers.get("idempotent-replayed")).toBeNull();
    const again = await post(user, "/api/projects", key, { name: "Once" });
    expect(again.status).toBe(201);
    expect(again.text).toBe(first.text);
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    expect(await count("select 1 from projects where user_id = $1", [user.id])).toBe(1);
  });

  it("without a key nothing changes: two posts, two projects, one round trip each", async () => {
    const user = await signedInUser();
    const a = await post(user, "/api/projects", undefined, { name: "Twice" });
    const b = await post(user, "/api/projects", undefined, { name: "Twice" });
    expect([a.status, b.status, a.roundTrips, b.roundTrips]).toEqual([201, 201, 1, 1]);
    expect(await count("select 1 from projects where user_id = $1", [user.id])).toBe(2);
  });

  it("the same key with another body (or path) is 422 idempotency_key_reused; nothing is done", async () => {
    const user = await signedInUser();
    const key = crypto.randomUUID();
    expect((await post(user, "/api/projects", key, { name: "A" })).status).toBe(201);
    expectError(await post(user, "/api/projects", key, { name: "B" }), 422, "idempotency_key_reused");
    const p = await createProject(user);
    expectError(
      await post(user, `/api/projects/${p.id}/phases/advance`, key, { expectedPhase: "analysis" }),
      422,
      "idempotency_key_reused",
    );
    expect(await count("select 1 from projects where user_id = $1", [user.id])).toBe(2);
    expect(await count("select 1 from phase_history where project_id = $1", [p.id])).toBe(0);
  });

  it("keys are per user: another user's identical key acts for them", async () => {
    const [u1, u2] = [await signedInUser(), await signedInUser()];
    const key = crypto.randomUUID();
    expect((await post(u1, "/api/projects", key, { name: "Mine" })).status).toBe(201);
    const other = await post(u2, "/api/projects", key, { name: "Mine" });
    expect(other.status).toBe(201);
    expect(other.headers.get("idempotent-replayed")).toBeNull();
    expect(await count("select 1 from projects where user_id = $1", [u2.id])).toBe(1);
  });

  it("advance, approvals, artifact and batch: a repeat replays and acts once", async () => {
    const user = await signedInUser();
    const p = await createProject(user);
    const base = `/api/projects/${p.id}`;
    // The analysis gate needs the phase's passing documents; the idempotent posts add extra files.
    await uploadPhaseDocs(user, p.id, "analysis");
    const artifact = { phase: "analysis", name: "notes.md", content: "# C" };
    for (const [path, body, status] of [
      [`${base}/artifacts`, artifact, 201],
      [`${base}/artifacts/batch`, { artifacts: [{ ...artifact, name: "b.md" }] }, 201],
      [`${base}/phases/advance`, { expectedPhase: "analysis" }, 200],
      [`${base}/stack/approve`, { stackChoice: "hono" }, 200],
    ] as const) {
      const key = crypto.randomUUID();
      const first = await post(user, path, key, body);
      expect(first.status, path).toBe(status);
      const again = await post(user, path, key, body);
      expect([again.status, again.text], path).toEqual([status, first.text]);
    }
    await sql.query("update projects set current_phase = 'dependencies' where id = $1", [p.id]);
    const key = crypto.randomUUID();
    const deps = await post(user, `${base}/dependencies/approve`, key);
    const depsAgain = await post(user, `${base}/dependencies/approve`, key);
    expect([deps.status, depsAgain.status, depsAgain.text]).toEqual([200, 200, deps.text]);
    expect(
      await count("select 1 from project_artifacts where project_id = $1 and artifact_name in ('notes.md', 'b.md')", [
        p.id,
      ]),
    ).toBe(2);
    expect(await count("select 1 from phase_history where project_id = $1", [p.id])).toBe(1);
  });

  it("an error answer is replayed too (the key's request was answered, not retried)", async () => {
    const user = await signedInUser();
    const p = await createProject(user);
    const key = crypto.randomUUID();
    const refused = await post(user, `/api/projects/${p.id}/phases/advance`, key, { expectedPhase: "spec" });
    expectError(refused, 409, "phase_mismatch");
    const again = await post(user, `/api/projects/${p.id}/phases/advance`, key, { expectedPhase: "spec" });
    expect([again.status, again.text]).toEqual([409, refused.text]);
  });

  it("concurrency: 8 requests with one key at once make one project; the others replay or get 409 in use", async () => {
    const user = await signedInUser();
    const key = crypto.randomUUID();
    const results = await Promise.all(
      Array.from({ length: 8 }, () => post(user, "/api/projects", key, { name: "Race" })),
    );
    expect(await count("select 1 from projects where user_id = $1", [user.id])).toBe(1);
    const created = results.filter((r) => r.status === 201);
    expect(created.length).toBeGreaterThanOrEqual(1);
    for (const r of created) expect(r.json.project.id).toBe(created[0]?.json.project.id);
    for (const r of results.filter((x) => x.status !== 201)) {
      expectError(r, 409, "idempotency_key_in_use");
      expect(r.headers.get("retry-after")).toBe("1");
    }
    // Once the first answered, every retry replays it.
    const after = await post(user, "/api/projects", key, { name: "Race" });
    expect([after.status, after.json.project.id]).toEqual([201, created[0]?.json.project.id]);
  });

  it("a retry after a dropped connection never duplicates", async () => {
    const user = await signedInUser();
    const key = crypto.randomUUID();
    const t = api();
    await t.fault({ drop: true, match: "idempotency_keys" });
    const lost = await post(user, "/api/projects", key, { name: "Dropped" }, t);
    expect(lost.status).toBe(503);
    const retried = await post(user, "/api/projects", key, { name: "Dropped" });
    expect(retried.status).toBe(201);
    const again = await post(user, "/api/projects", key, { name: "Dropped" });
    expect(again.text).toBe(retried.text);
    expect(await count("select 1 from projects where user_id = $1", [user.id])).toBe(1);
  });

  it("committed, then the reply lost: the retry never duplicates (409 while the claim is young, then outcome unknown)", async () => {
    const user = await signedInUser();
    const key = crypto.randomUUID();
    const t = api();
    await t.fault({ lostAfterCommit: "reply", match: "idempotency_keys" });
    const lost = await post(user, "/api/projects", key, { name: "Committed" }, t);
    expect(lost.status).toBe(503);
    expect(await count("select 1 from projects where user_id = $1", [user.id])).toBe(1);
    const retried = await post(user, "/api/projects", key, { name: "Committed" });
    expectError(retried, 409, "idempotency_key_in_use");
    expect(retried.headers.get("retry-after")).toBe("1");
    // Past IN_FLIGHT_SECONDS nobody is still working on it: a terminal answer, not an endless retry.
    await sql.query("update idempotency_keys set created_at = now() - interval '61 seconds' where user_id = $1", [
      user.id,
    ]);
    expectError(await post(user, "/api/projects", key, { name: "Committed" }), 409, "idempotency_outcome_unknown");
    expect(await count("select 1 from projects where user_id = $1", [user.id])).toBe(1);
  });

  it("a malformed key is 400 validation_failed before anything runs", async () => {
    const user = await signedInUser();
    const r = await post(user, "/api/projects", "has space", { name: "X" });
    expectError(r, 400, "validation_failed");
    expect(r.roundTrips).toBe(0);
  });
});
