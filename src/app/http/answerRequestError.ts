import type { ServerResponse } from "node:http";
import type { Logger } from "../../kernel/createLogger.ts";
import { InfrastructureError } from "../../kernel/InfrastructureError.ts";
import { sendJson } from "../../kernel/sendJson.ts";

const UNAVAILABLE =
  /ECONNREFUSED|ECONNRESET|ETIMEDOUT|57P01|57P02|57P03|53300|08006|08001|08004|P1001|P1017|Connection terminated|timeout exceeded when trying to connect|DatabaseNotReachable|closed the connection|terminating connection due to administrator command|is not queryable|not (?:currently|yet) accepting connections|the database system is (starting up|shutting down|in recovery mode)|too many clients already/i;

/**
 * Whether a dependency cannot be reached now: our InfrastructureError says so, and the database's
 * drivers say it in their own words (restarting, shutting down, `ALLOW_CONNECTIONS false`, full).
 * Drivers and Prisma wrap the server's error: Prisma's driver adapters keep it as a plain object
 * (`cause: { kind, code, message }`, or under `meta.driverAdapterError`), not an Error, so every
 * object on the chain is read, not only Errors (a first request after the backends were terminated
 * answered 500 when the reason sat only in such an object).
 */
function isUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  const pending: unknown[] = [error];
  while (pending.length > 0 && seen.size < 12) {
    const current = pending.shift();
    if (typeof current !== "object" || current === null || seen.has(current)) continue;
    seen.add(current);
    if (current instanceof InfrastructureError) return current.kind === "unavailable";
    const fields = ["name", "message", "code", "kind", "originalCode", "originalMessage"].map((key) =>
      key in current ? String(Reflect.get(current, key)) : "",
    );
    if (UNAVAILABLE.test(fields.join(" "))) return true;
    if ("cause" in current) pending.push(current.cause);
    if ("meta" in current && typeof current.meta === "object" && current.meta !== null) {
      pending.push(...Object.values(current.meta));
    }
  }
  return false;
}

function isBodyError(error: unknown): error is Error & { status: number; type?: string } {
  return (
    error instanceof Error && "status" in error && typeof error.status === "number" && error.status < 500
  );
}

/**
 * The one place where an unexpected error of an HTTP request ends, in Express (errorBoundary) and
 * in the fast lane: logged with the request id, answered politely (503 while the database is
 * unreachable, so clients retry), never a crash.
 */
export function answerRequestError(
  error: unknown,
  res: ServerResponse,
  request: { id: string; log: Logger | undefined },
): void {
  if (error instanceof URIError) {
    sendJson(res, 400, {
      error: "bad_request",
      message: "Richiesta non valida: l'indirizzo contiene una codifica % non valida.",
    });
    return;
  }
  if (isBodyError(error)) {
    const tooLarge = error.status === 413;
    sendJson(res, error.status, {
      error: tooLarge ? "payload_too_large" : "bad_request",
      message: tooLarge
        ? "Richiesta troppo grande."
        : "Richiesta non valida: il corpo deve essere JSON valido.",
    });
    return;
  }
  const unavailable = isUnavailable(error);
  request.log?.error({ err: error, unavailable }, "request failed");
  if (res.headersSent) {
    res.end();
    return;
  }
  if (unavailable) res.setHeader("Retry-After", "5");
  sendJson(res, unavailable ? 503 : 500, {
    error: unavailable ? "service_unavailable" : "internal_error",
    message: unavailable
      ? "Il servizio è momentaneamente non disponibile. Riprova tra qualche istante."
      : "Si è verificato un errore imprevisto. Riprova tra poco.",
    requestId: request.id,
  });
}
