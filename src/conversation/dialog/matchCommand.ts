import { LANGS, type Lang } from "../../content/ids.ts";
import { COMMAND_IDS, type CommandId } from "../../content/ResponsesSchema.ts";
import type { DialogContent } from "../content/DialogContent.ts";
import { normalizeUtterance } from "./normalizeUtterance.ts";

export interface CommandMatch {
  id: CommandId;
  /** Set when the phrase belongs to one language only: the user's language. */
  lang?: Lang;
  /** For "modifica <campo>": what follows the command word. */
  rest?: string;
}

/**
 * Commands and button labels are matched before any understanding: they are exact, cheap, and
 * keep typed personal data away from the classifier. Only "edit" takes an argument.
 */
export function matchCommand(text: string, content: DialogContent): CommandMatch | undefined {
  const said = normalizeUtterance(text);
  if (said === "") return undefined;
  const phrases = preparedPhrases(content.responses);
  for (const id of COMMAND_IDS) {
    const langs = phrases.exact.get(id)?.get(said);
    if (langs && langs.size > 0) {
      const only = langs.size === 1 ? [...langs][0] : undefined;
      return only ? { id, lang: only } : { id };
    }
  }
  for (const prefix of phrases.editPrefixes) {
    if (said.startsWith(prefix)) return { id: "edit", rest: said.slice(prefix.length) };
  }
  return undefined;
}

interface PreparedPhrases {
  /** Per command: normalized phrase → the languages it belongs to. */
  exact: Map<CommandId, Map<string, Set<Lang>>>;
  editPrefixes: string[];
}

/** Every message is matched against every phrase: normalize them once per loaded content. */
const prepared = new WeakMap<DialogContent["responses"], PreparedPhrases>();

function preparedPhrases(responses: DialogContent["responses"]): PreparedPhrases {
  const cached = prepared.get(responses);
  if (cached) return cached;
  const exact = new Map<CommandId, Map<string, Set<Lang>>>();
  const editPrefixes: string[] = [];
  for (const id of COMMAND_IDS) {
    const byPhrase = new Map<string, Set<Lang>>();
    for (const lang of LANGS) {
      for (const phrase of responses[lang].commands[id]) {
        const key = normalizeUtterance(phrase);
        byPhrase.set(key, (byPhrase.get(key) ?? new Set<Lang>()).add(lang));
      }
    }
    exact.set(id, byPhrase);
  }
  for (const lang of LANGS) {
    for (const phrase of responses[lang].commands.edit) editPrefixes.push(`${normalizeUtterance(phrase)} `);
  }
  const built = { exact, editPrefixes };
  prepared.set(responses, built);
  return built;
}
