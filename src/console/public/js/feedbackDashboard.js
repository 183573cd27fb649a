import { api, CHANNEL_LABELS, el, fill } from "./common.js";

const dash = (value, suffix = "") => (value === null || value === undefined ? "—" : `${value}${suffix}`);

/** Satisfaction charts and tables (every role), then the least helpful answers (supervisors, admins). */
export async function loadFeedback(q, { draw, table, palette }) {
  const data = await api(`/dashboard/feedback${q}`);
  draw("satisfaction", {
    type: "line",
    data: {
      labels: data.overTime.map((d) => d.day),
      datasets: [
        {
          label: "Risposte utili (%)",
          data: data.overTime.map((d) => d.helpfulShare),
          borderColor: palette[0],
          backgroundColor: palette[0],
          yAxisID: "share",
          spanGaps: true,
        },
        {
          label: "Voto medio (1–5)",
          data: data.overTime.map((d) => d.averageRating),
          borderColor: palette[1],
          backgroundColor: palette[1],
          yAxisID: "rating",
          spanGaps: true,
        },
      ],
    },
    options: {
      scales: {
        share: { position: "left", min: 0, max: 100 },
        rating: { position: "right", min: 1, max: 5, grid: { drawOnChartArea: false } },
      },
    },
  });
  table(
    "satisfaction",
    ["Giorno", "Utili", "Non utili", "Utili (%)", "Voti", "Saltati", "Voto medio"],
    data.overTime.map((d) => [
      d.day,
      d.up,
      d.down,
      dash(d.helpfulShare),
      d.ratings,
      d.skipped,
      dash(d.averageRating),
    ]),
  );

  draw("satisfaction-intent", {
    type: "bar",
    data: {
      labels: data.byIntent.map((i) => i.intent),
      datasets: [
        {
          label: "Risposte utili (%)",
          data: data.byIntent.map((i) => i.helpfulShare),
          backgroundColor: palette[2],
        },
      ],
    },
    options: { indexAxis: "y", scales: { x: { min: 0, max: 100 } } },
  });
  table(
    "satisfaction-intent",
    ["Intento", "Utili", "Non utili", "Utili (%)"],
    data.byIntent.map((i) => [i.intent, i.up, i.down, dash(i.helpfulShare)]),
  );

  draw("satisfaction-channel", {
    type: "bar",
    data: {
      labels: data.byChannel.map((c) => CHANNEL_LABELS[c.channel] ?? c.channel),
      datasets: [
        {
          label: "Risposte utili (%)",
          data: data.byChannel.map((c) => c.helpfulShare),
          backgroundColor: palette[0],
        },
        {
          label: "Voto medio × 20",
          data: data.byChannel.map((c) => (c.averageRating === null ? null : c.averageRating * 20)),
          backgroundColor: palette[1],
        },
      ],
    },
    options: { scales: { y: { min: 0, max: 100 } } },
  });
  table(
    "satisfaction-channel",
    ["Canale", "Utili", "Non utili", "Utili (%)", "Voti", "Voto medio"],
    data.byChannel.map((c) => [
      CHANNEL_LABELS[c.channel] ?? c.channel,
      c.up,
      c.down,
      dash(c.helpfulShare),
      c.ratings,
      dash(c.averageRating),
    ]),
  );

  draw("csat-ats", {
    type: "bar",
    data: {
      labels: data.handoffByAts.map((a) => a.label),
      datasets: [
        {
          label: "Voto medio",
          data: data.handoffByAts.map((a) => a.averageRating),
          backgroundColor: palette[3],
        },
      ],
    },
    options: { indexAxis: "y", scales: { x: { min: 0, max: 5 } } },
  });
  table(
    "csat-ats",
    ["ATS", "Voti", "Saltati", "Voto medio"],
    data.handoffByAts.map((a) => [a.label, a.ratings, a.skipped, dash(a.averageRating)]),
  );

  await loadWorst(q, new URLSearchParams({ from: data.from, to: data.to }));
}

async function loadWorst(q, period) {
  const tbody = document.querySelector("#worst-table tbody");
  if (!tbody) return;
  // The export covers the days shown, also when the form was left empty (the last 30 days).
  document.getElementById("feedback-export")?.setAttribute("href", `/console/api/feedback.csv?${period}`);
  const data = await api(`/dashboard/feedback/worst${q}`);
  fill(
    tbody,
    data.items.length === 0
      ? el("tr", {}, el("td", { colspan: 6 }, "Nessuna risposta segnalata come non utile nel periodo."))
      : data.items.map((item) =>
          el(
            "tr",
            {},
            el("td", {}, item.content ? `${item.content.item} (${item.content.file})` : item.answerKey),
            el("td", {}, item.intent ?? "—"),
            el("td", {}, String(item.down)),
            el("td", {}, String(item.up)),
            el(
              "td",
              { class: "cell-text" },
              el(
                "ul",
                { class: "list-unstyled mb-0" },
                item.samples.map((s) =>
                  el(
                    "li",
                    {},
                    s.question ? `«${s.question}»` : "(domanda cancellata)",
                    s.comment ? ` — mancava: «${s.comment}»` : "",
                    " ",
                    el("a", { href: s.conversationHref }, "conversazione"),
                  ),
                ),
              ),
            ),
            el("td", {}, item.content ? el("a", { href: item.content.href }, "Apri il contenuto") : "—"),
          ),
        ),
  );
}
