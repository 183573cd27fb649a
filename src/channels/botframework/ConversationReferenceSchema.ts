/**
 * The Bot Framework address stored with a conversation (botbuilder's ConversationReference),
 * parsed back from the database before a proactive message uses it. Defaults fill the fields
 * botbuilder's type requires and channels may leave out.
 */
import { z } from "zod";

const AccountSchema = z.object({
  id: z.string().min(1),
  name: z.string().default(""),
  role: z.string().optional(),
});

export const ConversationReferenceSchema = z.object({
  channelId: z.string().min(1),
  serviceUrl: z.url(),
  conversation: z.looseObject({
    id: z.string().min(1),
    isGroup: z.boolean().default(false),
    conversationType: z.string().default(""),
    name: z.string().default(""),
    tenantId: z.string().optional(),
  }),
  bot: AccountSchema.optional(),
  user: AccountSchema.optional(),
  activityId: z.string().optional(),
  locale: z.string().optional(),
});
