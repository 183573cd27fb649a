import { hash } from "node:crypto";
import { BoundedMap } from "../../kernel/BoundedMap.ts";
import type { UnderstandContext, Understander } from "./createUnderstanding.ts";
import type { Entities } from "./Entities.ts";
import type { Understanding } from "./Understanding.ts";

/** Entities that identify or reach a person: a message stating one is never cached. */
const PERSONAL: readonly (keyof Entities)[] = ["email", "phone", "tax_code", "vat_number", "date"];

export interface UnderstandingCacheOptions {
  /** Distinct messages remembered (the oldest are forgotten first). */
  maxEntries?: number;
  /** Longer messages are rarely repeated word for word: they are understood every time. */
  maxLength?: number;
}

/**
 * The offline understanding remembers what it made of a message: it is a pure function of the
 * text and the conversation's language, and the same short messages come again and again
 * («ciao», «sì», «grazie», the texts of the buttons). The key is a hash and a message carrying a
 * contact, a tax code or a date is not kept, so the cache holds no personal data; the results are
 * frozen, since every turn that repeats a message shares one.
 */
export function cacheUnderstanding(
  offline: Understander,
  options: UnderstandingCacheOptions = {},
): Understander {
  const maxLength = options.maxLength ?? 300;
  const cache = new BoundedMap<string, Understanding>(options.maxEntries ?? 5_000);
  return {
    model: offline.model,
    understand(text: string, context: UnderstandContext = {}): Understanding {
      if (text.length > maxLength) return offline.understand(text, context);
      const key = hash("sha256", `${context.lang ?? ""}\u0000${text}`, "base64");
      const cached = cache.get(key);
      if (cached) return cached;
      const understood = offline.understand(text, context);
      if (PERSONAL.some((field) => understood.entities[field] !== undefined)) return understood;
      cache.set(key, freeze(understood));
      return understood;
    },
  };
}

function freeze(understanding: Understanding): Understanding {
  Object.freeze(understanding.entities);
  for (const alternative of understanding.alternatives) Object.freeze(alternative);
  Object.freeze(understanding.alternatives);
  return Object.freeze(understanding);
}
