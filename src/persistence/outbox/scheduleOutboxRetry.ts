import type { Database } from "../Database.ts";

/** A failed attempt: the mail stays pending, to be tried again at `nextAttemptAt`. */
export async function scheduleOutboxRetry(
  db: Database,
  id: string,
  options: { nextAttemptAt: Date; error: string },
): Promise<void> {
  await db.prisma.outboxMail.update({
    where: { id },
    data: {
      nextAttemptAt: options.nextAttemptAt,
      lockedUntil: null,
      lastError: options.error.slice(0, 500),
      attempts: { increment: 1 },
    },
  });
}
