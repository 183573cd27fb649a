import type { DialogContent } from "../content/DialogContent.ts";
import { LANGS, type Lang } from "../ids.ts";
import { COMMAND_IDS, type CommandId } from "../responses/ResponsesSchema.ts";
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
  for (const id of COMMAND_IDS) {
    const langs = LANGS.filter((lang) =>
      content.responses[lang].commands[id].some((phrase) => normalizeUtterance(phrase) === said),
    );
    const only = langs.length === 1 ? langs[0] : undefined;
    if (langs.length > 0) return only ? { id, lang: only } : { id };
  }
  for (const lang of LANGS) {
    for (const phrase of content.responses[lang].commands.edit) {
      const prefix = `${normalizeUtterance(phrase)} `;
      if (said.startsWith(prefix)) return { id: "edit", rest: said.slice(prefix.length) };
    }
  }
  return undefined;
}
