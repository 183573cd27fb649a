import { SUBMISSION_STATUS_LABELS, SubmissionStatusSchema } from "../views/SubmissionStatus.ts";
import { html } from "./html.ts";
import { renderOptions } from "./renderOptions.ts";

/**
 * One request: what the user filed, its mails, and its status. The status form starts disabled: the
 * page's script enables it once it has set the request's real status, so "Salva" pressed early
 * never writes the list's first status over it.
 */
export function submissionBody() {
  const statuses = SubmissionStatusSchema.options.map((s): [string, string] => [
    s,
    SUBMISSION_STATUS_LABELS[s],
  ]);
  return html`<div id="submission-error" class="alert alert-danger d-none" role="alert" tabindex="-1"></div>
<div class="row">
  <div class="col-12 col-lg-8">
    <h2 class="h4" id="submission-title">Richiesta</h2>
    <dl id="submission-facts" class="console-details"></dl>
    <h2 class="h4 mt-4">Email</h2>
    <ul id="submission-mails" class="list-unstyled"></ul>
  </div>
  <div class="col-12 col-lg-4">
    <form id="status-form">
      <label class="form-label console-label" for="status">Stato</label>
      <div class="d-flex gap-2">
        <select class="form-select" id="status" disabled>${renderOptions(statuses)}</select>
        <button type="submit" class="btn btn-primary" disabled>Salva</button>
      </div>
    </form>
    <p class="mt-3"><a id="submission-conversation" class="d-none" href="/console">Apri la conversazione</a></p>
  </div>
</div>`;
}
