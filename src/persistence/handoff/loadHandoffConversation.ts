import type { Database } from "../Database.ts";
import { handoffColumns } from "./handoffColumns.ts";

/** The handoff columns of one conversation, for the service and the queue sweep (no access filter). */
export async function loadHandoffConversation(db: Database, conversationId: string) {
  return db.prisma.conversation.findUnique({
    where: { id: conversationId },
    select: {
      ...handoffColumns,
      externalKey: true,
    },
  });
}
