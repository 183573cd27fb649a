import { ACTION_IDS, type ActionId, PROVINCE_CODES } from "../../content/ids.ts";
import { SUBMISSION_STATUS_LABELS, SubmissionStatusSchema } from "../views/SubmissionStatus.ts";
import { html } from "./html.ts";
import { renderOptions } from "./renderOptions.ts";

/** Filters (action, province, dates, status), the list and the CSV export of the same selection. */
export function submissionsBody(actionTitles: ReadonlyMap<ActionId, string>) {
  const actions = ACTION_IDS.map((id): [string, string] => [id, actionTitles.get(id) ?? id]);
  const provinces = PROVINCE_CODES.map((code): [string, string] => [code, code]);
  const statuses = SubmissionStatusSchema.options.map((s): [string, string] => [
    s,
    SUBMISSION_STATUS_LABELS[s],
  ]);
  return html`<form id="filters" class="row g-3 mb-4" aria-label="Filtri delle richieste">
  <div class="col-12 col-md-4">
    <label class="form-label console-label" for="f-action">Azione</label>
    <select class="form-select" id="f-action" name="action">${renderOptions(actions, "Tutte")}</select>
  </div>
  <div class="col-6 col-md-2">
    <label class="form-label console-label" for="f-province">Provincia</label>
    <select class="form-select" id="f-province" name="province">${renderOptions(provinces, "Tutte")}</select>
  </div>
  <div class="col-6 col-md-2">
    <label class="form-label console-label" for="f-status">Stato</label>
    <select class="form-select" id="f-status" name="status">${renderOptions(statuses, "Tutti")}</select>
  </div>
  <div class="col-6 col-md-2">
    <label class="form-label console-label" for="f-from">Dal</label>
    <input class="form-control" type="date" id="f-from" name="from">
  </div>
  <div class="col-6 col-md-2">
    <label class="form-label console-label" for="f-to">Al</label>
    <input class="form-control" type="date" id="f-to" name="to">
  </div>
  <div class="col-12 d-flex gap-2">
    <button type="submit" class="btn btn-primary">Filtra</button>
    <a class="btn btn-outline-primary" id="export" href="/console/api/submissions.csv">Esporta CSV</a>
  </div>
</form>
<p id="submissions-summary" role="status"></p>
<div class="table-responsive" tabindex="0" role="region" aria-label="Richieste inviate">
  <table class="table" id="submissions-table">
    <caption class="visually-hidden">Richieste inviate tramite l'assistente</caption>
    <thead>
      <tr>
        <th scope="col">Riferimento</th>
        <th scope="col">Data</th>
        <th scope="col">Modulo</th>
        <th scope="col">Azioni consigliate</th>
        <th scope="col">Provincia</th>
        <th scope="col">Stato</th>
      </tr>
    </thead>
    <tbody></tbody>
  </table>
</div>`;
}
