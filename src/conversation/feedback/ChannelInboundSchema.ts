import { z } from "zod";
import { markTooLong } from "../inbound/markTooLong.ts";
import { TooLongInboundSchema } from "../inbound/TooLongInboundSchema.ts";
import { InboundSchema } from "../turn.ts";
import { FeedbackInboundSchema } from "./FeedbackInboundSchema.ts";

/**
 * Everything a channel may hand to the conversation service: a dialog inbound, a feedback event,
 * or a text too long to read (recognised here, so every channel answers it the same way).
 */
export const ChannelInboundSchema = z.preprocess(
  markTooLong,
  z.discriminatedUnion("kind", [...InboundSchema.options, FeedbackInboundSchema, TooLongInboundSchema]),
);
export type ChannelInbound = z.infer<typeof ChannelInboundSchema>;
