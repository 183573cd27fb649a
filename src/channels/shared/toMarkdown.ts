import { findLinks } from "./findLinks.ts";

/**
 * Characters CommonMark reads as markup anywhere in a line, and the quotes, dots and dashes Web
 * Chat's typographer would turn into other characters (an escaped one is left as it is).
 */
const INLINE = /[\\`*_[\]<>~&'"]|\.(?=\.)|-(?=-)|\((?=[ctr])/gi;

/**
 * A plain text as Markdown that shows exactly the same words: markup characters escaped, line
 * breaks kept, and web and email addresses as links (Web Chat renders Markdown and opens links in
 * a new tab). Nothing a staff member or the content wrote can become HTML or an image.
 */
export function toMarkdown(text: string): string {
  return findLinks(text)
    .map((piece) =>
      piece.kind === "link"
        ? `[${escapeMarkdown(piece.text)}](${piece.href.replace(/[()\s]/g, encodeURIComponent)})`
        : escapeMarkdown(piece.text),
    )
    .join("")
    .replace(/\n/g, "  \n");
}

/** Inline markup everywhere; list, heading and quote markers only where a line starts. */
function escapeMarkdown(text: string): string {
  return text
    .replace(INLINE, (char) => `\\${char}`)
    .replace(/^(\s*)(\d+)([.)])/gm, "$1$2\\$3")
    .replace(/^(\s*)([-+#>=|])/gm, "$1\\$2");
}
