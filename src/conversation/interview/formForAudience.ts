import type { Form } from "../../content/FormSchema.ts";
import type { ActionId, FormId } from "../../content/ids.ts";
import type { Audience } from "../state/Audience.ts";

const DEFAULT_FORM: Record<Audience, FormId> = {
  firm: "firm_request",
  family: "family_request",
  self_employment: "self_employment_project",
};

/** The form that applies for the best recommended action, else the audience's own form. */
export function formForAudience(
  audience: Audience,
  recommended: readonly ActionId[],
  forms: Record<FormId, Form>,
): FormId {
  const best = recommended[0];
  const match = best === undefined ? undefined : Object.values(forms).find((f) => f.actions.includes(best));
  return match?.id ?? DEFAULT_FORM[audience];
}
