// The comment routes' samples for the cross-cutting suites (test/worker/route-fixtures.ts).
import { call, jsonInit, sql } from "../helpers";
import { count, type Owner, type RouteSamples } from "../route-fixtures";
import { openThread, projectWithDoc } from "./fixtures";

/** A project with a document and a thread on it, opened by its owner. */
async function withThread() {
  const p = await projectWithDoc();
  const { thread, comment } = await openThread(p.owner, p.project.id, { artifactId: p.artifactId, body: "A note" });
  return { ...p, threadId: thread.id, commentId: comment.id };
}

const anyId = () => crypto.randomUUID();

/** A thread (with one comment of the owner's) on the owner's document, in SQL: the role suite's target. */
async function threadIn(o: Owner, status: "open" | "resolved" = "open") {
  const [row] = (await sql.query(
    `with t as (insert into comment_threads (project_id, artifact_id, status, created_by)
       values ($1, $2, $3, $4) returning id),
     c as (insert into comments (thread_id, author_id, body) select id, $4, 'x' from t returning id)
     select (select id from t) as "threadId", (select id from c) as "commentId"`,
    [o.projectId, o.artifactId, status, o.userId],
  )) as { threadId: string; commentId: string }[];
  return row!;
}

export const samples: RouteSamples = {
  "POST /api/projects/:id/threads": {
    status: 201,
    typedClient: 404, // the example's artifact id is nobody's
    run: async (t) => {
      const { owner, project, artifactId } = await projectWithDoc();
      return t.request(
        `/api/projects/${project.id}/threads`,
        jsonInit("POST", { artifactId, lineStart: 1, lineEnd: 2, body: `@${owner.email} see` }, owner.auth),
      );
    },
    authz: {
      request: (o) => ({ path: `/api/projects/${o.projectId}/threads`, body: { artifactId: o.artifactId, body: "x" } }),
      owned: true,
    },
    keyed: async (user) => {
      const { project, artifactId } = await projectWithDoc(user);
      return {
        path: `/api/projects/${project.id}/threads`,
        body: { artifactId, lineStart: 1, lineEnd: 2, body: `@${user.email} see` },
        other: { artifactId, body: "another thread" },
        status: 201,
        effects: () => count("select count(*)::int as n from comment_threads where project_id = $1", [project.id]),
      };
    },
  },
  "GET /api/projects/:id/threads": {
    status: 200,
    typedClient: 200,
    run: async (t) => {
      const { owner, project } = await withThread();
      return t.request(`/api/projects/${project.id}/threads?limit=10&status=open`, { headers: owner.auth });
    },
    authz: { request: (o) => ({ path: `/api/projects/${o.projectId}/threads` }), owned: true },
  },
  "GET /api/projects/:id/threads/:threadId": {
    status: 200,
    typedClient: 400, // no threadId in the generic request
    run: async (t) => {
      const { owner, project, threadId } = await withThread();
      return t.request(`/api/projects/${project.id}/threads/${threadId}`, { headers: owner.auth });
    },
    authz: {
      request: (o) => ({ path: `/api/projects/${o.projectId}/threads/${anyId()}` }),
      inWorkspace: async (o) => ({ path: `/api/projects/${o.projectId}/threads/${(await threadIn(o)).threadId}` }),
      owned: true,
    },
  },
  "POST /api/projects/:id/threads/:threadId/comments": {
    status: 201,
    typedClient: 400,
    run: async (t) => {
      const { owner, project, threadId } = await withThread();
      return t.request(
        `/api/projects/${project.id}/threads/${threadId}/comments`,
        jsonInit("POST", { body: "A reply" }, owner.auth),
      );
    },
    authz: {
      request: (o) => ({ path: `/api/projects/${o.projectId}/threads/${anyId()}/comments`, body: { body: "x" } }),
      inWorkspace: async (o) => ({
        path: `/api/projects/${o.projectId}/threads/${(await threadIn(o)).threadId}/comments`,
        body: { body: "x" },
      }),
      owned: true,
    },
    keyed: async (user) => {
      const { project, artifactId } = await projectWithDoc(user);
      const { thread } = await openThread(user, project.id, { artifactId, body: "A note" });
      return {
        path: `/api/projects/${project.id}/threads/${thread.id}/comments`,
        body: { body: `@${user.email} a reply` },
        other: { body: "another reply" },
        status: 201,
        // The thread's first comment aside.
        effects: async () =>
          (await count("select count(*)::int as n from comments where thread_id = $1", [thread.id])) - 1,
      };
    },
  },
  "PATCH /api/projects/:id/comments/:commentId": {
    status: 200,
    typedClient: 400,
    run: async (t) => {
      const { owner, project, commentId } = await withThread();
      return t.request(
        `/api/projects/${project.id}/comments/${commentId}`,
        jsonInit("PATCH", { body: "Edited" }, owner.auth),
      );
    },
    authz: {
      request: (o) => ({ path: `/api/projects/${o.projectId}/comments/${anyId()}`, body: { body: "x" } }),
      inWorkspace: async (o) => ({
        path: `/api/projects/${o.projectId}/comments/${(await threadIn(o)).commentId}`,
        body: { body: "x" },
      }),
      owned: true,
    },
  },
  "DELETE /api/projects/:id/comments/:commentId": {
    status: 204,
    typedClient: 400,
    run: async (t) => {
      const { owner, project, commentId } = await withThread();
      return t.request(`/api/projects/${project.id}/comments/${commentId}`, { method: "DELETE", headers: owner.auth });
    },
    authz: {
      request: (o) => ({ path: `/api/projects/${o.projectId}/comments/${anyId()}` }),
      inWorkspace: async (o) => ({ path: `/api/projects/${o.projectId}/comments/${(await threadIn(o)).commentId}` }),
      owned: true,
    },
  },
  "POST /api/projects/:id/threads/:threadId/resolve": {
    status: 200,
    typedClient: 400,
    run: async (t) => {
      const { owner, project, threadId } = await withThread();
      return t.request(`/api/projects/${project.id}/threads/${threadId}/resolve`, {
        method: "POST",
        headers: owner.auth,
      });
    },
    authz: {
      request: (o) => ({ path: `/api/projects/${o.projectId}/threads/${anyId()}/resolve` }),
      inWorkspace: async (o) => ({
        path: `/api/projects/${o.projectId}/threads/${(await threadIn(o)).threadId}/resolve`,
      }),
      owned: true,
    },
  },
  "POST /api/projects/:id/threads/:threadId/reopen": {
    status: 200,
    typedClient: 400,
    run: async (t) => {
      const { owner, project, threadId } = await withThread();
      const r = await call(owner, "POST", `/api/projects/${project.id}/threads/${threadId}/resolve`);
      if (r.status !== 200) throw new Error(`resolve: ${r.status}`);
      return t.request(`/api/projects/${project.id}/threads/${threadId}/reopen`, {
        method: "POST",
        headers: owner.auth,
      });
    },
    authz: {
      request: (o) => ({ path: `/api/projects/${o.projectId}/threads/${anyId()}/reopen` }),
      inWorkspace: async (o) => ({
        path: `/api/projects/${o.projectId}/threads/${(await threadIn(o, "resolved")).threadId}/reopen`,
      }),
      owned: true,
    },
  },
};
