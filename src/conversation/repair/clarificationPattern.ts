import type { Ambiguity, VagueAnswer } from "../../content/dialogueCuesSchema.ts";
import { findPlaceInText } from "../answers/findPlaceInText.ts";
import { labelButton } from "../dialog/menuButtons.ts";
import type { Turn } from "../dialog/Turn.ts";
import type { CompiledCue } from "./compileCue.ts";
import { compileCues } from "./compileCues.ts";
import type { DialogueMessage } from "./DialogueMessage.ts";
import { matchCues } from "./matchCues.ts";

/** Longer than this, the rest of the message usually says which reading is meant. */
const MAX_WORDS = 6;
/** A topic this clear is what the message means, whatever word in it has two readings. */
const SETTLED_TOPIC_SCORE = 0.85;

interface CompiledAmbiguity {
  ambiguity: Ambiguity;
  cues: CompiledCue[];
  readings: CompiledCue[][];
}

const compiled = new WeakMap<Ambiguity[], CompiledAmbiguity[]>();

function compile(list: Ambiguity[]): CompiledAmbiguity[] {
  const cached = compiled.get(list);
  if (cached) return cached;
  const of = (cues: { it: string[]; en: string[] }) => compileCues([...cues.it, ...cues.en]);
  const built = list.map((ambiguity) => ({
    ambiguity,
    cues: of(ambiguity.cues),
    readings: ambiguity.readings.map((r) => of(r.means)),
  }));
  compiled.set(list, built);
  return built;
}

/**
 * "Mi interessa il centro", "info sulla rete", "tell me about the call": a short message with a
 * word that has two close readings in this programme (intents/dialogue/ambiguities.yaml), and
 * nothing saying which, gets "Intendi … oppure …?" with a button per reading instead of a guess.
 */
export function clarificationPattern(turn: Turn, message: DialogueMessage): boolean {
  if (turn.state.step.kind === "interview") return askPrecision(turn, turn.state.step.field, message);
  if (turn.state.step.kind !== "menu" || message.words.length > MAX_WORDS) return false;
  // "Which network covers Lecco?": a place named says it is about the local network, not firms.
  const place = findPlaceInText(message.text, turn.deps.content.territory);
  if (place.province !== undefined || place.comune !== undefined) return false;
  // "Quante reti ci sono oggi?": the document's topic settles the reading.
  const topic = turn.deps.knowledge.findTopic(message.text, turn.state.lang, turn.state.lastAnswer?.topic);
  if (topic && topic.score >= SETTLED_TOPIC_SCORE) return false;
  for (const { ambiguity, cues, readings } of compile(turn.deps.content.dialogue.ambiguities)) {
    if (matchCues(message.words, cues).length === 0) continue;
    if (readings.some((reading) => matchCues(message.words, reading).length > 0)) continue;
    const lang = turn.state.lang;
    const labels = ambiguity.readings.map((r) => r.label[lang]);
    turn.intent = "help";
    turn.say(
      turn.fill(turn.r.repair.clarify, { options: labels.map((l) => `«${l}»`).join(turn.r.repair.or) }),
      {
        buttons: labels.map(labelButton),
      },
    );
    return true;
  }
  return false;
}

const compiledVague = new WeakMap<VagueAnswer[], Array<{ vague: VagueAnswer; cues: CompiledCue[] }>>();

/** "Uno piccolo e uno grande" to "quanti anni hanno?": what is missing is asked, not "non ho capito". */
function askPrecision(turn: Turn, field: string, message: DialogueMessage): boolean {
  const list = turn.deps.content.dialogue.vagueAnswers;
  let built = compiledVague.get(list);
  if (!built) {
    built = list.map((vague) => ({ vague, cues: compileCues([...vague.cues.it, ...vague.cues.en]) }));
    compiledVague.set(list, built);
  }
  const entry = built.find((b) => b.vague.question === field && matchCues(message.words, b.cues).length > 0);
  if (!entry) return false;
  if (turn.deps.knowledge.readAnswer(field, message.text, undefined, turn.state.profile).ok) return false;
  turn.intent = "eligibility_check";
  const audience = turn.state.audience;
  const next = audience
    ? turn.deps.knowledge.assess(audience, turn.state.profile, turn.state.lang, field).next
    : undefined;
  // The precision asked replaces the question: its buttons stay, its wording would repeat it.
  turn.say(entry.vague.ask[turn.state.lang], { buttons: next?.field === field ? next.buttons : [] });
  return true;
}
