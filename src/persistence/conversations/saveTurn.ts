import { CHANNEL_DELIVERY } from "../../content/ids.ts";
import type { CommitOutcome, TurnCommit } from "../../conversation/ports/ConversationStore.ts";
import { recordAnalyticsEvent } from "../analytics/recordAnalyticsEvent.ts";
import type { Database } from "../Database.ts";
import { recordFeedback } from "../feedback/recordFeedback.ts";
import { markHandoffOffered } from "../handoff/markHandoffOffered.ts";
import { enqueueMails } from "../outbox/enqueueMails.ts";
import { compactErasedData } from "../privacy/compactErasedData.ts";
import { eraseConversationData } from "../privacy/eraseConversationData.ts";
import { createSubmission } from "../submissions/createSubmission.ts";
import { uniqueViolationOn } from "../uniqueViolationOn.ts";
import { fitsOneStatement } from "./commitTurnsInOneStatement.ts";
import { insertInboundMessage } from "./insertInboundMessage.ts";
import { insertReplies } from "./insertReplies.ts";
import { queueHandoff } from "./queueHandoff.ts";
import { setConversationTerritory } from "./setConversationTerritory.ts";
import { toStoredInbound } from "./toStoredInbound.ts";
import { updateConversationState } from "./updateConversationState.ts";
import { withdrawHandoff } from "./withdrawHandoff.ts";

class Conflict extends Error {}

/**
 * One turn in one transaction: most turns in one statement (`oneStatement`: createTurnBatcher,
 * which sends it with the turns of other conversations committed at the same moment), the rest
 * (submission, handoff, erasure) in an interactive transaction: state (optimistic version check
 * first, which also takes the row lock), erasure, the inbound message (a repeated externalId
 * aborts everything), the replies, and the effects (submission with its outbox mails, handoff,
 * territory, analytics). An erasure's reply waits for the erased rows to be removed from disk as
 * well (compactErasedData), so the user is told "cancellati" only once that is true.
 */
export async function saveTurn(
  db: Database,
  commit: TurnCommit,
  oneStatement: (commit: TurnCommit) => Promise<CommitOutcome>,
): Promise<CommitOutcome> {
  try {
    if (fitsOneStatement(commit)) return await oneStatement(commit);
    const erasing = commit.writes.some((w) => w.kind === "erase");
    const outcome = await db.prisma.$transaction(async (tx) => {
      const updated = await updateConversationState(tx, {
        conversationId: commit.conversationId,
        expectedVersion: commit.expectedVersion,
        expectedHandoff: commit.expectedHandoff,
        state: commit.state,
        lang: commit.lang,
        now: commit.now,
      });
      if (!updated) throw new Conflict();
      if (erasing) {
        await eraseConversationData(tx, commit.conversationId, commit.now);
      }
      const inboundId = await insertInboundMessage(tx, commit.conversationId, commit.inbound, commit.now);
      const replies = await insertReplies(
        tx,
        commit.conversationId,
        inboundId,
        commit.replies,
        commit.now,
        CHANNEL_DELIVERY[commit.channel] === "pull",
      );
      for (const write of commit.writes) {
        switch (write.kind) {
          case "submission": {
            const id = await createSubmission(tx, commit.conversationId, write.submission, commit.now);
            await enqueueMails(tx, write.mails, id, commit.now);
            break;
          }
          case "handoff":
            await queueHandoff(tx, commit.conversationId, write.reason, commit.now);
            break;
          case "territory":
            await setConversationTerritory(tx, commit.conversationId, write.province, write.atsId);
            break;
          case "analytics":
            await recordAnalyticsEvent(tx, commit.channel, write.event, commit.now);
            break;
          case "feedback":
            await recordFeedback(tx, commit.conversationId, commit.channel, write.write, commit.now);
            break;
          case "handoff_offered":
            await markHandoffOffered(tx, commit.conversationId, commit.now);
            break;
          case "handoff_withdrawn":
            await withdrawHandoff(tx, commit.conversationId);
            break;
          case "erase":
            break;
        }
      }
      const stored = toStoredInbound(commit.conversationId, inboundId, commit.inbound, commit.now);
      return { kind: "committed", inboundId, inbound: stored, replies } satisfies CommitOutcome;
    });
    if (erasing) await compactErasedData(db);
    return outcome;
  } catch (error) {
    if (error instanceof Conflict) return { kind: "conflict" };
    if (uniqueViolationOn(error, "externalId")) return { kind: "duplicate" };
    // Two submissions drew the same random reference: run the turn again, it draws another.
    if (uniqueViolationOn(error, "reference")) return { kind: "conflict" };
    throw error;
  }
}
