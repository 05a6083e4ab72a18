// /api/projects/{id}/threads and /api/projects/{id}/comments: comment threads anchored to a document
// version (optionally a requirement id or a line range), replies, author-only edits and soft deletes,
// resolve and reopen. Reads need project:read, writes comment:write; each handler is one `authed` batch.
// Opening a thread and replying take an Idempotency-Key (the comment's insert records the answer).
// A new comment's @mentions are resolved to members in its insert and mailed (notify) to those who did not opt out.
import { z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { notify } from "../notifications";
import { authed } from "../platform/auth/session";
import { comments, commentThreads, THREAD_STATUSES } from "../platform/db/schema";
import { KiB } from "../platform/http/body-limit";
import type { AppEnv } from "../platform/http/context";
import { keysetPage, positionOf } from "../platform/http/cursor";
import { ApiError, notFound } from "../platform/http/errors";
import { answerClaim, readRecordedRows, replayWith } from "../platform/http/idempotency";
import { router } from "../platform/http/openapi-router";
import { defineRoute, type Handler, jsonBody, jsonResponse } from "../platform/http/route";
import { onProject, ProjectParams, projectNotFound } from "../projects";
import { REQUIREMENT_ID } from "../spec-engine";
import { parseMentions } from "./mentions";
import {
  commentCreatedEvent,
  commentFacts,
  commentFields,
  editComment,
  findThread,
  insertComment,
  insertThread,
  listComments,
  listThreads,
  MAX_COMMENTS_PER_THREAD,
  MAX_OPEN_THREADS,
  mentionContext,
  mentionRecipients,
  projectVisible,
  setThreadStatus,
  softDeleteComment,
  threadFacts,
  threadFields,
  threadResolvedEvent,
} from "./queries";

/** A comment's body, in characters. */
export const BODY_MAX = 10_000;
/** Up to 4 UTF-8 bytes per character, or a JSON escape, plus the other fields. */
const COMMENT_BODY_LIMIT = { bytes: 64 * KiB, why: "a comment of up to 10,000 characters, escaped, and its anchor" };
const MAX_LINE = 1_000_000;
const PAGE_MAX = 100;
const COMMENTS_PAGE_MAX = 200;

/** The spec engine's requirement id, whole (its `\b`s dropped: the anchors say it, and pattern tools read it plainly). */
const REQUIREMENT_ID_EXACT = new RegExp(`^${REQUIREMENT_ID.source.replaceAll("\\b", "")}$`);

const Body = z.string().min(1).max(BODY_MAX);

const ThreadParams = ProjectParams.extend({
  threadId: z.uuid().openapi({ param: { name: "threadId", in: "path" }, description: "The thread's id" }),
});
const CommentParams = ProjectParams.extend({
  commentId: z.uuid().openapi({ param: { name: "commentId", in: "path" }, description: "The comment's id" }),
});

const RequirementIdSchema = z
  .string()
  .max(64)
  .regex(REQUIREMENT_ID_EXACT, { error: "must be a requirement id, e.g. REQ-AUTH-001" })
  .openapi({ example: "REQ-AUTH-001" });

const CreateThreadBody = z
  .object({
    artifactId: z.uuid().openapi({ description: "The document version (artifact id) the thread is on" }),
    requirementId: RequirementIdSchema.optional(),
    lineStart: z.number().int().min(1).max(MAX_LINE).optional(),
    lineEnd: z.number().int().min(1).max(MAX_LINE).optional(),
    blocking: z.boolean().default(false),
    body: Body,
  })
  .refine((b) => (b.lineStart === undefined) === (b.lineEnd === undefined), {
    message: "lineStart and lineEnd go together",
    path: ["lineEnd"],
  })
  .refine((b) => b.lineStart === undefined || b.lineEnd === undefined || b.lineStart <= b.lineEnd, {
    message: "lineStart must not be after lineEnd",
    path: ["lineEnd"],
  })
  .openapi({
    example: {
      artifactId: "3f1e0c1a-8b7d-4c2e-9f10-2a4b6c8d0e12",
      requirementId: "REQ-AUTH-001",
      body: "@ada is the lockout period right here?",
    },
  });

const CommentBody = z.object({ body: Body }).openapi({ example: { body: "Agreed, fixed in the next version." } });

const ThreadSchema = z
  .object({
    id: z.uuid(),
    projectId: z.uuid(),
    artifactId: z.uuid(),
    requirementId: z.string().nullable(),
    lineStart: z.number().int().nullable(),
    lineEnd: z.number().int().nullable(),
    blocking: z.boolean().openapi({ description: "Must be resolved before a gate whose review policy asks it" }),
    status: z.enum(THREAD_STATUSES),
    createdBy: z.uuid().nullable(),
    resolvedBy: z.uuid().nullable(),
    resolvedAt: z.iso.datetime().nullable(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .openapi("CommentThread");

const CommentSchema = z
  .object({
    id: z.uuid(),
    threadId: z.uuid(),
    authorId: z.uuid().nullable(),
    body: z.string().openapi({ description: "Empty once deleted" }),
    mentions: z.array(z.uuid()).openapi({ description: "The members @-mentioned (user ids)" }),
    createdAt: z.iso.datetime(),
    editedAt: z.iso.datetime().nullable(),
    deletedAt: z.iso.datetime().nullable(),
  })
  .openapi("Comment");

const Cursor = z.string().max(200).openapi({ description: "The previous page's `nextCursor`" });

const ListQuery = z.object({
  artifactId: z.uuid().optional(),
  status: z.enum(THREAD_STATUSES).optional(),
  requirementId: RequirementIdSchema.optional(),
  limit: z.coerce.number().int().min(1).max(PAGE_MAX).default(50),
  cursor: Cursor.optional(),
});

const ThreadQuery = z.object({
  limit: z.coerce.number().int().min(1).max(COMMENTS_PAGE_MAX).default(COMMENTS_PAGE_MAX),
  cursor: Cursor.optional(),
});

const project = { tags: ["comments"] as const, auth: { scopes: ["projects:read"] } as const, roundTrips: 1 };
const writing = { tags: ["comments"] as const, auth: { scopes: ["projects:write"] } as const, roundTrips: 1 };

const createThreadRoute = defineRoute({
  ...writing,
  operationId: "createCommentThread",
  summary: "Open a comment thread on a document version",
  description:
    "Opens a thread on an artifact (document version) of the project, optionally on a requirement id or a line range, with its first comment; `@` + a member's address or handle mentions and mails them. Needs a session or an API key with `projects:write`; takes an Idempotency-Key.",
  method: "post",
  path: "/api/projects/{id}/threads",
  access: onProject("comment:write"),
  bodyLimit: COMMENT_BODY_LIMIT,
  request: { params: ProjectParams, body: jsonBody(CreateThreadBody) },
  responses: { 201: jsonResponse("Opened", z.object({ thread: ThreadSchema, comment: CommentSchema })) },
  errors: ["not_found", "invalid_value", "quota_exceeded"],
  idempotent: replayWith(
    (db, at) => ({
      thread: readRecordedRows(db, at, "thread", commentThreads, threadFields),
      comment: readRecordedRows(db, at, "comment", comments, commentFields),
    }),
    ({ thread: [thread], comment: [comment] }) =>
      thread && comment && { thread: threadJson(thread), comment: commentJson(comment) },
  ),
});

const listThreadsRoute = defineRoute({
  ...project,
  operationId: "listCommentThreads",
  summary: "The project's comment threads, newest first",
  description:
    "Lists the project's threads, newest first, in keyset pages, optionally of one artifact, status or requirement id. Needs a session or an API key with `projects:read`.",
  method: "get",
  path: "/api/projects/{id}/threads",
  access: onProject("project:read"),
  request: { params: ProjectParams, query: ListQuery },
  responses: {
    200: jsonResponse("A page", z.object({ items: z.array(ThreadSchema), nextCursor: z.string().nullable() })),
  },
  errors: ["not_found", "invalid_cursor"],
});

const getThreadRoute = defineRoute({
  ...project,
  operationId: "getCommentThread",
  summary: "One thread with a page of its comments, oldest first",
  description:
    "Returns the thread and its comments oldest first, at most `limit` (200) of them; `nextCursor` pages on. Needs a session or an API key with `projects:read`.",
  method: "get",
  path: "/api/projects/{id}/threads/{threadId}",
  access: onProject("project:read"),
  request: { params: ThreadParams, query: ThreadQuery },
  responses: {
    200: jsonResponse(
      "The thread",
      z.object({ thread: ThreadSchema, comments: z.array(CommentSchema), nextCursor: z.string().nullable() }),
    ),
  },
  errors: ["not_found", "invalid_cursor"],
});

const replyRoute = defineRoute({
  ...writing,
  operationId: "replyToCommentThread",
  summary: "Reply in a thread",
  description: `Adds a comment to the thread (at most ${MAX_COMMENTS_PER_THREAD} per thread); mentions are mailed as in a new thread. Needs a session or an API key with \`projects:write\`; takes an Idempotency-Key.`,
  method: "post",
  path: "/api/projects/{id}/threads/{threadId}/comments",
  access: onProject("comment:write"),
  bodyLimit: COMMENT_BODY_LIMIT,
  request: { params: ThreadParams, body: jsonBody(CommentBody) },
  responses: { 201: jsonResponse("Added", z.object({ comment: CommentSchema })) },
  errors: ["not_found", "quota_exceeded"],
  idempotent: replayWith(
    (db, at) => ({ comment: readRecordedRows(db, at, "comment", comments, commentFields) }),
    ({ comment: [comment] }) => comment && { comment: commentJson(comment) },
  ),
});

const editRoute = defineRoute({
  ...writing,
  operationId: "editComment",
  summary: "Edit your comment",
  description:
    "Replaces the body of the caller's own comment (its mentions are read again, and not mailed again); sets `editedAt`. Needs a session or an API key with `projects:write`; only the author may edit.",
  method: "patch",
  path: "/api/projects/{id}/comments/{commentId}",
  access: onProject("comment:write"),
  bodyLimit: COMMENT_BODY_LIMIT,
  request: { params: CommentParams, body: jsonBody(CommentBody) },
  responses: { 200: jsonResponse("Edited", z.object({ comment: CommentSchema })) },
  errors: ["not_found", "forbidden", "conflict"],
});

const deleteRoute = defineRoute({
  ...writing,
  operationId: "deleteComment",
  summary: "Delete your comment (its place in the thread stays)",
  description:
    "Deletes the caller's own comment softly: its body and mentions are erased, `deletedAt` set, its place kept. Needs a session or an API key with `projects:write`; only the author may delete.",
  method: "delete",
  path: "/api/projects/{id}/comments/{commentId}",
  access: onProject("comment:write"),
  request: { params: CommentParams },
  responses: { 204: { description: "Deleted" } },
  errors: ["not_found", "forbidden"],
});

const statusRoute = (to: "resolved" | "open") =>
  defineRoute({
    ...writing,
    operationId: to === "resolved" ? "resolveCommentThread" : "reopenCommentThread",
    summary: to === "resolved" ? "Resolve a thread" : "Reopen a thread",
    description:
      to === "resolved"
        ? "Marks the thread resolved (a resolved thread stays so). Needs a session or an API key with `projects:write`."
        : `Reopens a resolved thread (at most ${MAX_OPEN_THREADS} open per project). Needs a session or an API key with \`projects:write\`.`,
    method: "post",
    path: `/api/projects/{id}/threads/{threadId}/${to === "resolved" ? "resolve" : "reopen"}`,
    access: onProject("comment:write"),
    request: { params: ThreadParams },
    responses: { 200: jsonResponse("The thread", z.object({ thread: ThreadSchema })) },
    errors: to === "resolved" ? ["not_found"] : ["not_found", "quota_exceeded"],
  });
const resolveRoute = statusRoute("resolved");
const reopenRoute = statusRoute("open");

// ------------------------------------------------------------------------------------------ shapes

const iso = (d: Date | null) => d?.toISOString() ?? null;

interface ThreadRow {
  id: string;
  projectId: string;
  artifactId: string;
  requirementId: string | null;
  lineStart: number | null;
  lineEnd: number | null;
  blocking: boolean;
  status: (typeof THREAD_STATUSES)[number];
  createdBy: string | null;
  resolvedBy: string | null;
  resolvedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}
function threadJson(t: ThreadRow) {
  return {
    id: t.id,
    projectId: t.projectId,
    artifactId: t.artifactId,
    requirementId: t.requirementId,
    lineStart: t.lineStart,
    lineEnd: t.lineEnd,
    blocking: t.blocking,
    status: t.status,
    createdBy: t.createdBy,
    resolvedBy: t.resolvedBy,
    resolvedAt: iso(t.resolvedAt),
    createdAt: t.createdAt.toISOString(),
    updatedAt: t.updatedAt.toISOString(),
  };
}

interface CommentRow {
  id: string;
  threadId: string;
  authorId: string | null;
  body: string;
  mentions: string[];
  createdAt: Date;
  editedAt: Date | null;
  deletedAt: Date | null;
}
function commentJson(c: CommentRow) {
  return {
    id: c.id,
    threadId: c.threadId,
    authorId: c.authorId,
    body: c.deletedAt ? "" : c.body,
    mentions: c.deletedAt ? [] : c.mentions,
    createdAt: c.createdAt.toISOString(),
    editedAt: iso(c.editedAt),
    deletedAt: iso(c.deletedAt),
  };
}

const threadNotFound = () => notFound("thread");
const commentNotFound = () => notFound("comment");
const full = (what: string, n: number, max: number) =>
  new ApiError("quota_exceeded", `${what}: ${n} of ${max}`, {
    issues: [{ path: what, message: `${n} of ${max} used` }],
  });

// ------------------------------------------------------------------------------------------ handlers

/** Mails each mentioned member who takes mention mails (the batch read them: `recipients`, `context`). */
function mailMentions(
  c: Context<AppEnv>,
  recipients: { userId: string; email: string }[],
  context: Awaited<ReturnType<typeof mentionContext>>[number] | undefined,
) {
  if (!context) return;
  const link = new URL(`/projects/${context.projectId}/threads/${context.threadId}`, c.var.config.APP_URL).toString();
  const where = `${context.phase}/${context.artifactName} v${context.version}${context.requirementId ? ` (${context.requirementId})` : ""}`;
  const excerpt = context.body.length > 500 ? `${context.body.slice(0, 500)}…` : context.body;
  for (const to of recipients) {
    notify(c, "mention", to, {
      subject: `${context.authorName ?? "Someone"} mentioned you in ${context.projectName}`,
      lines: [
        `${context.authorName ?? "Someone"} mentioned you in a comment on ${where}:`,
        excerpt,
        `Open the thread: ${link}`,
      ],
    });
  }
}

const createCommentThread: Handler<typeof createThreadRoute> = async (c) => {
  const { id } = c.req.valid("param");
  const body = c.req.valid("json");
  const threadId = crypto.randomUUID();
  const commentId = crypto.randomUUID();
  const tokens = parseMentions(body.body);
  const db = c.var.db;
  const { results } = await authed(c, ({ userId }) => ({
    facts: threadFacts(db, id, userId, body.artifactId),
    inserted: insertThread(db, id, userId, threadId, body),
    comment: insertComment(
      db,
      id,
      userId,
      { commentId, threadId, first: true },
      body.body,
      tokens,
      answerClaim(c, userId),
    ),
    event: commentCreatedEvent(c, commentId),
    thread: findThread(db, id, userId, threadId),
    recipients: mentionRecipients(db, commentId),
    context: mentionContext(db, commentId),
  }));
  const [thread] = results.thread;
  const [comment] = results.comment;
  if (!thread || !comment) {
    const [facts] = results.facts;
    if (!facts) throw projectNotFound();
    if (facts.artifactLines === null) throw notFound("artifact");
    if (body.lineEnd !== undefined && body.lineEnd > facts.artifactLines) {
      throw new ApiError("invalid_value", `the document has ${facts.artifactLines} lines`, {
        issues: [{ path: "lineEnd", message: `must be at most ${facts.artifactLines}, the document's line count` }],
      });
    }
    if (facts.open >= MAX_OPEN_THREADS) throw full("open threads per project", facts.open, MAX_OPEN_THREADS);
    throw projectNotFound();
  }
  mailMentions(c, results.recipients, results.context[0]);
  return c.json({ thread: threadJson(thread), comment: commentJson(comment) }, 201);
};

const listCommentThreads: Handler<typeof listThreadsRoute> = async (c) => {
  const { id } = c.req.valid("param");
  const q = c.req.valid("query");
  const after = positionOf(q.cursor);
  const { results } = await authed(c, ({ userId }) => ({
    project: projectVisible(c.var.db, id, userId),
    rows: listThreads(c.var.db, id, userId, { ...q, after }),
  }));
  if (!results.project[0]) throw projectNotFound();
  const { items, nextCursor } = keysetPage(results.rows, q.limit);
  return c.json({ items: items.map(threadJson), nextCursor }, 200);
};

const getCommentThread: Handler<typeof getThreadRoute> = async (c) => {
  const { id, threadId } = c.req.valid("param");
  const q = c.req.valid("query");
  const after = positionOf(q.cursor);
  const { results } = await authed(c, ({ userId }) => ({
    thread: findThread(c.var.db, id, userId, threadId),
    comments: listComments(c.var.db, id, userId, threadId, q.limit, after),
  }));
  const [thread] = results.thread;
  if (!thread) throw threadNotFound();
  const { items, nextCursor } = keysetPage(results.comments, q.limit);
  return c.json({ thread: threadJson(thread), comments: items.map(commentJson), nextCursor }, 200);
};

const replyToCommentThread: Handler<typeof replyRoute> = async (c) => {
  const { id, threadId } = c.req.valid("param");
  const { body } = c.req.valid("json");
  const commentId = crypto.randomUUID();
  const db = c.var.db;
  const { results } = await authed(c, ({ userId }) => ({
    thread: findThread(db, id, userId, threadId),
    comment: insertComment(db, id, userId, { commentId, threadId }, body, parseMentions(body), answerClaim(c, userId)),
    event: commentCreatedEvent(c, commentId),
    recipients: mentionRecipients(db, commentId),
    context: mentionContext(db, commentId),
  }));
  const [thread] = results.thread;
  if (!thread) throw threadNotFound();
  const [comment] = results.comment;
  if (!comment) {
    if (thread.comments >= MAX_COMMENTS_PER_THREAD) {
      throw full("comments per thread", thread.comments, MAX_COMMENTS_PER_THREAD);
    }
    throw threadNotFound();
  }
  mailMentions(c, results.recipients, results.context[0]);
  return c.json({ comment: commentJson(comment) }, 201);
};

/** 404 for a comment the caller cannot see, 403 for another's, 409 for a deleted one. */
function refuseEdit(facts: { authorId: string | null; deletedAt: Date | null } | undefined, userId: string) {
  if (!facts) return commentNotFound();
  if (facts.authorId !== userId) return new ApiError("forbidden", "only the comment's author may change it");
  if (facts.deletedAt) return new ApiError("conflict", "the comment was deleted");
  return commentNotFound();
}

const editCommentHandler: Handler<typeof editRoute> = async (c) => {
  const { id, commentId } = c.req.valid("param");
  const { body } = c.req.valid("json");
  const { session, results } = await authed(c, ({ userId }) => ({
    facts: commentFacts(c.var.db, id, userId, commentId),
    edited: editComment(c.var.db, id, userId, commentId, body, parseMentions(body)),
  }));
  const [edited] = results.edited;
  if (!edited) throw refuseEdit(results.facts[0], session.userId);
  return c.json({ comment: commentJson(edited) }, 200);
};

const deleteCommentHandler: Handler<typeof deleteRoute> = async (c) => {
  const { id, commentId } = c.req.valid("param");
  const { session, results } = await authed(c, ({ userId }) => ({
    facts: commentFacts(c.var.db, id, userId, commentId),
    deleted: softDeleteComment(c.var.db, id, userId, commentId),
  }));
  if (results.deleted[0]) return c.body(null, 204);
  const [facts] = results.facts;
  // Deleting a deleted comment again changes nothing.
  if (facts && facts.authorId === session.userId && facts.deletedAt) return c.body(null, 204);
  throw refuseEdit(facts, session.userId);
};

const setStatus = (to: "open" | "resolved") =>
  (async (c) => {
    const { id, threadId } = c.req.valid("param");
    const { results } = await authed(c, ({ userId }) => ({
      updated: setThreadStatus(c.var.db, id, userId, threadId, to),
      ...(to === "resolved" ? { event: threadResolvedEvent(c, threadId) } : {}),
      thread: findThread(c.var.db, id, userId, threadId),
    }));
    const [thread] = results.thread;
    if (!thread) throw threadNotFound();
    if (thread.status !== to) throw full("open threads per project", MAX_OPEN_THREADS, MAX_OPEN_THREADS);
    return c.json({ thread: threadJson(thread) }, 200);
  }) satisfies Handler<typeof resolveRoute>;

const resolveCommentThread: Handler<typeof resolveRoute> = setStatus("resolved");
const reopenCommentThread: Handler<typeof reopenRoute> = setStatus("open");

export const commentRoutes = router()
  .openapi(createThreadRoute, createCommentThread)
  .openapi(listThreadsRoute, listCommentThreads)
  .openapi(getThreadRoute, getCommentThread)
  .openapi(replyRoute, replyToCommentThread)
  .openapi(editRoute, editCommentHandler)
  .openapi(deleteRoute, deleteCommentHandler)
  .openapi(resolveRoute, resolveCommentThread)
  .openapi(reopenRoute, reopenCommentThread);
