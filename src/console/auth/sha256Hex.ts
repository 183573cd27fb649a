import { createHash } from "node:crypto";

/** Session cookies are stored as their sha256: the table alone cannot be used to sign in. */
export function sha256Hex(value: string): string {
  return createHash("sha256").update(value).digest("hex");
}
