import type { Button, ChannelData, Reply } from "../turn.ts";

/** A reply of the feedback turns: plain text and buttons, with whatever channelData marks it. */
export function feedbackReply(text: string, buttons: Button[] = [], channelData: ChannelData = {}): Reply {
  return { text, buttons, channelData: { handoff: null, ...channelData } };
}
