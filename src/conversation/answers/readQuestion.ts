import type { Content } from "../../content/Content.ts";
import type { ActionId, AtsId } from "../../content/ids.ts";
import { createPhraseMatcher, type PhraseMatcher, type PhraseSpan, wordsOf } from "./createPhraseMatcher.ts";
import { findPlaceInText, type PlaceInText } from "./findPlaceInText.ts";

/** What a message says that matters for choosing and filling an answer. */
export interface QuestionReading {
  /** Concepts of concepts.yaml found in the message, plus `$place` and `$action` when found. */
  concepts: ReadonlySet<string>;
  place: PlaceInText;
  /** The action the message names, the most specific wording winning. */
  action: ActionId | undefined;
  /** The ATS the message names ("l'ATS della Val Padana"): its name is not a place. */
  ats: AtsId | undefined;
}

interface Matchers {
  concepts: PhraseMatcher<string>;
  actions: PhraseMatcher<ActionId>;
  ats: PhraseMatcher<AtsId>;
}

/** How an ATS is written before its name: "ATS Insubria", "ATS della Montagna", "ATS dell'Insubria". */
const ATS_LINKS = ["", "di ", "della ", "dell ", "del ", "de "];

/** Hundreds of phrases are checked per message: index them once per loaded content. */
const prepared = new WeakMap<Content, Matchers>();

function matchersFor(content: Content): Matchers {
  const cached = prepared.get(content);
  if (cached) return cached;
  const built: Matchers = {
    concepts: createPhraseMatcher(
      Object.entries(content.concepts.concepts).flatMap(([name, phrases]) =>
        phrases.map((phrase): [string, string] => [name, phrase]),
      ),
    ),
    actions: createPhraseMatcher(
      content.actions.actions.flatMap((action) =>
        action.keywords.map((phrase): [ActionId, string] => [action.id, phrase]),
      ),
    ),
    ats: createPhraseMatcher(
      content.networks.networks.flatMap((network) => [
        [network.ats, network.ats_name.it] as [AtsId, string],
        [network.ats, network.ats_name.en] as [AtsId, string],
        ...network.names.flatMap((name) =>
          ATS_LINKS.map((link): [AtsId, string] => [network.ats, `ats ${link}${name}`]),
        ),
        ...network.alone.map((name): [AtsId, string] => [network.ats, name]),
      ]),
    ),
  };
  prepared.set(content, built);
  return built;
}

/**
 * Reads the concepts, the place and the action of a programme question. A turn may read its
 * message twice (the clarification looks for a settled topic, then the answer reads it): the
 * reading is pure, so the last one per loaded content is kept (readonly to whoever gets it).
 */
export function readQuestion(text: string, content: Content): QuestionReading {
  const last = lastRead.get(content);
  if (last?.text === text) return last.reading;
  const reading = read(text, content);
  lastRead.set(content, { text, reading });
  return reading;
}

const lastRead = new WeakMap<Content, { text: string; reading: QuestionReading }>();

function read(text: string, content: Content): QuestionReading {
  const words = wordsOf(text);
  const matchers = matchersFor(content);
  const concepts = new Set(matchers.concepts.find(words).keys());
  const atsSpans = matchers.ats.spans(words);
  const ats = longest(atsSpans);
  // "l'ATS della Brianza" names an ATS, not the province of Monza e Brianza.
  const placeWords = words.filter((_, i) => !atsSpans.some((s) => i >= s.start && i < s.start + s.length));
  const place = findPlaceInText(placeWords.join(" "), content.territory);
  if (place.province || place.comune) concepts.add("$place");
  if (ats) concepts.add("$ats");
  const action = mostSpecific(matchers.actions.find(words));
  if (action) concepts.add("$action");
  if (namesOtherYear(text, content)) concepts.add("$other_year");
  return { concepts, place, action, ats };
}

/**
 * "Il budget del 2025?": a year that no period of periods.yaml covers, so the document cannot say
 * (a period added for it in the content editor makes it a year the bot knows).
 */
function namesOtherYear(text: string, content: Content): boolean {
  const years = [...text.matchAll(/\b(19[5-9]\d|20\d\d)\b/g)].map((m) => Number(m[1]));
  if (years.length === 0) return false;
  const covered = content.periods.periods.map((p) => {
    const last = p.end ?? p.closed_by;
    return { from: Number(p.start.date.slice(0, 4)), to: Number((last ?? p.start).date.slice(0, 4)) };
  });
  return years.some((year) => !covered.some((c) => year >= c.from && year <= c.to));
}

function longest<K>(spans: readonly PhraseSpan<K>[]): K | undefined {
  return spans.reduce<PhraseSpan<K> | undefined>(
    (best, s) => (best && best.length >= s.length ? best : s),
    undefined,
  )?.key;
}

/** The action named with the longest phrase ("voucher nido" over "voucher"); ties go to catalogue order. */
function mostSpecific(found: Map<ActionId, number>): ActionId | undefined {
  let best: { action: ActionId; length: number } | undefined;
  for (const [action, length] of found) {
    if (best === undefined || length > best.length) best = { action, length };
  }
  return best?.action;
}
