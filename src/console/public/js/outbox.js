import { announce, api, el, fill, formatDateTime, onEvents } from "./common.js";

const form = document.getElementById("filters");
const body = document.querySelector("#outbox-table tbody");
const STATUS = { pending: "In attesa", sent: "Inviata", failed: "Non riuscita" };
const KIND = { submission: "Richiesta", receipt: "Ricevuta", handoff_transcript: "Trascrizione" };

async function retry(mail, button) {
  button.disabled = true;
  try {
    await api(`/outbox/${encodeURIComponent(mail.id)}/retry`, { method: "POST" });
    announce("Email rimessa in coda per l'invio.");
  } catch (error) {
    announce(error.message);
  }
  await load();
}

async function load() {
  const status = form.elements.status.value;
  const data = await api(`/outbox${status ? `?status=${encodeURIComponent(status)}` : ""}`);
  fill(
    body,
    data.items.map((m) => {
      const button =
        m.status === "sent"
          ? null
          : el(
              "button",
              {
                type: "button",
                class: "btn btn-outline-primary btn-sm",
                "aria-label": `Riprova l'invio a ${m.to}`,
              },
              "Riprova",
            );
      button?.addEventListener("click", () => retry(m, button));
      return el(
        "tr",
        {},
        el("td", {}, formatDateTime(m.createdAt)),
        el("td", {}, KIND[m.kind] ?? m.kind),
        el("td", {}, m.to),
        el("td", { class: "cell-text" }, m.subject),
        el("td", {}, `${STATUS[m.status] ?? m.status}${m.sentAt ? ` (${formatDateTime(m.sentAt)})` : ""}`),
        el("td", {}, String(m.attempts)),
        el("td", { class: "cell-text" }, m.lastError ?? "—"),
        el("td", {}, button ?? "—"),
      );
    }),
  );
}

form.addEventListener("submit", (event) => {
  event.preventDefault();
  load();
});
await load();
onEvents({ outbox: () => load() });
