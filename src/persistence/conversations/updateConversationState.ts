import type { Lang } from "../../content/ids.ts";
import type { TurnCommit } from "../../conversation/ports/ConversationStore.ts";
import type { Prisma } from "../generated/client.ts";
import { toInputJson } from "../toInputJson.ts";

/**
 * Stores the new state only if nobody changed the conversation since `expectedVersion` was read
 * (nor its handoff, which staff change without bumping the version):
 * the optimistic lock that keeps two instances from interleaving one conversation. Returns false
 * on a conflict. Run it first in the turn's transaction: it also takes the row lock.
 */
export async function updateConversationState(
  tx: Prisma.TransactionClient,
  input: {
    conversationId: string;
    expectedVersion: number;
    expectedHandoff: TurnCommit["expectedHandoff"];
    state: unknown;
    lang: Lang;
    now: Date;
  },
): Promise<boolean> {
  const { status, assignedStaffId } = input.expectedHandoff;
  const { count } = await tx.conversation.updateMany({
    where: {
      id: input.conversationId,
      version: input.expectedVersion,
      // Anything but queued or with_staff reads as "none" (toConversationRecord).
      handoffStatus: status === "none" ? { notIn: ["queued", "with_staff"] } : status,
      assignedStaffId: assignedStaffId ?? null,
    },
    data: {
      state: toInputJson(input.state),
      lang: input.lang,
      version: { increment: 1 },
      lastActivityAt: input.now,
    },
  });
  return count === 1;
}
