import type { DialogueCues } from "../../content/dialogueCuesSchema.ts";
import { ACT_IDS, type ActId } from "../../content/vocabulary/ActId.ts";
import { normalizeUtterance } from "../dialog/normalizeUtterance.ts";
import type { CompiledCue } from "./compileCue.ts";
import { compileCues } from "./compileCues.ts";
import type { ActReading, DialogueMessage } from "./DialogueMessage.ts";
import { matchCueLists } from "./matchCues.ts";

/** Words that carry no act of their own: they neither make nor break a match's coverage. */
const FILLERS = new Set([
  "scusa",
  "scusami",
  "senti",
  "guarda",
  "allora",
  "beh",
  "be",
  "ecco",
  "pure",
  "per",
  "favore",
  "grazie",
  "oh",
  "ah",
  "mah",
  "comunque",
  "ma",
  "ehm",
  "uhm",
  "mi",
  "please",
  "well",
  "so",
  "hmm",
  "um",
  "uh",
  "thanks",
  "thank",
  "you",
  "just",
  "then",
  "ok",
  "okay",
  "dai",
  "ora",
  "adesso",
  "now",
  "il",
  "la",
  "lo",
  "i",
  "le",
  "un",
  "una",
  "the",
  "a",
  "tutto",
  "everything",
  "all",
  "this",
  "questo",
  "questa",
  "it",
]);

const QUESTION_WORDS = new Set([
  "come",
  "cosa",
  "che",
  "quale",
  "quali",
  "quanto",
  "quanti",
  "quante",
  "quando",
  "dove",
  "chi",
  "perche",
  "posso",
  "what",
  "how",
  "which",
  "when",
  "where",
  "who",
  "why",
  "can",
  "could",
  "is",
  "are",
  "do",
  "does",
]);

const compiled = new WeakMap<DialogueCues, CompiledCue[][]>();

/** The cues of each act, in the order of ACT_IDS: one family, read in one pass. */
function cuesOf(cues: DialogueCues): CompiledCue[][] {
  const cached = compiled.get(cues);
  if (cached) return cached;
  const of = (id: ActId) => compileCues([...cues.acts[id].it, ...cues.acts[id].en]);
  const complete: Record<ActId, CompiledCue[]> = {
    cancel: of("cancel"),
    repeat: of("repeat"),
    back: of("back"),
    skip: of("skip"),
    affirm: of("affirm"),
    deny: of("deny"),
    correction: of("correction"),
    follow_up: of("follow_up"),
    form_request: of("form_request"),
    queue_wait: of("queue_wait"),
    person_request: of("person_request"),
  };
  const lists = ACT_IDS.map((act) => complete[act]);
  compiled.set(cues, lists);
  return lists;
}

/**
 * Reads the dialogue acts of a message (cancel, repeat, agree…) from the cues in
 * intents/dialogue/acts.yaml, with how much of the message each act covers: "basta, voglio
 * uscire" is all cancel, "basta un documento?" is a question that merely contains "basta".
 */
export function readMessage(text: string, cues: DialogueCues): DialogueMessage {
  // A turn reads its message where it starts and again where it answers a document topic: the
  // reading is pure, so the last one per set of cues is kept (readonly to whoever gets it).
  const last = lastRead.get(cues);
  if (last?.text === text) return last;
  const message = read(text, cues);
  lastRead.set(cues, message);
  return message;
}

const lastRead = new WeakMap<DialogueCues, DialogueMessage>();

function read(text: string, cues: DialogueCues): DialogueMessage {
  const words = normalizeUtterance(text)
    .split(" ")
    .filter((w) => w !== "");
  const meaningful = words.filter((w) => !FILLERS.has(w)).length;
  const acts: Partial<Record<ActId, ActReading>> = {};
  const found = matchCueLists(words, cuesOf(cues));
  ACT_IDS.forEach((act, i) => {
    const spans = found[i] ?? [];
    if (spans.length === 0) return;
    const covered = new Set<number>();
    for (const span of spans) for (let i = span.start; i < span.end; i++) covered.add(i);
    const coveredMeaningful = [...covered].filter((i) => !FILLERS.has(words[i] ?? "")).length;
    const reading: ActReading = {
      spans,
      coverage: meaningful === 0 ? 1 : Math.min(1, coveredMeaningful / meaningful),
      atStart: spans.some((s) => words.slice(0, s.start).every((w) => FILLERS.has(w))),
    };
    acts[act] = reading;
  });
  const first = words[0] ?? "";
  return { text, words, acts, question: text.includes("?") || QUESTION_WORDS.has(first) };
}
