import type { NextFunction, Request, Response } from "express";
import type { Logger } from "../../kernel/createLogger.ts";
import { beginRequest } from "./beginRequest.ts";

declare module "express-serve-static-core" {
  interface Request {
    id: string;
    log: Logger;
  }
}

/** Express's end of beginRequest: the id and the logger as `req.id` and `req.log`. */
export function requestContext(logger: Logger) {
  return (req: Request, res: Response, next: NextFunction) => {
    const scope = beginRequest(logger, req, res, () => req.path);
    req.id = scope.id;
    Object.defineProperty(req, "log", { get: () => scope.log, configurable: true });
    next();
  };
}
