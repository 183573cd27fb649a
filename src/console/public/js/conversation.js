import {
  ATS_LABELS,
  announce,
  api,
  CHANNEL_LABELS,
  el,
  fill,
  formatDateTime,
  formatTime,
  formatWait,
  hideError,
  onEvents,
  showError,
} from "./common.js";

const id = document.body.dataset.id;
const errorBox = document.getElementById("conversation-error");
const transcript = document.getElementById("transcript");
const transcriptBox = document.getElementById("transcript-scroll");
const details = document.getElementById("details");
const notes = document.getElementById("notes");
const claimButton = document.getElementById("claim");
const handbackButton = document.getElementById("handback");
const replyForm = document.getElementById("reply-form");
const replyText = document.getElementById("reply-text");
const replyHint = document.getElementById("reply-hint");
const canned = document.getElementById("canned");
const reassignForm = document.getElementById("reassign-form");
const reassignTo = document.getElementById("reassign-to");
const closeForm = document.getElementById("close-form");
const outcome = document.getElementById("outcome");
const noteForm = document.getElementById("note-form");
const noteText = document.getElementById("note-text");

const SPEAKERS = { in: "Utente", bot: "Assistente", staff: "Staff", system: "Evento" };
const HANDOFF_LABELS = { queued: "In coda per lo staff", with_staff: "Con lo staff" };
let current = null;
let lastMessageId = null;

function understanding(message) {
  const parts = [];
  if (message.direction === "in") {
    if (message.intent) parts.push(`Intento: ${message.intent}`);
    if (typeof message.confidence === "number")
      parts.push(`confidenza ${Math.round(message.confidence * 100)}%`);
  } else {
    if (message.intent) parts.push(`Intento: ${message.intent}`);
    if (message.actions.length) parts.push(`Azioni consigliate: ${message.actions.join(", ")}`);
    if (message.form)
      parts.push(`Modulo: ${message.form.id}${message.form.field ? ` (${message.form.field})` : ""}`);
    if (message.handoff) parts.push(HANDOFF_LABELS[message.handoff] ?? message.handoff);
    if (message.buttons.length) parts.push(`Pulsanti: ${message.buttons.join(" | ")}`);
  }
  return parts.length ? el("p", { class: "understanding mb-0" }, parts.join(" · ")) : null;
}

/** Keeps the newest message in sight, unless the staff member scrolled up to read older ones. */
function renderTranscript(messages) {
  const atEnd = transcriptBox.scrollHeight - transcriptBox.scrollTop - transcriptBox.clientHeight < 40;
  fill(
    transcript,
    messages
      .filter((m) => m.text !== "" || m.event)
      .map((m) => {
        const speaker =
          m.direction === "staff" && m.staffName ? `Staff (${m.staffName})` : SPEAKERS[m.direction];
        return el(
          "li",
          { class: `from-${m.direction}`, "data-id": m.id },
          el("p", { class: "message-meta mb-0" }, `${speaker} · ${formatTime(m.createdAt)}`),
          m.text
            ? el("p", { class: "message-text" }, m.text)
            : el("p", { class: "message-text" }, "(apertura della chat)"),
          understanding(m),
        );
      }),
  );
  if (atEnd || lastMessageId === null) transcriptBox.scrollTop = transcriptBox.scrollHeight;
}

function entry(term, value) {
  return [el("dt", {}, term), el("dd", {}, value)];
}

function renderDetails(c) {
  fill(
    details,
    entry(
      "Stato",
      c.status === "with_staff"
        ? `In carico a ${c.assignedStaffName ?? "—"}`
        : c.status === "queued"
          ? "In attesa"
          : "Con l'assistente",
    ),
    entry("Motivo", c.reasonLabel),
    entry("In attesa da", c.queuedAt ? formatWait(c.waitingSeconds) : "—"),
    entry("Canale", CHANNEL_LABELS[c.channel] ?? c.channel),
    entry(
      "Territorio",
      c.atsId ? `${ATS_LABELS[c.atsId] ?? c.atsId}${c.province ? ` (${c.province})` : ""}` : "Non indicato",
    ),
    entry("Lingua", c.lang === "en" ? "Inglese" : "Italiano"),
    entry("Iniziata", formatDateTime(c.createdAt)),
    c.forwardedAt ? entry("Inoltrata alla casella", formatDateTime(c.forwardedAt)) : [],
  );
}

function renderNotes(list) {
  fill(
    notes,
    list.length === 0
      ? el("li", { class: "text-muted" }, "Nessuna nota.")
      : list.map((n) =>
          el(
            "li",
            { class: "mb-2" },
            el(
              "p",
              { class: "message-meta mb-0" },
              `${n.staffName ?? "Staff"} · ${formatDateTime(n.createdAt)}`,
            ),
            el("p", { class: "message-text mb-0" }, n.text),
          ),
        ),
  );
}

