import type { Response } from "express";

/** The answer for a staff member whose role does not allow the operation. */
export function forbidden(res: Response): void {
  res.status(403).json({ error: "forbidden", message: "Il tuo ruolo non consente questa operazione." });
}
