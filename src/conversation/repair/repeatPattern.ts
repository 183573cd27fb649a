import { repromptStep } from "../dialog/repromptStep.ts";
import type { Turn } from "../dialog/Turn.ts";
import type { DialogueMessage } from "./DialogueMessage.ts";

/** "Puoi ripetere?": whatever the conversation waits for is asked again, word for word. */
export function repeatPattern(turn: Turn, message: DialogueMessage): boolean {
  const reading = message.acts.repeat;
  if (!reading || (reading.coverage < 0.3 && !reading.atStart)) return false;
  if (turn.state.step.kind === "menu") return false;
  repromptStep(turn, turn.r.repair.repeat);
  return true;
}
