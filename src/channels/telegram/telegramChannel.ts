import type { ServiceModule } from "../../kernel/ServiceModule.ts";
import type { PushChannelContext } from "../shared/createPushDelivery.ts";

/** The composition root's switch: the Telegram channel exists only when a bot token is configured. */
export async function telegramChannel(context: PushChannelContext): Promise<ServiceModule[]> {
  if (!context.config.TELEGRAM_BOT_TOKEN) return [];
  // Imported only when enabled: the SDK costs tens of MB of memory.
  const { telegramModule } = await import("./telegramModule.ts");
  return [telegramModule(context)];
}
