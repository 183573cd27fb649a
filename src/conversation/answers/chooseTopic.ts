import type { Topic } from "../../content/topicsSchema.ts";
import { normalizePlaceName } from "../format/normalizePlaceName.ts";
import type { TopicId } from "./topicIds.ts";

export type TopicChoice = { topic: TopicId; score: number };

type Keyword = { tokens: string[]; prefix: boolean };

/**
 * Picks the programme topic a message is about from the keywords in topics.yaml: each keyword found
 * scores its number of words (so "contributo massimo" beats "contributo"), a trailing "*" matches any
 * ending, and ties go to the order of the file. Undefined when no keyword is found.
 */
export function chooseTopic(text: string, topics: readonly Topic[]): TopicChoice | undefined {
  const words = normalizePlaceName(text).split(" ").filter(Boolean);
  let best: TopicChoice | undefined;
  for (const topic of topics) {
    const keywords = keywordsOf(topic);
    const score = keywords.reduce((sum, k) => sum + (occurs(k, words) ? k.tokens.length : 0), 0);
    if (score > 0 && (best === undefined || score > best.score)) best = { topic: topic.id, score };
  }
  return best;
}

/** Normalized once per loaded topic: every message is checked against all of them. */
const prepared = new WeakMap<Topic, Keyword[]>();

function keywordsOf(topic: Topic): Keyword[] {
  const cached = prepared.get(topic);
  if (cached) return cached;
  const keywords = [...topic.keywords.it, ...topic.keywords.en].map(toKeyword);
  prepared.set(topic, keywords);
  return keywords;
}

function toKeyword(raw: string): Keyword {
  const prefix = raw.trim().endsWith("*");
  return { tokens: normalizePlaceName(raw).split(" ").filter(Boolean), prefix };
}

function occurs(keyword: Keyword, words: readonly string[]): boolean {
  const { tokens, prefix } = keyword;
  if (tokens.length === 0) return false;
  for (let start = 0; start + tokens.length <= words.length; start++) {
    const matches = tokens.every((token, i) => {
      const word = words[start + i] ?? "";
      const last = i === tokens.length - 1;
      return prefix && last ? word.startsWith(token) : word === token;
    });
    if (matches) return true;
  }
  return false;
}
