/**
 * An inbound Bot Framework Activity as posted to /api/messages by the Bot Connector, Teams,
 * Azure Direct Line or an emulator. The fields the channel relies on are checked; the rest of
 * the Activity (entities, channelData, timestamps…) is kept as it came, for botbuilder.
 */
import { z } from "zod";

const AccountSchema = z.looseObject({
  id: z.string({ message: "è obbligatorio" }).min(1).max(1000),
  name: z.string().max(1000).optional(),
  role: z.string().max(50).optional(),
  aadObjectId: z.string().max(200).optional(),
});

export const ActivitySchema = z.looseObject({
  type: z.string({ message: 'è obbligatorio (per esempio "message")' }).min(1).max(100),
  id: z.string().max(1000).optional(),
  channelId: z.string({ message: "è obbligatorio" }).min(1).max(100),
  serviceUrl: z.url({ message: "deve essere l'URL del servizio del canale" }).max(2000),
  from: AccountSchema,
  recipient: AccountSchema,
  conversation: z.looseObject({
    id: z.string({ message: "è obbligatorio" }).min(1).max(1000),
    isGroup: z.boolean().optional(),
    conversationType: z.string().max(100).optional(),
    tenantId: z.string().max(200).optional(),
    name: z.string().max(1000).optional(),
  }),
  text: z.string().max(10_000).optional(),
  value: z.unknown().optional(),
  locale: z.string().max(20).optional(),
  deliveryMode: z.enum(["normal", "notification", "expectReplies", "ephemeral"]).optional(),
  membersAdded: z.array(AccountSchema).max(1000).optional(),
  replyToId: z.string().max(1000).optional(),
  timestamp: z.string().max(100).optional(),
  localTimestamp: z.string().max(100).optional(),
  localTimezone: z.string().max(100).optional(),
});
export type InboundActivity = z.infer<typeof ActivitySchema>;
