import type { NextFunction, Request, Response } from "express";
import { BoundedMap } from "../../kernel/BoundedMap.ts";
import type { Database } from "../../persistence/Database.ts";
import { recordAudit } from "./recordAudit.ts";

export interface AuditDenialsOptions {
  db: Database;
  onError: (error: unknown) => void;
  /** Denials recorded per staff member and address per window; the rest are only counted. */
  max?: number;
  windowMs?: number;
  now?: () => number;
}

/**
 * Records every refusal a signed-in staff member meets (403: the wrong role or a bad CSRF token;
 * 404: an id outside their territory, or none at all) as an `access.denied` audit entry with the
 * method, path and status, so probing shows up in the audit log. A flood from one member and
 * address is recorded up to `max` entries per window, the next entry saying how many were skipped:
 * the log stays readable and the database is not a cheap target.
 */
export function auditDenials(options: AuditDenialsOptions) {
  const max = options.max ?? 20;
  const windowMs = options.windowMs ?? 10 * 60_000;
  const now = options.now ?? Date.now;
  const windows = new BoundedMap<string, { start: number; count: number; skipped: number }>(10_000);

  return (req: Request, res: Response, next: NextFunction) => {
    res.on("finish", () => {
      const staff = req.staff;
      if (!staff || (res.statusCode !== 403 && res.statusCode !== 404)) return;
      const key = `${staff.id} ${req.ip ?? "unknown"}`;
      const at = now();
      let window = windows.get(key);
      if (!window || at - window.start >= windowMs) window = { start: at, count: 0, skipped: 0 };
      window.count += 1;
      if (window.count > max) {
        window.skipped += 1;
        windows.set(key, window);
        return;
      }
      const skipped = window.skipped;
      window.skipped = 0;
      windows.set(key, window);
      const path = req.originalUrl.split("?")[0]?.slice(0, 200) ?? "";
      recordAudit(options.db.prisma, staff.id, "access.denied", undefined, {
        status: res.statusCode,
        method: req.method,
        path,
        ...(skipped > 0 ? { skipped } : {}),
      }).catch(options.onError);
    });
    next();
  };
}
