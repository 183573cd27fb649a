import { html } from "./html.ts";

/**
 * The content editor (issue 17) for supervisors and administrators: the draft's state and its
 * publish, the forms generated from the content schemas (Italian and English side by side), the
 * version history with diff, rollback and export, and a preview chat against the draft.
 */
export function contentBody() {
  return html`<div id="content-message" class="alert d-none" role="alert" tabindex="-1"></div>
<section id="example-panel" class="d-none mb-4 console-fieldset" aria-labelledby="example-title">
  <h2 class="h5" id="example-title">Nuovo esempio da una domanda senza risposta</h2>
  <p>Togli dal testo ogni dato personale prima di aggiungerlo: gli esempi finiscono nei contenuti pubblicati.</p>
  <form id="example-form" class="row g-2 align-items-end">
    <div class="col-12 col-md-5"><label class="form-label console-label" for="example-text">Frase</label><input class="form-control" type="text" id="example-text" maxlength="500" required></div>
    <div class="col-6 col-md-3"><label class="form-label console-label" for="example-intent">Intento</label><select class="form-select" id="example-intent"></select></div>
    <div class="col-3 col-md-2"><label class="form-label console-label" for="example-lang">Lingua</label><select class="form-select" id="example-lang"><option value="it">Italiano</option><option value="en">English</option></select></div>
    <div class="col-3 col-md-2"><button type="submit" class="btn btn-primary">Aggiungi alla bozza</button></div>
  </form>
</section>
<section id="answer-panel" class="d-none mb-4 console-fieldset" aria-labelledby="answer-title">
  <h2 class="h5" id="answer-title">Nuova risposta da una domanda senza risposta</h2>
  <p>Il bot darà questa risposta ai messaggi che contengono la domanda o una delle sue varianti: scrivine una per riga, anche solo le parole che la riconoscono. Togli ogni dato personale: finiscono nei contenuti pubblicati. La risposta va scritta in italiano e in inglese.</p>
  <form id="answer-form" class="row g-2">
    <div class="col-12 col-md-6"><label class="form-label console-label" for="answer-phrases">Domanda e varianti (una per riga)</label><textarea class="form-control" id="answer-phrases" rows="3" maxlength="2000" required></textarea></div>
    <div class="col-12 col-md-6"><label class="form-label console-label" for="answer-topic">Tema della risposta</label><select class="form-select" id="answer-topic"></select><p class="small text-secondary mt-1">Il tema decide come il bot presenta la risposta (per esempio a chi rivolgersi) e le domande suggerite dopo.</p></div>
    <div class="col-12 col-md-6"><label class="form-label console-label" for="answer-it">Risposta · Italiano</label><textarea class="form-control" id="answer-it" rows="4" maxlength="2000" required></textarea></div>
    <div class="col-12 col-md-6"><label class="form-label console-label" for="answer-en">Risposta · English</label><textarea class="form-control" id="answer-en" rows="4" maxlength="2000" required></textarea></div>
    <div class="col-12"><button type="submit" class="btn btn-primary">Aggiungi la risposta alla bozza</button></div>
  </form>
</section>
<section aria-labelledby="draft-title" class="mb-4 console-draft">
  <h2 class="h5" id="draft-title">Bozza</h2>
  <p id="draft-status">Caricamento…</p>
  <div class="row g-2 align-items-end">
    <div class="col-12 col-md-6">
      <label class="form-label console-label" for="publish-note">Nota di pubblicazione</label>
      <input class="form-control" type="text" id="publish-note" maxlength="500" placeholder="Che cosa cambia e perché">
    </div>
    <div class="col-12 col-md-6">
      <button type="button" class="btn btn-outline-primary" id="validate-draft">Verifica</button>
      <button type="button" class="btn btn-primary" id="publish-draft">Pubblica</button>
      <button type="button" class="btn btn-outline-danger" id="discard-draft">Scarta la bozza</button>
    </div>
  </div>
  <div id="draft-problems" class="mt-3" aria-live="polite"></div>
</section>
<ul class="nav nav-tabs mb-3" role="tablist">
  <li class="nav-item" role="presentation"><button type="button" class="nav-link active" role="tab" id="tab-edit" aria-controls="panel-edit" aria-selected="true">Modifica</button></li>
  <li class="nav-item" role="presentation"><button type="button" class="nav-link" role="tab" id="tab-preview" aria-controls="panel-preview" aria-selected="false">Anteprima</button></li>
  <li class="nav-item" role="presentation"><button type="button" class="nav-link" role="tab" id="tab-versions" aria-controls="panel-versions" aria-selected="false">Versioni</button></li>
</ul>
<section id="panel-edit" role="tabpanel" aria-labelledby="tab-edit">
  <div class="row g-2 align-items-end mb-3">
    <div class="col-12 col-md-8">
      <label class="form-label console-label" for="file-select">Contenuto da modificare</label>
      <select class="form-select" id="file-select"></select>
    </div>
    <div class="col-12 col-md-4">
      <button type="button" class="btn btn-outline-secondary d-none" id="toggle-yaml" aria-pressed="false">Vista YAML (amministratori)</button>
    </div>
  </div>
  <form id="editor-form" novalidate aria-describedby="editor-help">
    <p id="editor-help" class="small text-secondary">I campi seguono lo schema dei contenuti: le correzioni compaiono accanto al campo dopo il salvataggio. Italiano a sinistra, inglese a destra.</p>
    <div id="editor-fields"></div>
    <div id="yaml-view" class="d-none">
      <label class="form-label console-label" for="yaml-text">Testo YAML del file</label>
      <textarea class="form-control console-yaml" id="yaml-text" rows="24" spellcheck="false"></textarea>
    </div>
    <button type="submit" class="btn btn-primary mt-3" id="save-file">Salva nella bozza</button>
  </form>
</section>
<section id="panel-preview" role="tabpanel" aria-labelledby="tab-preview" class="d-none">
  <p>La chat di anteprima risponde con i contenuti della bozza, senza salvare nulla: scrivi come farebbe una persona.</p>
  <ol id="preview-log" class="list-unstyled console-preview" aria-live="polite" aria-label="Conversazione di anteprima"></ol>
  <form id="preview-form" class="row g-2">
    <div class="col-9"><label class="visually-hidden" for="preview-text">Messaggio di prova</label><input class="form-control" type="text" id="preview-text" maxlength="500" autocomplete="off"></div>
    <div class="col-3"><button type="submit" class="btn btn-primary w-100">Invia</button></div>
  </form>
  <button type="button" class="btn btn-outline-secondary btn-sm mt-2" id="preview-reset">Nuova conversazione di prova</button>
  <h2 class="h5 mt-4">Esempi di domande contro la bozza</h2>
  <p>Classifica tutti gli esempi (NLU) con il modello della versione pubblicata e con quello della bozza, e mostra le frasi il cui esito cambia.</p>
  <button type="button" class="btn btn-outline-primary" id="run-nlu">Confronta gli esempi</button>
  <div id="nlu-result" class="mt-3" aria-live="polite"></div>
  <h2 class="h5 mt-4">Dialoghi e domande sui fatti contro la bozza</h2>
  <p>Fa le conversazioni di valutazione (dialoghi su più turni e domande sul documento, come <code>npm run eval:dialogue</code> ed <code>eval:facts</code>) con la versione pubblicata e con la bozza, sul server e senza toccare le conversazioni vere, e mostra che cosa cambia. Richiede qualche minuto; una valutazione alla volta.</p>
  <div class="row g-2 align-items-end">
    <div class="col-12 col-md-6"><label class="form-label console-label" for="eval-filter">Solo i dialoghi e le domande il cui nome contiene (facoltativo)</label><input class="form-control" type="text" id="eval-filter" maxlength="200" autocomplete="off"></div>
    <div class="col-12 col-md-6"><button type="button" class="btn btn-outline-primary" id="run-eval">Valuta la bozza</button></div>
  </div>
  <div id="eval-result" class="mt-3" aria-live="polite"></div>
</section>
<section id="panel-versions" role="tabpanel" aria-labelledby="tab-versions" class="d-none">
  <div class="table-responsive" tabindex="0" role="region" aria-labelledby="versions-caption">
    <table class="table" id="versions-table">
      <caption id="versions-caption">Versioni pubblicate, dalla più recente</caption>
      <thead><tr><th scope="col">N.</th><th scope="col">Quando</th><th scope="col">Chi</th><th scope="col">Origine</th><th scope="col">Nota</th><th scope="col">Azioni</th></tr></thead>
      <tbody></tbody>
    </table>
  </div>
  <form id="compare-form" class="row g-2 align-items-end">
    <div class="col-5 col-md-3"><label class="form-label console-label" for="compare-from">Confronta da</label><select class="form-select" id="compare-from"></select></div>
    <div class="col-5 col-md-3"><label class="form-label console-label" for="compare-to">a</label><select class="form-select" id="compare-to"></select></div>
    <div class="col-2 col-md-2"><button type="submit" class="btn btn-outline-primary">Confronta</button></div>
  </form>
  <div id="diff-view" class="mt-3"></div>
</section>`;
}
