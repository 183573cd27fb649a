import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { StoredMessage } from "../../../src/conversation/ports/ConversationGateway.ts";
import type { ConversationService } from "../../../src/conversation/service/ConversationService.ts";
import type { Database } from "../../../src/persistence/Database.ts";
import { purgeExpiredData } from "../../../src/persistence/privacy/purgeExpiredData.ts";
import { createTestService } from "../../conversation/support/createTestService.ts";
import { openTestDatabase, testDbKind } from "../../support/testDatabase.ts";
import { FAMILY_REQUEST_TO_REVIEW, talk } from "../conversation/support/talk.ts";

let db: Database;
let drop: () => Promise<void>;
let service: ConversationService;

beforeAll(async () => {
  ({ db, drop } = await openTestDatabase());
  service = await createTestService(db);
});
afterAll(async () => {
  await service.stop();
  await drop();
});

async function say(externalKey: string, text: string): Promise<StoredMessage[]> {
  return (await service.receive({ channel: "web", externalKey, inbound: { kind: "text", text } })).replies;
}

async function vote(externalKey: string, messageId: string, value: "up" | "down") {
  return service.receive({
    channel: "web",
    externalKey,
    inbound: { kind: "feedback", messageId, vote: value },
  });
}

function conversationOf(externalKey: string) {
  return db.prisma.conversation.findFirstOrThrow({ where: { externalKey } });
}

async function rateableAnswer(externalKey: string): Promise<StoredMessage> {
  await service.receive({ channel: "web", externalKey, inbound: { kind: "start" } });
  const replies = await say(externalKey, "qual è il contributo massimo del bando POR FSE?");
  const answer = replies.find((m) => m.reply?.channelData.feedback);
  if (!answer) throw new Error(`no rateable answer among ${replies.map((m) => m.text).join(" | ")}`);
  return answer;
}

describe(`feedback on answers on ${testDbKind()}`, () => {
  it("marks a factual answer as rateable with the content that produced it", async () => {
    const answer = await rateableAnswer("fb-mark");
    expect(answer.reply?.channelData.feedback?.answerKey).toMatch(/^topic:/);
    expect(answer.reply?.channelData.source).toBeTruthy();
  });

  it("asks what was missing after a not helpful, offers a person, and keeps the words with personal data masked", async () => {
    const answer = await rateableAnswer("fb-down");
    const asked = await vote("fb-down", answer.id, "down");
    expect(asked.replies).toHaveLength(1);
    expect(asked.replies[0]?.text).toContain("Cosa mancava?");
    expect(asked.replies[0]?.reply?.buttons.map((b) => b.label)).toEqual(["Salta", "Parla con una persona"]);
    const thanked = await say(
      "fb-down",
      "mancava il numero di telefono, chiamatemi al 333 1234567 o mario.rossi@example.com",
    );
    expect(thanked[0]?.text).toContain("Grazie");
    expect(thanked[0]?.reply?.buttons.map((b) => b.value)).toEqual(["Parla con una persona"]);
    const rows = await db.prisma.answerFeedback.findMany({ where: { messageId: BigInt(answer.id) } });
    expect(rows).toHaveLength(1);
    expect(rows[0]?.vote).toBe("down");
    expect(rows[0]?.answerKey).toBe(answer.reply?.channelData.feedback?.answerKey);
    expect(rows[0]?.comment).toContain("mancava il numero di telefono");
    expect(rows[0]?.comment).not.toContain("1234567");
    expect(rows[0]?.comment).not.toContain("mario.rossi");
    const history = await service.history(asked.conversationId, undefined, 100);
    expect(history.filter((m) => m.direction === "in").map((m) => m.text)).not.toContain("");
  });

  it("counts a message once: pressing again changes the vote instead of adding one", async () => {
    const answer = await rateableAnswer("fb-once");
    const up = await vote("fb-once", answer.id, "up");
    expect(up.replies).toHaveLength(0);
    await vote("fb-once", answer.id, "up");
    await vote("fb-once", answer.id, "down");
    const rows = await db.prisma.answerFeedback.findMany({ where: { messageId: BigInt(answer.id) } });
    expect(rows.map((r) => r.vote)).toEqual(["down"]);
  });

  it("ignores a vote on another user's answer or on a reply that is not rateable", async () => {
    const answer = await rateableAnswer("fb-owner");
    const opened = await service.receive({
      channel: "web",
      externalKey: "fb-other",
      inbound: { kind: "start" },
    });
    await vote("fb-other", answer.id, "down");
    const greeting = opened.replies[0];
    if (!greeting) throw new Error("no greeting");
    await vote("fb-other", greeting.id, "up");
    const rows = await db.prisma.answerFeedback.findMany({
      where: { messageId: { in: [BigInt(answer.id), BigInt(greeting.id)] } },
    });
    expect(rows).toEqual([]);
  });

  it("after skip the next message is a normal question again", async () => {
    const answer = await rateableAnswer("fb-skip");
    await vote("fb-skip", answer.id, "down");
    const skipped = await say("fb-skip", "salta");
    expect(skipped[0]?.text).toContain("Va bene");
    const again = await say("fb-skip", "qual è il contributo massimo del bando POR FSE?");
    expect(again.some((m) => m.reply?.channelData.feedback)).toBe(true);
    const rows = await db.prisma.answerFeedback.findMany({ where: { messageId: BigInt(answer.id) } });
    expect(rows[0]?.comment).toBeNull();
  });

  it("forgets the user's words when they erase their data, keeping the anonymous vote", async () => {
    const answer = await rateableAnswer("fb-erase");
    await vote("fb-erase", answer.id, "down");
    await say("fb-erase", "non spiegava come fare domanda");
    await say("fb-erase", "cancella i miei dati");
    await say("fb-erase", "sì");
    const rows = await db.prisma.answerFeedback.findMany({ where: { messageId: BigInt(answer.id) } });
    expect(rows.map((r) => ({ vote: r.vote, comment: r.comment }))).toEqual([
      { vote: "down", comment: null },
    ]);
  });
});

