import { AuditActionSchema } from "../audit/AuditAction.ts";
import { html } from "./html.ts";
import { renderOptions } from "./renderOptions.ts";

/** The audit log for administrators: who did what, when, to which object. */
export function auditBody() {
  return html`<form id="filters" class="row g-3 mb-4" aria-label="Filtri del registro">
  <div class="col-12 col-md-4">
    <label class="form-label console-label" for="f-action">Azione</label>
    <select class="form-select" id="f-action" name="action">${renderOptions(
      AuditActionSchema.options.map((a): [string, string] => [a, a]),
      "Tutte",
    )}</select>
  </div>
  <div class="col-12 col-md-4">
    <label class="form-label console-label" for="f-object">Oggetto (id)</label>
    <input class="form-control" type="text" id="f-object" name="objectId" maxlength="100">
  </div>
  <div class="col-12 col-md-3 d-flex align-items-end"><button type="submit" class="btn btn-primary">Filtra</button></div>
</form>
<div class="table-responsive" tabindex="0" role="region" aria-label="Registro delle attività">
  <table class="table" id="audit-table">
    <caption class="visually-hidden">Registro delle attività dello staff, dalla più recente</caption>
    <thead><tr><th scope="col">Quando</th><th scope="col">Chi</th><th scope="col">Azione</th><th scope="col">Oggetto</th><th scope="col">Dettagli</th></tr></thead>
    <tbody></tbody>
  </table>
</div>
<button type="button" class="btn btn-outline-primary" id="more">Mostra altre</button>`;
}