function renderControls(c) {
  const inHandoff = c.status === "queued" || c.status === "with_staff";
  claimButton.disabled = c.status !== "queued" || Boolean(c.assignedStaffId);
  handbackButton.disabled = !inHandoff;
  for (const control of closeForm.elements) control.disabled = !inHandoff;
  for (const control of reassignForm.elements) control.disabled = !inHandoff;
  const canReply = c.status === "with_staff" && c.mine;
  for (const control of replyForm.elements) control.disabled = !canReply;
  replyHint.textContent = canReply
    ? "I messaggi arrivano all'utente sul suo canale."
    : "Prendi in carico la conversazione per rispondere.";
}

async function load(first) {
  const data = await api(`/conversations/${encodeURIComponent(id)}${first ? "" : "?refresh=1"}`);
  current = data.conversation;
  renderDetails(current);
  renderTranscript(data.messages);
  renderNotes(data.notes);
  renderControls(current);
  const last = data.messages.at(-1);
  if (!first && last && last.id !== lastMessageId && last.direction === "in")
    announce("Nuovo messaggio dall'utente.");
  lastMessageId = last?.id ?? null;
}

async function act(work, done) {
  hideError(errorBox);
  try {
    await work();
    announce(done);
    await load(false);
  } catch (error) {
    showError(errorBox, error);
  }
}

// The claim button turns disabled once pressed: focus moves on to the reply box, where the work
// continues, instead of falling to the page body.
claimButton.addEventListener("click", async () => {
  await act(
    () => api(`/conversations/${encodeURIComponent(id)}/claim`, { method: "POST" }),
    "Conversazione presa in carico.",
  );
  if (!replyText.disabled) replyText.focus();
  else if (document.activeElement === document.body) transcriptBox.focus();
});
handbackButton.addEventListener("click", () =>
  act(
    () => api(`/conversations/${encodeURIComponent(id)}/handback`, { method: "POST" }),
    "Conversazione restituita all'assistente automatico.",
  ),
);
replyForm.addEventListener("submit", (event) => {
  event.preventDefault();
  const text = replyText.value.trim();
  if (!text) return;
  act(async () => {
    await api(`/conversations/${encodeURIComponent(id)}/reply`, { method: "POST", body: { text } });
    replyText.value = "";
    canned.value = "";
  }, "Messaggio inviato.");
});
noteForm.addEventListener("submit", (event) => {
  event.preventDefault();
  const text = noteText.value.trim();
  if (!text) return;
  act(async () => {
    await api(`/conversations/${encodeURIComponent(id)}/notes`, { method: "POST", body: { text } });
    noteText.value = "";
  }, "Nota aggiunta.");
});
reassignForm.addEventListener("submit", (event) => {
  event.preventDefault();
  if (!reassignTo.value) return;
  act(
    () =>
      api(`/conversations/${encodeURIComponent(id)}/reassign`, {
        method: "POST",
        body: { staffId: reassignTo.value },
      }),
    "Conversazione assegnata.",
  );
});
closeForm.addEventListener("submit", (event) => {
  event.preventDefault();
  act(
    () =>
      api(`/conversations/${encodeURIComponent(id)}/close`, {
        method: "POST",
        body: { outcome: outcome.value },
      }),
    "Conversazione chiusa.",
  );
});

let cannedReplies = [];
canned.addEventListener("change", () => {
  const chosen = cannedReplies.find((r) => r.id === canned.value);
  // The text in the conversation's language (an English conversation gets the English wording).
  if (chosen) replyText.value = current?.lang === "en" ? chosen.text.en : chosen.text.it;
});

try {
  const [cannedData, outcomes, assignees] = await Promise.all([
    api("/canned-replies"),
    api("/outcomes"),
    api(`/conversations/${encodeURIComponent(id)}/assignees`),
  ]);
  cannedReplies = cannedData.replies;
  canned.append(...cannedReplies.map((r) => el("option", { value: r.id }, r.title)));
  fill(
    outcome,
    outcomes.outcomes.map((o) => el("option", { value: o.id }, o.label)),
  );
  fill(
    reassignTo,
    assignees.staff.map((s) => el("option", { value: s.id }, s.displayName)),
  );
  await load(true);
} catch (error) {
  showError(errorBox, error);
}

onEvents({
  conversation: (event) => {
    if (event.id === id) load(false).catch((error) => showError(errorBox, error));
  },
  queue: (event) => {
    if (event.id === id) load(false).catch((error) => showError(errorBox, error));
  },
});
