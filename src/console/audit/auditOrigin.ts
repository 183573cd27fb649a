import { AsyncLocalStorage } from "node:async_hooks";
import type { NextFunction, Request, Response } from "express";

const origins = new AsyncLocalStorage<string>();

/**
 * Makes the client address of a console request known to every audit entry written while it is
 * handled, without threading it through each route and service call.
 */
export function auditOrigin() {
  return (req: Request, _res: Response, next: NextFunction) => {
    origins.run(req.ip ?? "unknown", next);
  };
}

/** The address of the console request being handled, if any (sweeps and timers have none). */
auditOrigin.current = (): string | undefined => origins.getStore();
