import type { Turn } from "./Turn.ts";
import type { HandoffReason } from "./TurnEffect.ts";

/**
 * Asks for a person. For now the dialog only queues (the `handoff` effect sets the conversation's
 * handoff column); the staff console decides what happens next. Returns false if already queued.
 */
export function requestHandoff(turn: Turn, reason: HandoffReason, text?: string): boolean {
  if (turn.context.handoff !== "none" || turn.handoffRequested()) {
    turn.say(turn.r.handoff.already_queued);
    return false;
  }
  turn.state.handoffReason = reason;
  turn.emit({ kind: "handoff", reason });
  turn.track({ kind: "handoff_requested", step: reason });
  turn.say(text ?? turn.r.handoff.queued);
  return true;
}
