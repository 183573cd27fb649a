import { z } from "zod";
import { ReplySchema } from "../../conversation/turn.ts";

/**
 * What the Message.payload column holds: for bot and staff messages the reply as sent (buttons,
 * card, channelData) and the inbound message it answers; for inbound messages the channel event.
 */
export const MessagePayloadSchema = z.object({
  reply: ReplySchema.optional(),
  inReplyTo: z.string().optional(),
  event: z.enum(["start"]).optional(),
});
