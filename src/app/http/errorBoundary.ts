import type { NextFunction, Request, Response } from "express";

function isDatabaseUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const text = `${error.name} ${error.message} ${"code" in error ? String(error.code) : ""}`;
  return /ECONNREFUSED|ECONNRESET|ETIMEDOUT|57P01|57P03|08006|08001|P1001|P1017|Connection terminated|timeout exceeded when trying to connect|DatabaseNotReachable|closed the connection/i.test(
    text,
  );
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
    const unavailable = isDatabaseUnavailable(error);
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
