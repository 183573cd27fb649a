import type { AtsId, ProvinceCode } from "../../content/ids.ts";
import type { Prisma } from "../generated/client.ts";

/** Province and ATS of a conversation: what lets an operator of that ATS see it. */
export async function setConversationTerritory(
  tx: Prisma.TransactionClient,
  conversationId: string,
  province: ProvinceCode,
  atsId: AtsId | undefined,
): Promise<void> {
  await tx.conversation.update({
    where: { id: conversationId },
    data: { province, ...(atsId === undefined ? {} : { atsId }) },
  });
}
