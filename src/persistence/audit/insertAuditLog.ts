import type { Prisma } from "../generated/client.ts";

export interface AuditEntry {
  staffId: string | null;
  action: string;
  objectType?: string | undefined;
  objectId?: string | undefined;
  /** Ids, codes and counts only: never what a user wrote. */
  details?: Prisma.InputJsonValue | undefined;
  /** The client address of the request behind the entry, when there was one. */
  ip?: string | undefined;
}

export async function insertAuditLog(client: Prisma.TransactionClient, entry: AuditEntry): Promise<void> {
  await client.auditLog.create({
    data: {
      staffId: entry.staffId,
      action: entry.action,
      objectType: entry.objectType ?? null,
      objectId: entry.objectId ?? null,
      ip: entry.ip ?? null,
      ...(entry.details === undefined ? {} : { details: entry.details }),
    },
  });
}
