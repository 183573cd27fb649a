import { describe, expect, it } from "vitest";
import { buttonUpdate, textUpdate } from "../telegram/support/telegramUpdates.ts";
import { useTelegramWebhook } from "../telegram/support/useTelegramWebhook.ts";
import { expectingReplies, joinActivity, messageActivity } from "./support/activities.ts";
import { expectReplies } from "./support/expectReplies.ts";

const TOKEN = "777777:resume-test-token";
const SECRET = "resume-test-secret-0123456789";

describe(`a conversation moved between Telegram and Bot Framework with a resume code, on ${process.env.TEST_DB}`, () => {
  const run = useTelegramWebhook(TOKEN, SECRET);
  let updateId = 90_000;

  const telegram = async (chatId: number, update: unknown) => {
    await run().deliver(update);
    return run().emulator.botMessages(chatId, (m) => m.length > 0, { quietMs: 400 });
  };
  const botFramework = (activity: unknown) => expectReplies(run().service, activity);
  const codeIn = (texts: string[]) =>
    /(?:riprendi|resume) ([A-Z2-9]{5}-[A-Z2-9]{5})/.exec(texts.join("\n"))?.[1];

  it("continues on Teams/Direct Line at the question where the user left Telegram, without any account", async () => {
    await telegram(401, textUpdate(updateId++, 401, "/start"));
    const question = await telegram(401, buttonUpdate(updateId++, 401, "Famiglia"));
    const labels = question.flatMap((m) => m.reply_markup?.inline_keyboard.flat().map((k) => k.text) ?? []);
    expect(labels.length).toBeGreaterThan(1);
    const issued = await telegram(401, textUpdate(updateId++, 401, "/riprendi"));
    const code = codeIn(issued.map((m) => m.text));
    expect(code, JSON.stringify(issued)).toBeDefined();

    const base = expectingReplies("http://127.0.0.1:9/");
    const resumed = await botFramework(messageActivity({ ...base, text: `riprendi ${code}` }));
    expect(resumed[0]?.text).toMatch(/Ho ripreso la conversazione/);
    expect(resumed.flatMap((a) => a.suggestedActions?.actions.map((action) => action.title) ?? [])).toEqual(
      labels,
    );
  });

  it("goes back from Bot Framework to Telegram the same way", async () => {
    const base = expectingReplies("http://127.0.0.1:9/");
    await botFramework(joinActivity(base));
    const question = await botFramework(messageActivity({ ...base, text: "Impresa" }));
    const labels = question.flatMap((a) => a.suggestedActions?.actions.map((action) => action.title) ?? []);
    const issued = await botFramework(messageActivity({ ...base, text: "codice per riprendere" }));
    const code = codeIn(issued.map((a) => a.text ?? ""));
    expect(code, JSON.stringify(issued)).toBeDefined();

    const resumed = await telegram(402, textUpdate(updateId++, 402, `riprendi ${code}`));
    expect(resumed.map((m) => m.text).join("\n")).toMatch(/Ho ripreso la conversazione/);
    expect(resumed.flatMap((m) => m.reply_markup?.inline_keyboard.flat().map((k) => k.text) ?? [])).toEqual(
      labels,
    );
  });
});
