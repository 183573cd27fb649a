import { html } from "./html.ts";
import type { SafeHtml } from "./SafeHtml.ts";

/** `<option>`s for a select, with an optional "any" first entry for filters. */
export function renderOptions(entries: Iterable<readonly [string, string]>, anyLabel?: string): SafeHtml {
  return html`${anyLabel ? html`<option value="">${anyLabel}</option>` : ""}${[...entries].map(
    ([value, label]) => html`<option value="${value}">${label}</option>`,
  )}`;
}
