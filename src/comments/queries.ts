import { and, asc, desc, eq, isNull, type SQL, sql } from "drizzle-orm";
import type { Context } from "hono";
import { notificationRecipients } from "../notifications";
import type { Permission } from "../platform/auth/roles";
import type { Db } from "../platform/db/client";
import { type Position, pastPosition, sortKeyText } from "../platform/db/keyset";
import { insertSelect, qualified, valueAs } from "../platform/db/raw";
import { comments, commentThreads, projectArtifacts, projects, users } from "../platform/db/schema";
import type { AppEnv } from "../platform/http/context";
import { type AnswerClaim, rowsAsJson } from "../platform/http/idempotency";
import { accessibleProject } from "../projects";
import { webhookEvent } from "../webhooks";
import type { MentionTokens } from "./mentions";

/** Comments one thread may hold (deleted ones count: they keep their place). */
export const MAX_COMMENTS_PER_THREAD = 500;
/** Open threads one project may have at once. */
export const MAX_OPEN_THREADS = 1000;
/** Members one comment may mention (and mail). */
export const MAX_MENTIONS = 20;

/** The id of the project `{id}` names, when the caller's role there holds `permission` (else no row). */
const visibleProject = (idOrSlug: string, userId: SQL, permission: Permission) =>
  sql`(select ${projects.id} from ${projects} where ${accessibleProject(idOrSlug, userId, permission)})`;

/** A document's line count: its newlines, plus one for a last line without one. */
const lineCount = (content: SQL) =>
  sql<number>`(length(${content}) - length(replace(${content}, E'\\n', '')) + case when ${content} = '' or right(${content}, 1) = E'\\n' then 0 else 1 end)`;

/**
 * The user ids of the workspace's members the tokens name (an address, or a handle: the part of an address
 * before the `@`, when exactly one member's address has it), at most MAX_MENTIONS, as jsonb.
 */
function mentionsOf(workspace: SQL, tokens: MentionTokens): SQL {
  if (tokens.emails.length === 0 && tokens.handles.length === 0) return sql`'[]'::jsonb`;
  const emails = sql`(select jsonb_array_elements_text(${JSON.stringify(tokens.emails)}::jsonb))`;
  const handles = sql`(select jsonb_array_elements_text(${JSON.stringify(tokens.handles)}::jsonb))`;
  return sql`coalesce((select jsonb_agg(m.id) from (
    select mu.id from workspace_members mw join users mu on mu.id = mw.user_id
    where mw.workspace_id = ${workspace}
      and (mu.email in ${emails}
        or (split_part(mu.email, '@', 1) in ${handles}
          and not exists (select 1 from workspace_members ow join users ou on ou.id = ow.user_id
            where ow.workspace_id = mw.workspace_id and ou.id <> mu.id
              and split_part(ou.email, '@', 1) = split_part(mu.email, '@', 1))))
    order by mu.id limit ${MAX_MENTIONS}) m), '[]'::jsonb)`;
}

export const threadFields = {
  id: commentThreads.id,
  projectId: commentThreads.projectId,
  artifactId: commentThreads.artifactId,
  requirementId: commentThreads.requirementId,
  lineStart: commentThreads.lineStart,
  lineEnd: commentThreads.lineEnd,
  blocking: commentThreads.blocking,
  status: commentThreads.status,
  createdBy: commentThreads.createdBy,
  resolvedBy: commentThreads.resolvedBy,
  resolvedAt: commentThreads.resolvedAt,
  createdAt: commentThreads.createdAt,
  updatedAt: commentThreads.updatedAt,
};
export const commentFields = {
  id: comments.id,
  threadId: comments.threadId,
  authorId: comments.authorId,
  body: comments.body,
  mentions: comments.mentions,
  createdAt: comments.createdAt,
  editedAt: comments.editedAt,
  deletedAt: comments.deletedAt,
};

/** The project has fewer than MAX_OPEN_THREADS open threads. */
const openThreadsBelowMax = (projectId: SQL) =>
  sql`(select count(*) from comment_threads ot where ot.project_id = ${projectId} and ot.status = 'open') < ${MAX_OPEN_THREADS}`;

export interface ThreadInput {
  artifactId: string;
  requirementId?: string;
  lineStart?: number;
  lineEnd?: number;
  blocking: boolean;
}

