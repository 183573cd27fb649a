import "dotenv/config";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { ContentPathSchema } from "../../content/versions/ContentFiles.ts";
import { readContentFiles } from "../../content/versions/readContentFiles.ts";
import { applyMigrations } from "../../persistence/applyMigrations.ts";
import { findContentDraft } from "../../persistence/content/findContentDraft.ts";
import { findContentVersion } from "../../persistence/content/findContentVersion.ts";
import { openDatabase } from "../../persistence/openDatabase.ts";
import { readEnvConfig } from "../readEnvConfig.ts";
import type { CliCommand } from "./CliCommand.ts";
import { readCommandArgs } from "./readCommandArgs.ts";

const USAGE =
  "uso: npm run -s cli -- content:export [--version <n> | --draft] <cartella>\n" +
  "Scrive i file della versione (l'ultima pubblicata se non indicata) o della bozza nella cartella,\n" +
  "ad esempio intents/ del repository prima di un commit, o una cartella per CONTENT_DIR.\n";

const ArgsSchema = z.object({
  version: z.coerce.number().int().min(1).optional(),
  draft: z.boolean().optional(),
  dir: z.string().min(1, "indica la cartella di destinazione"),
});

/**
 * `content:export`: a version edited in the console back to YAML files, so the repository (the
 * source of the next deploy) gets it; files the version lacks are listed, never deleted.
 */
export const contentExportCommand: CliCommand = async (argv) => {
  const parsed = readCommandArgs(
    argv,
    { version: { type: "string" }, draft: { type: "boolean" } },
    ArgsSchema,
    USAGE,
    true,
  );
  if (!parsed) return 2;
  const config = readEnvConfig();
  if (!config) return 2;
  const db = await openDatabase({
    databaseUrl: config.DATABASE_URL,
    dataDir: config.DATA_DIR,
    attempts: 2,
    onRetry: () => undefined,
    onBackgroundError: () => undefined,
  });
  try {
    await applyMigrations(db.sql);
    const source = parsed.draft
      ? await findContentDraft(db)
      : await findContentVersion(db, parsed.version ?? "latest");
    if (!source) {
      process.stderr.write(parsed.draft ? "Nessuna bozza da esportare.\n" : "Versione inesistente.\n");
      return 1;
    }
    const dir = path.resolve(parsed.dir);
    const before = await readContentFiles(dir).catch(() => ({}));
    for (const [name, text] of Object.entries(source.files)) {
      const target = path.join(dir, ...ContentPathSchema.parse(name).split("/"));
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, text);
    }
    const extra = Object.keys(before).filter((name) => !(name in source.files));
    const what = "number" in source ? `versione ${source.number}` : "bozza";
    process.stdout.write(`${what}: ${Object.keys(source.files).length} file scritti in ${dir}\n`);
    if (extra.length > 0)
      process.stdout.write(
        `file presenti nella cartella ma non nella ${what} (non toccati):\n  ${extra.join("\n  ")}\n`,
      );
    return 0;
  } finally {
    await db.close();
  }
};
