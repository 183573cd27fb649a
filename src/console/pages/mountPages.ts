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
      if (!rolesOf(section).includes(staff.role)) {
        send(
          res,
          403,
          shell({
            title: "Accesso non consentito",
            page: "common",
            section,
            staff,
            body: html`<p>Il tuo ruolo non consente di aprire questa pagina.</p><p><a href="/console">Torna alla coda</a></p>`,
          }),
        );
        return;
      }
      const body = await render(req, staff);
      if (!body) {
        send(
          res,
          404,
          shell({
            title: "Elemento non trovato",
            page: "common",
            section,
            staff,
            body: html`<p>L'elemento non esiste o non appartiene al tuo territorio.</p><p><a href="/console">Torna alla coda</a></p>`,
          }),
        );
        return;
      }
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

  router.get(
    "/console",
    page({ section: "queue", script: "queue", title: "Coda" }, () => queueBody()),
  );
  router.get(
    "/console/conversations/:id",
    page({ section: "queue", script: "conversation", title: "Conversazione" }, async (req, staff) => {
      const params = IdParams.safeParse(req.params);
      if (!params.success) return null;
      return (await ctx.desk.reaches(params.data.id, staff)) ? conversationBody() : null;
    }),
  );
  router.get(
    "/console/submissions",
    page({ section: "submissions", script: "submissions", title: "Richieste" }, () =>
      submissionsBody(labels.actions),
    ),
  );
  router.get(
    "/console/submissions/:id",
    page({ section: "submissions", script: "submission", title: "Richiesta" }, async (req, staff) => {
      const params = IdParams.safeParse(req.params);
      if (!params.success) return null;
      return (await ctx.submissions.reaches(params.data.id, staff)) ? submissionBody() : null;
    }),
  );
  router.get(
    "/console/outbox",
    page({ section: "outbox", script: "outbox", title: "Posta in uscita" }, () => outboxBody()),
  );
  router.get(
    "/console/dashboard",
    page({ section: "dashboard", script: "dashboard", title: "Cruscotto" }, (_req, staff) =>
      dashboardBody(staff),
    ),
  );
  router.get(
    "/console/content",
    page({ section: "content", script: "content", title: "Contenuti del bot" }, () => contentBody()),
  );
  router.get(
    "/console/staff",
    page({ section: "staff", script: "staff", title: "Account dello staff" }, () => staffBody(labels.ats)),
  );
  router.get(
    "/console/audit",
    page({ section: "audit", script: "audit", title: "Registro attività" }, () => auditBody()),
  );
}
