import type { Form, FormField } from "../../content/FormSchema.ts";
import { findField } from "./findField.ts";

/** What introduces the new value: "il nome l'ho scritto male: è Giulia Verdini", "my surname is …". */
const VALUE_MARK = /:|\s(?:è|e'|is|are|sono|era)\s/giu;

/**
 * A field named in a message with its new value after it, for corrections of fields whose value
 * has no shape of its own (a name, a company name): "aspetta, il nome è Giulia Verdini".
 */
export function namedFieldValue(form: Form, text: string): { field: FormField; value: string } | undefined {
  const field = findField(form, text);
  if (!field) return undefined;
  const marks = [...text.matchAll(VALUE_MARK)];
  const lastMark = marks.at(-1);
  if (lastMark?.index === undefined) return undefined;
  const value = text
    .slice(lastMark.index + lastMark[0].length)
    .replace(/^\s*(?:è|is)\s+/iu, "")
    .replace(/[.!]+\s*$/u, "")
    .trim();
  return value === "" ? undefined : { field, value };
}
