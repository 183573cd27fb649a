import path from "node:path";
import type { WebChannelContext } from "../channels/web/createWebChannel.ts";
import { loadContent } from "../content/loadContent.ts";
import type { WebPages } from "../content/webPagesSchema.ts";
import { findTokensRevokedAt } from "../persistence/conversations/findTokensRevokedAt.ts";
import { readSigningKey } from "../persistence/readSigningKey.ts";
import type { ServiceContext } from "./ServiceContext.ts";

/**
 * The web channel's share of the service: its token key and revocations read from the database,
 * and the pages' texts from the deployed content folder (a release's texts, not the console's).
 */
export async function webChannelContext(
  { config, logger, db }: ServiceContext,
  pages?: WebPages,
): Promise<Omit<WebChannelContext, "channelWords">> {
  return {
    config,
    logger,
    signingKey: await readSigningKey(config.SECRET_KEY, db),
    tokensRevokedAt: (directLineId) => findTokensRevokedAt(db, "web", directLineId),
    pages: pages ?? (await loadContent(path.resolve(config.CONTENT_DIR))).pages,
  };
}
