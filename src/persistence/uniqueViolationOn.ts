/**
 * Whether an error is a unique-constraint violation mentioning `column` (or a constraint named
 * after it). Prisma reports P2002 on PostgreSQL, while inside PGlite transactions the driver
 * adapter's error carries PostgreSQL's own message: both are recognised.
 */
export function uniqueViolationOn(error: unknown, column: string): boolean {
  if (!(error instanceof Error)) return false;
  const code = "code" in error ? String(error.code) : "";
  const details = [error.message, "meta" in error ? JSON.stringify(error.meta) : "", causeText(error)].join(
    " ",
  );
  const unique =
    code === "P2002" || code === "23505" || /duplicate key value violates unique constraint/.test(details);
  return unique && details.includes(column);
}

function causeText(error: Error): string {
  const cause: unknown = error.cause;
  if (cause instanceof Error) return `${cause.message} ${"code" in cause ? String(cause.code) : ""}`;
  return typeof cause === "string" ? cause : cause === undefined ? "" : JSON.stringify(cause);
}
