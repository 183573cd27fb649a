import { randomBytes, randomUUID } from "node:crypto";
import type { AtsId } from "../../content/ids.ts";
import type { Database } from "../../persistence/Database.ts";
import { findStaffById } from "../../persistence/staff/findStaffById.ts";
import { insertStaff } from "../../persistence/staff/insertStaff.ts";
import { listStaff } from "../../persistence/staff/listStaff.ts";
import { updateStaff } from "../../persistence/staff/updateStaff.ts";
import { recordAudit } from "../audit/recordAudit.ts";
import { hashPassword } from "../auth/hashPassword.ts";
import type { StaffPrincipal } from "../auth/StaffPrincipal.ts";
import { type StaffRole, StaffRoleSchema } from "../auth/StaffRole.ts";

export interface NewAccount {
  email: string;
  displayName: string;
  role: StaffRole;
  atsId: AtsId | null;
  /** Without one, a password is generated and returned once. */
  password?: string | undefined;
}

export interface AccountPatch {
  displayName?: string | undefined;
  role?: StaffRole | undefined;
  atsId?: AtsId | null | undefined;
  active?: boolean | undefined;
  password?: string | undefined;
  unlock?: true | undefined;
}

export type AccountRefusal = "not_found" | "email_taken" | "operator_without_ats" | "own_account";
type Refused = { ok: false; reason: AccountRefusal };

/**
 * The staff accounts as administrators manage them: the rules (an operator works for one ATS, an
 * administrator cannot deactivate or demote their own account) and each change written with its
 * audit entry in one transaction. The audit holds ids, roles and flags, never a password.
 */
export function createStaffAccounts(db: Database) {
  return {
    list: () => listStaff(db),

    async create(
      account: NewAccount,
      by: StaffPrincipal,
    ): Promise<{ ok: true; id: string; generatedPassword?: string } | Refused> {
      const password = account.password ?? randomBytes(12).toString("base64url");
      const passwordHash = await hashPassword(password);
      const id = randomUUID();
      const created = await db.prisma.$transaction(async (tx) => {
        const inserted = await insertStaff(tx, {
          id,
          email: account.email,
          displayName: account.displayName,
          role: account.role,
          atsId: account.atsId,
          passwordHash,
        });
        if (!inserted.ok) return false;
        await recordAudit(
          tx,
          by.id,
          "staff.create",
          { type: "staff", id },
          { role: account.role, atsId: account.atsId },
        );
        return true;
      });
      if (!created) return { ok: false, reason: "email_taken" };
      return { ok: true, id, ...(account.password ? {} : { generatedPassword: password }) };
    },

    async update(id: string, patch: AccountPatch, by: StaffPrincipal): Promise<{ ok: true } | Refused> {
      const target = await findStaffById(db, id);
      if (!target) return { ok: false, reason: "not_found" };
      const role = patch.role ?? StaffRoleSchema.catch("operator").parse(target.role);
      const atsId = patch.atsId !== undefined ? patch.atsId : target.atsId;
      if (role === "operator" && !atsId) return { ok: false, reason: "operator_without_ats" };
      if (id === by.id && (patch.active === false || (patch.role && patch.role !== "admin")))
        return { ok: false, reason: "own_account" };
      const passwordHash = patch.password ? await hashPassword(patch.password) : undefined;
      const { password: _password, ...changes } = patch;
      const updated = await db.prisma.$transaction(async (tx) => {
        if (
          !(await updateStaff(tx, id, {
            displayName: patch.displayName,
            role: patch.role,
            atsId: patch.atsId,
            active: patch.active,
            passwordHash,
            unlock: patch.unlock,
          }))
        )
          return false;
        await recordAudit(
          tx,
          by.id,
          "staff.update",
          { type: "staff", id },
          { ...changes, ...(patch.password ? { passwordChanged: true } : {}) },
        );
        return true;
      });
      return updated ? { ok: true } : { ok: false, reason: "not_found" };
    },
  };
}
