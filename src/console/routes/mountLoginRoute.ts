import type { Response, Router } from "express";
import { z } from "zod";
import { rateLimit } from "../../kernel/rateLimit.ts";
import { SESSION_COOKIE } from "../auth/SESSION_COOKIE.ts";
import type { ConsoleContext } from "../ConsoleContext.ts";
import { parseOr400 } from "../http/parseOr400.ts";

const LoginSchema = z.object({
  email: z.string().trim().min(3).max(254),
  password: z.string().min(1).max(1024),
});

function tooMany(res: Response, seconds: number) {
  res.setHeader("Retry-After", String(seconds));
  res.status(429).json({
    error: "locked",
    message: `Troppi tentativi non riusciti: accesso bloccato per ${Math.ceil(seconds / 60)} minuti.`,
  });
}

/**
 * POST /login: email and password (the rules are the staff sessions service's). Throttled per IP;
 * a locked account or address answers 429 with Retry-After, a wrong one 401, the same message
 * whether or not the address has an account.
 */
export function mountLoginRoute(api: Router, ctx: ConsoleContext): void {
  const throttle = rateLimit({
    max: 20,
    windowMs: 5 * 60_000,
    message: "Troppi tentativi di accesso da questo indirizzo: riprova tra qualche minuto.",
  });
  api.post("/login", throttle, async (req, res) => {
    res.setHeader("Cache-Control", "no-store");
    const input = parseOr400(res, LoginSchema, req.body);
    if (!input) return;
    const outcome = await ctx.sessions.logIn(input.email, input.password);
    if (!outcome.ok && outcome.reason === "locked") return tooMany(res, outcome.retryAfterSeconds);
    if (!outcome.ok) {
      res.status(401).json({ error: "invalid_credentials", message: "Email o password non corretti." });
      return;
    }
    res.cookie(SESSION_COOKIE.name, outcome.cookie, {
      httpOnly: true,
      sameSite: "strict",
      secure: ctx.config.NODE_ENV === "production",
      path: SESSION_COOKIE.path,
      maxAge: SESSION_COOKIE.maxAgeMs,
    });
    res.json({ staff: outcome.staff, csrfToken: outcome.csrfToken });
  });
}
