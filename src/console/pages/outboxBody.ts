import { html } from "./html.ts";

/** The mail outbox: delivery status, attempts, last error, and a retry button. */
export function outboxBody() {
  return html`<form id="filters" class="row g-3 mb-4" aria-label="Filtri della posta">
  <div class="col-6 col-md-3">
    <label class="form-label console-label" for="f-status">Stato</label>
    <select class="form-select" id="f-status" name="status">
      <option value="">Tutti</option><option value="pending">In attesa</option><option value="sent">Inviata</option><option value="failed">Non riuscita</option>
    </select>
  </div>
  <div class="col-12 col-md-3 d-flex align-items-end"><button type="submit" class="btn btn-primary">Filtra</button></div>
</form>
<div class="table-responsive" tabindex="0" role="region" aria-label="Email in uscita">
  <table class="table" id="outbox-table">
    <caption class="visually-hidden">Email in uscita, dalla più recente</caption>
    <thead>
      <tr>
        <th scope="col">Creata</th>
        <th scope="col">Tipo</th>
        <th scope="col">Destinatario</th>
        <th scope="col">Oggetto</th>
        <th scope="col">Stato</th>
        <th scope="col">Tentativi</th>
        <th scope="col">Ultimo errore</th>
        <th scope="col">Azione</th>
      </tr>
    </thead>
    <tbody></tbody>
  </table>
</div>`;
}
