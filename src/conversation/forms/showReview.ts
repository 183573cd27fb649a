import { cardButton } from "../cards/cardButton.ts";
import { reviewCardId } from "../cards/reviewCardId.ts";
import type { Turn } from "../dialog/Turn.ts";
import { maskResumedValue } from "../resume/maskResumedValue.ts";
import { displayValue } from "./displayValue.ts";

/**
 * The summary card: every answer, to check before anything is sent. Its buttons name the card
 * (`reviewCardId`), so a press on an older summary is recognised as such and does nothing.
 */
export function showReview(turn: Turn, lead?: string): void {
  const progress = turn.state.form;
  if (!progress) throw new Error("showReview without a form in progress");
  const form = turn.deps.content.forms[progress.id];
  const lang = turn.state.lang;
  turn.state.step = { kind: "form_review", form: progress.id };
  const card = reviewCardId(progress);
  const buttons = [turn.r.form.submit, turn.r.form.edit, turn.r.form.cancel].map((label) =>
    cardButton(label, card),
  );
  turn.say([lead, turn.r.form.review_prompt].filter((p) => p !== undefined).join(" "), {
    card: {
      title: turn.fill(turn.r.form.review_title, { title: form.title[lang] }),
      facts: form.fields.map((field) => ({
        label: field.label[lang],
        value:
          maskResumedValue(
            progress,
            field,
            displayValue(field, progress.values[field.id], lang, turn.deps.content.territory),
          ) ?? turn.r.form.empty_value,
      })),
      buttons,
    },
    buttons,
  });
  turn.track({ kind: "form_step", formId: progress.id, step: "review" });
}
