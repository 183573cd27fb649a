import type { Server } from "node:http";
import express from "express";
import { describe, expect, it } from "vitest";
import { telegramChannel } from "../../../src/channels/telegram/telegramChannel.ts";
import { telegramModule } from "../../../src/channels/telegram/telegramModule.ts";
import type { ConversationGateway } from "../../../src/conversation/ports/ConversationGateway.ts";
import { parseConfig } from "../../../src/kernel/config.ts";
import { createLogger } from "../../../src/kernel/createLogger.ts";
import { loadChannelWords } from "../support/loadChannelWords.ts";

/** The module is only built here, never started: the gateway is never called. */
const channelWords = await loadChannelWords();
const gateway: ConversationGateway = {
  receive: () => Promise.reject(new Error("not used")),
  open: () => Promise.reject(new Error("not used")),
  history: () => Promise.resolve([]),
  onOutbound: () => () => undefined,
  undelivered: () => Promise.resolve([]),
  markDelivered: () => Promise.resolve(),
};

function configWith(env: Record<string, string>) {
  const parsed = parseConfig({ NODE_ENV: "test", LOG_LEVEL: "silent", ...env });
  if (!parsed.ok) throw new Error(parsed.problems.join("; "));
  return parsed.config;
}

describe("the Telegram channel's configuration", () => {
  it("exists only when a bot token is configured", async () => {
    const config = configWith({});
    expect(await telegramChannel({ config, logger: createLogger(config), gateway, channelWords })).toEqual(
      [],
    );
  });

  it("refuses webhook mode without a secret token as a configuration error, saying which variable to set", () => {
    const parsed = parseConfig({ TELEGRAM_BOT_TOKEN: "123:abc", PUBLIC_URL: "https://bot.example.org" });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems.join("\n")).toMatch(/^TELEGRAM_WEBHOOK_SECRET: obbligatoria/m);
  });

  it("mounts the webhook route only in webhook mode", async () => {
    const polling = configWith({ TELEGRAM_BOT_TOKEN: "123:abc" });
    const webhook = configWith({
      TELEGRAM_BOT_TOKEN: "123:abc",
      PUBLIC_URL: "https://bot.example.org",
      TELEGRAM_WEBHOOK_SECRET: "0123456789abcdef-_",
    });
    const statusWith = async (config: typeof polling) => {
      const app = express();
      telegramModule({ config, logger: createLogger(config), gateway, channelWords }).mount?.(app);
      const server = await new Promise<Server>((resolve) => {
        const s = app.listen(0, "127.0.0.1", () => resolve(s));
      });
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      const res = await fetch(`http://127.0.0.1:${port}/telegram/webhook`, { method: "POST", body: "{}" });
      await new Promise((resolve) => server.close(resolve));
      return res.status;
    };
    expect(await statusWith(polling)).toBe(404);
    expect(await statusWith(webhook)).toBe(401);
  });
});
