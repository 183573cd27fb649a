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
  // One saved conversation per language: opening /en after / starts an English conversation
  // instead of continuing the Italian one (the Italian key stays as it was, so nothing is lost).
  const STORE_KEY = lang === "it" ? "conciliabot.webchat.v1" : `conciliabot.webchat.v1.${lang}`;
  const MAX_LENGTH = 4000;
  const counter = document.getElementById("chat-counter");

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
    // Every message shows its avatar: a staff member's (their initials, green) must be seen even
    // right after the bot's.
    showAvatarInGroup: true,
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
      {
        directLine,
        locale,
        styleOptions,
        nonce,
        sendTypingIndicator: false,
        // Every message says who wrote it in its own screen-reader text (channelData
        // "webchat:fallback-text": "Conciliabot ha scritto: …", "Anna · staff del programma ha
        // scritto: …"), so Web Chat's "Il bot CB ha detto" would be wrong for a person.
        // (A space, not an empty string: Web Chat falls back to English for an empty one.)
        overrideLocalizedStrings: (strings) => ({ ...strings, ACTIVITY_BOT_SAID_ALT: " " }),
      },
      host,
    );
    watchTranscript();
    status.textContent = "";
    status.hidden = true;
    fitChat();
    host.dataset.conversationId = session.conversationId;
  }

  /** "7:35 PM" → "19:35": Web Chat formats times with a 12-hour pattern whatever the locale. */
  function to24Hours(text) {
    return text.replace(/\b(\d{1,2})[:.](\d{2})\s?([AaPp])\.?\s?[Mm]\.?/g, (_all, h, m, half) => {
      const hours = (Number(h) % 12) + (half.toLowerCase() === "p" ? 12 : 0);
      return `${String(hours).padStart(2, "0")}:${m}`;
    });
  }

  function initials(name) {
    const words = name.split(/\s+/).filter(Boolean);
    return words
      .slice(0, 2)
      .map((word) => word[0].toUpperCase())
      .join("");
  }

  /**
   * What Web Chat renders is adjusted in place: a staff member's messages (they open with
   * "<name> · staff del programma" in bold) get that person's initials on an avatar of another
   * colour, timestamps read in 24-hour time, and the message box gets its length limit and counter.
   */
  function adjust() {
    const staffRole = lang === "en" ? " · programme staff" : " · staff del programma";
    for (const row of host.querySelectorAll(".webchat__stacked-layout")) {
      const heading = row.querySelector(".webchat__text-content strong");
      const avatar = row.querySelector(".webchat__initialsAvatar");
      if (heading && avatar && heading.textContent.endsWith(staffRole)) {
        const name = heading.textContent.slice(0, -staffRole.length);
        avatar.classList.add("chat-staff-avatar");
        const letters = avatar.querySelector(".webchat__initialsAvatar__initials") || avatar;
        if (letters.textContent !== initials(name)) letters.textContent = initials(name);
      }
    }
    const walker = document.createTreeWalker(host, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (
        /\d\s?[AaPp]\.?\s?[Mm]\b/.test(node.nodeValue) &&
        !node.parentElement?.closest(".webchat__text-content, .ac-adaptiveCard")
      ) {
        node.nodeValue = to24Hours(node.nodeValue);
      }
    }
    const input = host.querySelector("input[type=text], textarea");
    if (input && !input.hasAttribute("maxlength")) {
      input.setAttribute("maxlength", String(MAX_LENGTH));
      if (counter) {
        input.setAttribute("aria-describedby", "chat-counter");
        input.addEventListener("input", () => showCount(input));
      }
    }
  }

  let lastFull = false;
  function showCount(input) {
    const used = input.value.length;
    counter.textContent = counter.dataset.template
      .replace("{used}", String(used))
      .replace("{max}", String(MAX_LENGTH));
    const full = used >= MAX_LENGTH;
    // The live note speaks only when the limit is reached, not at every key.
    const note = document.getElementById("chat-counter-note");
    if (note && full !== lastFull) note.textContent = full ? counter.dataset.full : "";
    lastFull = full;
  }

  function watchTranscript() {
    let queued = false;
    const observer = new MutationObserver(() => {
      if (queued) return;
      queued = true;
      requestAnimationFrame(() => {
        queued = false;
        adjust();
      });
    });
    observer.observe(host, { childList: true, subtree: true, characterData: true });
    adjust();
  }

  /**
   * On the full page the chat takes the height left under the heading, so the message box is in
   * the window on first load, on a desktop and on a phone (the embed fills its frame by CSS).
   */
  function fitChat() {
    if (document.body.classList.contains("embed")) return;
    const top = host.getBoundingClientRect().top + window.scrollY;
    const height = Math.max(300, Math.min(720, window.innerHeight - top - 8));
    host.style.height = `${Math.round(height)}px`;
  }
  fitChat();
  window.addEventListener("resize", fitChat);
  window.addEventListener("load", fitChat);

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
