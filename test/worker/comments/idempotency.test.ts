// Idempotency-Key on opening a thread and replying (docs/idempotency.md): a retry after a lost reply replays
// the first answer and writes nothing more (no second comment, mention mail or comment.created event); another
// request with the key is 422; a refused request records nothing, and a retry with its key acts.
import { describe, expect, it } from "vitest";
import { MAX_COMMENTS_PER_THREAD } from "../../../src/comments";
import { call, expectError, mailsTo, signedInUser, sql, type User } from "../helpers";
import { member, openThread, projectWithDoc } from "./fixtures";

const post = (user: User, path: string, key: string, body: unknown) =>
  call(user, "POST", path, body, { headers: { "idempotency-key": key } });

const rows = async (query: string, params: unknown[]) => (await sql.query(query, params)).length;
const keysOf = (user: User) => rows("select 1 from idempotency_keys where user_id = $1", [user.id]);

describe("Idempotency-Key on comments", () => {
  it("opening a thread: the same key and body replay the first answer byte for byte; one thread, one comment, one mail, one event", async () => {
    const { owner, project, artifactId, workspaceId } = await projectWithDoc();
    const editor = await member(workspaceId, "editor");
    const [sub] = await sql`insert into webhook_subscriptions (workspace_id, url, event_types, secret)
      values (${workspaceId}, 'https://hooks.example.test/x', '["comment.created"]'::jsonb, 'whsec_x') returning id`;
    const path = `/api/projects/${project.id}/threads`;
    const body = { artifactId, requirementId: "REQ-AUTH-001", lineStart: 5, lineEnd: 6, body: `@${editor.email} ok?` };
    const key = crypto.randomUUID();
    const first = await post(owner, path, key, body);
    expect([first.status, first.headers.get("idempotent-replayed")], first.text).toEqual([201, null]);
    const again = await post(owner, path, key, body);
    expect([again.status, again.text, again.headers.get("idempotent-replayed")]).toEqual([201, first.text, "true"]);
    expect(again.roundTrips).toBe(2);
    expect(await rows("select 1 from comment_threads where project_id = $1", [project.id])).toBe(1);
    expect(await rows("select 1 from comments where thread_id = $1", [first.json.thread.id])).toBe(1);
    expect(await rows("select 1 from webhook_deliveries where subscription_id = $1", [sub!.id])).toBe(1);
    expect(await mailsTo(editor.email)).toHaveLength(1);
    // The replay is the thread and comment as they are read back.
    const got = await call(owner, "GET", `${path}/${first.json.thread.id}`);
    expect(got.json.thread).toEqual(again.json.thread);
    expect(got.json.comments).toEqual([again.json.comment]);
  });

  it("replying: the same key and body replay the first answer byte for byte; one reply", async () => {
    const { owner, project, artifactId } = await projectWithDoc();
    const { thread } = await openThread(owner, project.id, { artifactId, body: "first" });
    const path = `/api/projects/${project.id}/threads/${thread.id}/comments`;
    const key = crypto.randomUUID();
    const first = await post(owner, path, key, { body: "a reply" });
    expect(first.status, first.text).toBe(201);
    const again = await post(owner, path, key, { body: "a reply" });
    expect([again.status, again.text, again.headers.get("idempotent-replayed")]).toEqual([201, first.text, "true"]);
    expect(await rows("select 1 from comments where thread_id = $1", [thread.id])).toBe(2);
  });

  it("the key with another body is 422 idempotency_key_reused; nothing is written", async () => {
    const { owner, project, artifactId } = await projectWithDoc();
    const threads = `/api/projects/${project.id}/threads`;
    const key = crypto.randomUUID();
    const opened = await post(owner, threads, key, { artifactId, body: "one" });
    expect(opened.status).toBe(201);
    expectError(await post(owner, threads, key, { artifactId, body: "two" }), 422, "idempotency_key_reused");
    const replies = `${threads}/${opened.json.thread.id}/comments`;
    const replyKey = crypto.randomUUID();
    expect((await post(owner, replies, replyKey, { body: "reply" })).status).toBe(201);
    expectError(await post(owner, replies, replyKey, { body: "other reply" }), 422, "idempotency_key_reused");
    // The thread's key on the reply path: another request too.
    expectError(await post(owner, replies, key, { body: "one" }), 422, "idempotency_key_reused");
    expect(await rows("select 1 from comment_threads where project_id = $1", [project.id])).toBe(1);
    expect(await rows("select 1 from comments where thread_id = $1", [opened.json.thread.id])).toBe(2);
    expect(await keysOf(owner)).toBe(2);
  });

  it("a refused thread (404 not a member yet, 400 body) records nothing; the retry with the key acts, once", async () => {
    const { project, artifactId, workspaceId } = await projectWithDoc();
    const newcomer = await signedInUser();
    const path = `/api/projects/${project.id}/threads`;
    const body = { artifactId, body: "hello" };
    const key = crypto.randomUUID();
    expectError(await post(newcomer, path, key, { artifactId, lineStart: 2, body: "x" }), 400, "validation_failed");
    expectError(await post(newcomer, path, key, body), 404, "not_found");
    expect(await keysOf(newcomer)).toBe(0);
    await sql`insert into workspace_members (workspace_id, user_id, role) values (${workspaceId}, ${newcomer.id}, 'reviewer')`;
    const acted = await post(newcomer, path, key, body);
    expect([acted.status, acted.headers.get("idempotent-replayed")], acted.text).toEqual([201, null]);
    const again = await post(newcomer, path, key, body);
    expect([again.status, again.text]).toEqual([201, acted.text]);
    expect(await rows("select 1 from comment_threads where project_id = $1", [project.id])).toBe(1);
  });

  it("a refused reply (403 thread full) records nothing; the retry with the key acts, once", async () => {
    const { owner, project, artifactId } = await projectWithDoc();
    const { thread } = await openThread(owner, project.id, { artifactId, body: "first" });
    await sql`insert into comments (thread_id, author_id, body)
      select ${thread.id}, ${owner.id}, 'filler ' || g from generate_series(1, ${MAX_COMMENTS_PER_THREAD - 1}) g`;
    const path = `/api/projects/${project.id}/threads/${thread.id}/comments`;
    const key = crypto.randomUUID();
    expectError(await post(owner, path, key, { body: "late" }), 403, "quota_exceeded");
    expect(await keysOf(owner)).toBe(0);
    await sql`delete from comments where thread_id = ${thread.id} and body = 'filler 1'`;
    const acted = await post(owner, path, key, { body: "late" });
    expect([acted.status, acted.headers.get("idempotent-replayed")], acted.text).toEqual([201, null]);
    const again = await post(owner, path, key, { body: "late" });
    expect([again.status, again.text]).toEqual([201, acted.text]);
    expect(await rows("select 1 from comments where thread_id = $1 and body = 'late'", [thread.id])).toBe(1);
  });
});
