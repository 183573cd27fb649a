import { createHash, timingSafeEqual } from "node:crypto";

/**
 * Compares the `X-Telegram-Bot-Api-Secret-Token` header with the configured secret in constant
 * time: both sides are hashed first, so neither the content nor the length of the secret leaks
 * through response times.
 */
export function verifySecretToken(received: string | undefined, expected: string): boolean {
  if (received === undefined) return false;
  const digest = (value: string) => createHash("sha256").update(value, "utf8").digest();
  return timingSafeEqual(digest(received), digest(expected));
}
