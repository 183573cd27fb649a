import type { Config } from "../../app/config.ts";
import type { Logger } from "../../app/createLogger.ts";
import type { ServiceModule } from "../../app/ServiceModule.ts";
import type { ConversationGateway } from "../../conversation/ports/ConversationGateway.ts";

export interface BotFrameworkChannelContext {
  config: Config;
  logger: Logger;
  gateway: ConversationGateway;
  claimDelivery?: (messageIds: string[]) => Promise<string[]>;
  releaseDelivery?: (messageIds: string[]) => Promise<void>;
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
