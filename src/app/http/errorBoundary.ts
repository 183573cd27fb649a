import type { NextFunction, Request, Response } from "express";
import { InfrastructureError } from "../../kernel/InfrastructureError.ts";

const UNAVAILABLE =
  /ECONNREFUSED|ECONNRESET|ETIMEDOUT|57P01|57P02|57P03|53300|08006|08001|08004|P1001|P1017|Connection terminated|timeout exceeded when trying to connect|DatabaseNotReachable|closed the connection|not (?:currently|yet) accepting connections|the database system is (starting up|shutting down|in recovery mode)|too many clients already/i;

/**
 * Whether a dependency cannot be reached now: our InfrastructureError says so, and the database's
 * drivers say it in their own words (restarting, shutting down, `ALLOW_CONNECTIONS false`, full).
 * Drivers and Prisma wrap the server's error, so the causes are read too.
 */
function isUnavailable(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current instanceof Error; depth++) {
    if (current instanceof InfrastructureError) return current.kind === "unavailable";
    const text = `${current.name} ${current.message} ${"code" in current ? String(current.code) : ""}`;
    if (UNAVAILABLE.test(text)) return true;
    current = current.cause;
  }
  return false;
}

function isBodyError(error: unknown): error is Error & { status: number; type?: string } {
  return (
    error instanceof Error && "status" in error && typeof error.status === "number" && error.status < 500
  );
}

/**
 * The one place where an unexpected error of an HTTP request ends: logged with the request id,
 * answered politely (503 while the database is unreachable, so clients retry), never a crash.
 */
export function errorBoundary() {
  return (error: unknown, req: Request, res: Response, _next: NextFunction) => {
    if (error instanceof URIError) {
      res.status(400).json({
        error: "bad_request",
        message: "Richiesta non valida: l'indirizzo contiene una codifica % non valida.",
      });
      return;
    }
    if (isBodyError(error)) {
      const tooLarge = error.status === 413;
      res.status(error.status).json({
        error: tooLarge ? "payload_too_large" : "bad_request",
        message: tooLarge
          ? "Richiesta troppo grande."
          : "Richiesta non valida: il corpo deve essere JSON valido.",
      });
      return;
    }
    const unavailable = isUnavailable(error);
    req.log?.error({ err: error, unavailable }, "request failed");
    if (res.headersSent) {
      res.end();
      return;
    }
    if (unavailable) res.setHeader("Retry-After", "5");
    res.status(unavailable ? 503 : 500).json({
      error: unavailable ? "service_unavailable" : "internal_error",
      message: unavailable
        ? "Il servizio è momentaneamente non disponibile. Riprova tra qualche istante."
        : "Si è verificato un errore imprevisto. Riprova tra poco.",
      requestId: req.id,
    });
  };
}
