import { randomBytes } from "node:crypto";
import type { Database } from "../../persistence/Database.ts";
import { clearFailedLogins } from "../../persistence/staff/clearFailedLogins.ts";
import { deleteStaffSession } from "../../persistence/staff/deleteStaffSession.ts";
import { findStaffByEmail } from "../../persistence/staff/findStaffByEmail.ts";
import { insertStaffSession } from "../../persistence/staff/insertStaffSession.ts";
import { recordFailedLogin } from "../../persistence/staff/recordFailedLogin.ts";
import { recordAudit } from "../audit/recordAudit.ts";
import { createUnknownAccountLockout } from "../auth/createUnknownAccountLockout.ts";
import { LOGIN_POLICY } from "../auth/LOGIN_POLICY.ts";
import { SESSION_COOKIE } from "../auth/SESSION_COOKIE.ts";
import { type StaffPrincipal, StaffPrincipalSchema } from "../auth/StaffPrincipal.ts";
import { sha256Hex } from "../auth/sha256Hex.ts";
import { verifyPassword } from "../auth/verifyPassword.ts";

export type LoginOutcome =
  | { ok: true; staff: StaffPrincipal; cookie: string; csrfToken: string }
  | { ok: false; reason: "locked"; retryAfterSeconds: number }
  | { ok: false; reason: "invalid_credentials" };

/**
 * Staff sign-in and sign-out, argon2id. After repeated wrong passwords the account is locked for a
 * while (even for the right password), and an address without an account is answered the same
 * way, so the answers do not reveal who has one. Each attempt that changes the account is written
 * with its audit entry in one transaction. A new random cookie on every login, stored only as its
 * hash.
 */
export function createStaffSessions(db: Database, now: () => Date) {
  const unknownAccounts = createUnknownAccountLockout(LOGIN_POLICY);
  const locked = (until: Date, at: Date): LoginOutcome => ({
    ok: false,
    reason: "locked",
    retryAfterSeconds: Math.max(1, Math.ceil((until.getTime() - at.getTime()) / 1000)),
  });

  async function failUnknown(email: string, at: Date): Promise<LoginOutcome> {
    const lockedUntil = unknownAccounts.fail(email, at);
    await recordAudit(db.prisma, null, lockedUntil ? "login_locked" : "login_failed");
    return lockedUntil ? locked(lockedUntil, at) : { ok: false, reason: "invalid_credentials" };
  }

  return {
    /** Signs a staff member in: a new session, or the refusal to show (the same for unknown addresses). */
    async logIn(email: string, password: string): Promise<LoginOutcome> {
      const at = now();
      const row = await findStaffByEmail(db, email);
      if (row?.lockedUntil && row.lockedUntil > at) {
        await recordAudit(db.prisma, row.id, "login_locked", { type: "staff", id: row.id });
        return locked(row.lockedUntil, at);
      }
      const phantomLock = row ? undefined : unknownAccounts.lockedUntil(email, at);
      if (phantomLock) {
        await recordAudit(db.prisma, null, "login_locked");
        return locked(phantomLock, at);
      }
      const passwordOk = await verifyPassword(row?.passwordHash, password);
      if (!row) return failUnknown(email, at);
      const principal = StaffPrincipalSchema.safeParse(row);
      if (!passwordOk || !row.active || !principal.success) {
        const lockUntil = new Date(at.getTime() + LOGIN_POLICY.lockMinutes * 60_000);
        const lockedUntil = await db.prisma.$transaction(async (tx) => {
          const lock = passwordOk
            ? null
            : await recordFailedLogin(tx, row.id, LOGIN_POLICY.lockAfter, lockUntil);
          await recordAudit(tx, row.id, lock ? "login_locked" : "login_failed", {
            type: "staff",
            id: row.id,
          });
          return lock;
        });
        return lockedUntil ? locked(lockedUntil, at) : { ok: false, reason: "invalid_credentials" };
      }
      const cookie = randomBytes(32).toString("base64url");
      const csrfToken = randomBytes(32).toString("base64url");
      await db.prisma.$transaction(async (tx) => {
        await clearFailedLogins(tx, row.id);
        await insertStaffSession(tx, {
          id: sha256Hex(cookie),
          staffId: row.id,
          csrfToken,
          expiresAt: new Date(at.getTime() + SESSION_COOKIE.maxAgeMs),
        });
        await recordAudit(tx, row.id, "login", { type: "staff", id: row.id });
      });
      return { ok: true, staff: principal.data, cookie, csrfToken };
    },

    /** Ends the session the request came with (if any), audited. */
    async logOut(sessionId: string | undefined, staff: StaffPrincipal) {
      await db.prisma.$transaction(async (tx) => {
        if (sessionId) await deleteStaffSession(tx, sessionId);
        await recordAudit(tx, staff.id, "logout", { type: "staff", id: staff.id });
      });
    },
  };
}
