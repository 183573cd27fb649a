import type { IntentId } from "../../content/ids.ts";
import type { Turn } from "../dialog/Turn.ts";
import type { ProgrammeAnswer } from "../ports/ProgrammeKnowledge.ts";

/** Keeps what was just answered, so the next message can be a follow-up of it. */
export function rememberAnswer(turn: Turn, intent: IntentId, answer: ProgrammeAnswer): void {
  const action = answer.actions?.length === 1 ? answer.actions[0] : undefined;
  turn.state.lastAnswer = {
    intent,
    topic: answer.topic,
    ...(answer.place?.province ? { province: answer.place.province } : {}),
    ...(answer.place?.comune ? { comune: answer.place.comune } : {}),
    ...(action ? { action } : {}),
  };
}
