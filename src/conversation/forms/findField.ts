import type { Form, FormField } from "../../content/FormSchema.ts";
import { normalizeUtterance } from "../dialog/normalizeUtterance.ts";

const FILLER = /^(il|la|lo|l|i|gli|le|mio|mia|miei|mie|campo|dato|the|my|field)\s+/;

/** The field a user names in "modifica <campo>": its id, its label in either language or an alias. */
export function findField(form: Form, name: string): FormField | undefined {
  let wanted = normalizeUtterance(name);
  while (FILLER.test(wanted)) wanted = wanted.replace(FILLER, "");
  const namesOf = (field: FormField) =>
    [field.id.replaceAll("_", " "), field.label.it, field.label.en, ...field.aliases].map(normalizeUtterance);
  const exact = form.fields.find((field) => namesOf(field).includes(wanted));
  if (exact) return exact;
  // "the email please", "il telefono per favore": the longest field name said as whole words.
  const padded = ` ${wanted} `;
  let best: { field: FormField; length: number } | undefined;
  for (const field of form.fields) {
    for (const fieldName of namesOf(field)) {
      if (fieldName === "" || !padded.includes(` ${fieldName} `)) continue;
      if (!best || fieldName.length > best.length) best = { field, length: fieldName.length };
    }
  }
  return best?.field;
}
