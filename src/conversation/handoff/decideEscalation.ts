import type { HandoffReason } from "../dialog/TurnEffect.ts";
import type { IntentId } from "../ids.ts";

export interface EscalationSignals {
  /** What the understanding made of the latest message. */
  intent?: IntentId | undefined;
  /** Consecutive messages the bot did not understand, the latest included. */
  misunderstoodInARow: number;
  /** A dialog met a case its rules cannot decide and asks for a person. */
  flowAsksForPerson?: boolean;
}

export type EscalationDecision = { escalate: true; reason: HandoffReason } | { escalate: false };

/** Two misunderstandings in a row are enough: a third would only frustrate the user. */
export const MISUNDERSTOOD_LIMIT = 2;

/**
 * The three ways a conversation reaches a person. An explicit request wins over the other
 * reasons, so the queue shows what the user actually said.
 */
export function decideEscalation(signals: EscalationSignals): EscalationDecision {
  if (signals.intent === "human_handoff") return { escalate: true, reason: "user_request" };
  if (signals.flowAsksForPerson) return { escalate: true, reason: "flow" };
  if (signals.misunderstoodInARow >= MISUNDERSTOOD_LIMIT) return { escalate: true, reason: "not_understood" };
  return { escalate: false };
}
