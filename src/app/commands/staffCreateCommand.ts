import "dotenv/config";
import { randomBytes, randomUUID } from "node:crypto";
import path from "node:path";
import { z } from "zod";
import { hashPassword } from "../../console/auth/hashPassword.ts";
import { StaffRoleSchema } from "../../console/auth/StaffRole.ts";
import { PasswordSchema } from "../../console/routes/mountStaffRoutes.ts";
import { AtsIdSchema } from "../../content/ids.ts";
import { applyMigrations } from "../../persistence/applyMigrations.ts";
import type { Database } from "../../persistence/Database.ts";
import { openDatabase } from "../../persistence/openDatabase.ts";
import { insertStaff } from "../../persistence/staff/insertStaff.ts";
import { readEnvConfig } from "../readEnvConfig.ts";
import type { CliCommand } from "./CliCommand.ts";
import { readCommandArgs } from "./readCommandArgs.ts";

const ArgsSchema = z
  .object({
    email: z.email("--email: indirizzo email non valido"),
    role: StaffRoleSchema,
    ats: AtsIdSchema.optional(),
    name: z.string().trim().min(1).max(100).optional(),
  })
  .refine((a) => a.role !== "operator" || a.ats !== undefined, {
    message: "--ats è obbligatorio per un operatore (es. --ats ats_bergamo)",
  });

const USAGE =
  "uso: npm run -s cli -- staff:create --email <email> --role operator|supervisor|admin [--ats ats_bergamo] [--name <nome>]\n" +
  "La password si legge da stdin (una riga); se stdin è vuoto ne viene generata una, mostrata una sola volta.\n";

/** Reads the password: prompted without echo on a terminal, the first line of stdin otherwise. */
async function readPassword(): Promise<string> {
  const stdin = process.stdin;
  if (!stdin.isTTY) {
    const chunks: Buffer[] = [];
    for await (const chunk of stdin) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
    return (Buffer.concat(chunks).toString("utf8").split(/\r?\n/)[0] ?? "").trim();
  }
  process.stderr.write("Password (almeno 12 caratteri; invio per generarne una): ");
  stdin.setRawMode(true);
  stdin.resume();
  return new Promise((resolve) => {
    let typed = "";
    const onData = (data: Buffer) => {
      for (const char of data.toString("utf8")) {
        if (char === "\r" || char === "\n" || char === "\u0004") {
          stdin.setRawMode(false);
          stdin.pause();
          stdin.off("data", onData);
          process.stderr.write("\n");
          resolve(typed);
          return;
        }
        if (char === "\u0003") process.exit(130);
        typed = char === "\u007f" ? typed.slice(0, -1) : typed + char;
      }
    };
    stdin.on("data", onData);
  });
}

/**
 * `npm run -s cli -- staff:create --email … --role admin`: creates a console account, the first
 * administrator included, on the configured database (migrated first). The password never appears
 * in the process list or shell history: stdin, a hidden prompt, or generated and printed once.
 */
export const staffCreateCommand: CliCommand = async (argv) => {
  const args = readCommandArgs(
    argv,
    {
      email: { type: "string" },
      role: { type: "string" },
      ats: { type: "string" },
      name: { type: "string" },
    },
    ArgsSchema,
    USAGE,
    false,
  );
  if (!args) return 2;
  const config = readEnvConfig();
  if (!config) return 2;
  const typed = await readPassword();
  const generated = typed === "";
  const password = generated ? randomBytes(15).toString("base64url") : typed;
  const checked = PasswordSchema.safeParse(password);
  if (!checked.success) {
    process.stderr.write("Password troppo corta: almeno 12 caratteri.\n");
    return 2;
  }
  let db: Database;
  try {
    db = await openDatabase({
      databaseUrl: config.DATABASE_URL,
      dataDir: config.DATA_DIR,
      attempts: 2,
      onRetry: () => undefined,
      onBackgroundError: () => undefined,
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(
      message.includes("già in uso")
        ? `Il database incorporato in ${path.resolve(config.DATA_DIR)} è aperto dal server: fermalo e riprova, o usa DATABASE_URL.\n`
        : `Database non disponibile: ${message}\n`,
    );
    return 1;
  }
  try {
    await applyMigrations(db.sql);
    const email = args.email.toLowerCase();
    const created = await insertStaff(db.prisma, {
      id: randomUUID(),
      email,
      displayName: args.name ?? email.split("@")[0] ?? email,
      role: args.role,
      atsId: args.ats ?? null,
      passwordHash: await hashPassword(password),
    });
    if (!created.ok) {
      process.stderr.write(`Esiste già un account con l'email ${email}.\n`);
      return 1;
    }
    process.stdout.write(`Creato l'account ${email} (${args.role}${args.ats ? `, ${args.ats}` : ""}).\n`);
    if (generated) process.stdout.write(`Password generata (non sarà più mostrata): ${password}\n`);
    return 0;
  } finally {
    await db.close();
  }
};
