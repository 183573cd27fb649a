// Shared helpers of the console pages. User data only ever reaches the page as text nodes
// (textContent), never as markup: nothing here parses HTML.

let csrfToken = null;

export class ApiError extends Error {
  constructor(status, message, body = null) {
    super(message);
    this.status = status;
    this.body = body;
  }
}

async function token() {
  if (!csrfToken) {
    const res = await fetch("/console/api/session", { credentials: "same-origin" });
    if (res.status === 401) redirectToLogin();
    const data = await res.json();
    csrfToken = data.csrfToken;
  }
  return csrfToken;
}

function redirectToLogin() {
  const next = encodeURIComponent(location.pathname + location.search);
  location.assign(`/console/login?next=${next}`);
  throw new ApiError(401, "Sessione scaduta");
}

/** Calls the console API; state-changing requests carry the session's CSRF token. */
export async function api(path, options = {}) {
  const method = options.method ?? "GET";
  const headers = { Accept: "application/json" };
  if (method !== "GET") {
    headers["Content-Type"] = "application/json";
    headers["X-CSRF-Token"] = await token();
  }
  const res = await fetch(`/console/api${path}`, {
    method,
    headers,
    credentials: "same-origin",
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  if (res.status === 401) redirectToLogin();
  const isJson = (res.headers.get("content-type") ?? "").includes("application/json");
  const data = isJson ? await res.json() : null;
  if (!res.ok) throw new ApiError(res.status, data?.message ?? `Errore ${res.status}`, data);
  return data;
}

/** Builds an element; children are nodes or strings (added as text, never parsed). */
export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === "class") node.className = value;
    else if (key === "text") node.textContent = value;
    else if (key === "href") node.setAttribute("href", safeHref(value));
    else node.setAttribute(key, value === true ? "" : String(value));
  }
  for (const child of children.flat(Number.POSITIVE_INFINITY)) {
    if (child === undefined || child === null || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

function safeHref(value) {
  const text = String(value);
  return text.startsWith("/console") ? text : "/console";
}

/**
 * Replaces an element's content. Children may be nested arrays of any depth (a list of
 * term/definition pairs, say): they are flattened, so no array ever reaches the page as text.
 */
export function fill(node, ...children) {
  node.replaceChildren(
    ...children.flat(Number.POSITIVE_INFINITY).filter((c) => c !== null && c !== undefined && c !== false),
  );
}

/** Says something to screen-reader users through the page's polite live region. */
export function announce(text) {
  const region = document.getElementById("live-status");
  if (!region) return;
  region.textContent = "";
  setTimeout(() => {
    region.textContent = text;
  }, 50);
}

/** Shows an error in an alert box and moves focus to it. */
export function showError(box, error) {
  box.textContent = error instanceof Error ? error.message : String(error);
  box.classList.remove("d-none");
  box.focus();
}

export function hideError(box) {
  box.textContent = "";
  box.classList.add("d-none");
}

const dateTime = new Intl.DateTimeFormat("it-IT", {
  timeZone: "Europe/Rome",
  dateStyle: "short",
  timeStyle: "short",
});
const time = new Intl.DateTimeFormat("it-IT", { timeZone: "Europe/Rome", timeStyle: "short" });

export function formatDateTime(iso) {
  return iso ? dateTime.format(new Date(iso)) : "";
}

export function formatTime(iso) {
  return iso ? time.format(new Date(iso)) : "";
}

export function formatWait(seconds) {
  const minutes = Math.floor(seconds / 60);
  if (minutes < 1) return "meno di un minuto";
  if (minutes < 60) return minutes === 1 ? "1 minuto" : `${minutes} minuti`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return `${hours} h ${rest} min`;
}

export const CHANNEL_LABELS = {
  web: "Web",
  telegram: "Telegram",
  botframework: "Teams / Bot Framework",
  cli: "Terminale",
};

/** The ATS names as the content writes them: the page carries them (`data-ats-labels`, JSON). */
export const ATS_LABELS = JSON.parse(document.body.dataset.atsLabels ?? "{}");

export function territoryLabel(atsId, province) {
  const parts = [];
  if (atsId) parts.push(ATS_LABELS[atsId] ?? atsId);
  if (province) parts.push(province);
  return parts.length ? parts.join(" · ") : "Non indicato";
}

/**
 * Live updates (Server-Sent Events); the browser reconnects by itself. `handlers` maps event types
 * to functions receiving the parsed event.
 */
export function onEvents(handlers) {
  const source = new EventSource("/console/api/events");
  for (const [type, handler] of Object.entries(handlers)) {
    source.addEventListener(type, (message) => {
      try {
        handler(JSON.parse(message.data));
      } catch {
        // A malformed event is ignored: the next one or a reload brings the page up to date.
      }
    });
  }
  return source;
}

function wireLogout() {
  const button = document.getElementById("logout");
  if (!button) return;
  button.addEventListener("click", async () => {
    try {
      await api("/logout", { method: "POST" });
    } finally {
      location.assign("/console/login");
    }
  });
}

wireLogout();
