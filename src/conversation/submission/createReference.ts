/** Crockford's base 32: no I, L, O, U, so a reference read over the phone is not misheard. */
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/**
 * A reference people can read out and type: "CVL-2026-7K3Q9" (year, then five random characters,
 * 33 million per year). `randomIndex(n)` returns an integer in [0, n); a collision is caught by
 * the database's unique index and the turn is retried.
 */
export function createReference(now: Date, randomIndex: (n: number) => number): string {
  let tail = "";
  for (let i = 0; i < 5; i++) tail += ALPHABET.charAt(randomIndex(ALPHABET.length));
  return `CVL-${now.getUTCFullYear()}-${tail}`;
}
