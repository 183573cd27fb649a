import { type ActionId, ActionIdSchema } from "../../content/ids.ts";
import type { Profile, ProfileField } from "../../content/vocabulary/profileSchema.ts";
import { findPlaceInText } from "../answers/findPlaceInText.ts";
import { answerDocumentTopic } from "../dialog/answerDocumentTopic.ts";
import { answerQuestion } from "../dialog/answerQuestion.ts";
import { describeAction } from "../dialog/describeAction.ts";
import { MIN_CONFIDENCE } from "../dialog/MIN_CONFIDENCE.ts";
import { repromptStep } from "../dialog/repromptStep.ts";
import type { Turn } from "../dialog/Turn.ts";
import { askNextQuestion } from "../interview/askNextQuestion.ts";
import { audienceOfAction } from "../interview/audienceOfAction.ts";
import { audienceOfApplicant } from "../interview/audienceOfApplicant.ts";
import { interviewLead } from "../interview/interviewLead.ts";
import type { Understanding } from "../nlu/Understanding.ts";
import { CLEAR_TOPIC_SCORE } from "../ports/ProgrammeKnowledge.ts";
import type { Audience } from "../state/Audience.ts";
import { absorbFacts, type ProfileChanges } from "./absorbFacts.ts";
import type { DialogueMessage } from "./DialogueMessage.ts";
import { describeFacts } from "./describeFacts.ts";

/**
 * Facts told in passing ("io e mio marito lavoriamo tutti e due, la bimba ha 2 anni, siamo a
 * Monza") fill the profile, the user hears what was understood in one line, and the interview
 * goes on from what is still missing. A question about the document is still answered first.
 */
export async function prefillPattern(turn: Turn, message: DialogueMessage): Promise<boolean> {
  const step = turn.state.step;
  if (step.kind !== "menu" && step.kind !== "interview") return false;
  // A short message is an answer, unless it is only a place said at another question ("Bergamo").
  const placeAside = step.kind === "interview" && step.field !== "province" && step.field !== "comune";
  // "Ho un'azienda", "I'm a family": who is asking, said in a few words, opens their door.
  const shortIntro =
    step.kind === "menu" && !turn.state.audience && !message.question && message.words.length <= 4;
  const placeOnly = placeAside && namesOnlyPlace(turn, message);
  if (message.words.length < 4 && !shortIntro && !placeOnly) return false;
  const before = turn.state.profile;
  const changes = await absorbFacts(turn, message);
  // A question that says nothing about the person but a place asks about the place.
  const aboutPerson = [...changes.added, ...changes.changed].some(
    (f) => f !== "province" && f !== "comune" && f !== "applicant_kind",
  );
  if (message.question && !aboutPerson) keepPlace(turn, before, changes);
  if (changes.added.length === 0) return false;
  if (step.kind === "interview") {
    const next = turn.state.audience
      ? turn.deps.knowledge.assess(turn.state.audience, turn.state.profile, turn.state.lang).next
      : undefined;
    if (next?.field === step.field) {
      // The facts did not settle the question asked: the flow reads the answer (the facts stay),
      // except for a place said at another question, which is taken and the question asked again.
      if (!placeOnly) return false;
      if (turn.deps.knowledge.readAnswer(step.field, message.text, undefined, turn.state.profile).ok)
        return false;
      turn.intent = "eligibility_check";
      repromptStep(turn, turn.fill(turn.r.repair.understood, { facts: describeFacts(turn, changes.added) }));
      return true;
    }
    turn.state.interviewTrail.push(before);
    // "Il voucher lo danno anche se lavoro part time?": the fact is taken and the question answered.
    if (message.question) answerDocumentTopic(turn, await turn.understand(message.text), message.text, false);
    turn.intent = "eligibility_check";
    askNextQuestion(
      turn,
      `${turn.fill(turn.r.repair.understood, { facts: describeFacts(turn, changes.added) })} {question}`,
    );
    return true;
  }
  const others = changes.added.filter((f) => f !== "applicant_kind");
  // A situation told in several facts is a request for the interview, even if it ends in a question.
  const topic = others.length >= 2 ? undefined : turn.deps.knowledge.findTopic(message.text, turn.state.lang);
  // "Mio figlio ha 3 anni, cosa posso avere?": with a fact about them, the list of all the actions is
  // the interview's job (it says which fit); any other clear topic is answered.
  const personal =
    others.length >= 1 && topic?.topic === "actions" && message.words.some((w) => FIRST_PERSON.has(w));
  if (message.question && topic && topic.score >= CLEAR_TOPIC_SCORE && !personal) return false;
  const understanding = await turn.understand(message.text);
  // The facts say who is asking: an action for someone else is a misreading, so the understanding's
  // best alternative for them is taken ("casalinga… due figli" is a family, not a start-up).
  const stated = audienceOfApplicant(turn.state.profile.applicant_kind);
  const action = actionFor(understanding, stated ?? turn.state.audience);
  if (action) {
    // "Ho un negozio… mi servirebbe qualcuno per le commissioni": the action first, then the
    // interview from what is still missing.
    const audience = audienceOfAction(action.data);
    if (turn.state.audience && turn.state.audience !== audience) return false;
    const chosen: Understanding = { ...understanding, intent: action.data, confidence: action.confidence };
    // A situation told in several facts wants the action, not a side topic it happens to touch.
    if (others.length >= 2 || chosen.intent !== understanding.intent) describeAction(turn, action.data);
    else answerQuestion(turn, chosen, message.text);
    turn.state.profile = { ...turn.state.profile, interests: [action.data] };
    turn.state.audience = audience;
    sayUnderstood(turn, audience, changes.added);
    turn.intent = action.data;
    return true;
  }
  const kind = turn.state.profile.applicant_kind;
  const audience = turn.state.audience ?? audienceOfApplicant(kind);
  if (!audience || (others.length === 0 && !(shortIntro && changes.added.includes("applicant_kind"))))
    return false;
  turn.state.audience = audience;
  turn.state.lastAnswer = undefined;
  turn.intent = "eligibility_check";
  sayUnderstood(turn, audience, changes.added);
  return true;
}

