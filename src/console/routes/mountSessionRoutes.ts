import type { Router } from "express";
import { deleteStaffSession } from "../../persistence/staff/deleteStaffSession.ts";
import { recordAudit } from "../audit/recordAudit.ts";
import { requestStaff } from "../auth/requestStaff.ts";
import { SESSION_COOKIE } from "../auth/SESSION_COOKIE.ts";
import type { ConsoleContext } from "../ConsoleContext.ts";

/** GET /session (who am I, and the CSRF token for the page's requests); POST /logout. */
export function mountSessionRoutes(api: Router, ctx: ConsoleContext): void {
  api.get("/session", (req, res) => {
    res.json({ staff: requestStaff(req), csrfToken: req.staffSession?.csrfToken });
  });

  api.post("/logout", async (req, res) => {
    const staff = requestStaff(req);
    if (req.staffSession) await deleteStaffSession(ctx.db, req.staffSession.id);
    await recordAudit(ctx.db.prisma, staff.id, "logout", { type: "staff", id: staff.id });
    res.clearCookie(SESSION_COOKIE.name, {
      httpOnly: true,
      sameSite: "strict",
      secure: ctx.config.NODE_ENV === "production",
      path: SESSION_COOKIE.path,
    });
    res.json({ ok: true });
  });
}
