import type { Database } from "../../persistence/Database.ts";
import { listOutboxMails } from "../../persistence/outbox/listOutboxMails.ts";
import { retryOutboxMail } from "../../persistence/outbox/retryOutboxMail.ts";
import { recordAudit } from "../audit/recordAudit.ts";
import type { StaffPrincipal } from "../auth/StaffPrincipal.ts";
import type { ConsoleEvents } from "../live/createConsoleEvents.ts";

/**
 * The mail outbox as supervisors handle it: the list of mails and their delivery status; a retry is written with its audit entry in one
 * transaction (the worker sends the mail, never twice), then open consoles are told.
 */
export function createOutboxDesk(db: Database, events: ConsoleEvents, now: () => Date) {
  return {
    /** The outbox, newest first, optionally only the mails of one delivery status; no mail bodies. */
    list: (status: "pending" | "sent" | "failed" | undefined) => listOutboxMails(db, status),

    /** Puts an unsent mail back at the front of the outbox; false when there is nothing to retry. */
    async retry(id: string, staff: StaffPrincipal) {
      const retried = await db.prisma.$transaction(async (tx) => {
        const previousAttempts = await retryOutboxMail(tx, id, now());
        if (previousAttempts === null) return false;
        await recordAudit(tx, staff.id, "outbox.retry", { type: "outbox_mail", id }, { previousAttempts });
        return true;
      });
      if (retried) await events.publish({ type: "outbox", id, atsId: null });
      return retried;
    },
  };
}
