import type { Database } from "../Database.ts";
import { Prisma } from "../generated/client.ts";
import { compactErasedData } from "./compactErasedData.ts";

export interface PurgeOutcome {
  conversations: number;
  submissions: number;
  mails: number;
}

/**
 * The retention period: conversations silent since before `cutoff` are deleted with their
 * messages and the staff's notes; older submissions keep their reference, dates and codes but lose
 * their personal data; older mails lose their bodies, subjects and errors, and receipts their
 * recipient. A mail still waiting for SMTP is kept within the period (a request is never dropped
 * because mail was down) but not beyond it: it is cancelled, so expired data never leaves later.
 * Their .eml copies go at the mail worker's next pass (`removeStaleEmlFiles`); the old versions
 * of the rows go from disk once the purge has committed, or an earlier erasure's when its own
 * cleanup failed (compactErasedData). Analytics carry no
 * personal data and stay. Idempotent, so several instances may run it.
 */
export async function purgeExpiredData(db: Database, cutoff: Date, now: Date): Promise<PurgeOutcome> {
  const outcome = await db.prisma.$transaction(async (tx) => {
    const conversations = await tx.conversation.deleteMany({ where: { lastActivityAt: { lt: cutoff } } });
    const submissions = await tx.submission.updateMany({
      where: { createdAt: { lt: cutoff }, erasedAt: null },
      data: { data: Prisma.DbNull, erasedAt: now },
    });
    await tx.outboxMail.updateMany({
      where: { createdAt: { lt: cutoff }, status: { in: ["pending", "failed"] } },
      data: { status: "cancelled", lockedUntil: null },
    });
    const mails = await tx.outboxMail.updateMany({
      where: { createdAt: { lt: cutoff }, NOT: { text: "" } },
      data: { text: "", html: null, subject: "[cancellato]", lastError: null },
    });
    await tx.outboxMail.updateMany({
      where: { createdAt: { lt: cutoff }, kind: "receipt", NOT: { to: "" } },
      data: { to: "" },
    });
    return { conversations: conversations.count, submissions: submissions.count, mails: mails.count };
  });
  const changed = outcome.conversations + outcome.submissions + outcome.mails > 0;
  await compactErasedData(db, changed ? "now" : "if-owed");
  return outcome;
}
