import { z } from "zod";

/** An outbox row as raw SQL returns it (the claim uses SQL Prisma cannot express), parsed. */
export const OutboxMailRowSchema = z.object({
  id: z.string(),
  kind: z.string(),
  dedupeKey: z.string(),
  to: z.string(),
  subject: z.string(),
  text: z.string(),
  html: z.string().nullable(),
  attempts: z.coerce.number().int(),
});
export type OutboxMailRow = z.infer<typeof OutboxMailRowSchema>;

/** Timestamps are stored as UTC without a zone (Prisma's convention): pass them the same way. */
export function utcTimestamp(date: Date): string {
  return date.toISOString().replace("Z", "");
}
