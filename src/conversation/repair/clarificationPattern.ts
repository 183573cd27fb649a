import type { Ambiguity } from "../../content/dialogueCuesSchema.ts";
import { labelButton } from "../dialog/menuButtons.ts";
import type { Turn } from "../dialog/Turn.ts";
import type { CompiledCue } from "./compileCue.ts";
import { compileCues } from "./compileCues.ts";
import type { DialogueMessage } from "./DialogueMessage.ts";
import { matchCues } from "./matchCues.ts";

/** Longer than this, the rest of the message usually says which reading is meant. */
const MAX_WORDS = 6;

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
  if (turn.state.step.kind !== "menu" || message.words.length > MAX_WORDS) return false;
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
