import type { Turn } from "../dialog/Turn.ts";
import { correctFormFields } from "../forms/correctFormFields.ts";
import { askNextQuestion } from "../interview/askNextQuestion.ts";
import { startInterview } from "../interview/startInterview.ts";
import { CLEAR_TOPIC_SCORE } from "../ports/ProgrammeKnowledge.ts";
import type { Audience } from "../state/Audience.ts";
import { absorbFacts } from "./absorbFacts.ts";
import type { DialogueMessage } from "./DialogueMessage.ts";
import { describeFacts } from "./describeFacts.ts";
import { reanswer } from "./followUpPattern.ts";
import { meantWords } from "./meantWords.ts";
import { reanswerPrevious } from "./reanswerPrevious.ts";

/**
 * "Anzi siamo in 3", "no aspetta, ha 4 anni", "ho sbagliato, sono a Como": the profile is
 * updated, the user is told what changed, and whatever depended on it is worked out again (the
 * next question, the verdict, the last answer). In a form the rest of the message is the new
 * answer to the field (`retry`).
 */
export async function correctionPattern(
  turn: Turn,
  message: DialogueMessage,
): Promise<{ kind: "handled" } | { kind: "retry"; text: string } | undefined> {
  const reading = message.acts.correction;
  // What the person meant comes after the last correction cue: "Bergamo, anzi no, Brescia".
  const span = reading?.spans.at(-1);
  if (!reading || !span) return undefined;
  const words = meantWords(message.words.slice(span.end));
  if (words.length === 0) return undefined;
  // "Scusa, quanti soldi ha avuto Mantova?" is a question, not a correction.
  if (message.question) {
    const topic = turn.deps.knowledge.findTopic(message.text, turn.state.lang);
    if (topic && topic.score >= CLEAR_TOPIC_SCORE) return undefined;
  }
  const tail = words.join(" ");
  const step = turn.state.step;
  if (step.kind === "form_field" || step.kind === "form_review") {
    // The tail keeps the meant value ("non A ma B"); the whole text keeps a named field's marks ("il nome: è …").
    if (correctFormFields(turn, tail) || correctFormFields(turn, message.text)) return { kind: "handled" };
    return step.kind === "form_field" ? { kind: "retry", text: tail } : undefined;
  }
  if (step.kind === "ask_place") return { kind: "retry", text: tail };
  if (step.kind !== "menu" && step.kind !== "interview") return undefined;
  if (step.kind === "interview") {
    // "Anzi no, chiedo per la mia famiglia": the other door, named, starts its own interview.
    const door = namedDoor(words);
    if (door && door !== turn.state.audience) {
      startInterview(turn, door);
      return { kind: "handled" };
    }
    // "No aspetta, sì": the rest answers the question itself.
    const plain = turn.deps.knowledge.readAnswer(step.field, tail, undefined, turn.state.profile);
    if (plain.ok) return { kind: "retry", text: tail };
    if (reanswerPrevious(turn, tail)) {
      turn.intent = "eligibility_check";
      askNextQuestion(turn, undefined, step.field);
      return { kind: "handled" };
    }
  }
  const changes = await absorbFacts(turn, message, { correcting: true, bareAges: true, words });
  const fields = [...changes.changed, ...changes.added];
  if (fields.length === 0) return undefined;
  const said = describeFacts(turn, fields);
  if (said !== "") turn.say(turn.fill(turn.r.repair.corrected, { facts: said }));
  const verdictShown = step.kind === "menu" && turn.state.verdictShown;
  if (turn.state.audience && (step.kind === "interview" || verdictShown)) {
    turn.intent = "eligibility_check";
    askNextQuestion(turn, undefined, step.kind === "interview" ? step.field : undefined);
    return { kind: "handled" };
  }
  const placeChanged = fields.includes("province") || fields.includes("comune");
  if (placeChanged && turn.state.lastAnswer) {
    const understanding = await turn.understand(message.text);
    if (reanswer(turn, message.text, understanding)) return { kind: "handled" };
  }
  return { kind: "handled" };
}

/** The words that name a door outright (not "mia moglie", which a firm's owner may also say). */
const DOOR_WORDS: ReadonlyArray<{ audience: Audience; words: ReadonlySet<string> }> = [
  { audience: "family", words: new Set(["famiglia", "family"]) },
  { audience: "firm", words: new Set(["impresa", "azienda", "ditta", "business", "company", "firm"]) },
];

function namedDoor(words: readonly string[]): Audience | undefined {
  const named = DOOR_WORDS.filter((door) => words.some((w) => door.words.has(w)));
  return named.length === 1 ? named[0]?.audience : undefined;
}
