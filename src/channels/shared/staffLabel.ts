import type { ChannelWords } from "../../content/ResponsesSchema.ts";
import { fillTemplate } from "../../conversation/responses/fillTemplate.ts";
import type { Reply } from "../../conversation/turn.ts";

/**
 * Who wrote a staff reply, as every channel shows it: "Anna Bianchi · staff del programma" (the
 * name travels in channelData.staffName; older replies without it say only who they are), so a person
 * never looks like the bot. The words are content (`channel` in intents/responses/<lang>.yaml).
 */
export function staffLabel(reply: Reply | undefined, words: ChannelWords): string {
  const name = reply?.channelData.staffName?.trim();
  return name ? fillTemplate(words.staff_named, { name }) : words.staff_unnamed;
}
