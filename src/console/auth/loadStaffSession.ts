import type { Request } from "express";
import type { Database } from "../../persistence/Database.ts";
import { findStaffSession } from "../../persistence/staff/findStaffSession.ts";
import { readCookie } from "./readCookie.ts";
import { SESSION_COOKIE } from "./SESSION_COOKIE.ts";
import { type StaffPrincipal, StaffPrincipalSchema } from "./StaffPrincipal.ts";
import { sha256Hex } from "./sha256Hex.ts";

export interface LoadedSession {
  staff: StaffPrincipal;
  session: { id: string; csrfToken: string };
}

/** The live session named by the request's cookie, if any (expired or deactivated: none). */
export async function loadStaffSession(db: Database, req: Request): Promise<LoadedSession | undefined> {
  const cookie = readCookie(req.get("cookie"), SESSION_COOKIE.name);
  if (!cookie) return undefined;
  const id = sha256Hex(cookie);
  const row = await findStaffSession(db, id, new Date());
  if (!row) return undefined;
  const staff = StaffPrincipalSchema.safeParse(row.staff);
  if (!staff.success) return undefined;
  return { staff: staff.data, session: { id, csrfToken: row.csrfToken } };
}
