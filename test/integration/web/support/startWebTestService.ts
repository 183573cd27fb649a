import { createHttpApp } from "../../../../src/app/createHttpApp.ts";
import { webChannelContext } from "../../../../src/app/webChannelContext.ts";
import {
  createWebChannel,
  type WebChannel,
  type WebChannelOptions,
} from "../../../../src/channels/web/createWebChannel.ts";
import type { ConversationGateway } from "../../../../src/conversation/ports/ConversationGateway.ts";
import { parseConfig } from "../../../../src/kernel/config.ts";
import { createLogger } from "../../../../src/kernel/createLogger.ts";
import type { Database } from "../../../../src/persistence/Database.ts";
import { loadChannelWords } from "../../../channels/support/loadChannelWords.ts";
import { openTestDatabase } from "../../../support/testDatabase.ts";

export interface WebTestService {
  url: string;
  channel: WebChannel;
  db: Database;
  stop(): Promise<void>;
}

export interface WebTestServiceOptions extends WebChannelOptions {
  env?: Record<string, string>;
  /** Another service's database, to run a second instance beside it (not dropped on stop). */
  db?: Database;
}

/**
 * The web channel alone on a free port, in the service's own HTTP app (security headers,
 * compression, error boundary), on a fresh database of the kind under test, in front of the
 * given gateway.
 */
export async function startWebTestService(
  gateway: ConversationGateway,
  options: WebTestServiceOptions = {},
): Promise<WebTestService> {
  const shared = options.db;
  const opened = shared ? undefined : await openTestDatabase();
  const db = shared ?? opened?.db;
  if (!db) throw new Error("no database");
  const parsed = parseConfig({
    NODE_ENV: "test",
    PORT: "0",
    HOST: "127.0.0.1",
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? "silent",
    ...options.env,
  });
  if (!parsed.ok) throw new Error(parsed.problems.join("; "));
  const logger = createLogger(parsed.config);
  const channel = await createWebChannel(
    {
      ...(await webChannelContext({ config: parsed.config, logger, db })),
      channelWords: await loadChannelWords(),
    },
    gateway,
    options,
  );
  const app = createHttpApp({
    logger,
    trustProxy: false,
    modules: [channel],
    readiness: async () => ({ ready: true }),
  });
  const server = await app.listen(0, "127.0.0.1");
  channel.attach?.(server);
  await channel.start?.();
  const address = server.address();
  if (!address || typeof address === "string") throw new Error("not listening on a port");
  return {
    url: `http://127.0.0.1:${address.port}`,
    channel,
    db,
    async stop() {
      await channel.stop?.();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await opened?.drop();
    },
  };
}
