import { ActionIdSchema } from "../../content/ids.ts";
import { answerStaleReview } from "../forms/answerStaleReview.ts";
import { startForm } from "../forms/startForm.ts";
import { audienceOfAction } from "../interview/audienceOfAction.ts";
import { formForAudience } from "../interview/formForAudience.ts";
import { sayActionFit } from "../interview/sayActionFit.ts";
import { startInterview } from "../interview/startInterview.ts";
import type { Understanding } from "../nlu/Understanding.ts";
import { tellNetwork } from "../place/tellNetwork.ts";
import { absorbEntities } from "./absorbEntities.ts";
import { answerDocumentTopic } from "./answerDocumentTopic.ts";
import { answerQuestion } from "./answerQuestion.ts";
import { MIN_CONFIDENCE } from "./MIN_CONFIDENCE.ts";
import type { CommandMatch } from "./matchCommand.ts";
import { menuButtons } from "./menuButtons.ts";
import { requestHandoff } from "./requestHandoff.ts";
import { sayFallback } from "./sayFallback.ts";
import { showMenu } from "./showMenu.ts";
import type { Turn } from "./Turn.ts";

/** Nothing pending: a menu door, or free text routed by its intent. */
export async function handleFreeText(
  turn: Turn,
  command: CommandMatch | undefined,
  text: string,
): Promise<void> {
  switch (command?.id) {
    case "firm":
    case "family":
    case "self_employment":
      startInterview(turn, command.id);
      return;
    case "leave_request":
      startRequest(turn);
      return;
    case "menu":
      showMenu(turn);
      return;
    case "submit":
      answerStaleReview(turn);
      return;
    case "edit":
      // The bare "Modifica" of an old summary; "modifica email" and the like go on to the understanding.
      if (command.rest === undefined) {
        answerStaleReview(turn);
        return;
      }
      break;
    default:
      break;
  }
  const understanding = await turn.understand(text);
  if (answersDocument(turn, understanding, text)) return;
  if (understanding.intent === "out_of_scope" || understanding.confidence < MIN_CONFIDENCE) {
    sayFallback(turn, understanding.intent === "out_of_scope" && understanding.confidence >= MIN_CONFIDENCE);
    return;
  }
  if (text.trim().split(/\s+/).length >= 2) turn.state.lang = understanding.lang;
  turn.intent = understanding.intent;
  absorbEntities(turn, understanding);
  switch (understanding.intent) {
    case "greeting":
      showMenu(turn);
      return;
    case "goodbye":
      turn.say(turn.r.goodbye);
      return;
    case "help":
      turn.say(turn.r.help, { buttons: menuButtons(turn.r) });
      return;
    case "human_handoff":
      requestHandoff(turn, "user_request");
      return;
    case "eligibility_check":
      if (turn.state.audience) startInterview(turn, turn.state.audience);
      else showMenu(turn);
      return;
    case "leave_contact":
      startRequest(turn);
      return;
    case "find_network":
      // The place may still be missing: tellNetwork asks for it, and remembers it is waiting.
      tellNetwork(turn, understanding, text);
      return;
    default: {
      const action = ActionIdSchema.safeParse(understanding.intent);
      if (action.success) {
        answerQuestion(turn, understanding, text);
        // After the verdict for this door: whether this action fits, not the interview again.
        if (turn.state.verdictShown && turn.state.audience === audienceOfAction(action.data)) {
          sayActionFit(turn, action.data);
          turn.intent = action.data;
          return;
        }
        turn.state.profile = { ...turn.state.profile, interests: [action.data] };
        startInterview(turn, audienceOfAction(action.data));
        turn.intent = action.data;
        return;
      }
      if (!answerQuestion(turn, understanding, text)) sayFallback(turn);
    }
  }
}

/** A clear question on the programme document is answered, in the language it was asked in. */
function answersDocument(turn: Turn, understanding: Understanding, text: string): boolean {
  const before = turn.state.lang;
  if (text.trim().split(/\s+/).length >= 2) turn.state.lang = understanding.lang;
  if (answerDocumentTopic(turn, understanding, text, true)) {
    absorbEntities(turn, understanding);
    return true;
  }
  turn.state.lang = before;
  return false;
}

/** "Lascia una richiesta": the form for the best recommendation, or first the menu's doors. */
function startRequest(turn: Turn): void {
  const audience = turn.state.audience;
  if (!audience) {
    showMenu(turn);
    return;
  }
  turn.intent = "leave_contact";
  startForm(turn, formForAudience(audience, turn.state.recommended, turn.deps.content.forms));
}
