import { announce, api, CHANNEL_LABELS, el, fill, formatWait, onEvents, territoryLabel } from "./common.js";

const body = document.querySelector("#queue-table tbody");
const summary = document.getElementById("queue-summary");
let items = [];
let loadedAt = Date.now();
let known = new Set();

function statusText(item) {
  if (item.status === "with_staff")
    return `In carico a ${item.assignedStaffName ?? "una persona dello staff"}`;
  return item.forwardedAt ? "In attesa (inoltrata alla casella)" : "In attesa";
}

function render() {
  const elapsed = Math.floor((Date.now() - loadedAt) / 1000);
  const waiting = items.filter((i) => i.status === "queued").length;
  summary.textContent =
    items.length === 0
      ? "Nessuna conversazione in coda."
      : `${waiting} in attesa, ${items.length - waiting} in carico.`;
  fill(
    body,
    items.map((item) => {
      const wait = formatWait(item.waitingSeconds + elapsed);
      return el(
        "tr",
        { "data-id": item.id },
        el("td", {}, wait),
        el("td", {}, item.reasonLabel),
        el("td", {}, CHANNEL_LABELS[item.channel] ?? item.channel),
        el("td", {}, territoryLabel(item.atsId, item.province)),
        el("td", {}, statusText(item)),
        el(
          "td",
          {},
          el(
            "a",
            {
              href: `/console/conversations/${encodeURIComponent(item.id)}`,
              "aria-label": `Apri la conversazione in attesa da ${wait}`,
            },
            "Apri",
          ),
        ),
      );
    }),
  );
}

async function load(fromEvent) {
  const data = await api("/queue");
  items = data.items;
  loadedAt = Date.now();
  const ids = new Set(items.map((i) => i.id));
  const arrived = items.filter((i) => !known.has(i.id) && i.status === "queued").length;
  known = ids;
  render();
  if (fromEvent && arrived > 0) {
    announce(arrived === 1 ? "Nuova conversazione in coda." : `${arrived} nuove conversazioni in coda.`);
  }
}

await load(false);
setInterval(render, 15_000);
onEvents({ queue: () => load(true), conversation: () => load(false) });
