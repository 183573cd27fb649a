import { randomBytes } from "node:crypto";
import type { Router } from "express";
import { z } from "zod";
import { rateLimit } from "../../kernel/rateLimit.ts";
import { clearFailedLogins } from "../../persistence/staff/clearFailedLogins.ts";
import { findStaffByEmail } from "../../persistence/staff/findStaffByEmail.ts";
import { insertStaffSession } from "../../persistence/staff/insertStaffSession.ts";
import { recordFailedLogin } from "../../persistence/staff/recordFailedLogin.ts";
import { recordAudit } from "../audit/recordAudit.ts";
import { createUnknownAccountLockout } from "../auth/createUnknownAccountLockout.ts";
import { SESSION_COOKIE } from "../auth/SESSION_COOKIE.ts";
import { StaffPrincipalSchema } from "../auth/StaffPrincipal.ts";
import { sha256Hex } from "../auth/sha256Hex.ts";
import { verifyPassword } from "../auth/verifyPassword.ts";
import type { ConsoleContext } from "../ConsoleContext.ts";
import { parseOr400 } from "../http/parseOr400.ts";

const LoginSchema = z.object({
  email: z.string().trim().min(3).max(254),
  password: z.string().min(1).max(1024),
});

/** Wrong passwords in a row before the account is locked, and for how long. */
export const LOGIN_POLICY: { readonly lockAfter: number; readonly lockMinutes: number } = {
  lockAfter: 5,
  lockMinutes: 15,
};

function tooMany(res: import("express").Response, until: Date, now: Date) {
  const seconds = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000));
  res.setHeader("Retry-After", String(seconds));
  res.status(429).json({
    error: "locked",
    message: `Troppi tentativi non riusciti: accesso bloccato per ${Math.ceil(seconds / 60)} minuti.`,
  });
}

/**
 * POST /login: email and password, argon2id. Throttled per IP; after repeated wrong passwords the
 * account is locked for a while (429 with Retry-After, even with the right password), and an
 * address without an account answers the same way, so the answers do not reveal who has one. A new random
 * cookie on every login, stored only as its hash.
 */
export function mountLoginRoute(api: Router, ctx: ConsoleContext): void {
  const throttle = rateLimit({
    max: 20,
    windowMs: 5 * 60_000,
    message: "Troppi tentativi di accesso da questo indirizzo: riprova tra qualche minuto.",
  });
  const unknownAccounts = createUnknownAccountLockout(LOGIN_POLICY);
  api.post("/login", throttle, async (req, res) => {
    res.setHeader("Cache-Control", "no-store");
    const input = parseOr400(res, LoginSchema, req.body);
    if (!input) return;
    const now = ctx.now();
    const row = await findStaffByEmail(ctx.db, input.email);
    if (row?.lockedUntil && row.lockedUntil > now) {
      await recordAudit(ctx.db.prisma, row.id, "login_locked", { type: "staff", id: row.id });
      tooMany(res, row.lockedUntil, now);
      return;
    }
    const phantomLock = row ? undefined : unknownAccounts.lockedUntil(input.email, now);
    if (phantomLock) {
      await recordAudit(ctx.db.prisma, null, "login_locked");
      tooMany(res, phantomLock, now);
      return;
    }
    const ok = await verifyPassword(row?.passwordHash, input.password);
    const principal = row ? StaffPrincipalSchema.safeParse(row) : undefined;
    if (!row || !ok || !row.active || !principal?.success) {
      if (row) {
        const lockUntil = new Date(now.getTime() + LOGIN_POLICY.lockMinutes * 60_000);
        const locked = ok ? null : await recordFailedLogin(ctx.db, row.id, LOGIN_POLICY.lockAfter, lockUntil);
        await recordAudit(ctx.db.prisma, row.id, locked ? "login_locked" : "login_failed", {
          type: "staff",
          id: row.id,
        });
        if (locked) {
          tooMany(res, locked, now);
          return;
        }
      } else {
        const locked = unknownAccounts.fail(input.email, now);
        await recordAudit(ctx.db.prisma, null, locked ? "login_locked" : "login_failed");
        if (locked) {
          tooMany(res, locked, now);
          return;
        }
      }
      res.status(401).json({ error: "invalid_credentials", message: "Email o password non corretti." });
      return;
    }
    await clearFailedLogins(ctx.db, row.id);
    const cookie = randomBytes(32).toString("base64url");
    const csrfToken = randomBytes(32).toString("base64url");
    await insertStaffSession(ctx.db, {
      id: sha256Hex(cookie),
      staffId: row.id,
      csrfToken,
      expiresAt: new Date(now.getTime() + SESSION_COOKIE.maxAgeMs),
    });
    await recordAudit(ctx.db.prisma, row.id, "login", { type: "staff", id: row.id });
    res.cookie(SESSION_COOKIE.name, cookie, {
      httpOnly: true,
      sameSite: "strict",
      secure: ctx.config.NODE_ENV === "production",
      path: SESSION_COOKIE.path,
      maxAge: SESSION_COOKIE.maxAgeMs,
    });
    res.json({ staff: principal.data, csrfToken });
  });
}
