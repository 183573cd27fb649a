import type { StaffPrincipal } from "../auth/StaffPrincipal.ts";
import { html } from "./html.ts";
import { worstAnswersSection } from "./worstAnswersSection.ts";

const CHARTS: ReadonlyArray<[string, string]> = [
  ["conversations", "Conversazioni al giorno per canale"],
  ["intents", "Intenti riconosciuti"],
  ["actions", "Azioni consigliate per provincia"],
  ["funnel", "Moduli: avviati, passaggi, inviati"],
  ["waits", "Attese prima della presa in carico (minuti)"],
  ["satisfaction", "Soddisfazione nel tempo: risposte utili (%) e voto medio (1–5)"],
  ["satisfaction-intent", "Risposte utili per intento (%)"],
  ["satisfaction-channel", "Soddisfazione per canale"],
  ["csat-ats", "Voto dopo la presa in carico, per ATS (1–5)"],
];

/**
 * The dashboard: each chart is a canvas with a text alternative and its numbers in a table, so the
 * figures are readable without seeing the chart. Unanswered questions for supervisors and admins.
 */
export function dashboardBody(staff: StaffPrincipal) {
  return html`<form id="range" class="row g-3 mb-4" aria-label="Periodo">
  <div class="col-6 col-md-3">
    <label class="form-label console-label" for="d-from">Dal</label>
    <input class="form-control" type="date" id="d-from" name="from">
  </div>
  <div class="col-6 col-md-3">
    <label class="form-label console-label" for="d-to">Al</label>
    <input class="form-control" type="date" id="d-to" name="to">
  </div>
  <div class="col-12 col-md-3 d-flex align-items-end"><button type="submit" class="btn btn-primary">Aggiorna</button></div>
</form>
<div class="row">
${CHARTS.map(
  ([id, title]) => html`<section class="col-12 col-lg-6 mb-5" aria-labelledby="chart-${id}-title">
  <h2 class="h5" id="chart-${id}-title">${title}</h2>
  <div class="chart-box"><canvas id="chart-${id}" role="img" aria-label="${title}: i dati sono nella tabella sotto il grafico"></canvas></div>
  <details class="mt-2"><summary>Dati del grafico</summary><div class="table-responsive" id="table-${id}" tabindex="0" role="region" aria-label="Dati: ${title}"></div></details>
</section>`,
)}
</div>
${
  staff.role === "operator"
    ? ""
    : html`<section aria-labelledby="unanswered-title" class="mb-5">
  <h2 class="h5" id="unanswered-title">Domande senza risposta</h2>
  <p>Messaggi che l'assistente non ha capito o ha capito con poca sicurezza: spunti per migliorare gli intenti in <code>intents/</code>: «Nuovo esempio» lo porta nell'editor dei contenuti.</p>
  <div class="table-responsive" tabindex="0" role="region" aria-labelledby="unanswered-title">
    <table class="table" id="unanswered-table">
      <caption class="visually-hidden">Domande senza risposta, dalla più recente</caption>
      <thead><tr><th scope="col">Data</th><th scope="col">Testo</th><th scope="col">Intento</th><th scope="col">Confidenza</th><th scope="col">Canale</th><th scope="col">Editor</th></tr></thead>
      <tbody></tbody>
    </table>
  </div>
</section>${worstAnswersSection()}`
}`;
}
