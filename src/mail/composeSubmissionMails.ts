import type { MailDraft } from "../conversation/ports/ConversationStore.ts";
import type { Fact, SubmissionDraft } from "../conversation/submission/SubmissionDraft.ts";
import { escapeHtml } from "./escapeHtml.ts";

export interface SubmissionMailSettings {
  /** PROGRAMME_MAILBOX. */
  mailbox: string;
}

/**
 * The two mails of a confirmed submission: the request to the programme mailbox (in Italian) and,
 * when the user gave an email, a receipt in their language. Their dedupe keys derive from the
 * reference, so the outbox holds each one once whatever retries happen. User text is escaped in
 * the HTML part and stripped of line breaks in the subject.
 */
export function composeSubmissionMails(
  submission: SubmissionDraft,
  settings: SubmissionMailSettings,
): MailDraft[] {
  const mails: MailDraft[] = [];
  const actions = submission.actionIds.length > 0 ? submission.actionIds.join(", ") : "—";
  const header: Fact[] = [
    { label: "Riferimento", value: submission.reference },
    { label: "Modulo", value: submission.title.it },
    { label: "Azioni", value: actions },
    { label: "Provincia", value: submission.province ?? "—" },
    { label: "ATS", value: submission.atsId ?? "—" },
    { label: "Consenso", value: submission.consentAt },
    { label: "Lingua", value: submission.lang },
  ];
  mails.push({
    kind: "submission",
    dedupeKey: `submission:${submission.reference}`,
    to: settings.mailbox,
    subject: oneLine(`[Conciliabot] ${submission.reference} – ${submission.title.it}`),
    text: [
      "Nuova richiesta dal servizio Conciliabot.",
      "",
      ...header.map(line),
      "",
      ...submission.facts.it.map(line),
    ].join("\n"),
    html: page("Nuova richiesta dal servizio Conciliabot.", [...header, ...submission.facts.it]),
  });
  if (submission.receiptTo) {
    const it = submission.lang === "it";
    const intro = it
      ? `Abbiamo ricevuto la tua richiesta «${submission.title.it}». Il numero di riferimento è ${submission.reference}. La rete territoriale di conciliazione ti ricontatterà. Per informazioni scrivi a ${settings.mailbox} indicando il riferimento.`
      : `We received your request "${submission.title.en}". Your reference number is ${submission.reference}. The local conciliation network will contact you. For information write to ${settings.mailbox} quoting the reference.`;
    const facts = it ? submission.facts.it : submission.facts.en;
    mails.push({
      kind: "receipt",
      dedupeKey: `receipt:${submission.reference}`,
      to: submission.receiptTo,
      subject: oneLine(
        it
          ? `Ricevuta della richiesta ${submission.reference} – Conciliazione vita-lavoro`
          : `Receipt for request ${submission.reference} – Work–life balance`,
      ),
      text: [intro, "", ...facts.map(line)].join("\n"),
      html: page(intro, facts),
    });
  }
  return mails;
}

function line(fact: Fact): string {
  return `${fact.label}: ${fact.value}`;
}

function oneLine(text: string): string {
  return text.replace(/[\r\n]+/g, " ");
}

function page(intro: string, facts: Fact[]): string {
  const rows = facts
    .map((f) => `<tr><th align="left">${escapeHtml(f.label)}</th><td>${escapeHtml(f.value)}</td></tr>`)
    .join("");
  return `<!doctype html><html lang="it"><body><p>${escapeHtml(intro)}</p><table>${rows}</table></body></html>`;
}
