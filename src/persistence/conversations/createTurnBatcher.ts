import type { CommitOutcome, TurnCommit } from "../../conversation/ports/ConversationStore.ts";
import type { Database } from "../Database.ts";
import { commitTurnsInOneStatement } from "./commitTurnsInOneStatement.ts";

/** More turns than one statement should carry (its JSON stays well under a megabyte). */
const MAX_BATCH = 64;

/** The errors after which each turn of a failed statement is committed on its own. */
const ONE_BY_ONE = new Set([
  // unique_violation: a repeated externalId (a duplicate delivery) among the turns.
  "23505",
  // deadlock_detected: two instances' statements locked the same conversations in opposite orders.
  "40P01",
]);

interface Waiting {
  commit: TurnCommit;
  resolve: (outcome: CommitOutcome) => void;
  reject: (error: unknown) => void;
}

/**
 * Group commit: the one-statement turns that the service commits in the same turn of the event
 * loop go to the database together, as one statement, when the current callbacks are done
 * (setImmediate: no turn waits for a timer). At the maximum rate of `npm run bench` the service
 * started 4.9 commits per turn of the loop, each its own socket write, read and round trip; a
 * turn alone is sent as it was. A statement that fails for one turn (a duplicate) or for crossing
 * another instance's (a deadlock) is done again one turn at a time, so each turn gets its own
 * outcome or error.
 */
export function createTurnBatcher(db: Database): (commit: TurnCommit) => Promise<CommitOutcome> {
  let waiting: Waiting[] = [];

  const one = (entry: Waiting) =>
    commitTurnsInOneStatement(db, [entry.commit]).then(
      (outcomes) => settle(entry, outcomes[0]),
      (error: unknown) => entry.reject(error),
    );

  function settle(entry: Waiting, outcome: CommitOutcome | undefined): void {
    if (outcome) entry.resolve(outcome);
    else entry.reject(new Error(`no outcome for the turn of ${entry.commit.conversationId}`));
  }

  async function send(batch: Waiting[]): Promise<void> {
    if (batch.length === 1) {
      const [only] = batch;
      if (only) await one(only);
      return;
    }
    try {
      const outcomes = await commitTurnsInOneStatement(
        db,
        batch.map((entry) => entry.commit),
      );
      for (const [i, entry] of batch.entries()) settle(entry, outcomes[i]);
    } catch (error) {
      if (!ONE_BY_ONE.has(codeOf(error))) {
        for (const entry of batch) entry.reject(error);
        return;
      }
      await Promise.all(batch.map(one));
    }
  }

  function flush(): void {
    const batch = waiting;
    waiting = [];
    if (batch.length > 0) void send(batch);
  }

  return (commit) =>
    new Promise<CommitOutcome>((resolve, reject) => {
      const entry = { commit, resolve, reject };
      // One conversation's turns are committed one after the other (the service queues them):
      // a second one waiting here would be another instance's business, sent on its own.
      if (waiting.some((w) => w.commit.conversationId === commit.conversationId)) {
        void one(entry);
        return;
      }
      waiting.push(entry);
      if (waiting.length === 1) setImmediate(flush);
      else if (waiting.length >= MAX_BATCH) flush();
    });
}

function codeOf(error: unknown): string {
  if (typeof error !== "object" || error === null || !("code" in error)) return "";
  return String(error.code);
}
