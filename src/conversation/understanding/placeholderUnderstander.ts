import type { Understander } from "../ports/Understander.ts";

const GREETING = /^(ciao|buongiorno|buonasera|salve|hello|hi|hey)\b/i;
const HELP = /^(aiuto|help)\b/i;
const ENGLISH = /\b(hello|hi|the|please|what|how|help)\b/i;

/** Greetings and help only: used until the offline classifier is wired in. */
export function placeholderUnderstander(): Understander {
  return {
    understand: async (text) => {
      const lang = ENGLISH.test(text) ? "en" : "it";
      if (GREETING.test(text.trim())) return { intent: "greeting", confidence: 0.9, lang, entities: {} };
      if (HELP.test(text.trim())) return { intent: "help", confidence: 0.9, lang, entities: {} };
      return { intent: "out_of_scope", confidence: 0.2, lang, entities: {} };
    },
  };
}
