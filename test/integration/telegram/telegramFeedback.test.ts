import { describe, expect, it } from "vitest";
import { type BotMessage, keysOf } from "./support/startTelegramEmulator.ts";
import { buttonUpdate } from "./support/telegramUpdates.ts";
import { useTelegramWebhook } from "./support/useTelegramWebhook.ts";

const TOKEN = "654321:feedback-test-token";
const SECRET = "s3cret-for-the-feedback_0123456789";

/** The 👍 / 👎 under an answer on Telegram: inline buttons whose presses come back as callbacks. */
describe(`feedback on answers on Telegram, on ${process.env.TEST_DB}`, () => {
  const telegram = useTelegramWebhook(TOKEN, SECRET, 9_000);
  const say = (chatId: number, text: string) => telegram().say(chatId, text, 400);
  const labels = (messages: BotMessage[]) => keysOf(messages).map((k) => k.text);

  it("puts 👍 / 👎 under a factual answer only, and a 👎 asks what was missing", async () => {
    const chatId = 7001;
    const greeting = await say(chatId, "ciao");
    expect(labels(greeting)).not.toContain("👍");
    const answer = await say(chatId, "qual è il contributo massimo del bando POR FSE?");
    expect(labels(answer)).toEqual(expect.arrayContaining(["👍", "👎"]));
    await telegram().press(chatId, answer, "👎");
    const asked = await telegram().emulator.botMessages(chatId, (m) => m.length > 0, { quietMs: 400 });
    expect(asked.map((m) => m.text).join("\n")).toContain("Cosa mancava?");
    expect(labels(asked)).toEqual(["Salta", "Parla con una persona"]);
    await say(chatId, "le date di apertura del bando");

    const rows = await telegram().service.db.prisma.answerFeedback.findMany({
      where: { channel: "telegram" },
    });
    expect(rows.map((r) => ({ vote: r.vote, comment: r.comment }))).toEqual([
      { vote: "down", comment: "le date di apertura del bando" },
    ]);
  });

  it("sends no message after a 👍 and counts a repeated press once", async () => {
    const chatId = 7002;
    await say(chatId, "ciao");
    const answer = await say(chatId, "qual è il contributo massimo del bando POR FSE?");
    await telegram().press(chatId, answer, "👍");
    await telegram().press(chatId, answer, "👍");
    const after = await telegram().emulator.botMessages(chatId, () => true, {
      quietMs: 600,
      timeoutMs: 1_500,
    });
    expect(after).toEqual([]);
    const conversation = await telegram().conversationOf(chatId);
    const rows = await telegram().service.db.prisma.answerFeedback.findMany({
      where: { conversationId: conversation.id },
    });
    expect(rows.map((r) => r.vote)).toEqual(["up"]);
  });

  it("ignores a forged vote on a message of another chat", async () => {
    const owner = 7003;
    const other = 7004;
    await say(owner, "ciao");
    const answer = await say(owner, "qual è il contributo massimo del bando POR FSE?");
    const key = keysOf(answer).find((k) => k.text === "👎");
    await say(other, "ciao");
    await telegram().deliver(buttonUpdate(telegram().nextUpdateId(), other, key?.callback_data ?? ""));
    const conversation = await telegram().conversationOf(owner);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(
      await telegram().service.db.prisma.answerFeedback.count({ where: { conversationId: conversation.id } }),
    ).toBe(0);
  });
});
