import { z } from "zod";

/**
 * A Message row read with raw SQL (`messageColumns`): ids as text, times as timestamptz so both
 * drivers hand back the right instant whatever the process's time zone.
 */
export const MessageRowSchema = z.object({
  id: z.string(),
  conversationId: z.string(),
  direction: z.string(),
  externalId: z.string().nullable(),
  text: z.string(),
  payload: z.unknown(),
  createdAt: z.date(),
});
export type MessageRow = z.infer<typeof MessageRowSchema>;

/**
 * The select list that produces a MessageRow. Its "id" is text: order by the qualified column
 * (`"Message"."id"`), or PostgreSQL sorts the text and "10" comes before "9".
 */
export const messageColumns = `"id"::text AS "id", "conversationId", "direction", "externalId", "text", "payload",
  ("createdAt" AT TIME ZONE 'UTC') AS "createdAt"`;
