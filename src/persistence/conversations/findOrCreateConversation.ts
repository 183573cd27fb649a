import { randomUUID } from "node:crypto";
import type { Channel, Lang } from "../../content/ids.ts";
import type { ConversationRecord } from "../../conversation/ports/ConversationStore.ts";
import type { Database } from "../Database.ts";
import { toInputJson } from "../toInputJson.ts";
import { uniqueViolationOn } from "../uniqueViolationOn.ts";
import { toConversationRecord } from "./toConversationRecord.ts";

export interface FindOrCreateInput {
  channel: Channel;
  externalKey: string;
  address?: unknown;
  lang: Lang;
  initialState: unknown;
}

/**
 * The conversation of a channel user, created on first contact. The channel address is refreshed
 * on every call (Bot Framework references change) but the state is never touched here.
 */
export async function findOrCreateConversation(
  db: Database,
  input: FindOrCreateInput,
): Promise<ConversationRecord> {
  const key = { channel_externalKey: { channel: input.channel, externalKey: input.externalKey } };
  const address = input.address === undefined ? undefined : toInputJson(input.address);
  for (let attempt = 0; ; attempt++) {
    try {
      const row = await db.prisma.conversation.upsert({
        where: key,
        update: address === undefined ? {} : { address },
        create: {
          id: randomUUID(),
          channel: input.channel,
          externalKey: input.externalKey,
          lang: input.lang,
          state: toInputJson(input.initialState),
          ...(address === undefined ? {} : { address }),
        },
      });
      return toConversationRecord(row);
    } catch (error) {
      // Two first messages racing: the loser finds the winner's row on the next attempt.
      if (attempt >= 2 || !uniqueViolationOn(error, "externalKey")) throw error;
    }
  }
}
