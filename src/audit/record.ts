import { type SQL, sql } from "drizzle-orm";
import { insertSelect, valueAs } from "../platform/db/raw";
import { auditEvents } from "../platform/db/schema";
import { type EventOrigin, originOf } from "../platform/http/origin";

/** The security and decision events the audit log records. */
export const AUDIT_ACTIONS = [
  "auth.signed_in",
  "auth.password_changed",
  "auth.email_changed",
  "api_key.created",
  "api_key.revoked",
  "workspace.created",
  "workspace.renamed",
  "workspace.deleted",
  "member.invited",
  "member.invitation_revoked",
  "member.added",
  "member.removed",
  "member.role_changed",
  "project.moved",
  "policy.changed",
  "approval.given",
  "approval.withdrawn",
  "gate.passed",
  "change_request.merged",
  "webhook.subscription_changed",
  "export.downloaded",
  "audit.exported",
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export interface AuditEntry {
  action: AuditAction;
  /** Who acted (the session's user as SQL inside authed, or a known id); null for an anonymous event. */
  actor: SQL | string | null;
  /** The API key the actor used: authed's `scope.keyId` (NULL for a session), or a known id. */
  keyId?: SQL | string | null;
  /** The workspace the event belongs to; null for account events. */
  workspace?: SQL | string | null;
  target?: { type: string; id: SQL | string };
  data?: Record<string, unknown>;
  /** Written only when this holds (in the batch, after the event's own statement): "the event happened". */
  when?: SQL;
}

const asSql = (v: SQL | string | null | undefined): SQL =>
  v == null ? sql`null` : typeof v === "string" ? sql`${v}` : v;

/**
 * The audit row of an event, as a statement for the event's own batch (so the row and the event commit
 * together). The request id and the client's address come from the request, if there is one.
 * Raw: insert…select, so `when` can make it conditional on what the batch's earlier statements did.
 */
export function audit(origin: EventOrigin, entry: AuditEntry) {
  const { db, requestId, ip } = originOf(origin);
  return db.execute(
    sql`${insertSelect(
      auditEvents,
      {
        workspaceId: sql`${asSql(entry.workspace)}::uuid`,
        actorUserId: sql`${asSql(entry.actor)}::uuid`,
        actorKeyId: sql`${asSql(entry.keyId)}::uuid`,
        action: valueAs(auditEvents.action, entry.action),
        targetType: valueAs(auditEvents.targetType, entry.target?.type ?? null),
        targetId: sql`${asSql(entry.target?.id)}::text`,
        requestId: valueAs(auditEvents.requestId, requestId),
        ip: valueAs(auditEvents.ip, ip),
        data: valueAs(auditEvents.data, entry.data ?? {}),
      },
      sql`where ${entry.when ?? sql`true`}`,
    )}`,
  );
}
