// The audit log: append-only rows for security and decision events, each written in the same batch as
// its event (audit()).
// Invariants: rows are never updated; only the retention cleanup deletes them.

export { AUDIT_ACTIONS, type AuditAction, type AuditEntry, audit } from "./record";
