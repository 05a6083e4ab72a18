// GET /api/workspaces/{workspaceId}/audit (+ /export as JSON Lines) and GET /api/me/audit: the audit
// log, read-only. Session only (an API key never reads the log). A workspace's log needs `audit:read`
// there (owner, admin); another member gets 403 insufficient_role, a non-member 404. Pages are keyed on
// (created_at, id) descending, so rows written while paging are neither skipped nor repeated.
import { z } from "@hono/zod-openapi";
import { onWorkspace } from "../platform/auth/membership";
import { authed } from "../platform/auth/session";
import { keysetPage, positionOf } from "../platform/http/cursor";
import { notFound } from "../platform/http/errors";
import { router } from "../platform/http/openapi-router";
import { defineRoute, type Handler, jsonResponse } from "../platform/http/route";
import { isoTimestamp } from "../platform/http/timestamps";
import { type AuditQuery, accountEvents, auditableWorkspace, mayAudit, workspaceEvents } from "./queries";
import { AUDIT_ACTIONS, audit } from "./record";

/** Rows of a page: default and most. */
export const AUDIT_PAGE_DEFAULT = 50;
export const AUDIT_PAGE_MAX = 200;
/** Most rows one export answers; past them its last line says `truncated` and gives the cursor to go on. */
export const AUDIT_EXPORT_MAX_ROWS = 10_000;

const AuditEventSchema = z
  .object({
    id: z.uuid(),
    workspaceId: z.uuid().nullable().openapi({ description: "Null for account events (sign-in, password...)" }),
    actorUserId: z.uuid().nullable().openapi({ description: "Who acted; null once that user is deleted" }),
    actorKeyId: z.uuid().nullable().openapi({ description: "The API key the actor used, if any" }),
    action: z.string().openapi({ example: "api_key.created" }),
    targetType: z.string().nullable(),
    targetId: z.string().nullable(),
    requestId: z.string().nullable().openapi({ description: "The request's X-Request-Id" }),
    ip: z.string().nullable().openapi({ description: "The client's address (cf-connecting-ip)" }),
    data: z.record(z.string(), z.unknown()),
    createdAt: z.iso.datetime(),
  })
  .openapi("AuditEvent");

const filterFields = {
  action: z.enum(AUDIT_ACTIONS).optional(),
  actorUserId: z.uuid().optional(),
  targetType: z.string().min(1).max(32).optional(),
  targetId: z.string().min(1).max(255).optional(),
  from: isoTimestamp().optional().openapi({ description: "Events at or after this time" }),
  to: isoTimestamp().optional().openapi({ description: "Events at or before this time" }),
  cursor: z.string().max(200).optional().openapi({ description: "`nextCursor` of the previous page" }),
};
const fromBeforeTo = (v: { from?: string; to?: string }) => !v.from || !v.to || Date.parse(v.from) <= Date.parse(v.to);
const fromBeforeToIssue = { message: "from must not be after to", path: ["from"] };

const limit = z.coerce.number().int().min(1).max(AUDIT_PAGE_MAX).default(AUDIT_PAGE_DEFAULT);
const ListQuery = z.object({ ...filterFields, limit }).refine(fromBeforeTo, fromBeforeToIssue);
const ExportQuery = z.object(filterFields).refine(fromBeforeTo, fromBeforeToIssue);
const MeQuery = z
  .object({
    action: filterFields.action,
    from: filterFields.from,
    to: filterFields.to,
    cursor: filterFields.cursor,
    limit,
  })
  .refine(fromBeforeTo, fromBeforeToIssue);

const WorkspaceParams = z.object({
  workspaceId: z.uuid().openapi({ param: { name: "workspaceId", in: "path" }, description: "The workspace's id" }),
});

const AuditPage = z
  .object({ items: z.array(AuditEventSchema), nextCursor: z.string().nullable() })
  .openapi("AuditPage");

/** The caller's role in the workspace named by `{workspaceId}` (the route's access check). */
const listWorkspaceAudit = defineRoute({
  operationId: "listWorkspaceAudit",
  tags: ["audit"],
  summary: "The workspace's audit log, newest first, one keyset page at a time",
  description:
    "Lists the workspace's audit events (members, approvals, exports, ...), newest first, filtered by action, actor, target and time. " +
    "Pages are keyed on (createdAt, id); `nextCursor` is opaque. Needs a session.",
  method: "get",
  path: "/api/workspaces/{workspaceId}/audit",
  roundTrips: 1,
  auth: "session",
  access: onWorkspace("audit:read"),
  request: { params: WorkspaceParams, query: ListQuery },
  responses: { 200: jsonResponse("A page", AuditPage) },
  errors: ["not_found", "invalid_cursor"],
});

