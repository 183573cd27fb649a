/**
 * The parts of a Telegram Bot API `Update` this channel reads. Every update, from the webhook or
 * from long polling, is parsed with it; kinds of update we do not model (edits, reactions,
 * membership changes…) still parse, with only `update_id`, and are acknowledged and ignored.
 */
import { z } from "zod";

const UserSchema = z.object({
  id: z.number().int(),
  is_bot: z.boolean().optional(),
  language_code: z.string().max(35).optional(),
});

const ChatSchema = z.object({
  id: z.number().int(),
  type: z.string().max(20),
});

const MessageEntitySchema = z.object({
  type: z.string().max(40),
  offset: z.number().int().min(0),
  length: z.number().int().min(0),
});

export const TelegramMessageSchema = z.object({
  message_id: z.number().int().optional(),
  chat: ChatSchema,
  from: UserSchema.optional(),
  text: z.string().max(4096).optional(),
  entities: z.array(MessageEntitySchema).max(100).optional(),
});

export const TelegramCallbackQuerySchema = z.object({
  id: z.string().min(1).max(100),
  from: UserSchema,
  message: z.object({ message_id: z.number().int().optional(), chat: ChatSchema }).optional(),
  data: z.string().max(256).optional(),
});

export const TelegramUpdateSchema = z.object({
  update_id: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
  message: TelegramMessageSchema.optional(),
  callback_query: TelegramCallbackQuerySchema.optional(),
});
export type TelegramUpdate = z.infer<typeof TelegramUpdateSchema>;
