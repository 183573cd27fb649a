import { z } from "zod";

/** How a message becomes features; part of the model snapshot, so a cached model featurizes alike. */
export const FeatureConfigSchema = z.object({
  /** Character n-gram sizes inside words: they carry typos and missing accents. */
  charSizes: z.array(z.number().int().min(2).max(6)),
  wordWeight: z.number().min(0),
  prefixWeight: z.number().min(0),
  prefixLength: z.number().int().min(3),
  bigramWeight: z.number().min(0),
  charWeight: z.number().min(0),
  /** Lexicon concepts found in the message (see createConceptMatcher). */
  conceptWeight: z.number().min(0),
});
export type FeatureConfig = z.infer<typeof FeatureConfigSchema>;

export const DEFAULT_FEATURE_CONFIG: FeatureConfig = {
  charSizes: [3, 4],
  wordWeight: 1,
  prefixWeight: 0.7,
  prefixLength: 5,
  bigramWeight: 0.5,
  charWeight: 0.7,
  conceptWeight: 2.5,
};

/**
 * Sparse features of a tokenized message: words, word prefixes (a cheap stemmer that suits
 * Italian endings: "dipendenti", "dipendente" share "dipen"), adjacent word pairs and character
 * n-grams inside words, plus the lexicon's concepts. Each group is scaled to unit length and then weighted, so that a long
 * message does not drown its words in n-grams.
 */
export function featurize(
  tokens: readonly string[],
  concepts: readonly string[],
  config: FeatureConfig,
): Map<string, number> {
  const features = new Map<string, number>();
  const words = new Map<string, number>();
  const prefixes = new Map<string, number>();
  const bigrams = new Map<string, number>();
  const chars = new Map<string, number>();
  let previous = "";
  for (const token of tokens) {
    bump(words, `w|${token}`);
    if (token.length > config.prefixLength) bump(prefixes, `p|${token.slice(0, config.prefixLength)}`);
    if (previous) bump(bigrams, `b|${previous} ${token}`);
    previous = token;
    if (token.startsWith("qq")) continue;
    const padded = ` ${token} `;
    for (const size of config.charSizes) {
      for (let i = 0; i + size <= padded.length; i++) bump(chars, `c|${padded.slice(i, i + size)}`);
    }
  }
  addScaled(features, words, config.wordWeight);
  addScaled(features, prefixes, config.prefixWeight);
  addScaled(features, bigrams, config.bigramWeight);
  addScaled(features, chars, config.charWeight);
  const conceptGroup = new Map<string, number>();
  for (const concept of concepts) conceptGroup.set(`k|${concept}`, 1);
  addScaled(features, conceptGroup, config.conceptWeight);
  return features;
}

function bump(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

function addScaled(target: Map<string, number>, group: Map<string, number>, weight: number): void {
  if (weight === 0 || group.size === 0) return;
  let sumSquares = 0;
  for (const value of group.values()) sumSquares += value * value;
  const scale = weight / Math.sqrt(sumSquares);
  for (const [key, value] of group) target.set(key, value * scale);
}