/** What tells a refused new thread's reasons apart: the project (readable), the artifact's lines, open threads. */
export function threadFacts(db: Db, idOrSlug: string, userId: SQL, artifactId: string) {
  const a = projectArtifacts;
  return db
    .select({
      projectId: projects.id,
      artifactLines: sql<
        number | null
      >`(select ${lineCount(sql`fa.content`)} from ${a} fa where fa.id = ${artifactId}::uuid and fa.project_id = ${qualified(projects.id)})`,
      open: sql<number>`(select count(*)::int from ${commentThreads} ft where ft.project_id = ${qualified(projects.id)} and ft.status = 'open')`,
    })
    .from(projects)
    .where(accessibleProject(idOrSlug, userId, "project:read"));
}

/**
 * A new thread on an artifact of the project, for a caller whose role holds comment:write, when its line
 * range lies within the document and the project has fewer than MAX_OPEN_THREADS open threads.
 * Raw: insert…select (the conditions are on other rows: the artifact, the open threads).
 */
export function insertThread(db: Db, idOrSlug: string, userId: SQL, threadId: string, input: ThreadInput) {
  const a = projectArtifacts;
  const t = commentThreads;
  return db.execute(
    insertSelect(
      t,
      {
        id: valueAs(t.id, threadId),
        projectId: sql`${a.projectId}`,
        artifactId: sql`${a.id}`,
        requirementId: valueAs(t.requirementId, input.requirementId ?? null),
        lineStart: valueAs(t.lineStart, input.lineStart ?? null),
        lineEnd: valueAs(t.lineEnd, input.lineEnd ?? null),
        blocking: valueAs(t.blocking, input.blocking),
        createdBy: sql`${userId}`,
      },
      sql`from ${a} where ${a.id} = ${input.artifactId}::uuid
        and ${a.projectId} = ${visibleProject(idOrSlug, userId, "comment:write")}
        and (${input.lineEnd ?? null}::int is null or ${input.lineEnd ?? null}::int <= ${lineCount(sql`${a.content}`)})
        and ${openThreadsBelowMax(sql`${a.projectId}`)}`,
    ),
  );
}

/**
 * A comment in the thread: the thread's first (`first`: the thread was just inserted by this batch) or a
 * reply, for a caller whose role holds comment:write, while the thread has fewer than
 * MAX_COMMENTS_PER_THREAD comments. Its mentions are resolved against the workspace's members here.
 * Returns the comment (no row when refused). With an Idempotency-Key, `answer` records it (201), and for a
 * first comment its thread as the batch's earlier statement inserted it, or releases the claim.
 * Raw: insert…select (conditions on the thread, its project and its comment count).
 */
export function insertComment(
  db: Db,
  idOrSlug: string,
  userId: SQL,
  ids: { commentId: string; threadId: string; first?: true },
  body: string,
  tokens: MentionTokens,
  answer: AnswerClaim = () => [],
) {
  const t = commentThreads;
  const inserted = db.$with("inserted_comment", commentFields).as(
    sql`${insertSelect(
      comments,
      {
        id: valueAs(comments.id, ids.commentId),
        threadId: sql`${t.id}`,
        authorId: sql`${userId}`,
        body: valueAs(comments.body, body),
        mentions: mentionsOf(sql`${projects.workspaceId}`, tokens),
      },
      sql`from ${t} join ${projects} on ${projects.id} = ${t.projectId}
        where ${t.id} = ${ids.threadId}::uuid
          and ${t.projectId} = ${visibleProject(idOrSlug, userId, "comment:write")}
          and (select count(*) from comments oc where oc.thread_id = ${t.id}) < ${MAX_COMMENTS_PER_THREAD}`,
    )} returning *`,
  );
  // Whole rows (to_jsonb): the thread as this statement sees it, the comment as inserted.
  const thread = db.$with("commented_thread").as(db.select().from(t).where(eq(t.id, ids.threadId)));
  const answered = answer({
    ok: sql`exists (select 1 from ${inserted})`,
    status: 201,
    rows: { comment: rowsAsJson(inserted), ...(ids.first ? { thread: rowsAsJson(thread) } : {}) },
  });
  return db
    .with(inserted, ...(ids.first ? [thread] : []), ...answered)
    .select()
    .from(inserted);
}

