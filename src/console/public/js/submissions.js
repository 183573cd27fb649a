import { api, el, fill, formatDateTime, showError } from "./common.js";

const form = document.getElementById("filters");
const body = document.querySelector("#submissions-table tbody");
const summary = document.getElementById("submissions-summary");
const exportLink = document.getElementById("export");

const STATUS = { new: "Nuova", in_review: "In lavorazione", contacted: "Ricontattata", closed: "Chiusa" };
const FORMS = {
  firm_request: "Richiesta impresa",
  family_request: "Richiesta famiglia",
  self_employment_project: "Progetto di autoimpiego",
};

function query() {
  const params = new URLSearchParams();
  for (const name of ["action", "province", "status", "from", "to"]) {
    const value = form.elements[name].value;
    if (value) params.set(name, value);
  }
  return params.toString();
}

async function load() {
  const q = query();
  exportLink.setAttribute("href", `/console/api/submissions.csv${q ? `?${q}` : ""}`);
  const data = await api(`/submissions${q ? `?${q}` : ""}`);
  summary.textContent =
    data.total === 0
      ? "Nessuna richiesta con questi filtri."
      : `${data.total} richieste${data.total > data.items.length ? `, mostrate le ${data.items.length} più recenti` : ""}.`;
  fill(
    body,
    data.items.map((s) =>
      el(
        "tr",
        {},
        el("td", {}, el("a", { href: `/console/submissions/${encodeURIComponent(s.id)}` }, s.reference)),
        el("td", {}, formatDateTime(s.createdAt)),
        el("td", {}, FORMS[s.formId] ?? s.formId),
        el("td", {}, s.actionTitles.join("; ")),
        el("td", {}, s.province ?? "—"),
        el("td", {}, `${STATUS[s.status] ?? s.status}${s.erased ? " (dati cancellati)" : ""}`),
      ),
    ),
  );
}

form.addEventListener("submit", (event) => {
  event.preventDefault();
  load().catch((error) => {
    summary.textContent = error.message;
  });
});

load().catch((error) => showError(summary, error));
