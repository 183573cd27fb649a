import { listAuditLog } from "../../persistence/audit/listAuditLog.ts";
import type { Database } from "../../persistence/Database.ts";
import type { AuditAction } from "../audit/AuditAction.ts";

export interface AuditLogQuery {
  limit: number;
  /** Entries older than this id (paging backwards). */
  before?: bigint | undefined;
  action?: AuditAction | undefined;
  staffId?: string | undefined;
  objectId?: string | undefined;
}

/** The audit log as administrators read it. */
export function createAuditLog(db: Database) {
  return {
    /** Entries newest first, with the staff member's email. */
    list: (query: AuditLogQuery) =>
      listAuditLog(db, {
        limit: query.limit,
        beforeId: query.before,
        action: query.action,
        staffId: query.staffId,
        objectId: query.objectId,
      }),
  };
}
