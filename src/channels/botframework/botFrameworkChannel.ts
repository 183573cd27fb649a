import type { ServiceModule } from "../../kernel/ServiceModule.ts";
import type { PushChannelContext } from "../shared/createPushDelivery.ts";

/**
 * The composition root's switch: the Bot Framework channel exists with Microsoft app
 * credentials, or anonymously outside production (for the Bot Framework Emulator and tests).
 */
export async function botFrameworkChannel(context: PushChannelContext): Promise<ServiceModule[]> {
  if (!context.config.MICROSOFT_APP_ID && context.config.NODE_ENV === "production") return [];
  // Imported only when enabled: the SDK costs tens of MB of memory.
  const { botFrameworkModule } = await import("./botFrameworkModule.ts");
  return [botFrameworkModule(context)];
}
