import { describe, expect, it } from "vitest";
import { z } from "zod";
import { TELEGRAM_WEBHOOK_PATH } from "../../../src/channels/telegram/telegramModule.ts";
import { partitaIvaCheckDigit } from "../../../src/conversation/nlu/entities/isValidPartitaIva.ts";
import { OUTBOUND_CHANNEL } from "../../../src/persistence/createOutboundBus.ts";
import { type BotMessage, keysOf } from "./support/startTelegramEmulator.ts";
import { buttonUpdate, textUpdate } from "./support/telegramUpdates.ts";
import { useTelegramWebhook } from "./support/useTelegramWebhook.ts";

const TOKEN = "654321:webhook-test-token";
const SECRET = "s3cret-for-the-webhook_0123456789";
const StepSchema = z.object({ step: z.object({ kind: z.string(), field: z.string().optional() }) });

describe(`Telegram in webhook mode, on ${process.env.TEST_DB}`, () => {
  const telegram = useTelegramWebhook(TOKEN, SECRET, 5_000);
  const post = (update: unknown, secret?: string | null) => telegram().post(update, secret);
  const say = (chatId: number, text: string) => telegram().say(chatId, text);
  const press = async (chatId: number, messages: BotMessage[], label: string) => {
    await telegram().press(chatId, messages, label);
    // A verdict comes as several short messages: wait for quiet.
    return telegram().emulator.botMessages(chatId, (m) => m.length > 0, { quietMs: 300 });
  };
  const conversationOf = (chatId: number) => telegram().conversationOf(chatId);
  const nextUpdateId = () => telegram().nextUpdateId();

  it("registers its webhook with Telegram at start, with the secret token", async () => {
    const WebhooksSchema = z.record(
      z.string(),
      z.object({ url: z.string(), secret_token: z.string().optional() }),
    );
    let webhooks = WebhooksSchema.parse(Reflect.get(telegram().emulator.server, "webhooks"));
    for (let i = 0; i < 100 && !webhooks[TOKEN]; i++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      webhooks = WebhooksSchema.parse(Reflect.get(telegram().emulator.server, "webhooks"));
    }
    expect(webhooks[TOKEN]).toEqual(
      expect.objectContaining({
        url: "https://conciliabot.example.org/telegram/webhook",
        secret_token: SECRET,
      }),
    );
  });

  it("refuses updates without the secret token or with a wrong one, and handles none of them", async () => {
    for (const secret of [null, "", "s3cret-for-the-webhook_0123456788", `${SECRET}x`]) {
      const res = await post(textUpdate(nextUpdateId(), 301, "ciao"), secret);
      expect(res.status, `secret ${JSON.stringify(secret)}`).toBe(401);
      expect(await res.json()).toMatchObject({ error: "unauthorized" });
    }
    expect(
      await telegram().service.db.prisma.conversation.count({
        where: { channel: "telegram", externalKey: "301" },
      }),
    ).toBe(0);
  });

  it("answers a malformed update with 400 and says what is wrong", async () => {
    const res = await post({ message: { text: "senza update_id" } });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({
      error: "bad_request",
      message: expect.stringMatching(/update_id/),
    });
    const notJson = await fetch(`${telegram().service.url}${TELEGRAM_WEBHOOK_PATH}`, {
      method: "POST",
      headers: { "content-type": "application/json", "X-Telegram-Bot-Api-Secret-Token": SECRET },
      body: "{not json",
    });
    expect(notJson.status).toBe(400);
  });

  it("processes an update that Telegram delivers again only once, also when the copies arrive together", async () => {
    const start = textUpdate(nextUpdateId(), 302, "/start");
    expect((await post(start)).status).toBe(200);
    expect((await post(start)).status).toBe(200);
    const greeting = await telegram().emulator.botMessages(302, (m) => m.length > 0, { quietMs: 600 });
    expect(greeting).toHaveLength(1);

    const help = textUpdate(nextUpdateId(), 302, "aiuto");
    const answers = await Promise.all([post(help), post(help), post(help)]);
    expect(answers.map((res) => res.status)).toEqual([200, 200, 200]);
    const helpReplies = await telegram().emulator.botMessages(302, (m) => m.length > 0, { quietMs: 600 });
    expect(helpReplies).toHaveLength(1);
    const conversation = await conversationOf(302);
    expect(
      await telegram().service.db.prisma.message.count({
        where: { conversationId: conversation.id, externalId: String(help.update_id) },
      }),
    ).toBe(1);
  });

  it("resolves a button stored as a reference to its message (values beyond 64 bytes) after a restart or on another instance", async () => {
    const chatId = 305;
    await say(chatId, "/start");
    const conversation = await conversationOf(chatId);
    const menu = await telegram().service.db.prisma.message.findFirstOrThrow({
      where: { conversationId: conversation.id, direction: "bot" },
      orderBy: { id: "desc" },
    });
    const res = await post(buttonUpdate(nextUpdateId(), chatId, `#b:${menu.id}:1`));
    expect(res.status).toBe(200);
    const replies = await telegram().emulator.botMessages(chatId, (m) => m.length > 0, { quietMs: 400 });
    expect(replies.map((m) => m.text).join("\n")).toMatch(/famiglia/i);

    const stale = await post(buttonUpdate(nextUpdateId(), chatId, "#b:999999999:0"));
    expect(stale.status).toBe(200);
    expect(await telegram().emulator.botMessages(chatId, () => true, { quietMs: 400 })).toEqual([]);
  });

  it("escapes what the user wrote when the bot shows it back, through a whole request form", async () => {
    const chatId = 303;
    const first10 = "0123456789";
    const partitaIva = `${first10}${partitaIvaCheckDigit(first10)}`;
    const answers: Record<string, string> = {
      company_name: `<b>Rossi & Figli</b> <script>alert("x")</script>`,
      vat_number: partitaIva,
      province: "Bergamo",
      comune: "Bergamo",
      employees: "12",
      contact_name: "Maria <i>Rossi</i>",
      email: "maria.rossi@example.org",
      phone: "salta",
      notes: "salta",
    };
    let messages = await say(chatId, "/start");
    messages = await press(chatId, messages, "Impresa");
    messages = await press(chatId, messages, "Da 10 a 49");
    messages = await say(chatId, "Bergamo");
    messages = await press(chatId, messages, "Lascia una richiesta");
    for (let step = 0; step < 20; step++) {
      const state = StepSchema.parse((await conversationOf(chatId)).state);
      if (state.step.kind === "form_review") break;
      if (state.step.kind === "form_consent") {
        messages = await press(chatId, messages, "Acconsento");
        continue;
      }
      const field = state.step.field ?? "";
      const answer = answers[field];
      const keys = keysOf(messages);
      if (answer === undefined && keys[0]) messages = await press(chatId, messages, keys[0].text);
      else messages = await say(chatId, answer ?? "salta");
    }
    const review = messages.map((m) => m.text).join("\n");
    expect(review).toContain(
      "&lt;b&gt;Rossi &amp; Figli&lt;/b&gt; &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;",
    );
    expect(review).toContain("Maria &lt;i&gt;Rossi&lt;/i&gt;");
    expect(review).not.toMatch(/<script|<i>Rossi|<b>Rossi/);
    for (const message of messages) expect(message.parse_mode).toBe("HTML");
  });

  it("delivers a staff reply written elsewhere exactly once, escaped, even when it is announced twice", async () => {
    const chatId = 304;
    await say(chatId, "/start");
    const conversation = await conversationOf(chatId);
    const staff = await telegram().service.db.prisma.message.create({
      data: {
        conversationId: conversation.id,
        direction: "staff",
        text: "Buongiorno, <b>sono Anna</b> & vi aiuto io",
      },
    });
    const notice = JSON.stringify({
      conversationId: conversation.id,
      channel: "telegram",
      externalKey: String(chatId),
      messageId: String(staff.id),
      origin: "staff-console-test",
    });
    await telegram().service.db.notify(OUTBOUND_CHANNEL, notice);
    await telegram().service.db.notify(OUTBOUND_CHANNEL, notice);
    const delivered = await telegram().emulator.botMessages(chatId, (m) => m.length > 0, { quietMs: 300 });
    expect(delivered).toHaveLength(1);
    expect(delivered[0]?.text).toContain("Buongiorno, &lt;b&gt;sono Anna&lt;/b&gt; &amp; vi aiuto io");
    expect(delivered[0]?.text).toMatch(/Operatore del programma/);
    const row = await telegram().service.db.prisma.message.findUniqueOrThrow({ where: { id: staff.id } });
    expect(row.deliveredAt).not.toBeNull();
  });
});
