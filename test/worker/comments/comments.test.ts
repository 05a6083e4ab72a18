// Comment threads: anchors, replies, author-only edit and delete, resolve/reopen by role, bounds, webhooks.
import { describe, expect, it } from "vitest";
import { MAX_COMMENTS_PER_THREAD, MAX_OPEN_THREADS } from "../../../src/comments";
import { call, expectError, signedInUser, sql } from "../helpers";
import { createProject } from "../project-fixtures";
import { member, openThread, projectWithDoc } from "./fixtures";

describe("comment threads", () => {
  it("a reviewer comments on a requirement, an editor resolves it, in one round trip each", async () => {
    const { project, artifactId, workspaceId } = await projectWithDoc();
    const reviewer = await member(workspaceId, "reviewer");
    const editor = await member(workspaceId, "editor");
    const r = await call(reviewer, "POST", `/api/projects/${project.id}/threads`, {
      artifactId,
      requirementId: "REQ-AUTH-001",
      lineStart: 5,
      lineEnd: 6,
      blocking: true,
      body: "Which password rules apply?",
    });
    expect(r.status, r.text).toBe(201);
    expect(r.roundTrips).toBe(1);
    const thread = r.json.thread;
    expect(thread).toMatchObject({
      projectId: project.id,
      artifactId,
      requirementId: "REQ-AUTH-001",
      lineStart: 5,
      lineEnd: 6,
      blocking: true,
      status: "open",
      createdBy: reviewer.id,
    });
    expect(r.json.comment).toMatchObject({
      threadId: thread.id,
      authorId: reviewer.id,
      body: "Which password rules apply?",
    });

    const reply = await call(editor, "POST", `/api/projects/${project.id}/threads/${thread.id}/comments`, {
      body: "The ones of the auth threat model.",
    });
    expect(reply.status).toBe(201);
    const resolved = await call(editor, "POST", `/api/projects/${project.id}/threads/${thread.id}/resolve`);
    expect(resolved.status).toBe(200);
    expect(resolved.roundTrips).toBe(1);
    expect(resolved.json.thread).toMatchObject({ status: "resolved", resolvedBy: editor.id });
    const [row] = await sql`select status, blocking from comment_threads where id = ${thread.id}`;
    expect(row).toEqual({ status: "resolved", blocking: true });

    const got = await call(reviewer, "GET", `/api/projects/${project.id}/threads/${thread.id}`);
    expect(got.status).toBe(200);
    expect(got.json.comments.map((c: { body: string }) => c.body)).toEqual([
      "Which password rules apply?",
      "The ones of the auth threat model.",
    ]);
    expect(got.json.nextCursor).toBeNull();

    const reopened = await call(reviewer, "POST", `/api/projects/${project.id}/threads/${thread.id}/reopen`);
    expect(reopened.json.thread).toMatchObject({ status: "open", resolvedBy: null, resolvedAt: null });
  });

  it("only the author edits or deletes a comment; a deleted comment keeps its place without its body", async () => {
    const { owner, project, artifactId, workspaceId } = await projectWithDoc();
    const reviewer = await member(workspaceId, "reviewer");
    const { thread, comment } = await openThread(reviewer, project.id, { artifactId, body: "first draft" });
    const path = `/api/projects/${project.id}/comments/${comment.id}`;

    expectError(await call(owner, "PATCH", path, { body: "not mine" }), 403, "forbidden");
    expectError(await call(owner, "DELETE", path), 403, "forbidden");

    const edited = await call(reviewer, "PATCH", path, { body: "second draft" });
    expect(edited.status).toBe(200);
    expect(edited.json.comment.body).toBe("second draft");
    expect(edited.json.comment.editedAt).not.toBeNull();

    const deleted = await call(reviewer, "DELETE", path);
    expect(deleted.status).toBe(204);
    expect((await call(reviewer, "DELETE", path)).status).toBe(204);
    expectError(await call(reviewer, "PATCH", path, { body: "again" }), 409, "conflict");
    const [row] = await sql`select body, deleted_at is not null as deleted from comments where id = ${comment.id}`;
    expect(row).toEqual({ body: "", deleted: true });
    const got = await call(owner, "GET", `/api/projects/${project.id}/threads/${thread.id}`);
    expect(got.json.comments).toHaveLength(1);
    expect(got.json.comments[0]).toMatchObject({ body: "", mentions: [] });
    expect(got.json.comments[0].deletedAt).not.toBeNull();
  });

  it("a viewer reads but cannot comment (403 insufficient_role), writes nothing; a non-member gets 404", async () => {
    const { owner, project, artifactId, workspaceId } = await projectWithDoc();
    const viewer = await member(workspaceId, "viewer");
    const stranger = await signedInUser();
    const { thread } = await openThread(owner, project.id, { artifactId, body: "owner's note" });

    expectError(
      await call(viewer, "POST", `/api/projects/${project.id}/threads`, { artifactId, body: "hi" }),
      403,
      "insufficient_role",
    );
    expectError(
      await call(viewer, "POST", `/api/projects/${project.id}/threads/${thread.id}/comments`, { body: "hi" }),
      403,
      "insufficient_role",
    );
    expectError(
      await call(viewer, "POST", `/api/projects/${project.id}/threads/${thread.id}/resolve`),
      403,
      "insufficient_role",
    );
    const [n] =
      await sql`select count(*)::int as n from comments c join comment_threads t on t.id = c.thread_id where t.project_id = ${project.id}`;
    expect(n!.n).toBe(1);
    const [st] = await sql`select status from comment_threads where id = ${thread.id}`;
    expect(st!.status).toBe("open");

    expect((await call(viewer, "GET", `/api/projects/${project.id}/threads`)).status).toBe(200);
    expectError(await call(stranger, "GET", `/api/projects/${project.id}/threads`), 404, "not_found");
    expectError(await call(stranger, "GET", `/api/projects/${project.id}/threads/${thread.id}`), 404, "not_found");
    expectError(
      await call(stranger, "POST", `/api/projects/${project.id}/threads`, { artifactId, body: "hi" }),
      404,
      "not_found",
    );
  });

  it("validates anchors: another project's artifact 404, lines beyond the document 422, a bad requirement id 400", async () => {
    const { owner, project, artifactId } = await projectWithDoc();
    const other = await projectWithDoc();
    const path = `/api/projects/${project.id}/threads`;
    expectError(await call(owner, "POST", path, { artifactId: other.artifactId, body: "x" }), 404, "not_found");
    // DOC has 9 lines (its last ends with a newline).
    expect((await call(owner, "POST", path, { artifactId, lineStart: 9, lineEnd: 9, body: "last line" })).status).toBe(
      201,
    );
    const beyond = expectError(
      await call(owner, "POST", path, { artifactId, lineStart: 8, lineEnd: 10, body: "x" }),
      422,
      "invalid_value",
    );
    expect(beyond.error.message).toContain("9 lines");
    expectError(
      await call(owner, "POST", path, { artifactId, lineStart: 3, lineEnd: 2, body: "x" }),
      400,
      "validation_failed",
    );
    expectError(await call(owner, "POST", path, { artifactId, lineStart: 3, body: "x" }), 400, "validation_failed");
    expectError(
      await call(owner, "POST", path, { artifactId, requirementId: "REQ-1", body: "x" }),
      400,
      "validation_failed",
    );
    expectError(await call(owner, "POST", path, { artifactId, body: "" }), 400, "validation_failed");
    expectError(await call(owner, "POST", path, { artifactId, body: "x".repeat(10_001) }), 400, "validation_failed");
    expect((await call(owner, "POST", path, { artifactId, body: "x".repeat(10_000) })).status).toBe(201);
  });

  it("lists threads newest first in keyset pages, filtered by artifact, status and requirement", async () => {
    const { owner, project, artifactId } = await projectWithDoc();
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      const { thread } = await openThread(owner, project.id, {
        artifactId,
        ...(i % 2 === 0 ? { requirementId: "REQ-AUTH-002" } : {}),
        body: `thread ${i}`,
      });
      ids.push(thread.id);
    }
    await call(owner, "POST", `/api/projects/${project.id}/threads/${ids[0]}/resolve`);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const q: string = cursor ? `&cursor=${cursor}` : "";
      const page = await call(owner, "GET", `/api/projects/${project.id}/threads?limit=2${q}`);
      expect(page.status).toBe(200);
      expect(page.json.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.json.items.map((t: { id: string }) => t.id));
      cursor = page.json.nextCursor;
    } while (cursor);
    expect(seen).toEqual([...ids].reverse());
    const open = await call(
      owner,
      "GET",
      `/api/projects/${project.id}/threads?status=open&requirementId=REQ-AUTH-002&artifactId=${artifactId}`,
    );
    expect(open.json.items.map((t: { id: string }) => t.id)).toEqual([ids[4], ids[2]]);
    expectError(await call(owner, "GET", `/api/projects/${project.id}/threads?cursor=nonsense`), 400, "invalid_cursor");
    expectError(await call(owner, "GET", `/api/projects/${project.id}/threads?limit=101`), 400, "validation_failed");
  });

  it(`a thread holds at most ${MAX_COMMENTS_PER_THREAD} comments; its comments come in pages`, async () => {
    const { owner, project, artifactId } = await projectWithDoc();
    const { thread, comment } = await openThread(owner, project.id, { artifactId, body: "first" });
    // Fill the thread in SQL up to one short of the bound.
    await sql`insert into comments (thread_id, author_id, body, created_at)
      select ${thread.id}, ${owner.id}, 'filler ' || g, now() + g * interval '1 ms' from generate_series(1, ${MAX_COMMENTS_PER_THREAD - 2}) g`;
    const path = `/api/projects/${project.id}/threads/${thread.id}/comments`;
    expect((await call(owner, "POST", path, { body: "the last one" })).status).toBe(201);
    const over = expectError(await call(owner, "POST", path, { body: "one too many" }), 403, "quota_exceeded");
    expect(over.error.message).toContain(`${MAX_COMMENTS_PER_THREAD} of ${MAX_COMMENTS_PER_THREAD}`);

    const first = await call(owner, "GET", `/api/projects/${project.id}/threads/${thread.id}`);
    expect(first.json.comments).toHaveLength(200);
    expect(first.json.comments[0].id).toBe(comment.id);
    let cursor = first.json.nextCursor as string | null;
    let total = first.json.comments.length;
    while (cursor) {
      const page = await call(owner, "GET", `/api/projects/${project.id}/threads/${thread.id}?cursor=${cursor}`);
      total += page.json.comments.length;
      cursor = page.json.nextCursor;
    }
    expect(total).toBe(MAX_COMMENTS_PER_THREAD);
  });

  it(`a project has at most ${MAX_OPEN_THREADS} open threads (reopening counts too)`, async () => {
    const { owner, project, artifactId } = await projectWithDoc();
    const { thread } = await openThread(owner, project.id, { artifactId, body: "to be resolved" });
    await call(owner, "POST", `/api/projects/${project.id}/threads/${thread.id}/resolve`);
    await sql`insert into comment_threads (project_id, artifact_id, created_by)
      select ${project.id}, ${artifactId}, ${owner.id} from generate_series(1, ${MAX_OPEN_THREADS})`;
    expectError(
      await call(owner, "POST", `/api/projects/${project.id}/threads`, { artifactId, body: "one too many" }),
      403,
      "quota_exceeded",
    );
    expectError(
      await call(owner, "POST", `/api/projects/${project.id}/threads/${thread.id}/reopen`),
      403,
      "quota_exceeded",
    );
  });

  it("writes comment.created and comment.resolved to the webhook outbox in the same batch", async () => {
    const { owner, project, artifactId, workspaceId } = await projectWithDoc();
    const [sub] = await sql`insert into webhook_subscriptions (workspace_id, url, event_types, secret)
      values (${workspaceId}, 'https://hooks.example.test/x', '["comment.created","comment.resolved"]'::jsonb, 'whsec_x') returning id`;
    const { thread, comment } = await openThread(owner, project.id, {
      artifactId,
      requirementId: "REQ-AUTH-001",
      body: "hook",
    });
    await call(owner, "POST", `/api/projects/${project.id}/threads/${thread.id}/resolve`);
    // Resolving again changes nothing and sends nothing.
    await call(owner, "POST", `/api/projects/${project.id}/threads/${thread.id}/resolve`);
    const rows =
      (await sql`select event_type, payload from webhook_deliveries where subscription_id = ${sub!.id} order by created_at`) as {
        event_type: string;
        payload: { data: Record<string, unknown> };
      }[];
    expect(rows.map((r) => r.event_type)).toEqual(["comment.created", "comment.resolved"]);
    expect(rows[0]!.payload.data).toMatchObject({
      threadId: thread.id,
      commentId: comment.id,
      requirementId: "REQ-AUTH-001",
      body: "hook",
    });
    expect(rows[1]!.payload.data).toMatchObject({ threadId: thread.id, resolvedBy: owner.id });
  });

  it("a thread of another project is not found through this one", async () => {
    const a = await projectWithDoc();
    const other = await createProject(a.owner);
    const { thread } = await openThread(a.owner, a.project.id, { artifactId: a.artifactId, body: "here" });
    expectError(await call(a.owner, "GET", `/api/projects/${other.id}/threads/${thread.id}`), 404, "not_found");
    expectError(
      await call(a.owner, "POST", `/api/projects/${other.id}/threads/${thread.id}/resolve`),
      404,
      "not_found",
    );
  });
});