/** The interview's opening line, what was understood, and the first question still open. */
function sayUnderstood(turn: Turn, audience: Audience, added: ProfileField[]): void {
  turn.say(interviewLead(turn, audience));
  const facts = describeFacts(turn, added);
  if (facts !== "") turn.say(turn.fill(turn.r.repair.understood, { facts }));
  askNextQuestion(turn);
}

/** The understood action, or its best alternative for the audience the facts state; none if unsure. */
function actionFor(
  understanding: Understanding,
  audience: Audience | undefined,
): { data: ActionId; confidence: number } | undefined {
  const readings = [
    { intent: understanding.intent, confidence: understanding.confidence },
    ...understanding.alternatives,
  ];
  for (const [index, reading] of readings.entries()) {
    const action = ActionIdSchema.safeParse(reading.intent);
    // Only an action read for someone else looks for an alternative; anything else is not an action.
    if (!action.success) {
      if (index === 0) return undefined;
      continue;
    }
    const fits = audience === undefined || audienceOfAction(action.data) === audience;
    // The first reading must be confident; an alternative only has to be the best that fits.
    const sure = index === 0 ? reading.confidence >= MIN_CONFIDENCE : reading.confidence >= MIN_ALTERNATIVE;
    if (fits && sure) return { data: action.data, confidence: reading.confidence };
    if (index === 0 && !sure) return undefined;
  }
  return undefined;
}

/** An alternative reading this likely is taken when the first one is for someone else. */
const MIN_ALTERNATIVE = 0.1;

/** "Bergamo", "a Pavia": a place and nothing else. */
function namesOnlyPlace(turn: Turn, message: DialogueMessage): boolean {
  if (message.words.length > 3) return false;
  const place = findPlaceInText(message.text, turn.deps.content.territory);
  return place.province !== undefined || place.comune !== undefined;
}

/** "Quanti progetti a Bergamo?" asks about Bergamo; it does not say the person lives there. */
function keepPlace(turn: Turn, before: Profile, changes: ProfileChanges): void {
  const { province: _province, comune: _comune, ...rest } = turn.state.profile;
  turn.state.profile = {
    ...rest,
    ...(before.province === undefined ? {} : { province: before.province }),
    ...(before.comune === undefined ? {} : { comune: before.comune }),
  };
  const place = (field: ProfileField) => field === "province" || field === "comune";
  changes.added = changes.added.filter((f) => !place(f));
  changes.changed = changes.changed.filter((f) => !place(f));
}

/** A message about oneself ("mio figlio", "abbiamo"), not about people in general ("genitori che lavorano"). */
const FIRST_PERSON = new Set([
  "mio",
  "mia",
  "miei",
  "mie",
  "ho",
  "abbiamo",
  "siamo",
  "io",
  "noi",
  "nostro",
  "nostra",
  "nostri",
  "nostre",
  "my",
  "i",
  "we",
  "our",
  "me",
  "us",
]);
