/*
 * One line on any website adds Conciliabot:
 *   <script src="https://<this server>/embed.js" async></script>
 * (add data-lang="en" for English). It shows a launcher button that opens the chat in an
 * iframe served by this server, so the host page needs no style, script or CSP change beyond
 * allowing this script and frame.
 */
(() => {
  const script = document.currentScript;
  if (!script?.src || window.__conciliabotEmbed) return;
  window.__conciliabotEmbed = true;
  const origin = new URL(script.src).origin;
  const pageLang = (document.documentElement.lang || "").toLowerCase();
  const lang =
    script.dataset.lang === "en" || (!script.dataset.lang && pageLang.startsWith("en")) ? "en" : "it";
  const text =
    lang === "en"
      ? { open: "Chat with Conciliabot", close: "Close the chat", title: "Conciliabot, automatic assistant" }
      : {
          open: "Chatta con Conciliabot",
          close: "Chiudi la chat",
          title: "Conciliabot, assistente automatico",
        };

  const button = document.createElement("button");
  button.type = "button";
  button.textContent = text.open;
  button.setAttribute("aria-expanded", "false");
  button.setAttribute("aria-controls", "conciliabot-frame");
  Object.assign(button.style, {
    position: "fixed",
    right: "1rem",
    bottom: "1rem",
    zIndex: "2147483000",
    padding: "0.75rem 1.25rem",
    border: "2px solid #FFFFFF",
    borderRadius: "2rem",
    background: "#0066CC",
    color: "#FFFFFF",
    font: "600 1rem/1.2 'Titillium Web', Geneva, Tahoma, sans-serif",
    boxShadow: "0 2px 8px rgba(0, 0, 0, 0.3)",
    cursor: "pointer",
  });

  let frame;
  function toggle() {
    if (!frame) {
      frame = document.createElement("iframe");
      frame.id = "conciliabot-frame";
      frame.title = text.title;
      frame.src = `${origin}/embed?lang=${lang}`;
      frame.hidden = true;
      Object.assign(frame.style, {
        position: "fixed",
        right: "1rem",
        bottom: "4.5rem",
        width: "min(400px, calc(100vw - 2rem))",
        height: "min(640px, calc(100vh - 6rem))",
        border: "1px solid #5C6F82",
        borderRadius: "8px",
        background: "#FFFFFF",
        boxShadow: "0 4px 16px rgba(0, 0, 0, 0.25)",
        zIndex: "2147483000",
      });
      document.body.appendChild(frame);
    }
    const opening = frame.hidden;
    frame.hidden = !opening;
    frame.style.display = opening ? "block" : "none";
    button.setAttribute("aria-expanded", String(opening));
    button.textContent = opening ? text.close : text.open;
    if (opening) frame.focus();
  }
  button.addEventListener("click", toggle);
  const closeAndReturn = () => {
    if (frame && !frame.hidden) {
      toggle();
      button.focus();
    }
  };
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape") closeAndReturn();
  });
  // Escape pressed inside the chat arrives as a message from the chat's own origin.
  window.addEventListener("message", (event) => {
    if (event.origin === origin && event.data && event.data.conciliabot === "close") closeAndReturn();
  });

  const mount = () => document.body.appendChild(button);
  if (document.body) mount();
  else document.addEventListener("DOMContentLoaded", mount);
})();
