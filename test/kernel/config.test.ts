import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseConfig } from "../../src/kernel/config.ts";
import { runTs } from "../support/runProcess.ts";

describe("configuration", () => {
  it("starts with sensible defaults when nothing is configured", () => {
    const result = parseConfig({});
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.config.PORT).toBe(3000);
    expect(result.config.DATA_DIR).toBe("./data");
    expect(result.config.DATABASE_URL).toBeUndefined();
    expect(result.config.PROGRAMME_MAILBOX).toBe("conciliazione@regione.lombardia.it");
  });

  it("names every bad variable with what is expected, one line each", () => {
    const result = parseConfig({
      PORT: "porta",
      DATABASE_URL: "mysql://u:segreto@h/db",
      PROGRAMME_MAILBOX: "nope",
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(3);
    expect(result.problems.find((p) => p.startsWith("PORT="))).toMatch(/number/i);
    expect(result.problems.find((p) => p.startsWith("DATABASE_URL="))).toContain("postgres://");
    expect(result.problems.find((p) => p.startsWith("PROGRAMME_MAILBOX="))).toContain("email");
  });

  it("never echoes a secret's value in its error", () => {
    const result = parseConfig({ DATABASE_URL: "mysql://user:supersegreto@host/db" });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.join("\n")).not.toContain("supersegreto");
  });

  it("requires a signing key in production", () => {
    const result = parseConfig({ NODE_ENV: "production" });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]).toMatch(/^SECRET_KEY/);
  });

  it("stops the process with exit code 2 and one line per bad variable", async () => {
    const result = await runTs("src/app/main.ts", [], {
      PORT: "-5",
      LOG_LEVEL: "chatty",
      SMTP_URL: "http://x:pw@y",
    });
    expect(result.code).toBe(2);
    const lines = result.stderr.trim().split("\n").slice(1);
    expect(lines).toHaveLength(3);
    expect(result.stderr).toContain("PORT=");
    expect(result.stderr).toContain("LOG_LEVEL=");
    expect(result.stderr).toContain("SMTP_URL=(valore nascosto)");
    expect(result.stderr).not.toContain("x:pw");
  });

  it("stops with exit code 2 before opening the database when Telegram has a public URL but no webhook secret", async () => {
    const dataDir = await mkdtemp(join(tmpdir(), "conciliabot-config-"));
    try {
      const result = await runTs("src/app/main.ts", [], {
        DATA_DIR: dataDir,
        PORT: "0",
        TELEGRAM_BOT_TOKEN: "123456:abc",
        PUBLIC_URL: "https://bot.example.org",
      });
      expect(result.code).toBe(2);
      expect(result.stderr).toContain("TELEGRAM_WEBHOOK_SECRET");
      expect(await readdir(dataDir)).toEqual([]);
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
