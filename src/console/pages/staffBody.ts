import type { AtsId } from "../../content/ids.ts";
import { html } from "./html.ts";
import { renderOptions } from "./renderOptions.ts";

/** Staff accounts for administrators: list, create, change role or ATS, deactivate, unlock. */
export function staffBody(atsLabels: ReadonlyMap<AtsId, string>) {
  const ats = [...atsLabels];
  return html`<div id="staff-message" class="alert d-none" role="status" tabindex="-1"></div>
<div class="table-responsive" tabindex="0" role="region" aria-label="Account dello staff">
  <table class="table" id="staff-table">
    <caption class="visually-hidden">Account dello staff</caption>
    <thead><tr><th scope="col">Nome</th><th scope="col">Email</th><th scope="col">Ruolo</th><th scope="col">ATS</th><th scope="col">Stato</th><th scope="col">Azioni</th></tr></thead>
    <tbody></tbody>
  </table>
</div>
<h2 class="h4 mt-5">Nuovo account</h2>
<form id="new-staff" class="row g-3">
  <div class="col-12 col-md-6">
    <label class="form-label console-label" for="n-name">Nome</label>
    <input class="form-control" type="text" id="n-name" required maxlength="100">
  </div>
  <div class="col-12 col-md-6">
    <label class="form-label console-label" for="n-email">Email</label>
    <input class="form-control" id="n-email" type="email" required maxlength="254">
  </div>
  <div class="col-12 col-md-4">
    <label class="form-label console-label" for="n-role">Ruolo</label>
    <select class="form-select" id="n-role"><option value="operator">Operatore</option><option value="supervisor">Supervisore</option><option value="admin">Amministratore</option></select>
  </div>
  <div class="col-12 col-md-4">
    <label class="form-label console-label" for="n-ats">ATS (per gli operatori)</label>
    <select class="form-select" id="n-ats">${renderOptions(ats, "Nessuna")}</select>
  </div>
  <div class="col-12 col-md-4">
    <label class="form-label console-label" for="n-password">Password (vuota: generata)</label>
    <input class="form-control" id="n-password" type="password" autocomplete="new-password" minlength="12">
  </div>
  <div class="col-12"><button type="submit" class="btn btn-primary">Crea account</button></div>
</form>
<h2 class="h4 mt-5">Contenuti</h2>
<p>Ricarica i file di <code>intents/</code> su questa istanza dopo averli aggiornati.</p>
<button type="button" class="btn btn-outline-primary" id="reload-content">Ricarica i contenuti</button>`;
}
