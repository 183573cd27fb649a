import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { hashContentFiles } from "../../../src/content/versions/hashContentFiles.ts";
import { readContentFiles } from "../../../src/content/versions/readContentFiles.ts";
import { applyMigrations } from "../../../src/persistence/applyMigrations.ts";
import { insertContentVersion } from "../../../src/persistence/content/insertContentVersion.ts";
import { ROOT, runTs } from "../../support/runProcess.ts";
import { createTestDatabaseTarget, openTargetDatabase } from "../../support/testDatabase.ts";

describe(`npm run -s cli -- content:export on ${process.env.TEST_DB}`, () => {
  it("writes a version edited in the console back as the YAML files of intents/", async () => {
    const target = await createTestDatabaseTarget();
    const out = await mkdtemp(path.join(tmpdir(), "conciliabot-export-"));
    try {
      const db = await openTargetDatabase(target);
      const files = await readContentFiles(path.join(ROOT, "intents"));
      const edited = {
        ...files,
        "programme/periods.yaml": `${files["programme/periods.yaml"] ?? ""}\n# modificato nella console\n`,
      };
      try {
        await applyMigrations(db.sql);
        await insertContentVersion(db.prisma, 0, {
          files,
          hash: hashContentFiles(files),
          origin: "files",
          authorId: null,
          note: "v1",
        });
        await insertContentVersion(db.prisma, 1, {
          files: edited,
          hash: hashContentFiles(edited),
          origin: "editor",
          authorId: null,
          note: "v2",
        });
      } finally {
        await db.close();
      }
      const env = {
        DATA_DIR: target.dataDir,
        LOG_LEVEL: "silent",
        ...(target.databaseUrl ? { DATABASE_URL: target.databaseUrl } : {}),
      };
      const result = await runTs(path.join(ROOT, "src/app/cli.ts"), ["content:export", out], env);
      expect(result.stderr).toBe("");
      expect(result.code).toBe(0);
      expect(result.stdout).toContain(`versione 2: ${Object.keys(edited).length} file scritti`);
      expect(await readFile(path.join(out, "programme/periods.yaml"), "utf8")).toContain(
        "# modificato nella console",
      );
      expect(await readContentFiles(out)).toEqual(edited);

      const missing = await runTs(
        path.join(ROOT, "src/app/cli.ts"),
        ["content:export", "--version", "9", out],
        env,
      );
      expect(missing.code).toBe(1);
      expect(missing.stderr).toBe("Versione inesistente.\n");
    } finally {
      await rm(out, { recursive: true, force: true });
      await target.drop();
    }
  });
});
