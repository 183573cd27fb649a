import { copyPlainData } from "../../kernel/copyPlainData.ts";
import { candidateFor } from "../forms/correctFormFields.ts";
import { handleConsent } from "../forms/handleConsent.ts";
import { handleFieldAnswer } from "../forms/handleFieldAnswer.ts";
import { handlePickField } from "../forms/handlePickField.ts";
import { handleReview } from "../forms/handleReview.ts";
import { leaveFormFor } from "../forms/leaveFormFor.ts";
import { startForm } from "../forms/startForm.ts";
import { formForAudience } from "../interview/formForAudience.ts";
import { handleInterviewAnswer } from "../interview/handleInterviewAnswer.ts";
import { detectLanguage } from "../nlu/detectLanguage.ts";
import { handlePlaceAnswer } from "../place/handlePlaceAnswer.ts";
import { askErase } from "../privacy/askErase.ts";
import { handleEraseAnswer } from "../privacy/handleEraseAnswer.ts";
import { backPattern } from "../repair/backPattern.ts";
import { cancelPattern } from "../repair/cancelPattern.ts";
import { clarificationPattern } from "../repair/clarificationPattern.ts";
import { correctionPattern } from "../repair/correctionPattern.ts";
import { followUpPattern } from "../repair/followUpPattern.ts";
import { formRequestPattern } from "../repair/formRequestPattern.ts";
import { naturalCommand } from "../repair/naturalCommand.ts";
import { noticeEscalation } from "../repair/noticeEscalation.ts";
import { prefillPattern } from "../repair/prefillPattern.ts";
import { queuePattern } from "../repair/queuePattern.ts";
import { readMessage } from "../repair/readMessage.ts";
import { repeatPattern } from "../repair/repeatPattern.ts";
import { saysMostly } from "../repair/saysMostly.ts";
import { skipPattern } from "../repair/skipPattern.ts";
import type { ConversationState } from "../state/ConversationState.ts";
import type { Inbound } from "../turn.ts";
import { handleFreeText } from "./handleFreeText.ts";
import { introduce } from "./introduce.ts";
import { type CommandMatch, matchCommand } from "./matchCommand.ts";
import { repromptStep } from "./repromptStep.ts";
import { requestHandoff } from "./requestHandoff.ts";
import { Turn } from "./Turn.ts";
import type { TurnContext, TurnDeps } from "./TurnDeps.ts";
import type { TurnResult } from "./TurnResult.ts";

/**
 * The conversation core: one inbound message and the stored state in, the replies (each with its
 * channelData), the next state and the effects out. No I/O of its own: the understanding, the
 * clock and the reference generator come in `deps`, and the conversation service stores the
 * result and applies the effects in one transaction.
 */
export async function handleTurn(
  inbound: Inbound,
  state: ConversationState,
  context: TurnContext,
  deps: TurnDeps,
): Promise<TurnResult> {
  const turn = new Turn(copyPlainData(state), context, deps);
  if (inbound.kind === "start") {
    if (!turn.state.introduced) {
      if (inbound.lang) turn.state.lang = inbound.lang;
      turn.intent = "greeting";
      introduce(turn, true);
    } else {
      repromptStep(turn, turn.r.opening.welcome_back);
    }
    return turn.result();
  }
  const text = inbound.text.trim();
  const command = matchCommand(text, deps.content);
  if (command?.lang) turn.state.lang = command.lang;
  // The client's language for this message wins when the words do not say otherwise: "hello" or
  // "and Monza?" sent from an English page is English even if the conversation began in Italian.
  const hinted = inbound.lang;
  if (!command && hinted && hinted !== turn.state.lang && turn.state.step.kind === "menu") {
    if (detectLanguage(text, hinted) === hinted) turn.state.lang = hinted;
  }
  if (!turn.state.introduced) {
    // The opening speaks the user's language from the first message ("Hello, …" gets English).
    const understanding = command === undefined ? await turn.understand(text) : undefined;
    const greeting = understanding?.intent === "greeting";
    if (understanding && (greeting || text.split(/\s+/).length >= 2)) turn.state.lang = understanding.lang;
    turn.intent = greeting ? "greeting" : undefined;
    introduce(turn, greeting);
    if (greeting) return turn.result();
  }
  await continueConversation(turn, command, text);
  if (turn.handoffRequested()) await noticeEscalation(turn);
  trackIntent(turn);
  return turn.result();
}

