import type { Prisma } from "../generated/client.ts";
import { HANDOFF_CLEARED } from "./HANDOFF_CLEARED.ts";

/**
 * Ends a handoff (hand back to the bot, or close): the bot answers again and the conversation
 * leaves the queue. The dialog state is untouched, so the bot resumes where it was. A close also
 * voids the web chat tokens issued so far (`revokeTokensAt`): a closed conversation cannot be
 * reopened from a saved token.
 */
export async function releaseHandoff(
  client: Prisma.TransactionClient,
  conversationId: string,
  revokeTokensAt?: Date,
): Promise<boolean> {
  const { count } = await client.conversation.updateMany({
    where: { id: conversationId, handoffStatus: { in: ["queued", "with_staff"] } },
    data: {
      ...HANDOFF_CLEARED,
      ...(revokeTokensAt ? { tokensRevokedAt: revokeTokensAt } : {}),
    },
  });
  return count === 1;
}
