export const EMAIL_PATTERN = /[a-z0-9][a-z0-9._%+-]*@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}/gi;

/** The first e-mail address in the text, lower case. */
export function findEmail(text: string): string | undefined {
  const match = text.match(new RegExp(EMAIL_PATTERN.source, "i"));
  return match ? match[0].toLowerCase() : undefined;
}
