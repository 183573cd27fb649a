import type { Channel } from "../../content/ids.ts";
import type { FeedbackWrite } from "../../conversation/feedback/FeedbackWriteSchema.ts";
import { MessagePayloadSchema } from "../conversations/MessagePayloadSchema.ts";
import type { Prisma } from "../generated/client.ts";

/**
 * Keeps a feedback write inside the turn's transaction. A vote counts once per message (the key):
 * pressing again changes it. Only a bot reply of this conversation that was marked rateable can be
 * voted on, and its intent and answer key are read from the stored reply, never from the channel.
 * The rating is kept once per conversation; a second one is ignored.
 */
export async function recordFeedback(
  tx: Prisma.TransactionClient,
  conversationId: string,
  channel: Channel,
  write: FeedbackWrite,
  now: Date,
): Promise<void> {
  switch (write.kind) {
    case "vote": {
      const message = await tx.message.findFirst({
        where: { id: BigInt(write.messageId), conversationId, direction: "bot" },
        select: { payload: true, intent: true },
      });
      const payload = MessagePayloadSchema.safeParse(message?.payload ?? null);
      const answerKey = payload.success ? payload.data.reply?.channelData.feedback?.answerKey : undefined;
      if (!message || !answerKey) return;
      await tx.answerFeedback.upsert({
        where: { messageId: BigInt(write.messageId) },
        create: {
          messageId: BigInt(write.messageId),
          conversationId,
          channel,
          intent: message.intent,
          answerKey,
          vote: write.vote,
          createdAt: now,
          updatedAt: now,
        },
        update: { vote: write.vote, updatedAt: now },
      });
      return;
    }
    case "comment":
      await tx.answerFeedback.updateMany({
        where: { messageId: BigInt(write.messageId), conversationId },
        data: { comment: write.comment, updatedAt: now },
      });
      return;
    case "rating": {
      const conversation = await tx.conversation.findUnique({
        where: { id: conversationId },
        select: { atsId: true },
      });
      await tx.conversationRating.createMany({
        data: [
          {
            conversationId,
            channel,
            trigger: write.trigger,
            atsId: conversation?.atsId ?? null,
            score: write.score,
            createdAt: now,
          },
        ],
        skipDuplicates: true,
      });
      return;
    }
  }
}
