// The content editor: draft state and publish, forms per content file, versions with diff,
// rollback and export, preview chat against the draft.

import { ApiError, announce, api, el, fill, formatDateTime } from "./common.js";
import { setUpEvaluation } from "./contentEvaluation.js";
import { createContentForm, placeProblems } from "./contentForm.js";
import { setUpNewAnswer } from "./contentNewAnswer.js";

const message = document.getElementById("content-message");
const status = document.getElementById("draft-status");
const problemsBox = document.getElementById("draft-problems");
const select = document.getElementById("file-select");
const fields = document.getElementById("editor-fields");
const form = document.getElementById("editor-form");
const yamlView = document.getElementById("yaml-view");
const yamlText = document.getElementById("yaml-text");
const toggleYaml = document.getElementById("toggle-yaml");
const note = document.getElementById("publish-note");

const state = { role: null, draft: null, file: null, loaded: null, yamlMode: false, dirty: false };
const ORIGINS = { files: "file dell'applicazione", editor: "editor", rollback: "ripristino" };

function say(text, ok) {
  message.textContent = text;
  message.className = `alert ${ok ? "alert-success" : "alert-danger"}`;
  message.focus();
}

function showProblems(problems) {
  if (!problems || problems.length === 0) {
    fill(problemsBox, el("p", { class: "text-success" }, "Nessun problema: la bozza si può pubblicare."));
    return;
  }
  const placed = placeProblems(fields, problems);
  fill(
    problemsBox,
    el(
      "p",
      { class: "text-danger" },
      `${problems.length} problemi da correggere (${placed.length} segnalati accanto al campo):`,
    ),
    el(
      "ul",
      { class: "console-problems" },
      problems.map((p) => el("li", {}, `${p.file}${p.path ? ` · ${p.path}` : ""}: ${p.message}`)),
    ),
  );
}

async function loadDraft() {
  state.draft = await api("/content/draft");
  const d = state.draft;
  status.textContent =
    d.revision < 0
      ? `Versione pubblicata: ${d.liveNumber}. Nessuna modifica in bozza.`
      : `Versione pubblicata: ${d.liveNumber}. Bozza (revisione ${d.revision}) basata sulla versione ${d.baseNumber}` +
        (d.baseNumber !== d.liveNumber ? ", superata da una pubblicazione successiva" : "") +
        `; file modificati: ${d.changed.length > 0 ? d.changed.join(", ") : "nessuno"}.`;
}

function fileOptions() {
  const d = state.draft;
  const groups = [];
  for (const kind of d.kinds) {
    const files = d.files.filter((f) => f.kind === kind.id && f.path !== "responses/en.yaml");
    if (files.length === 0) continue;
    groups.push(
      el(
        "optgroup",
        { label: kind.label },
        files.map((f) =>
          el(
            "option",
            { value: f.path },
            kind.id === "responses" ? "Testi del bot (italiano e inglese)" : f.path,
          ),
        ),
      ),
    );
  }
  const others = d.files.filter((f) => f.kind === null || f.path === "responses/en.yaml");
  if (others.length > 0 && state.role === "admin") {
    groups.push(
      el(
        "optgroup",
        { label: "Altri file (solo YAML)" },
        others.map((f) => el("option", { value: f.path }, f.path)),
      ),
    );
  }
  const keep = select.value;
  fill(select, groups);
  if (keep) select.value = keep;
}

function renderForm() {
  const loaded = state.loaded;
  if (!loaded) return;
  if (state.yamlMode || !loaded.kind) {
    fields.replaceChildren();
    yamlView.classList.remove("d-none");
    return;
  }
  yamlView.classList.add("d-none");
  const builder = createContentForm({
    schema: loaded.kind.schema,
    data: loaded.data,
    pair: loaded.pair?.data,
    file: loaded.path,
    pairFile: loaded.pair?.path,
    onChange: (structural) => {
      state.dirty = true;
      if (!structural) return;
      // Rebuilt after an item is added or removed: folded items stay as the person left them.
      const open = new Set([...fields.querySelectorAll("details[open]")].map((d) => d.dataset.path));
      const scroll = window.scrollY;
      fill(fields, builder.build());
      for (const details of fields.querySelectorAll("details"))
        if (open.has(details.dataset.path)) details.open = true;
      window.scrollTo(0, scroll);
    },
  });
  fill(fields, builder.build());
}

/** The latest file asked for: a slower answer for a file asked for before it is not shown. */
let opening = 0;

