import { announce, api, el, fill, formatDateTime, hideError, showError } from "./common.js";

const id = document.body.dataset.id;
const errorBox = document.getElementById("submission-error");
const title = document.getElementById("submission-title");
const facts = document.getElementById("submission-facts");
const mails = document.getElementById("submission-mails");
const statusForm = document.getElementById("status-form");
const status = document.getElementById("status");
const conversationLink = document.getElementById("submission-conversation");

const MAIL_STATUS = { pending: "In attesa di invio", sent: "Inviata", failed: "Non riuscita" };
const MAIL_KIND = {
  submission: "Alla casella del programma",
  receipt: "Ricevuta all'utente",
  handoff_transcript: "Trascrizione",
};

async function load() {
  const data = await api(`/submissions/${encodeURIComponent(id)}`);
  const s = data.submission;
  title.textContent = `${s.reference}${s.title ? ` · ${s.title}` : ""}`;
  fill(
    facts,
    [
      ["Inviata", formatDateTime(s.createdAt)],
      ["Consenso", formatDateTime(s.consentAt)],
      ["Azioni consigliate", s.actionIds.join(", ") || "—"],
      ["Provincia", s.province ?? "—"],
      ...(s.erased ? [["Dati personali", "Cancellati su richiesta o per scadenza"]] : []),
      ...s.facts.map((f) => [f.label, f.value]),
    ].map(([term, value]) => [el("dt", {}, term), el("dd", { class: "cell-text" }, value)]),
  );
  fill(
    mails,
    data.mails.length === 0
      ? el("li", {}, "Nessuna email.")
      : data.mails.map((m) =>
          el(
            "li",
            { class: "mb-2" },
            `${MAIL_KIND[m.kind] ?? m.kind} · ${m.to} · ${MAIL_STATUS[m.status] ?? m.status}`,
            m.sentAt ? ` il ${formatDateTime(m.sentAt)}` : ` (tentativi: ${m.attempts})`,
          ),
        ),
  );
  status.value = s.status;
  for (const control of statusForm.elements) control.disabled = false;
  if (s.conversationId) {
    conversationLink.setAttribute("href", `/console/conversations/${encodeURIComponent(s.conversationId)}`);
    conversationLink.classList.remove("d-none");
  }
}

statusForm.addEventListener("submit", async (event) => {
  event.preventDefault();
  hideError(errorBox);
  try {
    await api(`/submissions/${encodeURIComponent(id)}`, { method: "PATCH", body: { status: status.value } });
    announce("Stato salvato.");
  } catch (error) {
    showError(errorBox, error);
  }
});

load().catch((error) => showError(errorBox, error));
