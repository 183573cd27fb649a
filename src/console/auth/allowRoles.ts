import type { NextFunction, Request, Response } from "express";
import { forbidden } from "../http/forbidden.ts";
import type { StaffRole } from "./StaffRole.ts";
import "./requestStaff.ts";

/** Per-route role check, after the session guard: the wrong role gets 403, never the data. */
export function allowRoles(...roles: StaffRole[]) {
  return (req: Request, res: Response, next: NextFunction) => {
    if (!req.staff || !roles.includes(req.staff.role)) return forbidden(res);
    next();
  };
}
