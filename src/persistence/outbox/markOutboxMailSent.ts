import type { Database } from "../Database.ts";

export async function markOutboxMailSent(db: Database, id: string, now: Date): Promise<void> {
  await db.prisma.outboxMail.update({
    where: { id },
    data: { status: "sent", sentAt: now, lockedUntil: null, lastError: null, attempts: { increment: 1 } },
  });
}