const exportWorkspaceAudit = defineRoute({
  operationId: "exportWorkspaceAudit",
  tags: ["audit"],
  summary: "The workspace's audit log as JSON Lines (one event per line, then a trailer line)",
  description:
    `Returns the workspace's audit events matching the filters, newest first, as JSON Lines: one event per line, at most ${AUDIT_EXPORT_MAX_ROWS}, ` +
    'then one trailer line `{"truncated": bool, "rows": n, "nextCursor": string | null}`; when truncated, pass `nextCursor` as `cursor` to go on. ' +
    "The export is itself recorded (`audit.exported`). Needs a session.",
  method: "get",
  path: "/api/workspaces/{workspaceId}/audit/export",
  roundTrips: 1,
  auth: "session",
  access: onWorkspace("audit:read"),
  request: { params: WorkspaceParams, query: ExportQuery },
  responses: {
    200: {
      description: "JSON Lines: AuditEvent objects, then the trailer line",
      content: { "application/x-ndjson": { schema: { type: "string", format: "binary" } } },
    },
  },
  errors: ["not_found", "invalid_cursor"],
});

const listMyAudit = defineRoute({
  operationId: "listMyAudit",
  tags: ["audit"],
  summary: "The signed-in user's own account events (sign-ins, password changes, API keys), newest first",
  description:
    "Lists the caller's account events (those of no workspace: sign-ins, password changes, API keys created and revoked), newest first, in keyset pages. Needs a session.",
  method: "get",
  path: "/api/me/audit",
  roundTrips: 1,
  auth: "session",
  request: { query: MeQuery },
  responses: { 200: jsonResponse("A page", AuditPage) },
  errors: ["invalid_cursor"],
});

type EventRow = {
  id: string;
  workspaceId: string | null;
  actorUserId: string | null;
  actorKeyId: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  requestId: string | null;
  ip: string | null;
  data: Record<string, unknown>;
  createdAt: Date;
  sortKey: string;
};

function eventJson({ createdAt, ...row }: Omit<EventRow, "sortKey">) {
  return { ...row, createdAt: createdAt.toISOString() };
}

/** The query's filters for the SQL, with the cursor decoded (400 invalid_cursor when forged). */
function auditQuery(q: { cursor?: string } & Omit<AuditQuery, "after" | "limit">, rows: number): AuditQuery {
  const { cursor, ...rest } = q;
  return { ...rest, limit: rows, after: positionOf(cursor) };
}

const listWorkspaceAuditHandler: Handler<typeof listWorkspaceAudit> = async (c) => {
  const { workspaceId } = c.req.valid("param");
  const { limit: rows, ...filters } = c.req.valid("query");
  const q = auditQuery(filters, rows);
  const { results } = await authed(c, ({ userId }) => ({
    workspace: auditableWorkspace(c.var.db, workspaceId, userId),
    events: workspaceEvents(c.var.db, workspaceId, userId, q),
  }));
  if (!results.workspace[0]) throw notFound("workspace");
  const { items: page, nextCursor } = keysetPage(results.events, rows);
  return c.json({ items: page.map(eventJson), nextCursor }, 200);
};

const exportWorkspaceAuditHandler: Handler<typeof exportWorkspaceAudit> = async (c) => {
  const { workspaceId } = c.req.valid("param");
  const filters = c.req.valid("query");
  const q = auditQuery(filters, AUDIT_EXPORT_MAX_ROWS);
  const { results } = await authed(c, ({ userId }) => ({
    workspace: auditableWorkspace(c.var.db, workspaceId, userId),
    events: workspaceEvents(c.var.db, workspaceId, userId, q),
    // After the read, so an export never lists itself; only for a caller allowed to export.
    audited: audit(c, {
      action: "audit.exported",
      actor: userId,
      workspace: workspaceId,
      target: { type: "workspace", id: workspaceId },
      data: { filters },
      when: mayAudit(workspaceId, userId),
    }),
  }));
  if (!results.workspace[0]) throw notFound("workspace");
  const { items: page, nextCursor } = keysetPage(results.events, AUDIT_EXPORT_MAX_ROWS);
  const lines = page.map((row) => JSON.stringify(eventJson(row)));
  lines.push(JSON.stringify({ truncated: nextCursor !== null, rows: page.length, nextCursor }));
  const text = new TextEncoder().encode(`${lines.join("\n")}\n`);
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(text);
      controller.close();
    },
  });
  // c.body, not a bare Response: the headers set on the context (X-Request-Id, ...) go out too.
  const res = c.body(body, 200, { "content-type": "application/x-ndjson; charset=utf-8", "cache-control": "no-store" });
  // The typed handler takes a media type containing "json" for a JSON body; this one is JSON Lines.
  return res as unknown as never;
};

const listMyAuditHandler: Handler<typeof listMyAudit> = async (c) => {
  const { limit: rows, ...filters } = c.req.valid("query");
  const q = auditQuery(filters, rows);
  const { results } = await authed(c, ({ userId }) => ({ events: accountEvents(c.var.db, userId, q) }));
  const { items: page, nextCursor } = keysetPage(results.events, rows);
  return c.json({ items: page.map(eventJson), nextCursor }, 200);
};

export const auditRoutes = router()
  .openapi(listMyAudit, listMyAuditHandler)
  .openapi(listWorkspaceAudit, listWorkspaceAuditHandler)
  .openapi(exportWorkspaceAudit, exportWorkspaceAuditHandler);
