import type { Content } from "../../content/Content.ts";
import { ACTION_IDS, type ActionId, ATS_IDS, type AtsId } from "../../content/ids.ts";

export type ConsoleLabels = {
  /** The Italian titles of the twelve actions. */
  actions: ReadonlyMap<ActionId, string>;
  /** The Italian labels of the forms' fields ("Codice fiscale" for tax_code), keyed "form:field". */
  fields: ReadonlyMap<string, string>;
  /** The eight ATS as the content names them in Italian (networks.yaml `ats_name`). */
  ats: ReadonlyMap<AtsId, string>;
};

/**
 * What staff read for the ids the data carries, from the same content the bot answers from; the
 * ids themselves when the content cannot be read (the console must still open).
 */
export function labelsFromContent(content: Content | undefined): ConsoleLabels {
  const actions = new Map<ActionId, string>(ACTION_IDS.map((id) => [id, id]));
  for (const action of content?.actions.actions ?? []) actions.set(action.id, action.title.it);
  const fields = new Map<string, string>();
  for (const form of Object.values(content?.forms ?? {}))
    for (const field of form.fields) fields.set(`${form.id}:${field.id}`, field.label.it);
  const ats = new Map<AtsId, string>(ATS_IDS.map((id) => [id, id]));
  for (const network of content?.networks.networks ?? []) ats.set(network.ats, network.ats_name.it);
  return { actions, fields, ats };
}
