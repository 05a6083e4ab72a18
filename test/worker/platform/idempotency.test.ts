// Idempotency-Key: a repeated POST acts once and replays its first response; another request with
// the key is 422; concurrent requests with one key produce one effect; a retry after a dropped
// connection, or after the reply of a committed write was lost, never duplicates.
import { describe, expect, it } from "vitest";
import { apiKeyFor } from "../api-key-fixtures";
import { keyedRoutes } from "../cross-cutting/samples";
import { api, call, expectError, signedInUser, sql, type User } from "../helpers";
import { createProject, uploadPhaseDocs } from "../project-fixtures";

const post = (user: User, path: string, key: string | undefined, body?: unknown, client = api()) =>
  call(user, "POST", path, body, { client, headers: key ? { "idempotency-key": key } : {} });

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
      [`${base}/stack/approve`, { stackChoice: "hono", override: { reason: "no scorecard in this test" } }, 200],
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

  it("a refusal records nothing: the claim is released, and the retry is judged afresh (and may act)", async () => {
    const user = await signedInUser();
    const p = await createProject(user);
    const key = crypto.randomUUID();
    const path = `/api/projects/${p.id}/phases/advance`;
    const refused = await post(user, path, key, { expectedPhase: "analysis" });
    expectError(refused, 409, "gate_failed");
    expect(await count("select 1 from idempotency_keys where user_id = $1", [user.id])).toBe(0);
    // Still refused for the same reason: answered afresh, not replayed.
    const again = await post(user, path, key, { expectedPhase: "analysis" });
    expect([again.status, again.headers.get("idempotent-replayed")]).toEqual([409, null]);
    await uploadPhaseDocs(user, p.id, "analysis");
    const acted = await post(user, path, key, { expectedPhase: "analysis" });
    expect(acted.status).toBe(200);
    const replayed = await post(user, path, key, { expectedPhase: "analysis" });
    expect([replayed.status, replayed.text, replayed.headers.get("idempotent-replayed")]).toEqual([
      200,
      acted.text,
      "true",
    ]);
    expect(await count("select 1 from phase_history where project_id = $1", [p.id])).toBe(1);
  });

  it("concurrency: 8 requests with one key at once make one project; the others wait for it and replay it", async () => {
    const user = await signedInUser();
    const key = crypto.randomUUID();
    const results = await Promise.all(
      Array.from({ length: 8 }, () => post(user, "/api/projects", key, { name: "Race" })),
    );
    expect(await count("select 1 from projects where user_id = $1", [user.id])).toBe(1);
    // The claim's row lock holds the others until the first commits its answer: all replay it.
    expect(results.map((r) => r.status)).toEqual(Array(8).fill(201));
    const first = results.filter((r) => r.headers.get("idempotent-replayed") === null);
    expect(first).toHaveLength(1);
    for (const r of results) expect(r.text).toBe(first[0]?.text);
    const after = await post(user, "/api/projects", key, { name: "Race" });
    expect([after.status, after.text]).toEqual([201, first[0]?.text]);
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

  it("committed, then the reply lost: the retry replays the answer recorded with the write; one project", async () => {
    const user = await signedInUser();
    const key = crypto.randomUUID();
    const t = api();
    await t.fault({ lostAfterCommit: "reply", match: "idempotency_keys" });
    const lost = await post(user, "/api/projects", key, { name: "Committed" }, t);
    expect(lost.status).toBe(503);
    expect(await count("select 1 from projects where user_id = $1", [user.id])).toBe(1);
    const retried = await post(user, "/api/projects", key, { name: "Committed" });
    expect([retried.status, retried.headers.get("idempotent-replayed")]).toEqual([201, "true"]);
    // The replay is the project as it was created, rendered as GET renders it.
    const read = await api().request(`/api/projects/${retried.json.project.id}`, { headers: user.auth });
    expect(JSON.stringify(retried.json)).toBe(await read.text());
    expect(await count("select 1 from projects where user_id = $1", [user.id])).toBe(1);
  });

  describe.each(keyedRoutes())("$route", ({ arrange, firstRoundTrips, lookUpFirst }) => {
    it("a keyed first request is one round trip (two: key looked up first); a repeat replays it byte for byte; another body is 422", async () => {
      const user = await signedInUser();
      const r = await arrange(user);
      const key = crypto.randomUUID();
      const first = await post(user, r.path, key, r.body);
      expect([first.status, first.roundTrips], first.text).toEqual([r.status, firstRoundTrips]);
      const again = await post(user, r.path, key, r.body);
      expect([again.status, again.text, again.headers.get("idempotent-replayed")]).toEqual([
        r.status,
        first.text,
        "true",
      ]);
      // Looked up first: answered from that one round trip. Otherwise the claim's batch fails, then the replay's read.
      expect(again.roundTrips).toBe(lookUpFirst ? 1 : 2);
      expectError(await post(user, r.path, key, r.other), 422, "idempotency_key_reused");
      expect(await r.effects()).toBe(1);
    });

    it("4 requests with one key at once: one effect, every answer the same bytes", async () => {
      const user = await signedInUser();
      const r = await arrange(user);
      const key = crypto.randomUUID();
      const results = await Promise.all(Array.from({ length: 4 }, () => post(user, r.path, key, r.body)));
      expect(results.map((x) => x.status)).toEqual(Array(4).fill(r.status));
      expect(results.filter((x) => x.headers.get("idempotent-replayed") === null)).toHaveLength(1);
      expect(new Set(results.map((x) => x.text)).size).toBe(1);
      expect(await r.effects()).toBe(1);
    });

    it.each(["reply", "socket"] as const)(
      "committed, then the reply lost (%s): the retry replays the recorded answer; one effect",
      async (lost) => {
        const user = await signedInUser();
        const r = await arrange(user);
        const key = crypto.randomUUID();
        const t = api();
        // The claim's insert (a key looked up first is read, not claimed, in the first round trip).
        await t.fault({ lostAfterCommit: lost, match: 'insert into "idempotency_keys"' });
        expect((await post(user, r.path, key, r.body, t)).status).toBe(503);
        expect(await r.effects()).toBe(1);
        const retried = await post(user, r.path, key, r.body);
        expect([retried.status, retried.headers.get("idempotent-replayed")], retried.text).toEqual([r.status, "true"]);
        const again = await post(user, r.path, key, r.body);
        expect(again.text).toBe(retried.text);
        expectError(await post(user, r.path, key, r.other), 422, "idempotency_key_reused");
        expect(await r.effects()).toBe(1);
      },
    );
  });

  it("a malformed key is 400 validation_failed before anything runs", async () => {
    const user = await signedInUser();
    const r = await post(user, "/api/projects", "has space", { name: "X" });
    expectError(r, 400, "validation_failed");
    expect(r.roundTrips).toBe(0);
  });
});

