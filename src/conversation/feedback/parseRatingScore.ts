/**
 * The score in an answer to the 1–5 rating: the pressed button ("4"), or typed as "4 stelle",
 * "4/5", "★★★★". Undefined for anything else, which is not a rating.
 */
export function parseRatingScore(text: string): number | undefined {
  const said = text.trim().toLowerCase();
  const stars = /^[★⭐]{1,5}$/u.exec(said);
  if (stars) return [...said].length;
  const digit = /^([1-5])\s*(?:\/\s*5|su 5|out of 5|★|⭐|stell[ae]|stars?)?[.!]?$/u.exec(said);
  return digit ? Number(digit[1]) : undefined;
}
