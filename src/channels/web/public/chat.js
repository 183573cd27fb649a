/*
 * Starts the official Web Chat against this server's Direct Line endpoint. The conversation id
 * and its token are kept in the browser so a reload (or a visit days later) continues the same
 * conversation; the token is refreshed before it expires. A file, not an inline script, so the
 * page's Content-Security-Policy can forbid inline scripts.
 */
(() => {
  const script = document.currentScript;
  const nonce = script?.nonce || undefined;
  const host = document.getElementById("webchat");
  const status = document.getElementById("chat-status");
  const reset = document.getElementById("chat-reset");
  if (!host || !status) return;

  const lang = document.documentElement.lang === "en" ? "en" : "it";
  const locale = lang === "en" ? "en-US" : "it-IT";
  const domain = `${location.origin}/v3/directline`;
  const STORE_KEY = "conciliabot.webchat.v1";

  function pickStorage() {
    for (const name of ["localStorage", "sessionStorage"]) {
      try {
        const storage = window[name];
        storage.setItem(`${STORE_KEY}.probe`, "1");
        storage.removeItem(`${STORE_KEY}.probe`);
        return storage;
      } catch {
        // storage disabled (privacy settings, sandboxed frame): try the next one
      }
    }
    return undefined;
  }
  const storage = pickStorage();

  function load() {
    try {
      const saved = JSON.parse(storage?.getItem(STORE_KEY) || "null");
      if (saved && typeof saved.conversationId === "string" && typeof saved.token === "string") return saved;
    } catch {
      // unreadable: start afresh
    }
    return undefined;
  }
  function save(session) {
    if (storage) {
      storage.setItem(
        STORE_KEY,
        JSON.stringify({ conversationId: session.conversationId, token: session.token, savedAt: Date.now() }),
      );
    }
  }
  function forget() {
    if (storage) storage.removeItem(STORE_KEY);
  }

  async function post(path, token, body) {
    const headers = { "Content-Type": "application/json" };
    if (token) headers.Authorization = `Bearer ${token}`;
    const response = await fetch(path, { method: "POST", headers, body: JSON.stringify(body || {}) });
    if (!response.ok) {
      const error = new Error(`HTTP ${response.status}`);
      error.status = response.status;
      throw error;
    }
    return response.json();
  }

  /** The saved conversation with a fresh token, or a new conversation. */
  async function openSession() {
    const saved = load();
    if (saved) {
      try {
        const refreshed = await post(`${domain}/tokens/refresh`, saved.token);
        if (refreshed.conversationId === saved.conversationId) return refreshed;
      } catch (error) {
        if (!error.status || error.status >= 500 || error.status === 429) throw error;
      }
      forget();
    }
    const issued = await post("/api/webchat/token", undefined, { lang });
    return post(`${domain}/conversations`, issued.token, { locale });
  }

  function keepFresh(session) {
    let current = session;
    const every = Math.max(60, Math.floor((session.expires_in || 1800) / 2)) * 1000;
    setInterval(async () => {
      try {
        current = await post(`${domain}/tokens/refresh`, current.token);
        save(current);
      } catch {
        // next time; the saved token can still be refreshed for days
      }
    }, every);
  }

  const styleOptions = {
    accent: "#0066CC",
    primaryFont: "'Titillium Web', Geneva, Tahoma, sans-serif",
    backgroundColor: "#FFFFFF",
    bubbleBackground: "#F2F7FC",
    bubbleBorderColor: "#D9E8F7",
    bubbleBorderRadius: 6,
    bubbleFromUserBackground: "#0066CC",
    bubbleFromUserTextColor: "#FFFFFF",
    bubbleFromUserBorderColor: "#0066CC",
    bubbleFromUserBorderRadius: 6,
    botAvatarInitials: "CB",
    botAvatarBackgroundColor: "#004D99",
    hideUploadButton: true,
    sendBoxButtonColor: "#0066CC",
    sendBoxButtonColorOnHover: "#004D99",
    sendBoxHeight: 48,
    suggestedActionLayout: "flow",
    suggestedActionBackgroundColor: "#FFFFFF",
    suggestedActionBorderColor: "#0066CC",
    suggestedActionBorderRadius: 4,
    suggestedActionBorderWidth: 2,
    suggestedActionTextColor: "#0066CC",
    suggestedActionHeight: 40,
    subtle: "#5C6F82",
    timestampColor: "#5C6F82",
  };

  function showFailure() {
    status.textContent = `${status.dataset.failed} `;
    const retry = document.createElement("button");
    retry.type = "button";
    retry.className = "btn btn-primary btn-sm";
    retry.textContent = status.dataset.retry || "Riprova";
    retry.addEventListener("click", () => location.reload());
    status.append(retry);
    status.hidden = false;
  }

  async function start() {
    if (!window.WebChat) return showFailure();
    let session;
    try {
      session = await openSession();
    } catch {
      return showFailure();
    }
    save(session);
    keepFresh(session);
    const directLine = window.WebChat.createDirectLine({
      token: session.token,
      conversationId: session.conversationId,
      domain,
    });
    window.WebChat.renderWebChat(
      { directLine, locale, styleOptions, nonce, sendTypingIndicator: false },
      host,
    );
    status.textContent = "";
    status.hidden = true;
    host.dataset.conversationId = session.conversationId;
  }

  if (reset) {
    reset.addEventListener("click", () => {
      forget();
      location.reload();
    });
  }
  // The skip link lands on the message box, where a keyboard user wants to be.
  for (const link of document.querySelectorAll('a[href="#chat"]')) {
    link.addEventListener("click", (event) => {
      const input = host.querySelector("input[type=text], textarea");
      if (input) {
        event.preventDefault();
        input.focus();
      }
    });
  }
  // Embedded in another site: Escape asks the launcher (embed.js) to close the chat.
  if (document.body.classList.contains("embed") && window.parent !== window) {
    document.addEventListener("keydown", (event) => {
      if (event.key === "Escape" && !event.defaultPrevented)
        window.parent.postMessage({ conciliabot: "close" }, "*");
    });
  }
  start();
})();
