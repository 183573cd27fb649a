import { describe, expect, it } from "vitest";
import type { CommitOutcome, TurnCommit } from "../../../src/conversation/ports/ConversationStore.ts";
import { createConversationStore } from "../../../src/persistence/conversations/createConversationStore.ts";
import type { Database } from "../../../src/persistence/Database.ts";
import { testDbKind } from "../../support/testDatabase.ts";
import { useTestDatabase } from "../../support/useTestDatabase.ts";

const db = useTestDatabase();

/** The database with its statements counted: how many round trips the turns took. */
function counted(inner: Database): { db: Database; statements: () => number } {
  let statements = 0;
  return {
    db: {
      ...inner,
      sql: {
        ...inner.sql,
        query: (text, params, name) => {
          statements++;
          return inner.sql.query(text, params, name);
        },
      },
    },
    statements: () => statements,
  };
}

async function conversations(
  store: ReturnType<typeof createConversationStore>,
  prefix: string,
  n: number,
  channel: (i: number) => TurnCommit["channel"] = () => "web",
) {
  return Promise.all(
    Array.from({ length: n }, (_, i) =>
      store.findOrCreate({
        channel: channel(i),
        externalKey: `${prefix}-${i}`,
        lang: "it",
        initialState: { step: "start" },
      }),
    ),
  );
}

function turn(
  conversationId: string,
  version: number,
  externalId: string,
  replies: string[],
  channel: TurnCommit["channel"] = "web",
): TurnCommit {
  return {
    conversationId,
    channel,
    expectedVersion: version,
    expectedHandoff: { status: "none" },
    inbound: {
      direction: "in",
      text: `messaggio ${externalId}`,
      externalId,
      intent: "greeting",
      confidence: 0.9,
    },
    replies: replies.map((text) => ({ text, buttons: [], channelData: { intent: "greeting" } })),
    state: { step: "menu", externalId },
    lang: "it",
    writes: [
      { kind: "analytics", event: { kind: "intent", intent: "greeting", actionIds: [] } },
      { kind: "territory", province: "BG", atsId: "ats_bergamo" },
    ],
    now: new Date(),
  };
}

const committed = (outcome: CommitOutcome | undefined) => {
  if (outcome?.kind !== "committed") throw new Error(`not committed: ${JSON.stringify(outcome)}`);
  return outcome;
};

describe(`turns of several conversations committed together on ${testDbKind()}`, () => {
  it("stores the turns that arrive at once in one statement, each with its own replies in order", async () => {
    const { db: watched, statements } = counted(db());
    const store = createConversationStore(watched);
    // Web Chat reads its replies (stored as delivered); Telegram's are pushed, delivered later.
    const channelOf = (i: number) => (i % 2 === 0 ? "web" : "telegram");
    const records = await conversations(store, "together", 6, channelOf);
    const repliesOf = (i: number) =>
      Array.from({ length: 1 + (i % 3) }, (_, r) => `risposta ${r + 1} al turno ${i}`);
    const before = statements();
    const eventsBefore = await db().prisma.analyticsEvent.count();
    const outcomes = await Promise.all(
      records.map((record, i) =>
        store.commitTurn(turn(record.id, record.version, `t${i}`, repliesOf(i), channelOf(i))),
      ),
    );
    expect(statements() - before).toBe(1);
    expect((await db().prisma.analyticsEvent.count()) - eventsBefore).toBe(6);
    for (const [i, record] of records.entries()) {
      const outcome = committed(outcomes[i]);
      expect(outcome.replies.map((r) => r.text)).toEqual(repliesOf(i));
      const stored = await db().prisma.message.findMany({
        where: { conversationId: record.id },
        orderBy: { id: "asc" },
      });
      expect(stored.map((m) => [m.direction, m.text, m.externalId, m.intent])).toEqual([
        ["in", `messaggio t${i}`, `t${i}`, "greeting"],
        ...repliesOf(i).map((text) => ["bot", text, null, "greeting"]),
      ]);
      expect(stored[0]?.confidence).toBeCloseTo(0.9);
      expect(stored.slice(1).map((m) => m.deliveredAt !== null)).toEqual(
        repliesOf(i).map(() => channelOf(i) === "web"),
      );
      expect(stored.map((m) => String(m.id))).toEqual([
        outcome.inboundId,
        ...outcome.replies.map((r) => r.id),
      ]);
      const row = await db().prisma.conversation.findUniqueOrThrow({ where: { id: record.id } });
      expect(row).toMatchObject({ version: record.version + 1, province: "BG", atsId: "ats_bergamo" });
      expect(row.state).toEqual({ step: "menu", externalId: `t${i}` });
    }
  });

  it("fails only the turn whose content the database refuses, and stores the others", async () => {
    const store = createConversationStore(db());
    const records = await conversations(store, "refused", 3);
    // A NUL character cannot be stored in PostgreSQL's JSON (the channels never let one through).
    const outcomes = await Promise.allSettled(
      records.map((record, i) =>
        store.commitTurn(turn(record.id, record.version, `r${i}`, [i === 1 ? "rotto \u0000" : "ok"])),
      ),
    );
    expect(outcomes.map((o) => o.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
    expect(await db().prisma.message.count({ where: { conversationId: records[1]?.id } })).toBe(0);
    expect(await db().prisma.message.count({ where: { conversationId: records[2]?.id } })).toBe(2);
  });

  it("gives a turn whose conversation moved on its conflict without holding back the others", async () => {
    const { db: watched, statements } = counted(db());
    const store = createConversationStore(watched);
    const records = await conversations(store, "conflict", 4);
    const before = statements();
    const outcomes = await Promise.all(
      records.map((record, i) =>
        store.commitTurn(turn(record.id, i === 2 ? record.version + 5 : record.version, `c${i}`, ["ok"])),
      ),
    );
    expect(outcomes.map((o) => o.kind)).toEqual(["committed", "committed", "conflict", "committed"]);
    expect(statements() - before).toBe(1);
    expect(await db().prisma.message.count({ where: { conversationId: records[2]?.id } })).toBe(0);
  });

  it("answers a message delivered twice as a duplicate and still stores the turns sent with it", async () => {
    const store = createConversationStore(db());
    const records = await conversations(store, "duplicate", 3);
    const [first] = records;
    if (!first) throw new Error("no conversation");
    committed(await store.commitTurn(turn(first.id, first.version, "again", ["prima"])));
    const outcomes = await Promise.all(
      records.map((record, i) =>
        store.commitTurn(
          turn(record.id, i === 0 ? record.version + 1 : record.version, i === 0 ? "again" : `d${i}`, [
            "dopo",
          ]),
        ),
      ),
    );
    expect(outcomes.map((o) => o.kind)).toEqual(["duplicate", "committed", "committed"]);
    expect(
      (
        await db().prisma.message.findMany({ where: { conversationId: first.id }, orderBy: { id: "asc" } })
      ).map((m) => m.text),
    ).toEqual(["messaggio again", "prima"]);
  });
});
