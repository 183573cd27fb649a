import type { Config } from "../../app/config.ts";
import type { Logger } from "../../app/createLogger.ts";
import type { ServiceModule } from "../../app/ServiceModule.ts";
import type { ConversationGateway } from "../../conversation/ports/ConversationGateway.ts";

export interface TelegramChannelContext {
  config: Config;
  logger: Logger;
  gateway: ConversationGateway;
  claimDelivery?: (messageIds: string[]) => Promise<string[]>;
  releaseDelivery?: (messageIds: string[]) => Promise<void>;
}

/** The composition root's switch: the Telegram channel exists only when a bot token is configured. */
export async function telegramChannel(context: TelegramChannelContext): Promise<ServiceModule[]> {
  if (!context.config.TELEGRAM_BOT_TOKEN) return [];
  // Imported only when enabled: the SDK costs tens of MB of memory.
  const { telegramModule } = await import("./telegramModule.ts");
  return [telegramModule(context)];
}