describe("replays and the per-key rate limit", () => {
  const KEY_LIMIT = 1800; // docs/api-keys.md: requests per key per 15 minutes
  const keyAttempts = async (keyId: string) =>
    (
      (await sql.query("select attempts from rate_limit_log where identifier = $1 and endpoint = 'api-key'", [
        `key:${keyId}`,
      ])) as { attempts: number }[]
    )[0]?.attempts;

  it("artifact writes look the key up first: a first request is counted once, its replay is answered from that lookup (one round trip, before validation) and counted", async () => {
    const user = await signedInUser();
    const p = await createProject(user);
    const key = await apiKeyFor(user.id);
    const keyed = { ...user, auth: key.auth };
    const path = `/api/projects/${p.id}/artifacts`;
    const body = { phase: "analysis", name: "notes.md", content: "# Notes" };
    const idem = crypto.randomUUID();
    const first = await post(keyed, path, idem, body);
    expect([first.status, first.roundTrips], first.text).toEqual([201, 2]);
    expect(await keyAttempts(key.id)).toBe(1);
    const replay = await post(keyed, path, idem, body);
    expect([replay.status, replay.roundTrips, replay.headers.get("idempotent-replayed"), replay.text]).toEqual([
      201,
      1,
      "true",
      first.text,
    ]);
    expect(await keyAttempts(key.id)).toBe(2);
    expectError(await post(keyed, path, idem, { ...body, content: "# Other" }), 422, "idempotency_key_reused");
    expect(await keyAttempts(key.id)).toBe(3);
    // Past the limit the lookup itself is refused: 429 after its one round trip, nothing replayed.
    await sql.query("update rate_limit_log set attempts = $2 where identifier = $1 and endpoint = 'api-key'", [
      `key:${key.id}`,
      KEY_LIMIT,
    ]);
    const over = await post(keyed, path, idem, body);
    expectError(over, 429, "rate_limited");
    expect([over.roundTrips, over.headers.get("idempotent-replayed")]).toEqual([1, null]);
    expect(await count("select 1 from project_artifacts where project_id = $1", [p.id])).toBe(1);
  });

  it("artifact writes with a key: a bad credential or an invalid body after the lookup records nothing; the retry acts", async () => {
    const user = await signedInUser();
    const p = await createProject(user);
    const path = `/api/projects/${p.id}/artifacts`;
    const idem = crypto.randomUUID();
    const stranger = { ...user, auth: { authorization: `Bearer ${"z".repeat(43)}` } };
    expectError(
      await post(stranger, path, idem, { phase: "analysis", name: "a.md", content: "# A" }),
      401,
      "unauthorized",
    );
    const invalid = await post(user, path, idem, { phase: "nope", name: "a.md", content: "# A" });
    expectError(invalid, 400, "validation_failed");
    expect(invalid.roundTrips).toBe(1);
    expect(await count("select 1 from idempotency_keys where user_id = $1", [user.id])).toBe(0);
    const ok = await post(user, path, idem, { phase: "analysis", name: "a.md", content: "# A" });
    expect(ok.status).toBe(201);
    expect(ok.headers.get("idempotent-replayed")).toBeNull();
  });

  it("a replay counts toward the key's limit like any request: answered within it (with its RateLimit headers), 429 past it", async () => {
    const user = await signedInUser();
    const key = await apiKeyFor(user.id);
    const keyed = { ...user, auth: key.auth };
    const attempts = () => keyAttempts(key.id);
    const idem = crypto.randomUUID();
    const first = await post(keyed, "/api/projects", idem, { name: "Counted" });
    expect(first.status).toBe(201);
    expect(await attempts()).toBe(1);
    const replay = await post(keyed, "/api/projects", idem, { name: "Counted" });
    expect([replay.status, replay.headers.get("idempotent-replayed"), replay.text]).toEqual([201, "true", first.text]);
    expect(await attempts()).toBe(2);
    expect(replay.headers.get("ratelimit-limit")).toBe(String(KEY_LIMIT));
    expect(replay.headers.get("ratelimit-remaining")).toBe(String(KEY_LIMIT - 2));
    // The window at its limit: one more request of any kind, a replay included, is refused.
    await sql.query("update rate_limit_log set attempts = $2 where identifier = $1 and endpoint = 'api-key'", [
      `key:${key.id}`,
      KEY_LIMIT,
    ]);
    const over = await post(keyed, "/api/projects", idem, { name: "Counted" });
    expectError(over, 429, "rate_limited");
    expect(over.headers.get("retry-after")).toBeTruthy();
    expect(over.headers.get("idempotent-replayed")).toBeNull();
    expect(await attempts()).toBe(KEY_LIMIT + 1);
    expect(await count("select 1 from projects where user_id = $1", [user.id])).toBe(1);
  });
});
