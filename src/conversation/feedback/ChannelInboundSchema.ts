import { z } from "zod";
import { InboundSchema } from "../turn.ts";
import { FeedbackInboundSchema } from "./FeedbackInboundSchema.ts";

/** Everything a channel may hand to the conversation service: a dialog inbound or a feedback event. */
export const ChannelInboundSchema = z.discriminatedUnion("kind", [
  ...InboundSchema.options,
  FeedbackInboundSchema,
]);
export type ChannelInbound = z.infer<typeof ChannelInboundSchema>;