/** The thread (of the project, readable by the caller), with its comment count. */
export function findThread(db: Db, idOrSlug: string, userId: SQL, threadId: string) {
  return db
    .select({
      ...threadFields,
      comments: sql<number>`(select count(*)::int from comments oc where oc.thread_id = ${qualified(commentThreads.id)})`,
    })
    .from(commentThreads)
    .where(
      and(
        eq(commentThreads.id, threadId),
        sql`${commentThreads.projectId} = ${visibleProject(idOrSlug, userId, "project:read")}`,
      ),
    );
}

/** The comment (of a thread of the project, readable by the caller): who wrote it and whether it is deleted. */
export function commentFacts(db: Db, idOrSlug: string, userId: SQL, commentId: string) {
  return db
    .select({ authorId: comments.authorId, deletedAt: comments.deletedAt, threadId: comments.threadId })
    .from(comments)
    .innerJoin(commentThreads, eq(commentThreads.id, comments.threadId))
    .where(
      and(
        eq(comments.id, commentId),
        sql`${commentThreads.projectId} = ${visibleProject(idOrSlug, userId, "project:read")}`,
      ),
    );
}

/** `comments.thread_id` written table-qualified: drizzle leaves columns bare in UPDATE. */
const updatedThreadId = sql`${sql.identifier("comments")}.${sql.identifier("thread_id")}`;

/** The author's own live comment in a thread of the project, where the caller's role holds comment:write. */
function ownLiveComment(idOrSlug: string, userId: SQL, commentId: string) {
  return and(
    eq(comments.id, commentId),
    eq(comments.authorId, userId),
    isNull(comments.deletedAt),
    sql`${updatedThreadId} in (select et.id from comment_threads et where et.project_id = ${visibleProject(idOrSlug, userId, "comment:write")})`,
  );
}

/** Edits the author's comment: the new body and its mentions, `editedAt` now. */
export function editComment(
  db: Db,
  idOrSlug: string,
  userId: SQL,
  commentId: string,
  body: string,
  tokens: MentionTokens,
) {
  const workspace = sql`(select wp.workspace_id from projects wp join comment_threads wt on wt.project_id = wp.id where wt.id = ${updatedThreadId})`;
  return db
    .update(comments)
    .set({ body, mentions: mentionsOf(workspace, tokens), editedAt: sql`now()` })
    .where(ownLiveComment(idOrSlug, userId, commentId))
    .returning(commentFields);
}

/** Deletes the author's comment softly: its place stays, its body and mentions are erased. */
export function softDeleteComment(db: Db, idOrSlug: string, userId: SQL, commentId: string) {
  return db
    .update(comments)
    .set({ body: "", mentions: sql`'[]'::jsonb`, deletedAt: sql`now()` })
    .where(ownLiveComment(idOrSlug, userId, commentId))
    .returning({ id: comments.id });
}

/**
 * Resolves or reopens the thread (a caller whose role holds comment:write); a thread already so is left
 * as it is. Reopening keeps the project under MAX_OPEN_THREADS.
 */
export function setThreadStatus(db: Db, idOrSlug: string, userId: SQL, threadId: string, to: "open" | "resolved") {
  const t = commentThreads;
  const qualified = sql`${sql.identifier("comment_threads")}.${sql.identifier("project_id")}`;
  return db
    .update(t)
    .set(
      to === "resolved"
        ? { status: "resolved", resolvedBy: userId, resolvedAt: sql`now()`, updatedAt: sql`now()` }
        : { status: "open", resolvedBy: null, resolvedAt: null, updatedAt: sql`now()` },
    )
    .where(
      and(
        eq(t.id, threadId),
        sql`${qualified} = ${visibleProject(idOrSlug, userId, "comment:write")}`,
        sql`${t.status} <> ${to}`,
        to === "open" ? openThreadsBelowMax(qualified) : undefined,
      ),
    )
    .returning({ id: t.id });
}

export interface ThreadFilter {
  artifactId?: string;
  status?: "open" | "resolved";
  requirementId?: string;
  limit: number;
  /** The last thread of the previous page: its created_at as text and its id. */
  after?: Position;
}

