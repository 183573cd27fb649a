// "Valuta la bozza": the dialogue and fact evaluations run on the server (a process of their own)
// on the published content and on the draft; the page polls and shows what the draft changes.

import { ApiError, api, el, fill } from "./common.js";

const SETS = [
  ["dialogue", "Dialoghi", "Schema", "Dialoghi superati", "dialoghi"],
  ["facts", "Domande sui fatti", "Tema", "Domande superate", "domande"],
];
const POLL_MS = 2000;

const rate = (t) =>
  t.total === 0 ? "—" : `${t.passed}/${t.total} (${Math.round((100 * t.passed) / t.total)}%)`;
const same = (a, b) => a.passed === b.passed && a.total === b.total;

function failedSteps(item) {
  return el(
    "ul",
    { class: "small" },
    item.failed.map((s) =>
      el(
        "li",
        {},
        el("span", { class: "fw-semibold" }, `Passo ${s.step}: «${s.say}»`),
        el("div", {}, `Atteso: ${s.expected}`),
        el("div", {}, `Risposta: ${s.got}`),
        el("div", { class: "text-danger" }, `Perché: ${s.why.join("; ")}`),
      ),
    ),
  );
}

function renderSet(id, title, groupLabel, passedLabel, noun, set) {
  const changed = set.groups.filter((g) => !same(g.published, g.draft));
  return el(
    "section",
    { class: "mb-4", id: `eval-${id}` },
    el("h3", { class: "h6" }, title),
    el(
      "p",
      {},
      `${passedLabel}: ${rate(set.items.published)} con la versione pubblicata, ${rate(set.items.draft)} con la bozza.` +
        (set.stillFailing > 0 ? ` ${set.stillFailing} ${noun} falliscono in entrambe.` : ""),
    ),
    set.groups.length === 0
      ? el("p", {}, "Niente da valutare con questo filtro.")
      : el(
          "table",
          { class: "table table-sm" },
          el(
            "caption",
            {},
            `${title}: ${id === "dialogue" ? "passi superati per schema" : "domande superate per tema"} (${changed.length} cambiati)`,
          ),
          el(
            "thead",
            {},
            el(
              "tr",
              {},
              [groupLabel, "Pubblicata", "Bozza"].map((h) => el("th", { scope: "col" }, h)),
            ),
          ),
          el(
            "tbody",
            {},
            set.groups.map((g) =>
              el(
                "tr",
                { class: same(g.published, g.draft) ? "" : "table-warning" },
                el("td", {}, g.group),
                el("td", {}, rate(g.published)),
                el("td", {}, rate(g.draft)),
              ),
            ),
          ),
        ),
    el("h4", { class: "h6" }, `Ora falliscono con la bozza (${set.newlyFailing.length})`),
    set.newlyFailing.length === 0
      ? el("p", {}, "Nessuno.")
      : el(
          "ul",
          { class: "console-eval-list" },
          set.newlyFailing.map((item) =>
            el("li", {}, el("span", { class: "fw-semibold" }, item.name), failedSteps(item)),
          ),
        ),
    el("h4", { class: "h6" }, `Ora passano con la bozza (${set.newlyPassing.length})`),
    set.newlyPassing.length === 0
      ? el("p", {}, "Nessuno.")
      : el(
          "ul",
          { class: "console-eval-list" },
          set.newlyPassing.map((item) =>
            el(
              "li",
              {},
              el("span", { class: "fw-semibold" }, item.name),
              " — prima falliva:",
              failedSteps(item),
            ),
          ),
        ),
  );
}

function render(box, state) {
  if (state.status === "idle") {
    fill(box);
    return;
  }
  if (state.status === "running") {
    fill(
      box,
      el(
        "p",
        { class: "alert alert-info" },
        "Valutazione in corso sul server (di solito da uno a qualche minuto): puoi continuare a lavorare.",
      ),
    );
    return;
  }
  if (state.status === "failed") {
    fill(box, el("p", { class: "alert alert-danger" }, state.message));
    return;
  }
  const c = state.comparison;
  fill(
    box,
    el(
      "p",
      { class: "alert alert-success" },
      `Valutazione conclusa${state.filter ? ` (solo i nomi con «${state.filter}»)` : ""}: versione pubblicata in ${c.seconds.published} s, bozza in ${c.seconds.draft} s.`,
    ),
    SETS.map(([id, title, groupLabel, passedLabel, noun]) =>
      renderSet(id, title, groupLabel, passedLabel, noun, c[id]),
    ),
  );
}

/** Wires the button, and picks up an evaluation already running or finished on this instance. */
export function setUpEvaluation(onError) {
  const box = document.getElementById("eval-result");
  const button = document.getElementById("run-eval");
  const filter = document.getElementById("eval-filter");
  let timer = null;

  async function poll() {
    timer = null;
    try {
      const state = await api("/content/evaluation");
      render(box, state);
      button.disabled = state.status === "running";
      if (state.status === "running") timer = setTimeout(poll, POLL_MS);
    } catch (error) {
      onError(error);
    }
  }

  button.addEventListener("click", async () => {
    const text = filter.value.trim();
    try {
      const state = await api("/content/evaluation", { method: "POST", body: text ? { filter: text } : {} });
      render(box, state);
      button.disabled = true;
      if (!timer) timer = setTimeout(poll, POLL_MS);
    } catch (error) {
      if (error instanceof ApiError && error.status === 409 && !timer) timer = setTimeout(poll, POLL_MS);
      fill(box, el("p", { class: "alert alert-danger" }, error.message));
    }
  });
  poll();
}
