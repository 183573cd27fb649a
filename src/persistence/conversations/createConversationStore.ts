import type { ConversationStore } from "../../conversation/ports/ConversationStore.ts";
import { claimMessageDelivery } from "../claimMessageDelivery.ts";
import type { Database } from "../Database.ts";
import { createTurnBatcher } from "./createTurnBatcher.ts";
import { findInboundMessage } from "./findInboundMessage.ts";
import { findOrCreateConversation } from "./findOrCreateConversation.ts";
import { listMessages } from "./listMessages.ts";
import { listRepliesTo } from "./listRepliesTo.ts";
import { listUndeliveredMessages } from "./listUndeliveredMessages.ts";
import { loadConversation } from "./loadConversation.ts";
import { markMessagesDelivered } from "./markMessagesDelivered.ts";
import { saveTurn } from "./saveTurn.ts";

/** The conversation service's port on the database (PGlite or PostgreSQL alike). */
export function createConversationStore(db: Database): ConversationStore {
  const oneStatement = createTurnBatcher(db);
  return {
    findOrCreate: (input) => findOrCreateConversation(db, input),
    load: (id) => loadConversation(db, id),
    findInbound: (id, externalId) => findInboundMessage(db, id, externalId),
    repliesTo: (id, inboundId) => listRepliesTo(db, id, inboundId),
    commitTurn: (commit) => saveTurn(db, commit, oneStatement),
    history: (id, afterId, limit) => listMessages(db, id, afterId, limit),
    undelivered: (channel, limit) => listUndeliveredMessages(db, channel, limit),
    markDelivered: (ids) => markMessagesDelivered(db, ids),
    claimDelivery: (ids) => claimMessageDelivery(db, ids),
  };
}