async function openFile(path, focusEditor = false) {
  const ticket = ++opening;
  const loaded = await api(`/content/draft/file?path=${encodeURIComponent(path)}`);
  // Chosen from the list while the page was still opening its first file: that one's answer,
  // arriving last, replaced the chosen file's form under a list that named the chosen one.
  if (ticket !== opening) return;
  state.loaded = loaded;
  state.file = path;
  state.dirty = false;
  state.yamlMode = !state.loaded.kind;
  yamlText.value = state.loaded.yaml ?? "";
  toggleYaml.classList.toggle("d-none", state.role !== "admin" || !state.loaded.kind);
  toggleYaml.setAttribute("aria-pressed", String(state.yamlMode));
  renderForm();
  if (focusEditor) fields.querySelector("input, textarea, select")?.focus();
}

async function save(event) {
  event.preventDefault();
  const loaded = state.loaded;
  if (!loaded) return;
  const edits = state.yamlMode
    ? [{ path: loaded.path, yaml: yamlText.value }]
    : [
        { path: loaded.path, data: loaded.data },
        ...(loaded.pair ? [{ path: loaded.pair.path, data: loaded.pair.data }] : []),
      ];
  message.textContent = "Salvataggio e verifica in corso…";
  message.className = "alert alert-info";
  try {
    const result = await api("/content/draft/files", {
      method: "PUT",
      body: { revision: state.draft.revision, edits },
    });
    state.dirty = false;
    await loadDraft();
    const path = state.file;
    await openFile(path);
    showProblems(result.problems);
    say(
      result.problems.length === 0
        ? "Salvato nella bozza. I contenuti sono validi."
        : "Salvato nella bozza, ma ci sono problemi da correggere prima di pubblicare.",
      result.problems.length === 0,
    );
  } catch (error) {
    say(error.message, false);
  }
}

async function validate() {
  try {
    const result = await api("/content/draft/validate", { method: "POST", body: {} });
    showProblems(result.problems);
    announce(result.ok ? "Bozza valida" : "La bozza ha dei problemi");
  } catch (error) {
    say(error.message, false);
  }
}

async function publish() {
  try {
    const result = await api("/content/draft/publish", {
      method: "POST",
      body: { revision: state.draft.revision, note: note.value },
    });
    note.value = "";
    await loadDraft();
    if (state.file) await openFile(state.file);
    fill(problemsBox);
    say(`Pubblicata la versione ${result.number}: il bot la usa già su tutte le istanze.`, true);
    await loadVersions();
  } catch (error) {
    if (error instanceof ApiError && error.body?.problems) showProblems(error.body.problems);
    else if (error instanceof ApiError && error.body?.issues)
      say(error.body.issues.map((i) => i.message).join("; "), false);
    if (!(error instanceof ApiError && error.body?.issues)) say(error.message, false);
  }
}

async function discard() {
  try {
    await api("/content/draft/discard", { method: "POST", body: { revision: state.draft.revision } });
    await loadDraft();
    if (state.file) await openFile(state.file);
    fill(problemsBox);
    say("Bozza scartata.", true);
  } catch (error) {
    say(error.message, false);
  }
}

function renderDiff(files, title) {
  const view = document.getElementById("diff-view");
  if (files.length === 0) {
    fill(view, el("p", {}, `${title}: nessuna differenza.`));
    return;
  }
  fill(
    view,
    el("h2", { class: "h5" }, title),
    files.map((f) =>
      el(
        "section",
        { class: "mb-3" },
        el(
          "h3",
          { class: "h6" },
          `${f.path} (${{ added: "aggiunto", removed: "rimosso", changed: "modificato" }[f.change]})`,
        ),
        el(
          "pre",
          { class: "console-diff" },
          f.lines.map((line) =>
            line.op === "gap"
              ? el("span", { class: "diff-gap" }, "…\n")
              : el(
                  "span",
                  { class: `diff-${line.op}` },
                  `${{ same: "  ", add: "+ ", del: "- " }[line.op]}${line.text}\n`,
                ),
          ),
        ),
      ),
    ),
  );
}

async function showDiff(from, to) {
  const data = await api(`/content/diff?from=${from}&to=${to}`);
  renderDiff(
    data.files,
    `Differenze dalla versione ${from} a ${to === "draft" ? "bozza" : `versione ${to}`}`,
  );
}

