import type { Lexicon } from "../../content/trainingDataSchema.ts";
import { tokenize } from "./tokenize.ts";

interface Pattern {
  words: readonly string[];
  /** The last word matches as a prefix ("anzian*"). */
  prefix: boolean;
  concept: string;
}

/** Finds the lexicon's concepts in a tokenized message. */
export type ConceptMatcher = (tokens: readonly string[]) => string[];

/**
 * Compiles the lexicon once. Phrases are tokenized exactly like messages, so shorthand and
 * accents line up on both sides; matching is indexed by first word (or its first three letters
 * for prefix patterns) and costs a few map lookups per word.
 */
export function createConceptMatcher(lexicon: Lexicon): ConceptMatcher {
  const byFirst = new Map<string, Pattern[]>();
  for (const [concept, phrases] of Object.entries(lexicon.concepts)) {
    for (const phrase of phrases) {
      const prefix = phrase.endsWith("*");
      const words = tokenize(prefix ? phrase.slice(0, -1) : phrase);
      const first = words[0];
      if (first === undefined) continue;
      const key = prefix && words.length === 1 ? `*${first.slice(0, 3)}` : first;
      const list = byFirst.get(key) ?? [];
      list.push({ words, prefix, concept });
      byFirst.set(key, list);
    }
  }
  return (tokens) => {
    const found = new Set<string>();
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i] ?? "";
      const candidates = [...(byFirst.get(token) ?? []), ...(byFirst.get(`*${token.slice(0, 3)}`) ?? [])];
      for (const pattern of candidates) {
        if (!found.has(pattern.concept) && matchesAt(tokens, i, pattern)) found.add(pattern.concept);
      }
    }
    return [...found];
  };
}

function matchesAt(tokens: readonly string[], start: number, pattern: Pattern): boolean {
  const last = pattern.words.length - 1;
  for (let k = 0; k <= last; k++) {
    const token = tokens[start + k];
    const word = pattern.words[k] ?? "";
    if (token === undefined) return false;
    if (k === last && pattern.prefix ? !token.startsWith(word) : token !== word) return false;
  }
  return true;
}