/** One anonymous event per message: what it was about, where, and which form step it reached. */
function trackIntent(turn: Turn): void {
  const intent = turn.currentIntent();
  if (!intent) return;
  const step = turn.state.step;
  turn.track({
    kind: "intent",
    intent,
    actionIds: turn.actions ?? [],
    ...(turn.state.profile.province ? { province: turn.state.profile.province } : {}),
    ...("form" in step ? { formId: step.form } : {}),
    ...(step.kind === "form_field" ? { step: step.field } : {}),
    ...(turn.understanding ? { value: turn.understanding.confidence } : {}),
  });
}

async function continueConversation(
  turn: Turn,
  command: ReturnType<typeof matchCommand>,
  text: string,
): Promise<void> {
  const message = readMessage(text, turn.deps.content.dialogue);
  if (!command && turn.state.step.kind === "menu" && message.words.length >= 3) {
    // Free text with nothing pending speaks the user's language, whatever pattern answers it.
    turn.state.lang = (await turn.understand(text)).lang;
  }
  const natural = command ?? naturalCommand(turn, message);
  if (turn.state.confirmingErase && handleEraseAnswer(turn, natural)) return;
  if (command?.id === "erase") {
    askErase(turn);
    return;
  }
  if (await queuePattern(turn, message, command)) return;
  // "Preferirei parlare con qualcuno", "I'd rather speak to someone": the button in words, in every state.
  if (command?.id === "person" || (command === undefined && saysMostly(message, "person_request", 0.5))) {
    turn.intent = "human_handoff";
    requestHandoff(turn, "user_request");
    if (turn.state.step.kind !== "menu") repromptStep(turn);
    return;
  }
  if (cancelPattern(turn, message, command)) return;
  if (repeatPattern(turn, message)) return;
  if (backPattern(turn, message, command)) return;
  const skip = skipPattern(turn, message, command);
  if (skip === "handled") return;
  if (await formRequestPattern(turn, message, command)) return;
  const correction = command ? undefined : await correctionPattern(turn, message);
  if (correction?.kind === "handled") return;
  const answerText = correction?.kind === "retry" ? correction.text : text;
  if (!command && correction === undefined && (await followUpPattern(turn, message))) return;
  if (!command && !natural && (await prefillPattern(turn, message))) return;
  if (!command && clarificationPattern(turn, message)) return;
  await runFlow(turn, skip ?? natural, answerText);
}

/** The business flow of the current step: interview, place, consent, form field, review or free text. */
async function runFlow(turn: Turn, command: CommandMatch | undefined, text: string): Promise<void> {
  const step = turn.state.step;
  const inForm = step.kind.startsWith("form_");
  if (inForm && (command?.id === "firm" || command?.id === "family" || command?.id === "self_employment")) {
    // At the consent nothing was given yet: another door is another request, not a cancelled one.
    if (step.kind === "form_consent") {
      turn.state.audience = command.id;
      turn.intent = "leave_contact";
      startForm(turn, formForAudience(command.id, [], turn.deps.content.forms));
      return;
    }
    leaveFormFor(turn, command.id);
    return;
  }
  switch (step.kind) {
    case "form_consent":
      return handleConsent(turn, step.form, command, text);
    case "form_field":
      return handleFieldAnswer(turn, step.field, command, fieldText(turn, step.field, text));
    case "form_review":
      return handleReview(turn, command, text);
    case "form_pick_field":
      return handlePickField(turn, command, text);
    case "interview":
      return handleInterviewAnswer(turn, step.field, command, yesNoText(turn, command, text));
    case "ask_place":
      return handlePlaceAnswer(turn, step.field, command, text);
    case "menu":
      return handleFreeText(turn, command, text);
  }
}

/** A codice fiscale, email or phone said inside a sentence is the answer to a field of its kind. */
function fieldText(turn: Turn, fieldId: string, text: string): string {
  const progress = turn.state.form;
  const field = progress
    ? turn.deps.content.forms[progress.id].fields.find((f) => f.id === fieldId)
    : undefined;
  if (!field || (field.type !== "codice_fiscale" && field.type !== "email" && field.type !== "phone"))
    return text;
  return candidateFor(field, text, turn.deps.content.territory) ?? text;
}

/** A natural yes or no to an interview question reads as the plain word the engine knows. */
function yesNoText(turn: Turn, command: CommandMatch | undefined, text: string): string {
  if (command?.id === "yes") return turn.state.lang === "it" ? "sì" : "yes";
  if (command?.id === "no") return "no";
  return text;
}
