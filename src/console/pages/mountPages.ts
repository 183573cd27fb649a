import type { NextFunction, Request, Response, Router } from "express";
import { z } from "zod";
import { loadStaffSession } from "../auth/loadStaffSession.ts";
import type { StaffPrincipal } from "../auth/StaffPrincipal.ts";
import type { StaffRole } from "../auth/StaffRole.ts";
import type { ConsoleContext } from "../ConsoleContext.ts";
import type { ConsoleLabels } from "../content/labelsFromContent.ts";
import { auditBody } from "./auditBody.ts";
import { contentBody } from "./contentBody.ts";
import { conversationBody } from "./conversationBody.ts";
import { dashboardBody } from "./dashboardBody.ts";
import { html } from "./html.ts";
import { loginBody } from "./loginBody.ts";
import { NAV_SECTIONS } from "./NavSection.ts";
import { outboxBody } from "./outboxBody.ts";
import { queueBody } from "./queueBody.ts";
import { renderShell, type ShellOptions } from "./renderShell.ts";
import type { SafeHtml } from "./SafeHtml.ts";
import { staffBody } from "./staffBody.ts";
import { submissionBody } from "./submissionBody.ts";
import { submissionsBody } from "./submissionsBody.ts";

const IdParams = z.object({ id: z.string().regex(/^[\w-]{1,100}$/) });

function send(res: Response, status: number, page: string) {
  res.status(status).type("html").setHeader("Cache-Control", "no-store");
  res.send(page);
}

function rolesOf(section: string): readonly StaffRole[] {
  return NAV_SECTIONS.find((s) => s.id === section)?.roles ?? ["admin"];
}

/**
 * The console's HTML pages. Each is a shell rendered here with escaped values; the data comes from
 * the JSON API through the page script. Without a session: to the login page; wrong role or an
 * object outside the staff member's territory: 403/404 pages, like the API.
 */
export function mountPages(router: Router, ctx: ConsoleContext, labels: ConsoleLabels): void {
  const shell = (options: Omit<ShellOptions, "atsLabels">) =>
    renderShell({ ...options, atsLabels: labels.ats });
  const page =
    (
      target: { section: string; script: string; title: string },
      render: (req: Request, staff: StaffPrincipal) => Promise<SafeHtml | null> | SafeHtml | null,
    ) =>
    async (req: Request, res: Response, _next: NextFunction) => {
      const { section } = target;
      const loaded = await loadStaffSession(ctx.db, req);
      if (!loaded) {
        const next = encodeURIComponent(
          req.originalUrl.startsWith("/console") ? req.originalUrl : "/console",
        );
        res.setHeader("Cache-Control", "no-store");
        res.redirect(303, `/console/login?next=${next}`);
        return;
      }
      const staff = loaded.staff;
      // Known to the audit of denials (`auditDenials`), as on the API.
      req.staff = staff;
      const refuse = (status: number, title: string, text: SafeHtml) =>
        send(
          res,
          status,
          shell({
            title,
            page: "common",
            section,
            staff,
            body: html`<p>${text}</p><p><a href="/console">Torna alla coda</a></p>`,
          }),
        );
      if (!rolesOf(section).includes(staff.role))
        return refuse(
          403,
          "Accesso non consentito",
          html`Il tuo ruolo non consente di aprire questa pagina.`,
        );
      const body = await render(req, staff);
      if (!body)
        return refuse(
          404,
          "Elemento non trovato",
          html`L'elemento non esiste o non appartiene al tuo territorio.`,
        );
      const params = IdParams.safeParse(req.params);
      send(
        res,
        200,
        shell({
          title: target.title,
          page: target.script,
          vendorScripts: target.script === "dashboard" ? ["/console/assets/vendor/chart.umd.js"] : undefined,
          section,
          staff,
          body,
          data: params.success ? { id: params.data.id } : undefined,
        }),
      );
    };

  router.get("/console/login", async (req, res) => {
    if (await loadStaffSession(ctx.db, req)) {
      res.redirect(303, "/console");
      return;
    }
    send(
      res,
      200,
      shell({ title: "Accesso allo staff", page: "login", section: "login", body: loginBody() }),
    );
  });

  /** A page within the staff member's reach only when its desk says the object is. */
  const within =
    (reaches: (id: string, staff: StaffPrincipal) => Promise<boolean>, body: () => SafeHtml) =>
    async (req: Request, staff: StaffPrincipal) => {
      const params = IdParams.safeParse(req.params);
      return params.success && (await reaches(params.data.id, staff)) ? body() : null;
    };
  const pages: Array<[string, Parameters<typeof page>[0], Parameters<typeof page>[1]]> = [
    ["/console", { section: "queue", script: "queue", title: "Coda" }, queueBody],
    [
      "/console/conversations/:id",
      { section: "queue", script: "conversation", title: "Conversazione" },
      within(ctx.desk.reaches, conversationBody),
    ],
    [
      "/console/submissions",
      { section: "submissions", script: "submissions", title: "Richieste" },
      () => submissionsBody(labels.actions),
    ],
    [
      "/console/submissions/:id",
      { section: "submissions", script: "submission", title: "Richiesta" },
      within(ctx.submissions.reaches, submissionBody),
    ],
    ["/console/outbox", { section: "outbox", script: "outbox", title: "Posta in uscita" }, outboxBody],
    [
      "/console/dashboard",
      { section: "dashboard", script: "dashboard", title: "Cruscotto" },
      (_req, staff) => dashboardBody(staff),
    ],
    ["/console/content", { section: "content", script: "content", title: "Contenuti del bot" }, contentBody],
    [
      "/console/staff",
      { section: "staff", script: "staff", title: "Account dello staff" },
      () => staffBody(labels.ats),
    ],
    ["/console/audit", { section: "audit", script: "audit", title: "Registro attività" }, auditBody],
  ];
  for (const [path, target, render] of pages) router.get(path, page(target, render));
}
