import { ProvinceCodeSchema } from "../../content/ids.ts";
import { reviewCardId } from "../cards/reviewCardId.ts";
import { labelButton } from "../dialog/menuButtons.ts";
import type { Turn } from "../dialog/Turn.ts";
import { buildSubmissionDraft } from "./buildSubmissionDraft.ts";

/**
 * "Invia": the submission with its reference goes out as an effect (stored with its mails in the
 * turn's transaction), the answers leave the state, and the user sees the reference.
 */
export function submitForm(turn: Turn): void {
  const progress = turn.state.form;
  if (!progress) throw new Error("submitForm without a form in progress");
  const { content, knowledge } = turn.deps;
  const form = content.forms[progress.id];
  const now = turn.deps.now();
  const province = ProvinceCodeSchema.safeParse(progress.values.province);
  const comune = typeof progress.values.comune === "string" ? progress.values.comune : undefined;
  const network = province.success
    ? knowledge.findNetwork(province.data, comune, turn.state.lang)
    : undefined;
  const draft = buildSubmissionDraft({
    form,
    progress,
    reference: turn.deps.newReference(now),
    lang: turn.state.lang,
    recommended: turn.state.recommended,
    atsId: network?.ok ? network.network.atsId : undefined,
    territory: content.territory,
    emptyValue: { it: content.responses.it.form.empty_value, en: content.responses.en.form.empty_value },
    now,
  });
  turn.emit({ kind: "submit", submission: draft });
  if (draft.province) {
    turn.emit({
      kind: "territory",
      province: draft.province,
      ...(draft.atsId ? { atsId: draft.atsId } : {}),
    });
  }
  turn.track({
    kind: "form_submitted",
    formId: form.id,
    actionIds: draft.actionIds,
    ...(draft.province ? { province: draft.province } : {}),
  });
  turn.state.form = undefined;
  turn.state.step = { kind: "menu" };
  turn.state.references = [...turn.state.references, draft.reference];
  turn.state.sentCards = [
    ...turn.state.sentCards,
    { card: reviewCardId(progress), reference: draft.reference },
  ].slice(-20);
  turn.actions = draft.actionIds;
  turn.intent = "leave_contact";
  turn.say(
    turn.fill(turn.r.form.sent, {
      reference: draft.reference,
      receipt_part: draft.receiptTo ? turn.fill(turn.r.form.receipt_part, { email: draft.receiptTo }) : "",
    }),
    { reference: draft.reference, buttons: [labelButton(turn.r.menu.main)] },
  );
}
