import { describe, expect, it } from "vitest";
import { hashPassword } from "../../src/console/auth/hashPassword.ts";
import { verifyPassword } from "../../src/console/auth/verifyPassword.ts";

/**
 * Written by the former `argon2` package (0.45.1, its own parameter order `m,p,t`) before the switch
 * to `@node-rs/argon2`: accounts created then must still log in.
 */
const LEGACY_HASH_OUR_COSTS =
  "$argon2id$v=19$m=19456,p=1,t=2$XKQzyg/2x7v4YWcfPgP1NA$c9rOTDbKRwNLnp2FD19rKfwQTCMrIb66gS99U9RpEkc";
const LEGACY_HASH_PACKAGE_DEFAULTS =
  "$argon2id$v=19$m=65536,p=4,t=3$WdOy5yZ5iUOoqRv7kXMpZw$3SdYC5yIJ6iOvh7Z8LFYbS3tSiB+gnUDpNnMKf5zYOA";

describe("staff password hashes", () => {
  it("stores a new password as argon2id with 19 MiB and 2 passes, never in clear", async () => {
    const hash = await hashPassword("una-password-lunga-abbastanza");
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(hash).not.toContain("una-password-lunga-abbastanza");
    expect(await verifyPassword(hash, "una-password-lunga-abbastanza")).toBe(true);
    expect(await verifyPassword(hash, "una-password-lunga-abbastanzA")).toBe(false);
  });

  it("still accepts a hash written by the former argon2 package, and only with its password", async () => {
    expect(await verifyPassword(LEGACY_HASH_OUR_COSTS, "vecchia-password-di-staff")).toBe(true);
    expect(await verifyPassword(LEGACY_HASH_OUR_COSTS, "vecchia-password")).toBe(false);
    expect(await verifyPassword(LEGACY_HASH_PACKAGE_DEFAULTS, "password-coi-valori-predefiniti")).toBe(true);
    expect(await verifyPassword(LEGACY_HASH_PACKAGE_DEFAULTS, "vecchia-password-di-staff")).toBe(false);
  });

  it("refuses an unknown account or a damaged hash instead of throwing", async () => {
    expect(await verifyPassword(undefined, "decoy password that matches no account")).toBe(false);
    expect(await verifyPassword("non è un hash", "qualsiasi")).toBe(false);
    expect(await verifyPassword(LEGACY_HASH_OUR_COSTS.slice(0, -10), "vecchia-password-di-staff")).toBe(
      false,
    );
  });
});
