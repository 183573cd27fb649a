import { readCardPress } from "../cards/readCardPress.ts";
import type { ChannelInbound } from "../feedback/ChannelInboundSchema.ts";

/**
 * What the transcript keeps of a parsed inbound message: the text as cleaned (a too-long one cut),
 * a card button's label rather than its value (the card's id is for the core only), nothing for
 * the rest. Channels that match their echo by text use the same function.
 */
export function transcriptText(inbound: ChannelInbound): string {
  if (inbound.kind !== "text" && inbound.kind !== "too_long") return "";
  return readCardPress(inbound.text)?.label ?? inbound.text;
}
