import type { Response } from "express";
import type { z } from "zod";

/**
 * Parses a body, query or route parameter with its schema; on a mistake answers 400 with what to
 * fix and returns undefined, so a handler reads `const input = parseOr400(...); if (!input) return;`.
 */
export function parseOr400<T>(res: Response, schema: z.ZodType<T>, value: unknown): T | undefined {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  res.status(400).json({
    error: "invalid_request",
    message: "Richiesta non valida.",
    issues: parsed.error.issues.map((issue) => ({
      path: issue.path.map(String).join("."),
      message: issue.message,
    })),
  });
  return undefined;
}
