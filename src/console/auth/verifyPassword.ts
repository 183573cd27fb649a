import { verify } from "@node-rs/argon2";
import { hashPassword } from "./hashPassword.ts";

let decoy: Promise<string> | undefined;

/**
 * Checks a password against a stored hash. Without a hash (unknown email) it verifies against a
 * decoy, so the answer takes as long and timing does not reveal which emails have accounts. The
 * parameters come from the stored PHC string, so hashes written with other costs (or by the former
 * `argon2` package) keep working.
 */
export async function verifyPassword(storedHash: string | undefined, password: string): Promise<boolean> {
  decoy ??= hashPassword("decoy password that matches no account");
  const hash = storedHash ?? (await decoy);
  try {
    const ok = await verify(hash, password);
    return ok && storedHash !== undefined;
  } catch {
    return false;
  }
}
