import { copyPlainData } from "../../kernel/copyPlainData.ts";
import { Turn } from "../dialog/Turn.ts";
import type { TurnContext, TurnDeps } from "../dialog/TurnDeps.ts";
import type { TurnResult } from "../dialog/TurnResult.ts";
import type { ConversationState } from "../state/ConversationState.ts";
import { answerStaleCard } from "./answerStaleCard.ts";
import { readCardPress } from "./readCardPress.ts";
import { reviewCardId } from "./reviewCardId.ts";

export type CardPressOutcome =
  /** Not a card button: the message goes on unchanged. */
  | { kind: "none" }
  /** A button of the card on screen: the dialog gets its label, as if typed. */
  | { kind: "current"; text: string }
  /** A button of an older card: answered here, the dialog never sees it. */
  | { kind: "stale"; result: TurnResult };

/**
 * Decides, before the dialog, whether a card button still acts. Every channel only carries the
 * button's value back as text; the card it names is compared here with the summary open now, so
 * an «Invia» of an old summary can neither send the current one nor start a new request.
 */
export function takeCardPress(
  text: string,
  state: ConversationState,
  context: TurnContext,
  deps: TurnDeps,
): CardPressOutcome {
  const press = readCardPress(text);
  if (!press) return { kind: "none" };
  const open = state.step.kind === "form_review" && state.form ? reviewCardId(state.form) : undefined;
  if (open === press.card) return { kind: "current", text: press.label };
  const turn = new Turn(copyPlainData(state), context, deps);
  answerStaleCard(turn, press.card);
  return { kind: "stale", result: turn.result() };
}