describe(`the end-of-conversation rating on ${testDbKind()}`, () => {
  it("asks for a 1–5 rating after a goodbye, stores it once and never asks twice", async () => {
    await service.receive({ channel: "web", externalKey: "rate-bye", inbound: { kind: "start" } });
    const bye = await say("rate-bye", "grazie, arrivederci");
    const prompt = bye.at(-1);
    expect(prompt?.reply?.channelData.rating).toEqual({ trigger: "goodbye" });
    expect(prompt?.reply?.buttons.map((b) => b.value)).toEqual(["1", "2", "3", "4", "5", "Salta"]);
    const thanked = await say("rate-bye", "4");
    expect(thanked.map((m) => m.text)).toEqual(["Grazie per la tua valutazione!"]);
    const again = await say("rate-bye", "arrivederci");
    expect(again.some((m) => m.reply?.channelData.rating)).toBe(false);
    const conversation = await conversationOf("rate-bye");
    const ratings = await db.prisma.conversationRating.findMany({
      where: { conversationId: conversation.id },
    });
    expect(ratings.map((r) => ({ trigger: r.trigger, score: r.score }))).toEqual([
      { trigger: "goodbye", score: 4 },
    ]);
  });

  it("lets the user skip the rating, and a question instead of a score is answered as usual", async () => {
    await service.receive({ channel: "web", externalKey: "rate-skip", inbound: { kind: "start" } });
    await say("rate-skip", "arrivederci");
    const skipped = await say("rate-skip", "salta");
    expect(skipped[0]?.text).toContain("Va bene");
    await service.receive({ channel: "web", externalKey: "rate-on", inbound: { kind: "start" } });
    await say("rate-on", "arrivederci");
    const answered = await say("rate-on", "qual è il contributo massimo del bando POR FSE?");
    expect(answered.some((m) => m.reply?.channelData.feedback)).toBe(true);
    const rows = await db.prisma.conversationRating.findMany({
      where: { conversation: { externalKey: { in: ["rate-skip", "rate-on"] } } },
      include: { conversation: { select: { externalKey: true } } },
    });
    expect(rows.map((r) => [r.conversation.externalKey, r.score])).toEqual([["rate-skip", null]]);
  });
});

describe(`the rating after a sent request on ${testDbKind()}`, () => {
  it("follows the confirmation with the reference, and remembers what ended the conversation", async () => {
    await talk(service, "rate-sent", FAMILY_REQUEST_TO_REVIEW);
    const sent = await talk(service, "rate-sent", ["Invia"]);
    expect(sent.at(-2)?.channelData.reference).toMatch(/^CVL-/);
    expect(sent.at(-1)?.channelData.rating).toEqual({ trigger: "submission" });
    await talk(service, "rate-sent", ["5"]);
    const conversation = await conversationOf("rate-sent");
    const rating = await db.prisma.conversationRating.findUniqueOrThrow({
      where: { conversationId: conversation.id },
    });
    expect({ trigger: rating.trigger, score: rating.score, atsId: rating.atsId }).toEqual({
      trigger: "submission",
      score: 5,
      atsId: "ats_bergamo",
    });
  });
});

describe(`feedback and the retention period on ${testDbKind()}`, () => {
  it("deletes votes and the rating with the conversation when the retention period ends", async () => {
    const answer = await rateableAnswer("fb-purge");
    await vote("fb-purge", answer.id, "up");
    await say("fb-purge", "arrivederci");
    await say("fb-purge", "3");
    const conversation = await conversationOf("fb-purge");
    expect(await db.prisma.answerFeedback.count({ where: { conversationId: conversation.id } })).toBe(1);
    expect(await db.prisma.conversationRating.count({ where: { conversationId: conversation.id } })).toBe(1);
    await db.prisma.conversation.update({
      where: { id: conversation.id },
      data: { lastActivityAt: new Date("2020-01-01T00:00:00Z") },
    });
    await purgeExpiredData(db, new Date("2021-01-01T00:00:00Z"), new Date());
    expect(await db.prisma.answerFeedback.count({ where: { conversationId: conversation.id } })).toBe(0);
    expect(await db.prisma.conversationRating.count({ where: { conversationId: conversation.id } })).toBe(0);
  });
});
