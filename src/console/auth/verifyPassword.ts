import argon2 from "argon2";
import { hashPassword } from "./hashPassword.ts";

let decoy: Promise<string> | undefined;

/**
 * Checks a password against a stored hash. Without a hash (unknown email) it verifies against a
 * decoy, so the answer takes as long and timing does not reveal which emails have accounts.
 */
export async function verifyPassword(storedHash: string | undefined, password: string): Promise<boolean> {
  decoy ??= hashPassword("decoy password that matches no account");
  const hash = storedHash ?? (await decoy);
  try {
    const ok = await argon2.verify(hash, password);
    return ok && storedHash !== undefined;
  } catch {
    return false;
  }
}
