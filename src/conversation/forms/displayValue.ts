import type { FormField } from "../../content/FormSchema.ts";
import type { Lang } from "../../content/ids.ts";
import type { Territory } from "../../content/territorySchema.ts";
import type { FieldValue } from "../state/ConversationState.ts";

/** A stored value as the user reads it: option labels, province names; undefined when empty. */
export function displayValue(
  field: FormField,
  value: FieldValue | undefined,
  lang: Lang,
  territory: Territory,
): string | undefined {
  if (value === undefined || value === "") return undefined;
  if (field.type === "choice") {
    return field.options?.find((o) => o.value === value)?.label[lang] ?? String(value);
  }
  if (field.type === "province") {
    const province = territory.provinces.find((p) => p.code === value);
    return province ? `${province.name} (${province.code})` : String(value);
  }
  return String(value);
}