async function loadVersions() {
  const body = document.querySelector("#versions-table tbody");
  const data = await api("/content/versions");
  const live = data.versions[0]?.number;
  const choices = [
    ...(state.draft?.revision >= 0 ? [["draft", "Bozza"]] : []),
    ...data.versions.map((v) => [String(v.number), `Versione ${v.number}`]),
  ];
  const from = document.getElementById("compare-from");
  const to = document.getElementById("compare-to");
  fill(
    from,
    choices.map(([value, text]) => el("option", { value }, text)),
  );
  fill(
    to,
    choices.map(([value, text]) => el("option", { value }, text)),
  );
  if (choices.length > 1) from.value = choices[1][0];
  fill(
    body,
    data.versions.map((v) => {
      const actions = el("td", {});
      if (v.number > 1) {
        const diff = el(
          "button",
          { type: "button", class: "btn btn-outline-primary btn-sm me-2 mb-1" },
          `Differenze della versione ${v.number}`,
        );
        diff.addEventListener("click", () =>
          showDiff(v.number - 1, v.number).catch((e) => say(e.message, false)),
        );
        actions.append(diff);
      }
      const exportLink = el(
        "a",
        {
          class: "btn btn-outline-secondary btn-sm me-2 mb-1",
          href: `/console/api/content/versions/${v.number}/export`,
          download: "",
        },
        `Esporta la versione ${v.number} (YAML)`,
      );
      actions.append(exportLink);
      if (v.number !== live) {
        const rollback = el(
          "button",
          { type: "button", class: "btn btn-outline-danger btn-sm mb-1" },
          `Ripristina la versione ${v.number}`,
        );
        let armed = false;
        rollback.addEventListener("click", async () => {
          if (!armed) {
            armed = true;
            rollback.textContent = `Conferma: ripristina la versione ${v.number}`;
            return;
          }
          try {
            const result = await api(`/content/versions/${v.number}/rollback`, {
              method: "POST",
              body: { note: note.value.trim() || `Ripristino della versione ${v.number}` },
            });
            note.value = "";
            say(`Ripristinata la versione ${v.number} come versione ${result.number}.`, true);
            await loadDraft();
            await loadVersions();
          } catch (error) {
            say(error.message, false);
          }
        });
        actions.append(rollback);
      }
      return el(
        "tr",
        {},
        el("td", {}, String(v.number)),
        el("td", {}, formatDateTime(v.createdAt)),
        el("td", {}, v.author ?? "—"),
        el("td", {}, ORIGINS[v.origin] ?? v.origin),
        el("td", {}, v.note),
        actions,
      );
    }),
  );
}

// Preview: the conversation state lives in the page only; nothing is stored on the server.
let previewState = null;
const previewLog = document.getElementById("preview-log");

function previewLine(from, text, extra) {
  const item = el(
    "li",
    { class: from === "bot" ? "from-bot" : "from-user" },
    el("span", { class: "visually-hidden" }, from === "bot" ? "Bot: " : "Tu: "),
    text,
  );
  if (extra) item.append(el("div", { class: "small text-secondary" }, extra));
  previewLog.append(item);
  item.scrollIntoView({ block: "nearest" });
}

async function previewSend(inbound) {
  try {
    const result = await api("/content/preview/message", {
      method: "POST",
      body: { inbound, state: previewState },
    });
    previewState = result.state;
    const details = [
      result.understanding
        ? `intento ${result.understanding.intent} (${Math.round(result.understanding.confidence * 100)}%)`
        : null,
      result.effects.length > 0 ? `non eseguito in anteprima: ${result.effects.join(", ")}` : null,
    ].filter(Boolean);
    result.replies.forEach((reply, index) => {
      const buttons = reply.buttons.length > 0 ? `Pulsanti: ${reply.buttons.join(" · ")}` : "";
      const last = index === result.replies.length - 1;
      previewLine("bot", reply.text, [buttons, last ? details.join("; ") : ""].filter(Boolean).join(" — "));
    });
  } catch (error) {
    if (error instanceof ApiError && error.body?.problems)
      showProblems(error.body.problems.map((p) => ({ file: "", path: "", message: p })));
    say(error.message, false);
  }
}

document.getElementById("preview-form").addEventListener("submit", async (event) => {
  event.preventDefault();
  const input = document.getElementById("preview-text");
  const text = input.value.trim();
  if (!text) return;
  input.value = "";
  if (previewState === null) await previewSend({ kind: "start" });
  previewLine("user", text);
  await previewSend({ kind: "text", text });
});
document.getElementById("preview-reset").addEventListener("click", () => {
  previewState = null;
  fill(previewLog);
  announce("Nuova conversazione di prova");
});
document.getElementById("run-nlu").addEventListener("click", async () => {
  const box = document.getElementById("nlu-result");
  fill(
    box,
    el("p", {}, "Confronto in corso: il modello della bozza si addestra se gli esempi sono cambiati…"),
  );
  try {
    const r = await api("/content/preview/nlu", { method: "POST", body: {} });
    fill(
      box,
      el(
        "p",
        {},
        `Esempi riconosciuti: ${r.draftRight} su ${r.total} con la bozza, ${r.liveRight} con la versione pubblicata.`,
      ),
      r.changes.length === 0
        ? el("p", {}, "Nessuna frase nuova o con esito diverso.")
        : el(
            "table",
            { class: "table table-sm" },
            el("caption", {}, "Frasi nuove o con esito diverso tra versione pubblicata e bozza"),
            el(
              "thead",
              {},
              el(
                "tr",
                {},
                ["Frase", "Lingua", "Atteso", "Pubblicata", "Bozza"].map((h) =>
                  el("th", { scope: "col" }, h),
                ),
              ),
            ),
            el(
              "tbody",
              {},
              r.changes.map((c) =>
                el(
                  "tr",
                  {},
                  el("td", {}, c.text),
                  el("td", {}, c.lang),
                  el("td", {}, c.expected),
                  el("td", {}, c.live ?? "—"),
                  el("td", { class: c.draft === c.expected ? "" : "text-danger" }, c.draft),
                ),
              ),
            ),
          ),
    );
  } catch (error) {
    fill(box, el("p", { class: "text-danger" }, error.message));
  }
});

