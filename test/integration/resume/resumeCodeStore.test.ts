import { beforeAll, describe, expect, it } from "vitest";
import { claimMessageDelivery } from "../../../src/persistence/claimMessageDelivery.ts";
import { confirmMessageDelivery } from "../../../src/persistence/confirmMessageDelivery.ts";
import { createResumeCodeStore } from "../../../src/persistence/createResumeCodeStore.ts";
import { releaseMessageDelivery } from "../../../src/persistence/releaseMessageDelivery.ts";
import { useTestDatabase } from "../../support/useTestDatabase.ts";

describe(`resume codes and delivery claims on ${process.env.TEST_DB}`, () => {
  const db = useTestDatabase();
  beforeAll(async () => {
    await db().prisma.conversation.createMany({
      data: [
        {
          id: "web-1",
          channel: "web",
          externalKey: "dl-1",
          state: { step: { kind: "form_field", field: "email" } },
          lang: "en",
          province: "BG",
        },
        { id: "tg-1", channel: "telegram", externalKey: "42", state: { step: { kind: "menu" } } },
        { id: "tg-2", channel: "telegram", externalKey: "43", state: { step: { kind: "menu" } } },
      ],
    });
  });

  it("copies the state to the other channel's conversation, consumes the code and records the message once", async () => {
    const store = createResumeCodeStore(db());
    const now = new Date();
    expect(await store.assignCode("web-1", "ABCDEF", new Date(now.getTime() + 3_600_000), now)).toBe(
      "assigned",
    );
    expect(await store.findActiveCode("web-1", now)).toMatchObject({ code: "ABCDEF" });
    expect(await store.assignCode("tg-2", "ABCDEF", new Date(now.getTime() + 3_600_000), now)).toBe("taken");

    const request = {
      code: "ABCDEF",
      targetConversationId: "tg-1",
      now,
      externalId: "901",
      text: "riprendi ABCDEF",
    };
    expect(await store.transfer(request)).toEqual({
      ok: true,
      sourceConversationId: "web-1",
      duplicate: false,
    });
    const target = await db().prisma.conversation.findUniqueOrThrow({ where: { id: "tg-1" } });
    expect(target.state).toEqual({ step: { kind: "form_field", field: "email" } });
    expect(target).toMatchObject({ lang: "en", province: "BG", version: 1 });
    expect(await store.findActiveCode("web-1", now)).toBeNull();

    expect(await store.transfer(request)).toEqual({ ok: true, duplicate: true });
    expect(await db().prisma.message.count({ where: { conversationId: "tg-1", externalId: "901" } })).toBe(1);
    expect(await store.transfer({ ...request, externalId: "902" })).toEqual({
      ok: false,
      reason: "unknown_code",
    });
  });

  it("refuses an expired code, and a code redeemed in its own conversation", async () => {
    const store = createResumeCodeStore(db());
    const now = new Date();
    await store.assignCode(
      "tg-2",
      "GHJKLM",
      new Date(now.getTime() - 1_000),
      new Date(now.getTime() - 7_200_000),
    );
    expect(await store.transfer({ code: "GHJKLM", targetConversationId: "tg-1", now, text: "" })).toEqual({
      ok: false,
      reason: "unknown_code",
    });
    // An expired code can be given to someone else.
    expect(await store.assignCode("web-1", "GHJKLM", new Date(now.getTime() + 60_000), now)).toBe("assigned");
    expect(await store.transfer({ code: "GHJKLM", targetConversationId: "web-1", now, text: "" })).toEqual({
      ok: false,
      reason: "same_conversation",
    });
  });

  it("hands each outbound message to exactly one of many concurrent claimers, oldest first", async () => {
    const rows = await Promise.all(
      ["uno", "due", "tre", "quattro"].map((text) =>
        db().prisma.message.create({ data: { conversationId: "tg-2", direction: "bot", text } }),
      ),
    );
    const inbound = await db().prisma.message.create({
      data: { conversationId: "tg-2", direction: "in", text: "ciao" },
    });
    const ids = [...rows.map((row) => String(row.id)), String(inbound.id)];
    const claims = await Promise.all(
      Array.from({ length: 8 }, () => claimMessageDelivery(db(), [...ids].reverse())),
    );
    const won = claims.flat();
    expect(won.sort()).toEqual(rows.map((row) => String(row.id)).sort());
    for (const claim of claims) expect(claim).toEqual([...claim].sort((a, b) => Number(a) - Number(b)));
    expect(await claimMessageDelivery(db(), ids)).toEqual([]);
    // A send that failed for a passing reason gives the message back to the next claimer.
    const failed = String(rows[1]?.id);
    await releaseMessageDelivery(db(), [failed]);
    expect(await claimMessageDelivery(db(), ids)).toEqual([failed]);
  });

  it("gives a message whose claimer never confirmed the send to the next claimer once the lease runs out", async () => {
    const [lost, sent] = await Promise.all(
      ["persa", "inviata"].map((text) =>
        db().prisma.message.create({ data: { conversationId: "tg-2", direction: "staff", text } }),
      ),
    );
    const ids = [String(lost?.id), String(sent?.id)];
    // A lease long enough for a busy machine: with 200 ms, the second claim below came after the
    // lease had run out once in a whole `npm test` on 2 cores (30 November 2026).
    const leaseMs = 2000;
    // The two rows were created side by side: their ids come in either order.
    expect((await claimMessageDelivery(db(), ids, leaseMs)).sort()).toEqual([...ids].sort());
    await confirmMessageDelivery(db(), [String(sent?.id)]);
    expect(await claimMessageDelivery(db(), ids, leaseMs)).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, leaseMs + 200));
    expect(await claimMessageDelivery(db(), ids)).toEqual([String(lost?.id)]);
    expect(await claimMessageDelivery(db(), ids)).toEqual([]);
  });
});
