import type { NextFunction, Request, Response } from "express";
import type { Database } from "../../persistence/Database.ts";
import { loadStaffSession } from "./loadStaffSession.ts";
import "./requestStaff.ts";

/**
 * In front of every console API route but login: no live session, 401. Mounted on the router, so a
 * route added later is protected without remembering to.
 */
export function sessionGuard(db: Database) {
  return async (req: Request, res: Response, next: NextFunction) => {
    const loaded = await loadStaffSession(db, req);
    if (!loaded) {
      res.setHeader("Cache-Control", "no-store");
      res.status(401).json({ error: "unauthenticated", message: "Accesso richiesto: effettua il login." });
      return;
    }
    req.staff = loaded.staff;
    req.staffSession = loaded.session;
    next();
  };
}
