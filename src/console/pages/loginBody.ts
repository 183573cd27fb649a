import { html } from "./html.ts";

/** The sign-in form; the page script posts it as JSON and follows `next` within the console only. */
export function loginBody() {
  return html`<div class="row">
  <div class="col-12 col-md-8 col-lg-5">
    <p>Accesso riservato allo staff del programma e delle reti territoriali di conciliazione.</p>
    <div id="login-error" class="alert alert-danger d-none" role="alert" tabindex="-1"></div>
    <form id="login-form" novalidate>
      <div class="mb-4">
        <label class="form-label console-label" for="email">Email</label>
        <input class="form-control" type="email" id="email" name="email" autocomplete="username" required>
      </div>
      <div class="mb-4">
        <label class="form-label console-label" for="password">Password</label>
        <input class="form-control" type="password" id="password" name="password" autocomplete="current-password" required>
      </div>
      <button type="submit" class="btn btn-primary">Accedi</button>
    </form>
  </div>
</div>`;
}
