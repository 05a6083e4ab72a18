// The audit log: append-only rows for security and decision events, each written in the same batch as
// its event (audit()); the routes reading it (a workspace's log and its JSON Lines export, the caller's
// own account events); the retention statement the cleanup job runs (expiredAuditEvents).
// Invariants: rows are never updated; only the retention cleanup deletes them; no route writes one
// except through audit(), in its event's own batch.

export { expiredAuditEvents } from "./queries";
export { AUDIT_ACTIONS, type AuditAction, type AuditEntry, audit } from "./record";
export { AUDIT_EXPORT_MAX_ROWS, AUDIT_PAGE_MAX, auditRoutes } from "./routes";
