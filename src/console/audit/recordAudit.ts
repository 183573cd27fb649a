import { insertAuditLog } from "../../persistence/audit/insertAuditLog.ts";
import type { Prisma } from "../../persistence/generated/client.ts";
import type { AuditAction } from "./AuditAction.ts";
import { auditOrigin } from "./auditOrigin.ts";

/**
 * Writes who did what to which object. Details hold ids, codes and counts, never what a user
 * wrote: the audit log must not become a second copy of personal data. The client address of the
 * console request being handled goes with it (`auditOrigin`). Takes a transaction, so a change and
 * its entry are written together or not at all.
 */
export async function recordAudit(
  client: Prisma.TransactionClient,
  staffId: string | null,
  action: AuditAction,
  object?: { type: string; id: string },
  details?: Prisma.InputJsonValue,
): Promise<void> {
  await insertAuditLog(client, {
    staffId,
    action,
    objectType: object?.type,
    objectId: object?.id,
    details,
    ip: auditOrigin.current(),
  });
}
