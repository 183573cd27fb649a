import { html } from "./html.ts";

/**
 * A conversation: the transcript with the bot's understanding beside each message, the staff
 * actions, the reply box with canned replies and the internal notes. The transcript scrolls in a
 * box of its own (focusable, for the keyboard) so a long conversation never pushes the reply box
 * out of sight. The staff actions start disabled: the page's script enables those the conversation
 * allows once it has loaded it, so nothing is sent (nor a canned reply chosen in the wrong
 * language) before the page knows the conversation's state and language.
 */
export function conversationBody() {
  return html`<div id="conversation-error" class="alert alert-danger d-none" role="alert" tabindex="-1"></div>
<div class="row">
  <div class="col-12 col-lg-8">
    <section aria-labelledby="transcript-title">
      <h2 id="transcript-title" class="h4">Trascrizione</h2>
      <div id="transcript-scroll" class="transcript-scroll" tabindex="0" role="region" aria-labelledby="transcript-title">
        <ol id="transcript" class="transcript list-unstyled"></ol>
      </div>
    </section>
    <section aria-labelledby="reply-title" class="mt-4">
      <h2 id="reply-title" class="h4">Rispondi all'utente</h2>
      <p id="reply-hint" class="text-muted">Prendi in carico la conversazione per rispondere.</p>
      <form id="reply-form">
        <div class="mb-3">
          <label class="form-label console-label" for="canned">Risposta predefinita</label>
          <select class="form-select" id="canned" disabled><option value="">Nessuna: scrivo io</option></select>
        </div>
        <div class="mb-3">
          <label class="form-label console-label" for="reply-text">Messaggio</label>
          <textarea class="form-control" id="reply-text" rows="4" maxlength="4000" required disabled></textarea>
        </div>
        <button type="submit" class="btn btn-primary" id="reply-send" disabled>Invia</button>
      </form>
    </section>
  </div>
  <div class="col-12 col-lg-4">
    <section aria-labelledby="details-title">
      <h2 id="details-title" class="h4">Dettagli</h2>
      <dl id="details" class="console-details"></dl>
    </section>
    <section aria-labelledby="actions-title" class="mt-4">
      <h2 id="actions-title" class="h4">Azioni</h2>
      <div class="d-flex flex-wrap gap-2 mb-3">
        <button type="button" class="btn btn-primary" id="claim" disabled>Prendi in carico</button>
        <button type="button" class="btn btn-outline-primary" id="handback" disabled>Restituisci all'assistente</button>
      </div>
      <form id="reassign-form" class="mb-3">
        <label class="form-label console-label" for="reassign-to">Assegna a</label>
        <div class="d-flex gap-2">
          <select class="form-select" id="reassign-to" disabled></select>
          <button type="submit" class="btn btn-outline-primary" disabled>Assegna</button>
        </div>
      </form>
      <form id="close-form">
        <label class="form-label console-label" for="outcome">Esito</label>
        <div class="d-flex gap-2">
          <select class="form-select" id="outcome" disabled></select>
          <button type="submit" class="btn btn-outline-danger" disabled>Chiudi</button>
        </div>
      </form>
    </section>
    <section aria-labelledby="notes-title" class="mt-4">
      <h2 id="notes-title" class="h4">Note interne</h2>
      <ul id="notes" class="list-unstyled"></ul>
      <form id="note-form">
        <label class="form-label console-label" for="note-text">Nuova nota (visibile solo allo staff)</label>
        <textarea class="form-control mb-2" id="note-text" rows="3" maxlength="4000" required></textarea>
        <button type="submit" class="btn btn-outline-primary">Aggiungi nota</button>
      </form>
    </section>
  </div>
</div>`;
}
