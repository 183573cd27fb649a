/** A piece of a text: plain words, or a web address or email address to show as a link. */
export type TextPiece = { kind: "text"; text: string } | { kind: "link"; text: string; href: string };

/**
 * Web addresses (http, https, www.) and email addresses. A final full stop, comma, colon,
 * semicolon or closing bracket belongs to the sentence, not to the address.
 */
const LINK = /\b(?:https?:\/\/|www\.)[^\s<>"']+|\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b/gi;
const TRAILING = /[.,;:!?)\]»]+$/;
/** Every address has one of these: a text without them is one plain piece (most replies). */
const MAY_LINK = /@|www\.|https?:\/\//i;

/**
 * Splits a text into plain pieces and links, so every channel can make the bot's web and email
 * addresses clickable in its own format while the rest stays text (escaped by the channel).
 */
export function findLinks(text: string): TextPiece[] {
  if (!MAY_LINK.test(text)) return text === "" ? [] : [{ kind: "text", text }];
  const pieces: TextPiece[] = [];
  let from = 0;
  for (const match of text.matchAll(LINK)) {
    const start = match.index;
    const raw = match[0];
    const address = raw.replace(TRAILING, "");
    if (address === "" || start === undefined) continue;
    if (start > from) pieces.push({ kind: "text", text: text.slice(from, start) });
    const href =
      address.includes("@") && !/^(https?:\/\/|www\.)/i.test(address)
        ? `mailto:${address}`
        : /^www\./i.test(address)
          ? `https://${address}`
          : address;
    pieces.push({ kind: "link", text: address, href });
    from = start + address.length;
  }
  if (from < text.length) pieces.push({ kind: "text", text: text.slice(from) });
  return pieces;
}
