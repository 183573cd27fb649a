import type { AtsId } from "../../content/ids.ts";
import type { StaffPrincipal } from "../auth/StaffPrincipal.ts";
import type { StaffRole } from "../auth/StaffRole.ts";
import { html } from "./html.ts";
import { NAV_SECTIONS } from "./NavSection.ts";
import type { SafeHtml } from "./SafeHtml.ts";

const ROLE_LABELS: Record<StaffRole, string> = {
  operator: "Operatore",
  supervisor: "Supervisore",
  admin: "Amministratore",
};

export interface ShellOptions {
  title: string;
  /** The section highlighted in the navigation, and the page's script (`/console/assets/js/<page>.js`). */
  page: string;
  section: string;
  staff?: StaffPrincipal | undefined;
  body: SafeHtml;
  /** data-* attributes for the page script (ids of what the page shows). */
  data?: Record<string, string> | undefined;
  /** The ATS names from the content: in the header, and for the page scripts (`data-ats-labels`, JSON). */
  atsLabels: ReadonlyMap<AtsId, string>;
  /** Classic scripts the page script needs first (Chart.js on the dashboard). */
  vendorScripts?: string[] | undefined;
}

/**
 * Every console page: Bootstrap Italia header, navigation by role, a skip link, one `main` with a
 * single h1, a polite live region for updates, and one module script from this server.
 */
export function renderShell(options: ShellOptions): string {
  const staff = options.staff;
  const dataAttributes = Object.entries(options.data ?? {}).map(
    ([key, value]) => html` data-${key.replace(/[^a-z-]/g, "")}="${value}"`,
  );
  const nav = staff
    ? html`<nav class="console-nav container" aria-label="Sezioni della console">
  <ul class="nav nav-tabs">
    ${NAV_SECTIONS.filter((s) => s.roles.includes(staff.role)).map(
      (s) =>
        html`<li class="nav-item"><a class="nav-link${s.id === options.section ? " active" : ""}" href="${s.href}"${s.id === options.section ? html` aria-current="page"` : ""}>${s.label}</a></li>`,
    )}
  </ul>
</nav>`
    : "";
  const who = staff
    ? html`<div class="it-header-slim-right-zone">
  <span class="console-user">${staff.displayName} · ${ROLE_LABELS[staff.role]}${staff.atsId ? html` · ${options.atsLabels.get(staff.atsId) ?? staff.atsId}` : ""}</span>
  <button type="button" id="logout" class="btn btn-primary btn-sm ms-3">Esci</button>
</div>`
    : "";
  return `<!doctype html>
${html`<html lang="it">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${options.title} – Console dello staff – Conciliabot</title>
<link rel="stylesheet" href="/console/assets/bi/css/bootstrap-italia.min.css">
<link rel="stylesheet" href="/console/assets/console.css">
${(options.vendorScripts ?? []).map(
  (src) => html`<script src="${src}" defer></script>
`,
)}<script type="module" src="/console/assets/js/${options.page}.js"></script>
</head>
<body data-page="${options.page}" data-ats-labels="${JSON.stringify(Object.fromEntries(options.atsLabels))}"${dataAttributes}>
<a class="visually-hidden-focusable skip-link" href="#main">Vai al contenuto principale</a>
<header class="it-header-wrapper">
  <div class="it-header-slim-wrapper">
    <div class="container">
      <div class="it-header-slim-wrapper-content">
        <span class="navbar-brand">Regione Lombardia · Conciliazione vita-lavoro</span>
        ${who}
      </div>
    </div>
  </div>
  <div class="it-header-center-wrapper it-small-header">
    <div class="container">
      <div class="it-header-center-content-wrapper">
        <div class="it-brand-wrapper">
          <a href="/console">
            <div class="it-brand-text">
              <div class="it-brand-title">Console dello staff</div>
              <div class="it-brand-tagline d-none d-md-block">Conciliabot, assistente del programma di conciliazione</div>
            </div>
          </a>
        </div>
      </div>
    </div>
  </div>
</header>
${nav}
<main id="main" class="container my-4" tabindex="-1">
<h1 class="h2 mb-4">${options.title}</h1>
${options.body}
</main>
<div id="live-status" class="visually-hidden" role="status" aria-live="polite"></div>
</body>
</html>`}
`;
}
