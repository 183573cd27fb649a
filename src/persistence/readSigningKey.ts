import { createHmac, randomBytes } from "node:crypto";
import { z } from "zod";
import type { Database } from "./Database.ts";

const SETTING_KEY = "webchat.token_key";
const StoredKeySchema = z.string().regex(/^[A-Za-z0-9_-]{43,}$/);

/**
 * The key that signs web chat tokens. With SECRET_KEY configured it is derived from it (a key of
 * its own, so a token can never double as another module's signature); otherwise a random key is
 * created once in the shared `Setting` table, so every instance on the same database accepts the
 * tokens of the others and tokens survive a restart.
 */
export async function readSigningKey(secretKey: string | undefined, db: Database): Promise<Buffer> {
  if (secretKey) return createHmac("sha256", secretKey).update("conciliabot/webchat-token/v1").digest();
  await db.prisma.setting.createMany({
    data: [{ key: SETTING_KEY, value: randomBytes(32).toString("base64url") }],
    skipDuplicates: true,
  });
  const row = await db.prisma.setting.findUnique({ where: { key: SETTING_KEY } });
  const value = StoredKeySchema.parse(row?.value);
  return Buffer.from(value, "base64url");
}