function showTab(name) {
  for (const tab of ["edit", "preview", "versions"]) {
    const button = document.getElementById(`tab-${tab}`);
    const panel = document.getElementById(`panel-${tab}`);
    const active = tab === name;
    button.classList.toggle("active", active);
    button.setAttribute("aria-selected", String(active));
    panel.classList.toggle("d-none", !active);
  }
  if (name === "versions") {
    loadVersions().catch((e) => say(e.message, false));
    if (state.draft && state.draft.revision >= 0)
      showDiff(state.draft.baseNumber, "draft").catch(() => undefined);
  }
}

// From the dashboard's unanswered questions: the phrase becomes an NLU example of the chosen intent.
function setUpExample(text) {
  const panel = document.getElementById("example-panel");
  const intents = state.draft.files.filter((f) => f.kind === "nlu").map((f) => f.path);
  if (!text || intents.length === 0) return;
  panel.classList.remove("d-none");
  document.getElementById("example-text").value = text;
  fill(
    document.getElementById("example-intent"),
    intents.map((p) => el("option", { value: p }, p.replace(/^nlu\//, "").replace(/\.yaml$/, ""))),
  );
  document.getElementById("example-form").addEventListener("submit", async (event) => {
    event.preventDefault();
    const path = document.getElementById("example-intent").value;
    const lang = document.getElementById("example-lang").value;
    const phrase = document.getElementById("example-text").value.trim();
    if (!phrase) return;
    try {
      const file = await api(`/content/draft/file?path=${encodeURIComponent(path)}`);
      const data = file.data;
      data.utterances[lang] = [...(data.utterances[lang] ?? []), phrase];
      const result = await api("/content/draft/files", {
        method: "PUT",
        body: { revision: state.draft.revision, edits: [{ path, data }] },
      });
      await loadDraft();
      select.value = path;
      await openFile(path);
      showProblems(result.problems);
      panel.classList.add("d-none");
      say(`Esempio aggiunto alla bozza in ${path}: provalo nell'anteprima prima di pubblicare.`, true);
    } catch (error) {
      say(error.message, false);
    }
  });
}

async function start() {
  const session = await api("/session");
  state.role = session.staff.role;
  await loadDraft();
  fileOptions();
  const params = new URLSearchParams(location.search);
  setUpExample(params.get("example"));
  setUpEvaluation((error) => say(error.message, false));
  await setUpNewAnswer(params.get("answer"), {
    canEdit: (path) => state.draft.files.some((f) => f.path === path && f.kind !== null),
    save: async (edits) => {
      const result = await api("/content/draft/files", {
        method: "PUT",
        body: { revision: state.draft.revision, edits },
      });
      await loadDraft();
      return result;
    },
    show: async (path, problems) => {
      select.value = path;
      await openFile(path);
      showProblems(problems);
    },
    say,
  });
  const wanted = params.get("file");
  const first = wanted && state.draft.files.some((f) => f.path === wanted) ? wanted : select.value;
  if (first) {
    select.value = first;
    await openFile(first);
  }
}

select.addEventListener("change", () => openFile(select.value).catch((e) => say(e.message, false)));
form.addEventListener("submit", save);
toggleYaml.addEventListener("click", () => {
  state.yamlMode = !state.yamlMode;
  toggleYaml.setAttribute("aria-pressed", String(state.yamlMode));
  renderForm();
});
document.getElementById("compare-form").addEventListener("submit", (event) => {
  event.preventDefault();
  const from = document.getElementById("compare-from").value;
  const to = document.getElementById("compare-to").value;
  showDiff(from, to).catch((e) => say(e.message, false));
});
document.getElementById("validate-draft").addEventListener("click", validate);
document.getElementById("publish-draft").addEventListener("click", publish);
document.getElementById("discard-draft").addEventListener("click", discard);
for (const tab of ["edit", "preview", "versions"]) {
  document.getElementById(`tab-${tab}`).addEventListener("click", () => showTab(tab));
}
window.addEventListener("beforeunload", (event) => {
  if (state.dirty) event.preventDefault();
});

start().catch((error) => say(error.message, false));
