import type { NextFunction, Request, Response } from "express";
import { answerRequestError } from "./answerRequestError.ts";

/** Express's end of answerRequestError: every error a route or middleware passes on. */
export function errorBoundary() {
  return (error: unknown, req: Request, res: Response, _next: NextFunction) => {
    answerRequestError(error, res, { id: req.id, log: req.log });
  };
}
