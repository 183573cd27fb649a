import type { Database } from "../Database.ts";

/** The outbox, newest first, optionally by status; the body is left out (it holds personal data). */
export async function listOutboxMails(db: Database, status: string | undefined, limit = 200) {
  return db.prisma.outboxMail.findMany({
    where: status ? { status } : {},
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit,
    select: {
      id: true,
      kind: true,
      to: true,
      subject: true,
      status: true,
      attempts: true,
      nextAttemptAt: true,
      lastError: true,
      sentAt: true,
      createdAt: true,
      submissionId: true,
    },
  });
}
