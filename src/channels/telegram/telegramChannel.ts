import type { ConversationGateway } from "../../conversation/ports/ConversationGateway.ts";
import type { Config } from "../../kernel/config.ts";
import type { Logger } from "../../kernel/createLogger.ts";
import type { ServiceModule } from "../../kernel/ServiceModule.ts";

export interface TelegramChannelContext {
  config: Config;
  logger: Logger;
  gateway: ConversationGateway;
  claimDelivery?: (messageIds: string[]) => Promise<string[]>;
  releaseDelivery?: (messageIds: string[]) => Promise<void>;
  confirmDelivery?: (messageIds: string[]) => Promise<void>;
}

/** The composition root's switch: the Telegram channel exists only when a bot token is configured. */
export async function telegramChannel(context: TelegramChannelContext): Promise<ServiceModule[]> {
  if (!context.config.TELEGRAM_BOT_TOKEN) return [];
  // Imported only when enabled: the SDK costs tens of MB of memory.
  const { telegramModule } = await import("./telegramModule.ts");
  return [telegramModule(context)];
}
