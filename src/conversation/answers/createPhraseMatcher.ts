import { normalizePlaceName } from "../../content/format/normalizePlaceName.ts";

type Pattern<K> = { key: K; tokens: string[]; prefix: boolean };

export type PhraseSpan<K> = { key: K; start: number; length: number };

export interface PhraseMatcher<K> {
  /** Every key with at least one of its phrases in the words, with the longest phrase found (in words). */
  find(words: readonly string[]): Map<K, number>;
  /** Where each phrase was found, in words. */
  spans(words: readonly string[]): PhraseSpan<K>[];
}

/** One spelling for messages and phrases: no case, no accents, apostrophes and punctuation as spaces. */
export function wordsOf(text: string): string[] {
  return normalizePlaceName(text).split(" ").filter(Boolean);
}

/**
 * Finds phrases ("quanti progetti", "finanziat*") in a message's words: a phrase matches consecutive
 * words, and a trailing "*" lets its last word have any ending. Phrases are indexed by their first
 * word so a message is checked against the few that can start at each position.
 */
export function createPhraseMatcher<K>(phrases: Iterable<[K, string]>): PhraseMatcher<K> {
  const byFirstWord = new Map<string, Pattern<K>[]>();
  /** One-word stems ("finanziat*") by their first letter: a word is compared with the few that can match. */
  const stemsByLetter = new Map<string, Pattern<K>[]>();
  for (const [key, phrase] of phrases) {
    const prefix = phrase.trim().endsWith("*");
    const tokens = wordsOf(phrase.replace(/\*$/, ""));
    if (tokens.length === 0) continue;
    const pattern = { key, tokens, prefix };
    const first = tokens[0] ?? "";
    if (prefix && tokens.length === 1) {
      const letter = first.charAt(0);
      stemsByLetter.set(letter, [...(stemsByLetter.get(letter) ?? []), pattern]);
    } else byFirstWord.set(first, [...(byFirstWord.get(first) ?? []), pattern]);
  }
  const spans = (words: readonly string[]): PhraseSpan<K>[] => {
    const found: PhraseSpan<K>[] = [];
    words.forEach((word, start) => {
      for (const pattern of byFirstWord.get(word) ?? []) {
        if (matchesAt(pattern, words, start))
          found.push({ key: pattern.key, start, length: pattern.tokens.length });
      }
      for (const pattern of stemsByLetter.get(word.charAt(0)) ?? []) {
        if (word.startsWith(pattern.tokens[0] ?? "")) found.push({ key: pattern.key, start, length: 1 });
      }
    });
    return found;
  };
  return {
    spans,
    find(words) {
      const found = new Map<K, number>();
      for (const span of spans(words)) found.set(span.key, Math.max(found.get(span.key) ?? 0, span.length));
      return found;
    },
  };
}

function matchesAt<K>(pattern: Pattern<K>, words: readonly string[], start: number): boolean {
  const { tokens, prefix } = pattern;
  if (start + tokens.length > words.length) return false;
  return tokens.every((token, i) => {
    const word = words[start + i] ?? "";
    return prefix && i === tokens.length - 1 ? word.startsWith(token) : word === token;
  });
}
