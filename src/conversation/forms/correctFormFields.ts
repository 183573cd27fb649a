import type { FormField } from "../../content/FormSchema.ts";
import { ProvinceCodeSchema } from "../../content/ids.ts";
import { findPlaceInText } from "../answers/findPlaceInText.ts";
import { repromptStep } from "../dialog/repromptStep.ts";
import type { Turn } from "../dialog/Turn.ts";
import { findEmail } from "../nlu/entities/findEmail.ts";
import { findPhone } from "../nlu/entities/findPhone.ts";
import { findTaxCode } from "../nlu/entities/findTaxCode.ts";
import { foldText } from "../nlu/foldText.ts";
import { findComune } from "../place/findComune.ts";
import { checkField } from "./checkField.ts";
import { displayValue } from "./displayValue.ts";
import { findProvince } from "./findProvince.ts";
import { namedFieldValue } from "./namedFieldValue.ts";

/**
 * "Ho sbagliato la mail, è giulia.v@example.org", "non sono a Bergamo ma a Como": a correction
 * of an answer already given in the form, recognised by the kind of value it carries, is checked
 * like a fresh answer and replaces the old one; then the form goes on where it was.
 */
export function correctFormFields(turn: Turn, text: string): boolean {
  const progress = turn.state.form;
  if (!progress) return false;
  const form = turn.deps.content.forms[progress.id];
  const step = turn.state.step;
  const current = step.kind === "form_field" ? step.field : undefined;
  const territory = turn.deps.content.territory;
  const corrected: string[] = [];
  const named = namedFieldValue(form, text);
  for (const field of form.fields) {
    // Fields not reached yet are left to their question; on the summary an empty one may be filled.
    const unreached = progress.values[field.id] === undefined && step.kind !== "form_review";
    if (field.id === current || unreached) continue;
    const candidate =
      candidateFor(field, text, territory) ?? (named?.field.id === field.id ? named.value : undefined);
    if (candidate === undefined) continue;
    const check = checkField(field, candidate, { territory, values: progress.values });
    if (!check.ok || check.value === progress.values[field.id]) continue;
    progress.values[field.id] = check.value;
    if (field.type === "province") {
      for (const other of form.fields) if (other.type === "comune") delete progress.values[other.id];
    }
    // The profile the form was prefilled from follows, so the network and verdict stay in step.
    if (field.prefill === "province" && typeof check.value === "string") {
      const province = ProvinceCodeSchema.safeParse(check.value);
      if (province.success) {
        const { comune: _old, ...rest } = turn.state.profile;
        turn.state.profile = { ...rest, province: province.data };
      }
    }
    if (field.prefill === "comune" && typeof check.value === "string") {
      turn.state.profile = { ...turn.state.profile, comune: check.value };
    }
    const shown = displayValue(field, check.value, turn.state.lang, territory) ?? String(check.value);
    corrected.push(`${field.label[turn.state.lang].toLowerCase()} ${shown}`);
  }
  if (corrected.length === 0) return false;
  repromptStep(turn, turn.fill(turn.r.repair.corrected, { facts: corrected.join(", ") }));
  return true;
}

/** The value of the field's kind inside a longer message ("eccomi, VRDLCU79E55F205Q"). */
export function candidateFor(
  field: FormField,
  text: string,
  territory: Parameters<typeof findProvince>[1],
): string | undefined {
  switch (field.type) {
    case "email":
      return findEmail(text);
    case "phone":
      return findPhone(foldText(text));
    case "codice_fiscale":
      return findTaxCode(text.toUpperCase());
    case "province":
      return findProvince(text, territory) ?? findPlaceInText(text, territory).province;
    case "comune":
      return findComune(text, territory)?.name ?? findPlaceInText(text, territory).comune;
    default:
      return undefined;
  }
}
