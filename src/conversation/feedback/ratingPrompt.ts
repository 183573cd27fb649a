import type { Lang } from "../../content/ids.ts";
import type { DialogContent } from "../content/DialogContent.ts";
import type { Reply } from "../turn.ts";
import { feedbackReply } from "./feedbackReply.ts";
import type { RatingTrigger } from "./RatingTriggerSchema.ts";

/**
 * The end-of-conversation rating question with its buttons, the scores 1 to 5 and skip: plain
 * buttons every channel already renders, so a typed "4" answers it as well as a pressed one.
 */
export function ratingPrompt(lang: Lang, trigger: RatingTrigger, content: DialogContent): Reply {
  const r = content.responses[lang].feedback;
  const scores = ["1", "2", "3", "4", "5"].map((score) => ({ label: score, value: score }));
  return feedbackReply(r.rating_prompt, [...scores, { label: r.skip, value: r.skip }], {
    rating: { trigger },
  });
}
