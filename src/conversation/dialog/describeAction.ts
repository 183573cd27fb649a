import type { ActionId } from "../../content/ids.ts";
import type { Turn } from "./Turn.ts";

/** What an action is and who may ask for it, with its source; the action becomes the topic. */
export function describeAction(turn: Turn, action: ActionId): void {
  turn.intent = action;
  turn.actions = [action];
  turn.state.lastAnswer = { intent: action, action };
  const description = turn.deps.knowledge.describeAction(action, turn.state.lang);
  turn.say(description.text, { source: description.source, answerKey: `action:${action}` });
}
