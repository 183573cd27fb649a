import { normalizeUtterance } from "../dialog/normalizeUtterance.ts";
import type { Form, FormField } from "./FormSchema.ts";

const FILLER = /^(il|la|lo|l|i|gli|le|mio|mia|miei|mie|campo|dato|the|my|field)\s+/;

/** The field a user names in "modifica <campo>": its id, its label in either language or an alias. */
export function findField(form: Form, name: string): FormField | undefined {
  let wanted = normalizeUtterance(name);
  while (FILLER.test(wanted)) wanted = wanted.replace(FILLER, "");
  return form.fields.find((field) =>
    [field.id.replaceAll("_", " "), field.label.it, field.label.en, ...field.aliases]
      .map(normalizeUtterance)
      .includes(wanted),
  );
}
