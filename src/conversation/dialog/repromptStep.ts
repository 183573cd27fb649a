import { askField } from "../forms/askField.ts";
import { editField } from "../forms/editField.ts";
import { showReview } from "../forms/showReview.ts";
import { startForm } from "../forms/startForm.ts";
import { askNextQuestion } from "../interview/askNextQuestion.ts";
import { askPlace } from "../place/askPlace.ts";
import { showMenu } from "./showMenu.ts";
import type { Turn } from "./Turn.ts";

/**
 * Asks again whatever the conversation is waiting for: after a restart, a user coming back days
 * later, an interruption. `lead` introduces it ("Bentornato!", "Torniamo alla richiesta:").
 */
export function repromptStep(turn: Turn, lead?: string): void {
  const step = turn.state.step;
  const progress = turn.state.form;
  switch (step.kind) {
    case "form_consent":
      if (lead) turn.say(lead);
      startForm(turn, step.form);
      return;
    case "form_field": {
      const field = progress
        ? turn.deps.content.forms[progress.id].fields.find((f) => f.id === step.field)
        : undefined;
      if (field) {
        askField(turn, field, lead);
        return;
      }
      break;
    }
    case "form_review":
      if (progress) {
        showReview(turn, lead);
        return;
      }
      break;
    case "form_pick_field":
      if (progress) {
        if (lead) turn.say(lead);
        editField(turn, undefined);
        return;
      }
      break;
    case "interview":
      if (turn.state.audience) {
        if (lead) turn.say(lead);
        askNextQuestion(turn);
        return;
      }
      break;
    case "ask_place":
      if (lead) turn.say(lead);
      askPlace(turn, step.field);
      return;
    case "menu":
      break;
  }
  if (lead) turn.say(lead);
  showMenu(turn);
}
