/**
 * Announces new outbound messages to every instance of the service (PostgreSQL LISTEN/NOTIFY in
 * production), so a user connected to instance A gets a reply produced on instance B.
 */
import { z } from "zod";
import { ChannelSchema } from "../../content/ids.ts";

export const OutboundNoticeSchema = z.object({
  conversationId: z.string(),
  channel: ChannelSchema,
  externalKey: z.string(),
  messageId: z.string(),
  /** The instance that produced it: it already told its own listeners. */
  origin: z.string(),
});
export type OutboundNotice = z.infer<typeof OutboundNoticeSchema>;

export interface OutboundBus {
  /** Publishes the notices of one turn together (one round trip). */
  publish(notices: OutboundNotice[]): Promise<void>;
  /** Returns the unsubscribe function. */
  subscribe(listener: (notice: OutboundNotice) => void): Promise<() => Promise<void>>;
}
