import type { Lang } from "../../content/ids.ts";
import type { PageTexts, WebPages } from "../../content/webPagesSchema.ts";
import { MAX_TEXT_LENGTH } from "../../conversation/turn.ts";
import type { AssetUrls } from "./createStaticAssets.ts";

export type PageKind = "home" | "embed" | "privacy";

export interface PageContext {
  assets: AssetUrls;
  mailbox: string;
  /** Per-response CSP nonce: lets Web Chat's own style elements in, and nothing else inline. */
  nonce: string;
  /** What the pages say, in both languages (intents/web/pages.yaml). */
  texts: WebPages;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function header(t: PageTexts): string {
  const other = t.otherLanguage;
  return `<header class="it-header-wrapper">
  <div class="it-header-slim-wrapper">
    <div class="container"><div class="row"><div class="col-12">
      <div class="it-header-slim-wrapper-content">
        <span class="navbar-brand">${escapeHtml(t.region)}</span>
        <div class="it-header-slim-right-zone">
          <a class="btn btn-sm btn-link text-white" href="${other.href}" lang="${other.lang}" hreflang="${other.lang}">${escapeHtml(other.label)}</a>
        </div>
      </div>
    </div></div></div>
  </div>
  <div class="it-nav-wrapper">
    <div class="it-header-center-wrapper">
      <div class="container"><div class="row"><div class="col-12">
        <div class="it-header-center-content-wrapper">
          <div class="it-brand-wrapper">
            <a href="${t.homeHref}">
              <div class="it-brand-text">
                <div class="it-brand-title">${escapeHtml(t.region)} — ${escapeHtml(t.programme)}</div>
                <div class="it-brand-tagline d-none d-md-block">${escapeHtml(t.tagline)}</div>
              </div>
            </a>
          </div>
        </div>
      </div></div></div>
    </div>
  </div>
</header>`;
}

function footer(t: PageTexts, mailbox: string): string {
  const mail = escapeHtml(mailbox);
  return `<footer class="it-footer" id="contatti" tabindex="-1">
  <div class="it-footer-main">
    <div class="container py-4">
      <h2 class="h5 text-white">${escapeHtml(t.contacts)}</h2>
      <p class="mb-2">${escapeHtml(t.mailbox)}: <a class="text-white" href="mailto:${mail}">${mail}</a></p>
      <p class="mb-2"><a class="text-white" href="${t.privacyHref}">${escapeHtml(t.privacy)}</a></p>
      <p class="mb-0 small">${escapeHtml(t.footerNote)}</p>
    </div>
  </div>
</footer>`;
}

function chat(t: PageTexts, mailbox: string): string {
  const mail = escapeHtml(mailbox);
  return `<section id="chat" class="chat" tabindex="-1" aria-label="${escapeHtml(t.chatRegion)}">
  <p id="chat-status" class="chat-status" role="status" data-failed="${escapeHtml(t.failed)}" data-retry="${escapeHtml(t.retry)}">${escapeHtml(t.connecting)}</p>
  <div id="webchat" class="chat-frame"></div>
  <p id="chat-counter" class="chat-counter" data-template="${escapeHtml(t.counter)}" data-full="${escapeHtml(t.counterFull)}">${escapeHtml(t.counter.replace("{used}", "0").replace("{max}", String(MAX_TEXT_LENGTH)))}</p>
  <p id="chat-counter-note" class="visually-hidden" role="status"></p>
  <noscript><p class="chat-status">${escapeHtml(t.noScript)} <a href="mailto:${mail}">${mail}</a>.</p></noscript>
  <p class="chat-tools"><button type="button" id="chat-reset" class="btn btn-outline-primary btn-sm">${escapeHtml(t.newConversation)}</button></p>
</section>`;
}

function page(
  lang: Lang,
  t: PageTexts,
  context: PageContext,
  bodyClass: string,
  body: string,
  scripts: boolean,
) {
  const { assets, nonce } = context;
  const other = t.otherLanguage;
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(t.title)}</title>
<meta name="description" content="${escapeHtml(t.description)}">
<link rel="icon" href="${assets.favicon}" type="image/svg+xml">
<link rel="alternate" hreflang="${other.lang}" href="${other.href}">
<link rel="stylesheet" href="${assets.bootstrapItaliaCss}">
<link rel="stylesheet" href="${assets.fontsCss}">
<link rel="stylesheet" href="${assets.chatCss}">
${scripts ? `<script src="${assets.webChatJs}" defer></script>\n<script src="${assets.chatJs}" defer nonce="${nonce}"></script>` : ""}
</head>
<body class="${bodyClass}">
${body}
</body>
</html>
`;
}

/** The public pages: the chat (full page or embedded in another site's iframe) and the privacy notice. */
export function renderPage(kind: PageKind, lang: Lang, context: PageContext): string {
  const t = context.texts[lang];
  if (kind === "embed") {
    return page(
      lang,
      t,
      context,
      "embed",
      `<main id="main" class="embed-main">
<h1 class="visually-hidden">${escapeHtml(t.heading)}</h1>
${chat(t, context.mailbox)}
<p class="embed-links small"><a href="${t.privacyHref}" target="_blank" rel="noopener">${escapeHtml(t.privacy)}</a></p>
</main>`,
      true,
    );
  }
  const skip = (target: string, label: string) => `<div class="skiplinks">
  <a class="visually-hidden-focusable" href="#${target}">${escapeHtml(label)}</a>
  <a class="visually-hidden-focusable" href="#contatti">${escapeHtml(t.skipToFooter)}</a>
</div>`;
  if (kind === "privacy") {
    return page(
      lang,
      t,
      context,
      "page",
      `${skip("main", t.skipToContent)}
${header(t)}
<main id="main" class="container my-5" tabindex="-1">
<h1>${escapeHtml(t.privacyTitle)}</h1>
${t.privacyBody.map((p) => `<p>${escapeHtml(p)}</p>`).join("\n")}
<p><a href="${t.homeHref}">${escapeHtml(t.backToChat)}</a></p>
</main>
${footer(t, context.mailbox)}`,
      false,
    );
  }
  return page(
    lang,
    t,
    context,
    "page",
    `${skip("chat", t.skipToChat)}
${header(t)}
<main id="main" class="container my-3">
<h1 class="h2">${escapeHtml(t.heading)}</h1>
<p class="lead">${escapeHtml(t.intro)}</p>
${chat(t, context.mailbox)}
</main>
${footer(t, context.mailbox)}`,
    true,
  );
}
