import { api, CHANNEL_LABELS, el, fill, formatDateTime } from "./common.js";
import { loadFeedback } from "./feedbackDashboard.js";

const Chart = window.Chart;
const form = document.getElementById("range");
const charts = new Map();
// Colour-blind-safe palette (Okabe–Ito) with enough contrast on white.
const PALETTE = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#8C564B"];
const FORMS = { firm_request: "Impresa", family_request: "Famiglia", self_employment_project: "Autoimpiego" };

function table(id, header, rows) {
  fill(
    document.getElementById(`table-${id}`),
    el(
      "table",
      { class: "table table-sm" },
      el(
        "thead",
        {},
        el(
          "tr",
          {},
          header.map((h) => el("th", { scope: "col" }, h)),
        ),
      ),
      el(
        "tbody",
        {},
        rows.length === 0
          ? el("tr", {}, el("td", { colspan: header.length }, "Nessun dato nel periodo."))
          : rows.map((r) =>
              el(
                "tr",
                {},
                r.map((c) => el("td", {}, String(c))),
              ),
            ),
      ),
    ),
  );
}

function draw(id, config) {
  charts.get(id)?.destroy();
  const canvas = document.getElementById(`chart-${id}`);
  charts.set(
    id,
    new Chart(canvas, {
      ...config,
      options: { responsive: true, maintainAspectRatio: false, animation: false, ...config.options },
    }),
  );
}

function pivot(rows, rowKey, colKey) {
  const rowIds = [...new Set(rows.map((r) => r[rowKey]))];
  const colIds = [...new Set(rows.map((r) => r[colKey]))];
  const value = (a, b) => rows.find((r) => r[rowKey] === a && r[colKey] === b)?.count ?? 0;
  return { rowIds, colIds, value };
}

function render(data) {
  const conv = pivot(data.conversations, "day", "channel");
  draw("conversations", {
    type: "bar",
    data: {
      labels: conv.rowIds,
      datasets: conv.colIds.map((ch, i) => ({
        label: CHANNEL_LABELS[ch] ?? ch,
        data: conv.rowIds.map((d) => conv.value(d, ch)),
        backgroundColor: PALETTE[i % PALETTE.length],
      })),
    },
    options: { scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true } } },
  });
  table(
    "conversations",
    ["Giorno", ...conv.colIds.map((c) => CHANNEL_LABELS[c] ?? c)],
    conv.rowIds.map((d) => [d, ...conv.colIds.map((c) => conv.value(d, c))]),
  );

  draw("intents", {
    type: "bar",
    data: {
      labels: data.intents.map((i) => i.label ?? i.intent),
      datasets: [{ label: "Messaggi", data: data.intents.map((i) => i.count), backgroundColor: PALETTE[0] }],
    },
    options: { indexAxis: "y", scales: { x: { beginAtZero: true } } },
  });
  table(
    "intents",
    ["Intento", "Messaggi"],
    data.intents.map((i) => [i.label ?? i.intent, i.count]),
  );

  const titled = data.actions.map((a) => ({ ...a, label: a.title }));
  const act = pivot(titled, "province", "label");
  draw("actions", {
    type: "bar",
    data: {
      labels: act.rowIds,
      datasets: act.colIds.map((a, i) => ({
        label: a,
        data: act.rowIds.map((p) => act.value(p, a)),
        backgroundColor: PALETTE[i % PALETTE.length],
      })),
    },
    options: { scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true } } },
  });
  table(
    "actions",
    ["Provincia", "Azione", "Raccomandazioni"],
    titled.map((a) => [a.province, a.label, a.count]),
  );

  const stages = [];
  const stageLabel = (r) =>
    r.kind === "form_started"
      ? "Avviati"
      : r.kind === "form_submitted"
        ? "Inviati"
        : r.kind === "form_step"
          ? `Campo: ${r.stepLabel ?? r.step ?? "?"}`
          : r.kind === "form_cancelled"
            ? "Annullati"
            : "Consenso negato";
  for (const r of data.funnel) if (!stages.includes(stageLabel(r))) stages.push(stageLabel(r));
  const order = (s) => (s === "Avviati" ? 0 : s === "Inviati" ? 2 : s.startsWith("Campo") ? 1 : 3);
  stages.sort((a, b) => order(a) - order(b));
  const formIds = [...new Set(data.funnel.map((r) => r.formId))];
  const count = (f, s) =>
    data.funnel.filter((r) => r.formId === f && stageLabel(r) === s).reduce((n, r) => n + r.count, 0);
  draw("funnel", {
    type: "bar",
    data: {
      labels: stages,
      datasets: formIds.map((f, i) => ({
        label: FORMS[f] ?? f,
        data: stages.map((s) => count(f, s)),
        backgroundColor: PALETTE[i % PALETTE.length],
      })),
    },
    options: { scales: { y: { beginAtZero: true } } },
  });
  table(
    "funnel",
    ["Passaggio", ...formIds.map((f) => FORMS[f] ?? f)],
    stages.map((s) => [s, ...formIds.map((f) => count(f, s))]),
  );

  draw("waits", {
    type: "bar",
    data: {
      labels: data.waits.buckets.map((b) => b.label),
      datasets: [
        { label: "Conversazioni", data: data.waits.buckets.map((b) => b.count), backgroundColor: PALETTE[2] },
      ],
    },
    options: { scales: { y: { beginAtZero: true } } },
  });
  table(
    "waits",
    ["Attesa (minuti)", "Conversazioni"],
    [
      ...data.waits.buckets.map((b) => [b.label, b.count]),
      ["Mediana", data.waits.medianMinutes ?? "—"],
      ["90° percentile", data.waits.p90Minutes ?? "—"],
    ],
  );
}

async function loadUnanswered(q) {
  const tbody = document.querySelector("#unanswered-table tbody");
  if (!tbody) return;
  const data = await api(`/dashboard/unanswered${q}`);
  fill(
    tbody,
    data.items.length === 0
      ? el("tr", {}, el("td", { colspan: 6 }, "Nessuna domanda senza risposta nel periodo."))
      : data.items.map((u) =>
          el(
            "tr",
            {},
            el("td", {}, formatDateTime(u.createdAt)),
            el("td", { class: "cell-text" }, u.text),
            el("td", {}, u.intent ?? "—"),
            el("td", {}, typeof u.confidence === "number" ? `${Math.round(u.confidence * 100)}%` : "—"),
            el("td", {}, CHANNEL_LABELS[u.channel] ?? u.channel),
            el(
              "td",
              {},
              el(
                "a",
                { href: `/console/content?example=${encodeURIComponent(u.text.slice(0, 500))}` },
                "Nuovo esempio",
              ),
              " · ",
              el(
                "a",
                { href: `/console/content?answer=${encodeURIComponent(u.text.slice(0, 500))}` },
                "Nuova risposta",
              ),
            ),
          ),
        ),
  );
}

async function load() {
  const p = new URLSearchParams();
  if (form.elements.from.value) p.set("from", form.elements.from.value);
  if (form.elements.to.value) p.set("to", form.elements.to.value);
  const q = p.toString() ? `?${p}` : "";
  const data = await api(`/dashboard${q}`);
  form.elements.from.value = data.from;
  form.elements.to.value = data.to;
  render(data);
  await loadUnanswered(q);
  await loadFeedback(q, { draw, table, palette: PALETTE });
}

form.addEventListener("submit", (event) => {
  event.preventDefault();
  load();
});
await load();
