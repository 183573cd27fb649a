import { timingSafeEqual } from "node:crypto";
import type { NextFunction, Request, Response } from "express";
import "./requestStaff.ts";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

function sameToken(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/**
 * Every state-changing console request carries the session's CSRF token in `X-CSRF-Token`, which a
 * page of another site cannot read or set; a foreign Origin is refused as well.
 */
export function csrfGuard() {
  return (req: Request, res: Response, next: NextFunction) => {
    if (SAFE_METHODS.has(req.method)) {
      next();
      return;
    }
    const origin = req.get("origin");
    const host = req.get("host");
    const originOk = !origin || (host !== undefined && origin.replace(/^https?:\/\//, "") === host);
    const token = req.get("x-csrf-token");
    const expected = req.staffSession?.csrfToken;
    if (!originOk || !token || !expected || !sameToken(token, expected)) {
      res.status(403).json({
        error: "csrf",
        message: "Richiesta rifiutata: token di sicurezza mancante o non valido. Ricarica la pagina.",
      });
      return;
    }
    next();
  };
}
