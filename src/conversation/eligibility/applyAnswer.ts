import type { Content } from "../../content/Content.ts";
import { normalizePlaceName } from "../../content/format/normalizePlaceName.ts";
import type { Question } from "../../content/questionsSchema.ts";
import type { Profile } from "../../content/vocabulary/profileSchema.ts";
import type { QuestionId } from "../../content/vocabulary/questionIds.ts";
import { NUMBER_WORDS } from "../format/numberWords.ts";
import { findComune } from "../place/findComune.ts";
import { isPlausibleTownName } from "../place/isPlausibleTownName.ts";
import { findProvince } from "./findProvince.ts";
import { parseChildAges } from "./parseChildAges.ts";

export type AnswerResult =
  | { ok: true; profile: Profile }
  | { ok: false; reason: "not_understood" | "unknown_question" };

/**
 * Turns the answer to an interview question (a pressed button or typed text) into profile facts.
 * A reply the question cannot read is returned as `not_understood`, so the dialog asks again
 * instead of recording a guess.
 */
export function applyAnswer(
  profile: Profile,
  questionId: QuestionId,
  text: string,
  content: Content,
): AnswerResult {
  const question = content.questions.questions.find((q) => q.id === questionId);
  if (!question) return { ok: false, reason: "unknown_question" };
  const option = matchOption(question, text);
  if (option) return { ok: true, profile: { ...profile, ...option } };
  switch (question.input) {
    case "number": {
      const workers = readCount(text);
      if (workers === undefined || question.number_field !== "workers")
        return { ok: false, reason: "not_understood" };
      const { workers_range: _range, firm_size: _size, ...rest } = profile;
      return { ok: true, profile: { ...rest, workers } };
    }
    case "ages": {
      const ages = parseChildAges(text);
      return ages
        ? { ok: true, profile: { ...profile, children_ages: ages } }
        : { ok: false, reason: "not_understood" };
    }
    case "place":
      return applyPlace(profile, question, text, content);
    default:
      return { ok: false, reason: "not_understood" };
  }
}

/** "un", "una" are usually articles ("una ditta di tre persone"), not counts. */
const ARTICLES = new Set(["un", "una", "uno"]);

/** "12", "1.200", "siamo in tre": the first count in the text. */
function readCount(text: string): number | undefined {
  const digits = /\d+/.exec(text.replace(/(\d)\.(\d{3})/g, "$1$2"));
  if (digits) return Number(digits[0]);
  const word = normalizePlaceName(text)
    .split(" ")
    .find((token) => NUMBER_WORDS[token] !== undefined && !ARTICLES.has(token));
  return word === undefined ? undefined : NUMBER_WORDS[word];
}

function matchOption(question: Question, text: string): Profile | undefined {
  const key = normalizePlaceName(text);
  if (key === "") return undefined;
  const options = spellingsOf(question);
  const exact = options.find((o) => o.spellings.has(key));
  if (exact) return exact.set;
  if (question.input !== "yes_no") return undefined;
  const firstWord = key.split(" ")[0] ?? "";
  return options.find((o) => o.accepts.includes(firstWord))?.set;
}

interface OptionSpellings {
  set: Profile;
  /** The labels and the accepted answers, normalised. */
  spellings: ReadonlySet<string>;
  /** The accepted answers alone, normalised: a yes or no may be the first word of a sentence. */
  accepts: readonly string[];
}

/** Every answer is compared with every option's spellings: normalise them once per loaded question. */
const spellings = new WeakMap<Question, OptionSpellings[]>();

function spellingsOf(question: Question): OptionSpellings[] {
  const cached = spellings.get(question);
  if (cached) return cached;
  const built = question.options.map((o) => {
    const accepts = o.accepts.map(normalizePlaceName);
    return {
      set: o.set,
      spellings: new Set([normalizePlaceName(o.label.it), normalizePlaceName(o.label.en), ...accepts]),
      accepts,
    };
  });
  spellings.set(question, built);
  return built;
}

function applyPlace(profile: Profile, question: Question, text: string, content: Content): AnswerResult {
  const comune = findComune(text, content.territory);
  if (comune) return { ok: true, profile: { ...profile, comune: comune.name, province: comune.province } };
  if (question.id === "province") {
    const province = findProvince(text, content.territory);
    if (province) return { ok: true, profile: { ...profile, province } };
  }
  if (question.id === "comune" && normalizePlaceName(text) !== "" && isPlausibleTownName(text)) {
    return { ok: true, profile: { ...profile, comune: text.trim() } };
  }
  return { ok: false, reason: "not_understood" };
}
