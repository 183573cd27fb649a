import type { Lang } from "../../conversation/ids.ts";
import type { Reply } from "../../conversation/turn.ts";

const ROLE: Record<Lang, string> = { it: "staff del programma", en: "programme staff" };
const UNNAMED: Record<Lang, string> = { it: "Operatore del programma", en: "Programme staff" };

/**
 * Who wrote a staff reply, as every channel shows it: "Anna Bianchi · staff del programma" (the
 * name travels in channelData.staffName; older replies without it say only who they are), so a person
 * never looks like the bot.
 */
export function staffLabel(reply: Reply | undefined, lang: Lang): string {
  const name = reply?.channelData.staffName?.trim();
  return name ? `${name} · ${ROLE[lang]}` : UNNAMED[lang];
}
