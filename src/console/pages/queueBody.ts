import { html } from "./html.ts";

/** The queue: filled and kept live by the page script (Server-Sent Events). */
export function queueBody() {
  return html`<p id="queue-summary" class="lead">Caricamento della coda…</p>
<div class="table-responsive" tabindex="0" role="region" aria-label="Coda delle conversazioni">
  <table class="table table-hover" id="queue-table">
    <caption class="visually-hidden">Conversazioni in attesa di una persona o in carico allo staff, dalla più vecchia</caption>
    <thead>
      <tr>
        <th scope="col">In attesa da</th>
        <th scope="col">Motivo</th>
        <th scope="col">Canale</th>
        <th scope="col">Territorio</th>
        <th scope="col">Stato</th>
        <th scope="col">Conversazione</th>
      </tr>
    </thead>
    <tbody></tbody>
  </table>
</div>`;
}
