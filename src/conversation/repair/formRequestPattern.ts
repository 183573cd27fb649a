import type { CommandMatch } from "../dialog/matchCommand.ts";
import { labelButton } from "../dialog/menuButtons.ts";
import type { Turn } from "../dialog/Turn.ts";
import { startForm } from "../forms/startForm.ts";
import { audienceOfApplicant } from "../interview/audienceOfApplicant.ts";
import { formForAudience } from "../interview/formForAudience.ts";
import { CLEAR_TOPIC_SCORE } from "../ports/ProgrammeKnowledge.ts";
import type { Audience } from "../state/Audience.ts";
import { absorbFacts } from "./absorbFacts.ts";
import type { DialogueMessage } from "./DialogueMessage.ts";
import { saysMostly } from "./saysMostly.ts";

/**
 * "Vorrei lasciare i miei dati", "voglio essere ricontattata", at any time outside a form: the
 * form that fits what is known starts (its consent first); when nothing says for whom, the user
 * picks impresa, famiglia or attività and that door opens the form directly.
 */
export async function formRequestPattern(
  turn: Turn,
  message: DialogueMessage,
  command: CommandMatch | undefined,
): Promise<boolean> {
  if (turn.state.step.kind.startsWith("form_")) return false;
  const door = turn.state.requestPending ? await doorNamed(turn, message, command) : undefined;
  // "Ok" to "per chi è la richiesta?" is not an answer: the question again, with its doors.
  const affirmed = command?.id === "yes" || (command === undefined && saysMostly(message, "affirm", 0.6));
  if (!door && turn.state.requestPending && affirmed) {
    askWhichRequest(turn);
    return true;
  }
  if (door) {
    turn.state.requestPending = false;
    const audience: Audience = door;
    turn.state.audience = audience;
    turn.intent = "leave_contact";
    startForm(turn, formForAudience(audience, turn.state.recommended, turn.deps.content.forms));
    return true;
  }
  // "Sì" right after a verdict takes the step it offered: leaving a request.
  const step = turn.state.step.kind;
  if (
    step === "menu" &&
    affirmed &&
    !turn.state.requestPending &&
    turn.state.verdictShown &&
    turn.state.audience
  ) {
    turn.intent = "leave_contact";
    startForm(turn, formForAudience(turn.state.audience, turn.state.recommended, turn.deps.content.forms));
    return true;
  }
  // "Non voglio dare i miei dati" names the form only to refuse it.
  const refused = (message.acts.deny?.coverage ?? 0) >= 0.5;
  const asked =
    command?.id === "leave_request" ||
    (command === undefined && message.acts.form_request !== undefined && !refused);
  if (!asked) return false;
  // "Posso ancora presentare domanda per i voucher?" asks about the document, not for a form.
  const topic =
    command === undefined && message.question
      ? turn.deps.knowledge.findTopic(message.text, turn.state.lang)
      : undefined;
  if (topic && topic.score >= CLEAR_TOPIC_SCORE) return false;
  if (!turn.state.audience) await absorbFacts(turn, message);
  const kind = turn.state.profile.applicant_kind;
  const audience = turn.state.audience ?? audienceOfApplicant(kind);
  turn.intent = "leave_contact";
  if (!audience) {
    askWhichRequest(turn);
    return true;
  }
  turn.state.audience = audience;
  startForm(turn, formForAudience(audience, turn.state.recommended, turn.deps.content.forms));
  return true;
}

/** The answer to "per chi è la richiesta?": a door's button, or words that say who ("for my company"). */
async function doorNamed(
  turn: Turn,
  message: DialogueMessage,
  command: CommandMatch | undefined,
): Promise<Audience | undefined> {
  if (command?.id === "firm" || command?.id === "family" || command?.id === "self_employment")
    return command.id;
  if (command !== undefined || message.words.length > 8) return undefined;
  const before = turn.state.profile;
  await absorbFacts(turn, message);
  const audience = audienceOfApplicant(turn.state.profile.applicant_kind);
  if (!audience) turn.state.profile = before;
  return audience;
}

function askWhichRequest(turn: Turn): void {
  turn.intent = "leave_contact";
  turn.state.requestPending = true;
  turn.state.step = { kind: "menu" };
  turn.say(turn.r.repair.which_request, {
    buttons: [turn.r.menu.firm, turn.r.menu.family, turn.r.menu.self_employment].map(labelButton),
  });
}
