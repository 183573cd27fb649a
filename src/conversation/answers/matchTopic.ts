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
  let best: { topic: Topic; rule: MatchRule } | undefined;
  for (const topic of content.topics.topics) {
    for (const rule of topic.match) {
      if (rule.after.length > 0 && (previous === undefined || !rule.after.includes(previous))) continue;
      if (!rule.all.every((c) => reading.concepts.has(c))) continue;
      if (rule.not.some((c) => reading.concepts.has(c))) continue;
      if (
        best === undefined ||
        rule.score > best.rule.score ||
        (rule.score === best.rule.score && rule.all.length > best.rule.all.length)
      ) {
        best = { topic, rule };
      }
    }
  }
  return best ? { topic: best.topic.id, score: best.rule.score, kind: best.topic.kind } : undefined;
}
