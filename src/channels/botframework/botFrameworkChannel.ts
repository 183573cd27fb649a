import type { ConversationGateway } from "../../conversation/ports/ConversationGateway.ts";
import type { Config } from "../../kernel/config.ts";
import type { Logger } from "../../kernel/createLogger.ts";
import type { ServiceModule } from "../../kernel/ServiceModule.ts";

export interface BotFrameworkChannelContext {
  config: Config;
  logger: Logger;
  gateway: ConversationGateway;
  claimDelivery?: (messageIds: string[]) => Promise<string[]>;
  releaseDelivery?: (messageIds: string[]) => Promise<void>;
  confirmDelivery?: (messageIds: string[]) => Promise<void>;
}

/**
 * The composition root's switch: the Bot Framework channel exists with Microsoft app
 * credentials, or anonymously outside production (for the Bot Framework Emulator and tests).
 */
export async function botFrameworkChannel(context: BotFrameworkChannelContext): Promise<ServiceModule[]> {
  if (!context.config.MICROSOFT_APP_ID && context.config.NODE_ENV === "production") return [];
  // Imported only when enabled: the SDK costs tens of MB of memory.
  const { botFrameworkModule } = await import("./botFrameworkModule.ts");
  return [botFrameworkModule(context)];
}
