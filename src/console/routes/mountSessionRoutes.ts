import type { Router } from "express";
import { requestStaff } from "../auth/requestStaff.ts";
import { SESSION_COOKIE } from "../auth/SESSION_COOKIE.ts";
import type { ConsoleContext } from "../ConsoleContext.ts";

/** GET /session (who am I, and the CSRF token for the page's requests); POST /logout. */
export function mountSessionRoutes(api: Router, ctx: ConsoleContext): void {
  api.get("/session", (req, res) => {
    res.json({ staff: requestStaff(req), csrfToken: req.staffSession?.csrfToken });
  });

  api.post("/logout", async (req, res) => {
    await ctx.sessions.logOut(req.staffSession?.id, requestStaff(req));
    res.clearCookie(SESSION_COOKIE.name, {
      httpOnly: true,
      sameSite: "strict",
      secure: ctx.config.NODE_ENV === "production",
      path: SESSION_COOKIE.path,
    });
    res.json({ ok: true });
  });
}
