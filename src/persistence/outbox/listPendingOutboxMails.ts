import type { Database } from "../Database.ts";
import type { OutboxMailRow } from "./OutboxMailRowSchema.ts";

/** Pending mails, oldest first (for the .eml folder when no SMTP server is configured). */
export async function listPendingOutboxMails(
  db: Database,
  options: { afterCreatedAt?: Date; limit: number },
): Promise<Array<OutboxMailRow & { createdAt: Date }>> {
  const rows = await db.prisma.outboxMail.findMany({
    where: {
      status: "pending",
      ...(options.afterCreatedAt ? { createdAt: { gte: options.afterCreatedAt } } : {}),
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: options.limit,
    select: {
      id: true,
      kind: true,
      dedupeKey: true,
      to: true,
      subject: true,
      text: true,
      html: true,
      attempts: true,
      createdAt: true,
    },
  });
  return rows;
}
