import path from "node:path";
import type { WebChannelContext } from "../channels/web/createWebChannel.ts";
import { loadWebPages } from "../content/loadWebPages.ts";
import { findTokensRevokedAt } from "../persistence/conversations/findTokensRevokedAt.ts";
import { readSigningKey } from "../persistence/readSigningKey.ts";
import type { ServiceContext } from "./ServiceContext.ts";

/**
 * The web channel's share of the service: its token key and revocations read from the database,
 * and the pages' texts from the deployed content folder (a release's texts, not the console's).
 */
export async function webChannelContext({
  config,
  logger,
  db,
}: ServiceContext): Promise<Omit<WebChannelContext, "channelWords">> {
  return {
    config,
    logger,
    signingKey: await readSigningKey(config.SECRET_KEY, db),
    tokensRevokedAt: (directLineId) => findTokensRevokedAt(db, "web", directLineId),
    pages: await loadWebPages(path.resolve(config.CONTENT_DIR)),
  };
}
