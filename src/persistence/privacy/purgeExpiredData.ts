import type { Database } from "../Database.ts";
import { Prisma } from "../generated/client.ts";

export interface PurgeOutcome {
  conversations: number;
  submissions: number;
  mails: number;
}

/**
 * The retention period: conversations silent since before `cutoff` are deleted with their
 * messages; older submissions keep their reference, dates and codes but lose their personal data;
 * mails already sent (or cancelled) lose their bodies and receipts their recipient. Mails still
 * pending are kept: a request is never dropped because mail was down. Analytics carry no personal
 * data and stay. Idempotent, so several instances may run it.
 */
export async function purgeExpiredData(db: Database, cutoff: Date, now: Date): Promise<PurgeOutcome> {
  return db.prisma.$transaction(async (tx) => {
    const conversations = await tx.conversation.deleteMany({ where: { lastActivityAt: { lt: cutoff } } });
    const submissions = await tx.submission.updateMany({
      where: { createdAt: { lt: cutoff }, erasedAt: null },
      data: { data: Prisma.DbNull, erasedAt: now },
    });
    const mails = await tx.outboxMail.updateMany({
      where: { createdAt: { lt: cutoff }, status: { in: ["sent", "cancelled"] }, NOT: { text: "" } },
      data: { text: "", html: null },
    });
    await tx.outboxMail.updateMany({
      where: { createdAt: { lt: cutoff }, status: { in: ["sent", "cancelled"] }, kind: "receipt" },
      data: { to: "" },
    });
    return { conversations: conversations.count, submissions: submissions.count, mails: mails.count };
  });
}
