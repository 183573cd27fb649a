/**
 * Cuts a long text into pieces of at most `max` characters, at a paragraph, line, sentence or
 * word boundary when there is one, so a long answer arrives as readable messages.
 */
export function splitText(text: string, max: number): string[] {
  const pieces: string[] = [];
  let rest = text;
  while (rest.length > max) {
    const window = rest.slice(0, max + 1);
    const cut = [
      window.lastIndexOf("\n\n"),
      window.lastIndexOf("\n"),
      window.lastIndexOf(". "),
      window.lastIndexOf(" "),
    ]
      .map((index) => (index > max / 2 ? index : -1))
      .find((index) => index > 0);
    const at = cut && cut > 0 ? cut : max;
    pieces.push(rest.slice(0, at).trimEnd());
    rest = rest.slice(at).trimStart();
  }
  if (rest.length > 0 || pieces.length === 0) pieces.push(rest);
  return pieces;
}
