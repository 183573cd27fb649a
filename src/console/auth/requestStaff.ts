import type { Request } from "express";
import type { StaffPrincipal } from "./StaffPrincipal.ts";

declare module "express-serve-static-core" {
  interface Request {
    /** Set by the session guard for every console route behind it. */
    staff?: StaffPrincipal;
    staffSession?: { id: string; csrfToken: string };
  }
}

/**
 * The signed-in staff member of a request behind the session guard. Reaching a handler without
 * one is a wiring bug, not a user's mistake, hence the exception.
 */
export function requestStaff(req: Request): StaffPrincipal {
  if (!req.staff) throw new Error(`console route ${req.path} reached without the session guard`);
  return req.staff;
}