/** A page of the project's threads, newest first (one row more than `limit`: is there a next page?). */
export function listThreads(db: Db, idOrSlug: string, userId: SQL, f: ThreadFilter) {
  const t = commentThreads;
  return db
    .select({ ...threadFields, sortKey: sortKeyText(t.createdAt) })
    .from(t)
    .where(
      and(
        sql`${t.projectId} = ${visibleProject(idOrSlug, userId, "project:read")}`,
        f.artifactId === undefined ? undefined : eq(t.artifactId, f.artifactId),
        f.status === undefined ? undefined : eq(t.status, f.status),
        f.requirementId === undefined ? undefined : eq(t.requirementId, f.requirementId),
        pastPosition(t.createdAt, t.id, f.after, "desc"),
      ),
    )
    .orderBy(desc(t.createdAt), desc(t.id))
    .limit(f.limit + 1);
}

/** A page of the thread's comments, oldest first (one row more than `limit`). The thread was checked in the batch. */
export function listComments(db: Db, idOrSlug: string, userId: SQL, threadId: string, limit: number, after?: Position) {
  const c = comments;
  return db
    .select({ ...commentFields, sortKey: sortKeyText(c.createdAt) })
    .from(c)
    .where(
      and(
        eq(c.threadId, threadId),
        sql`${c.threadId} in (select lt.id from comment_threads lt where lt.project_id = ${visibleProject(idOrSlug, userId, "project:read")})`,
        pastPosition(c.createdAt, c.id, after, "asc"),
      ),
    )
    .orderBy(asc(c.createdAt), asc(c.id))
    .limit(limit + 1);
}

/** Whether the project `{id}` names is readable by the caller (a list's 404). */
export function projectVisible(db: Db, idOrSlug: string, userId: SQL) {
  return db
    .select({ id: projects.id })
    .from(projects)
    .where(accessibleProject(idOrSlug, userId, "project:read"));
}

/** The comment's mentioned members who take mention mails, the author aside. */
export function mentionRecipients(db: Db, commentId: string) {
  return notificationRecipients(
    db,
    "mention",
    sql`select m.id::uuid from comments rc, jsonb_array_elements_text(rc.mentions) as m(id)
      where rc.id = ${commentId}::uuid and m.id::uuid is distinct from rc.author_id`,
  );
}

/** What a mention mail says of the comment: its project, document, author and text. */
export function mentionContext(db: Db, commentId: string) {
  return db
    .select({
      projectId: projects.id,
      projectName: projects.name,
      threadId: commentThreads.id,
      phase: projectArtifacts.phase,
      artifactName: projectArtifacts.artifactName,
      version: projectArtifacts.version,
      requirementId: commentThreads.requirementId,
      authorName: sql<string | null>`(select au.name from ${users} au where au.id = ${qualified(comments.authorId)})`,
      body: comments.body,
    })
    .from(comments)
    .innerJoin(commentThreads, eq(commentThreads.id, comments.threadId))
    .innerJoin(projects, eq(projects.id, commentThreads.projectId))
    .innerJoin(projectArtifacts, eq(projectArtifacts.id, commentThreads.artifactId))
    .where(eq(comments.id, commentId));
}

/** The comment.created webhook event of the comment the batch wrote (none when it wrote none). */
export function commentCreatedEvent(c: Context<AppEnv>, commentId: string) {
  const found = sql`from comments wc join comment_threads wt on wt.id = wc.thread_id join projects wp on wp.id = wt.project_id where wc.id = ${commentId}::uuid`;
  return webhookEvent(c, {
    type: "comment.created",
    workspace: sql`(select wp.workspace_id ${found})`,
    data: sql`(select jsonb_build_object('projectId', wp.id, 'threadId', wt.id, 'commentId', wc.id,
      'artifactId', wt.artifact_id, 'requirementId', wt.requirement_id, 'authorId', wc.author_id, 'body', wc.body) ${found})`,
    when: sql`exists (select 1 ${found})`,
  });
}

/** The comment.resolved webhook event, when this batch resolved the thread (resolved_at is the transaction's now()). */
export function threadResolvedEvent(c: Context<AppEnv>, threadId: string) {
  const found = sql`from comment_threads wt join projects wp on wp.id = wt.project_id
    where wt.id = ${threadId}::uuid and wt.status = 'resolved' and wt.resolved_at = now()`;
  return webhookEvent(c, {
    type: "comment.resolved",
    workspace: sql`(select wp.workspace_id ${found})`,
    data: sql`(select jsonb_build_object('projectId', wp.id, 'threadId', wt.id, 'artifactId', wt.artifact_id,
      'requirementId', wt.requirement_id, 'blocking', wt.blocking, 'resolvedBy', wt.resolved_by) ${found})`,
    when: sql`exists (select 1 ${found})`,
  });
}
