import { ActionIdSchema } from "../../content/ids.ts";
import { repromptStep } from "../dialog/repromptStep.ts";
import { sayProgrammeAnswer } from "../dialog/sayProgrammeAnswer.ts";
import type { Turn } from "../dialog/Turn.ts";
import { audienceOfAction } from "../interview/audienceOfAction.ts";
import { sayActionFit } from "../interview/sayActionFit.ts";
import type { Understanding } from "../nlu/Understanding.ts";
import { tellNetwork } from "../place/tellNetwork.ts";
import { absorbFacts } from "./absorbFacts.ts";
import type { DialogueMessage } from "./DialogueMessage.ts";
import { describeFacts } from "./describeFacts.ts";

/** Longer than this, a message is a question of its own, not an ellipsis of the last one. */
const MAX_FOLLOW_UP_WORDS = 7;

/**
 * "E a Lodi?", "e Mantova?", "and Brescia?", "e per le famiglie?": the last answer's question
 * asked again with the detail the new message brings (a place, an action), whatever the topic.
 */
export async function followUpPattern(turn: Turn, message: DialogueMessage): Promise<boolean> {
  const last = turn.state.lastAnswer;
  const step = turn.state.step;
  const cue = message.acts.follow_up;
  if (message.words.length > MAX_FOLLOW_UP_WORDS) return false;
  // Mid-interview or mid-form only an explicit "e …?" is a follow-up: a bare "Lodi" is an answer.
  if (step.kind !== "menu" && !cue?.atStart) return false;
  const understanding = await turn.understand(message.text);
  const { province, comune } = understanding.entities;
  const action = ActionIdSchema.safeParse(understanding.intent);
  const namesPlace = province !== undefined || comune !== undefined;
  const short = message.words.length <= 3;
  if (!cue?.atStart && !(short && namesPlace)) return false;
  if (!namesPlace && !action.success) return false;
  if (!last) return step.kind === "menu" && namesPlace && (await placeAfterVerdict(turn, message));
  // Asked where they live, "e Menaggio?" is the answer, unless the last answer was about a place's figures.
  if (step.kind === "ask_place" && !last.province && !last.comune) return false;
  if (step.kind === "interview" && answersQuestion(turn, step.field, message.text)) return false;
  const pending = step.kind !== "menu";
  if (!reanswer(turn, message.text, understanding)) return false;
  if (
    !pending &&
    action.success &&
    turn.state.verdictShown &&
    turn.state.audience === audienceOfAction(action.data)
  )
    sayActionFit(turn, action.data);
  if (pending) repromptStep(turn, turn.r.interview.back_to_question.replace("{question}", "").trim());
  return true;
}

function answersQuestion(turn: Turn, field: string, text: string): boolean {
  return turn.deps.knowledge.readAnswer(field, text, undefined, turn.state.profile).ok;
}

/** "E se lavorassi a Milano?" after a verdict: the place changes and the verdict's network with it. */
async function placeAfterVerdict(turn: Turn, message: DialogueMessage): Promise<boolean> {
  if (!turn.state.audience || turn.state.recommended.length === 0) return false;
  const changes = await absorbFacts(turn, message, { correcting: true });
  const fields = [...changes.changed, ...changes.added].filter((f) => f === "province" || f === "comune");
  if (fields.length === 0) return false;
  turn.say(turn.fill(turn.r.repair.corrected, { facts: describeFacts(turn, fields) }));
  // Eligibility does not depend on the place within Lombardy: only the network changes.
  tellNetwork(turn, undefined, message.text);
  turn.actions = turn.state.recommended;
  return true;
}

/** The last answer's question again, with the place or action of `understanding`. */
export function reanswer(turn: Turn, text: string, understanding: Understanding): boolean {
  const last = turn.state.lastAnswer;
  if (!last) return false;
  const { province, comune } = understanding.entities;
  const action = ActionIdSchema.safeParse(understanding.intent);
  const namesPlace = province !== undefined || comune !== undefined;
  // "E a Lodi?" after a network named: the network of the new place (a figure's follow-up keeps its topic).
  const aboutNetwork = last.topic === undefined ? last.intent === "find_network" : last.topic === "which_ats";
  if (aboutNetwork && namesPlace) {
    const { comune: _old, ...rest } = turn.state.profile;
    turn.state.profile = { ...rest, ...(province ? { province } : {}), ...(comune ? { comune } : {}) };
    tellNetwork(turn, understanding, text);
    return true;
  }
  const asked: Understanding = { ...understanding, intent: last.intent, confidence: 1 };
  const answer = turn.deps.knowledge.answer(asked, text, turn.state.profile, turn.state.lang, {
    ...(last.topic ? { topic: last.topic } : {}),
    ...(namesPlace
      ? {}
      : {
          place: {
            ...(last.province ? { province: last.province } : {}),
            ...(last.comune ? { comune: last.comune } : {}),
          },
        }),
    ...(action.success ? { action: action.data } : last.action ? { action: last.action } : {}),
  });
  if (!answer) return false;
  sayProgrammeAnswer(turn, last.intent, answer, true);
  return true;
}
