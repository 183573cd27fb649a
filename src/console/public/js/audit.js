import { api, el, formatDateTime } from "./common.js";

const form = document.getElementById("filters");
const body = document.querySelector("#audit-table tbody");
const more = document.getElementById("more");
let lastId = null;

function params(before) {
  const p = new URLSearchParams();
  if (form.elements.action.value) p.set("action", form.elements.action.value);
  if (form.elements.objectId.value.trim()) p.set("objectId", form.elements.objectId.value.trim());
  if (before) p.set("before", before);
  return p.toString();
}

async function load(append) {
  const q = params(append ? lastId : null);
  const data = await api(`/admin/audit${q ? `?${q}` : ""}`);
  if (!append) body.replaceChildren();
  for (const e of data.entries) {
    body.append(
      el(
        "tr",
        {},
        el("td", {}, formatDateTime(e.at)),
        el("td", {}, e.ip ? `${e.staffEmail ?? "—"} (${e.ip})` : (e.staffEmail ?? "—")),
        el("td", {}, e.action),
        el("td", {}, e.objectType ? `${e.objectType} ${e.objectId ?? ""}` : "—"),
        el("td", { class: "cell-text" }, e.details ? JSON.stringify(e.details) : ""),
      ),
    );
  }
  lastId = data.entries.at(-1)?.id ?? lastId;
  more.disabled = data.entries.length === 0;
}

form.addEventListener("submit", (event) => {
  event.preventDefault();
  load(false);
});
more.addEventListener("click", () => load(true));
await load(false);
