import type { Database } from "../Database.ts";

/** When the web chat tokens of a channel conversation were voided (erasure, close), if ever. */
export async function findTokensRevokedAt(
  db: Database,
  channel: string,
  externalKey: string,
): Promise<Date | undefined> {
  const row = await db.prisma.conversation.findFirst({
    where: { channel, externalKey },
    select: { tokensRevokedAt: true },
  });
  return row?.tokensRevokedAt ?? undefined;
}
