import type { Content } from "../../content/Content.ts";
import type { ActionId } from "../ids.ts";
import { createPhraseMatcher, type PhraseMatcher, wordsOf } from "./createPhraseMatcher.ts";
import { findPlaceInText, type PlaceInText } from "./findPlaceInText.ts";

/** What a message says that matters for choosing and filling an answer. */
export interface QuestionReading {
  /** Concepts of concepts.yaml found in the message, plus `$place` and `$action` when found. */
  concepts: ReadonlySet<string>;
  place: PlaceInText;
  /** The action the message names, the most specific wording winning. */
  action: ActionId | undefined;
}

interface Matchers {
  concepts: PhraseMatcher<string>;
  actions: PhraseMatcher<ActionId>;
}

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
  };
  prepared.set(content, built);
  return built;
}

/** Reads the concepts, the place and the action of a programme question. */
export function readQuestion(text: string, content: Content): QuestionReading {
  const words = wordsOf(text);
  const matchers = matchersFor(content);
  const concepts = new Set(matchers.concepts.find(words).keys());
  const place = findPlaceInText(text, content.territory);
  if (place.province || place.comune) concepts.add("$place");
  const action = mostSpecific(matchers.actions.find(words));
  if (action) concepts.add("$action");
  return { concepts, place, action };
}

/** The action named with the longest phrase ("voucher nido" over "voucher"); ties go to catalogue order. */
function mostSpecific(found: Map<ActionId, number>): ActionId | undefined {
  let best: { action: ActionId; length: number } | undefined;
  for (const [action, length] of found) {
    if (best === undefined || length > best.length) best = { action, length };
  }
  return best?.action;
}
