// The audit log moved to server/platform/audit/store.ts (shared by several features). Only the chat
// still imports it from here, until its own branch points at the new place; then this file goes.
export { type AuditAction, listAuditAbout, listAuditEntries, recordAudit } from "../../platform/audit/store";
