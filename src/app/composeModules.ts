import type { Database } from "../persistence/Database.ts";
import type { Config } from "./config.ts";
import type { Logger } from "./createLogger.ts";
import { placeholderHome } from "./placeholderHome.ts";
import type { ServiceModule } from "./ServiceModule.ts";

export interface ServiceContext {
  config: Config;
  logger: Logger;
  db: Database;
}

/** The composition root's list of parts: channels, console, workers. */
export async function composeModules(context: ServiceContext): Promise<ServiceModule[]> {
  return [placeholderHome(context)];
}
