import type { Content } from "../../content/Content.ts";
import type { MatchRule, Topic } from "../../content/topicsSchema.ts";
import type { TopicId } from "../../content/vocabulary/topicIds.ts";
import type { QuestionReading } from "./readQuestion.ts";

export type TopicMatch = { topic: TopicId; score: number; kind: Topic["kind"] };

/**
 * The document topic a message is about: every rule of topics.yaml whose concepts are all in the
 * message (and none of its `not`) scores; the highest score wins, then the rule with more concepts,
 * then the order of the file. Undefined when no rule matches.
 */
export function matchTopic(
  reading: QuestionReading,
  content: Content,
  previous?: TopicId,
): TopicMatch | undefined {
  const { rules, byFirstConcept } = rulesOf(content);
  // Only the rules whose first concept is in the message can match, taken in the file's order.
  const candidates: number[] = [];
  for (const concept of reading.concepts) candidates.push(...(byFirstConcept.get(concept) ?? []));
  candidates.sort((a, b) => a - b);
  let best: { topic: Topic; rule: MatchRule } | undefined;
  for (const index of candidates) {
    const candidate = rules[index];
    if (!candidate) continue;
    const { rule } = candidate;
    if (rule.after.length > 0 && (previous === undefined || !rule.after.includes(previous))) continue;
    if (!rule.all.every((c) => reading.concepts.has(c))) continue;
    if (rule.not.some((c) => reading.concepts.has(c))) continue;
    if (
      best === undefined ||
      rule.score > best.rule.score ||
      (rule.score === best.rule.score && rule.all.length > best.rule.all.length)
    ) {
      best = candidate;
    }
  }
  return best ? { topic: best.topic.id, score: best.rule.score, kind: best.topic.kind } : undefined;
}

interface TopicRules {
  /** Every rule of topics.yaml with its topic, in the file's order. */
  rules: Array<{ topic: Topic; rule: MatchRule }>;
  /** Positions in `rules` by the first of the rule's concepts. */
  byFirstConcept: Map<string, number[]>;
}

/** A message is compared with the two hundred rules of topics.yaml: index them once per loaded content. */
const indexed = new WeakMap<Content, TopicRules>();

function rulesOf(content: Content): TopicRules {
  const cached = indexed.get(content);
  if (cached) return cached;
  const rules = content.topics.topics.flatMap((topic) => topic.match.map((rule) => ({ topic, rule })));
  const byFirstConcept = new Map<string, number[]>();
  // Every rule names at least one concept (topicsSchema.ts).
  rules.forEach(({ rule }, index) => {
    const first = rule.all[0];
    if (first !== undefined) byFirstConcept.set(first, [...(byFirstConcept.get(first) ?? []), index]);
  });
  const built = { rules, byFirstConcept };
  indexed.set(content, built);
  return built;
}
