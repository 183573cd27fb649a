import { type Algorithm, hash, type Options } from "@node-rs/argon2";

/** `Algorithm.Argon2id`: the package declares its enum `const`, which isolated modules cannot read. */
const ARGON2ID: Algorithm = 2;

/**
 * argon2id with OWASP's minimum (19 MiB, 2 passes): slow enough to make a stolen table costly,
 * fast enough for a login to feel instant. `@node-rs/argon2` ships a prebuilt binary per platform
 * as an ordinary optional dependency, so it needs no install script (the runtime image installs
 * with `--ignore-scripts`), and it reads the PHC strings the former `argon2` package wrote.
 */
export const ARGON2_OPTIONS: Options = {
  algorithm: ARGON2ID,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
};

export async function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}
