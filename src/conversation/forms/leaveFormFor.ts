import type { Turn } from "../dialog/Turn.ts";
import { startInterview } from "../interview/startInterview.ts";
import type { Audience } from "../state/Audience.ts";

/**
 * A change of mind in the middle of a form ("Famiglia" while filling in a firm's request): the
 * answers are dropped, nothing is sent, and the conversation continues through the other door.
 */
export function leaveFormFor(turn: Turn, audience: Audience): void {
  const formId =
    turn.state.form?.id ?? (turn.state.step.kind === "form_consent" ? turn.state.step.form : undefined);
  turn.state.form = undefined;
  turn.track({ kind: "form_cancelled", ...(formId ? { formId } : {}) });
  turn.say(turn.r.form.cancelled);
  startInterview(turn, audience);
}
