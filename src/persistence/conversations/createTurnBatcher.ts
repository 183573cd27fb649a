import type { CommitOutcome, TurnCommit } from "../../conversation/ports/ConversationStore.ts";
import type { Database } from "../Database.ts";
import { commitTurnsInOneStatement } from "./commitTurnsInOneStatement.ts";

/** More turns than one statement should carry (its JSON stays well under a megabyte). */
const MAX_BATCH = 64;

/**
 * Whether each turn of a failed statement is committed again on its own: after any error the
 * database reports about the statement (a SQLSTATE: a repeated externalId, a deadlock with another
 * instance, a value one turn carries that the database refuses), so that only the turn that
 * causes it fails; not when the connection itself is gone (class 08, or the server shutting
 * down), where every turn gets the error, as each would have alone.
 */
function oneByOneAfter(error: unknown): boolean {
  const code = typeof error === "object" && error !== null && "code" in error ? String(error.code) : "";
  return /^[0-9A-Z]{5}$/.test(code) && !code.startsWith("08") && !/^57P0[1-3]$/.test(code);
}

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
 * turn alone is sent as it was. A statement that fails (see oneByOneAfter) is done again one turn
 * at a time, so each turn gets its own outcome or error. The turns of a statement share its
 * fate meanwhile: one waiting for a conversation's row lock (staff claiming it, another instance's
 * turn) holds the others back, and a repeated externalId costs the statement and one per turn.
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
      if (!oneByOneAfter(error)) {
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
      // The service commits one conversation's turns one after the other: a second turn of the
      // same conversation here (another caller of the store) is sent on its own, never beside it.
      if (waiting.some((w) => w.commit.conversationId === commit.conversationId)) {
        void one(entry);
        return;
      }
      waiting.push(entry);
      if (waiting.length === 1) setImmediate(flush);
      else if (waiting.length >= MAX_BATCH) flush();
    });
}
