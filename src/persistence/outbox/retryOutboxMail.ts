import type { Prisma } from "../generated/client.ts";

/**
 * Puts a mail that is not sent back at the front of the outbox with a fresh budget of attempts;
 * a sent mail is never sent again. Returns the attempts it had, or null when there is nothing to
 * retry.
 */
export async function retryOutboxMail(
  client: Prisma.TransactionClient,
  id: string,
  now: Date,
): Promise<number | null> {
  const mail = await client.outboxMail.findUnique({
    where: { id },
    select: { attempts: true, status: true },
  });
  if (!mail || mail.status === "sent") return null;
  const { count } = await client.outboxMail.updateMany({
    where: { id, status: { not: "sent" } },
    data: { status: "pending", attempts: 0, nextAttemptAt: now, lockedUntil: null },
  });
  return count === 1 ? mail.attempts : null;
}
