import type { Response } from "express";

/**
 * The answer for an object that does not exist or lies outside the staff member's territory: the
 * same 404 for both, so ids of other ATS cannot be probed.
 */
export function notFound(res: Response): void {
  res.status(404).json({ error: "not_found", message: "Elemento non trovato." });
}
