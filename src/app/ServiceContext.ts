import type { Config } from "../kernel/config.ts";
import type { Logger } from "../kernel/createLogger.ts";
import type { Database } from "../persistence/Database.ts";

/** What the composition root hands the parts it builds; each part declares the share it uses. */
export interface ServiceContext {
  config: Config;
  logger: Logger;
  db: Database;
}
