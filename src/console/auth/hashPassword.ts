import argon2 from "argon2";

/**
 * argon2id with OWASP's minimum (19 MiB, 2 passes): slow enough to make a stolen table costly,
 * fast enough for a login to feel instant.
 */
export const ARGON2_OPTIONS: argon2.HashOptions & { raw?: false } = {
  type: argon2.argon2id,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
};

export async function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, ARGON2_OPTIONS);
}
