import { html } from "./html.ts";

/**
 * Supervisors' and admins' view of what users found unhelpful: the answers with the most "not
 * helpful", the users' words with personal data masked, a link to the content to fix, and the
 * CSV export of every vote and rating of the period.
 */
export function worstAnswersSection() {
  return html`<section aria-labelledby="worst-title" class="mb-5">
  <h2 class="h5" id="worst-title">Risposte meno utili</h2>
  <p>Le risposte con più «non utile» nel periodo, con le parole degli utenti (dati personali mascherati) e il file dei contenuti da cui nascono.
  <a class="btn btn-outline-primary btn-sm ms-2" id="feedback-export" href="/console/api/feedback.csv">Esporta valutazioni CSV</a></p>
  <div class="table-responsive" tabindex="0" role="region" aria-labelledby="worst-title">
    <table class="table" id="worst-table">
      <caption class="visually-hidden">Risposte meno utili, dalla più segnalata</caption>
      <thead><tr><th scope="col">Contenuto</th><th scope="col">Intento</th><th scope="col">Non utile</th><th scope="col">Utile</th><th scope="col">Parole degli utenti</th><th scope="col">Modifica</th></tr></thead>
      <tbody></tbody>
    </table>
  </div>
</section>`;
}
