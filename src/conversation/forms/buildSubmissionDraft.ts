import type { Form } from "../../content/FormSchema.ts";
import { type ActionId, type AtsId, LANGS, type Lang, ProvinceCodeSchema } from "../../content/ids.ts";
import type { Territory } from "../../content/territorySchema.ts";
import type { FormProgress } from "../state/ConversationState.ts";
import type { Fact, SubmissionDraft } from "../submission/SubmissionDraft.ts";
import { displayValue } from "./displayValue.ts";

export interface DraftInput {
  form: Form;
  progress: FormProgress;
  reference: string;
  lang: Lang;
  /** The interview's recommendation, best first. */
  recommended: ActionId[];
  atsId: AtsId | undefined;
  territory: Territory;
  emptyValue: Record<Lang, string>;
  now: Date;
}

/**
 * The submission as stored and mailed. Actions: those the user chose in the form first, then the
 * interview's recommendation, then (for a single-action form) the form's own action.
 */
export function buildSubmissionDraft(input: DraftInput): SubmissionDraft {
  const { form, progress } = input;
  const chosen: ActionId[] = [];
  for (const field of form.fields) {
    for (const option of field.options ?? []) {
      if (option.action && option.value === progress.values[field.id]) chosen.push(option.action);
    }
  }
  const recommended = input.recommended.filter((a) => form.actions.includes(a));
  const fallback = form.actions.length === 1 ? form.actions : [];
  const actionIds = [...new Set([...chosen, ...recommended, ...fallback])];
  const province = ProvinceCodeSchema.safeParse(progress.values.province);
  const facts = (lang: Lang): Fact[] =>
    form.fields.map((field) => ({
      label: field.label[lang],
      value: displayValue(field, progress.values[field.id], lang, input.territory) ?? input.emptyValue[lang],
    }));
  const receiptField = form.receipt_field;
  const receiptTo = receiptField === undefined ? undefined : progress.values[receiptField];
  const [it, en] = LANGS.map(facts);
  return {
    reference: input.reference,
    formId: form.id,
    actionIds,
    ...(province.success ? { province: province.data } : {}),
    ...(input.atsId ? { atsId: input.atsId } : {}),
    data: progress.values,
    title: form.title,
    facts: { it: it ?? [], en: en ?? [] },
    consentAt: progress.consentAt ?? input.now.toISOString(),
    lang: input.lang,
    ...(typeof receiptTo === "string" && receiptTo !== "" ? { receiptTo } : {}),
  };
}
