import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { joinActivity, messageActivity } from "../botframework/support/activities.ts";
import { expectReplies } from "../botframework/support/expectReplies.ts";
import type { SentActivity } from "../botframework/support/startFakeConnector.ts";
import { FAMILY_REQUEST_TO_REVIEW } from "../conversation/support/talk.ts";
import { type BotMessage, keysOf } from "../telegram/support/startTelegramEmulator.ts";
import { buttonUpdate } from "../telegram/support/telegramUpdates.ts";
import { useTelegramWebhook } from "../telegram/support/useTelegramWebhook.ts";
import { getActivities, postActivity, startConversation } from "../web/support/directLineHttp.ts";

const TOKEN = "654322:every-channel-test-token";
const SECRET = "s3cret-for-every-channel_0123456789";
const CardActionsSchema = z.object({
  actions: z.array(z.object({ type: z.string(), title: z.string() }).loose()),
});

/**
 * What the conversation core decides is the same on every channel, which only carries values:
 * a button of an old summary card does nothing, a message over 4000 characters gets a polite
 * answer, an address in a reply is a link.
 */
describe(`stale card buttons, too-long messages and links on Telegram, Bot Framework and Direct Line, on ${process.env.TEST_DB}`, () => {
  const telegram = useTelegramWebhook(TOKEN, SECRET, 20_000);

  const submissionsOf = async (channel: "telegram" | "botframework", externalKey: string) => {
    const conversation = await telegram().service.db.prisma.conversation.findUniqueOrThrow({
      where: { channel_externalKey: { channel, externalKey } },
    });
    return telegram().service.db.prisma.submission.count({ where: { conversationId: conversation.id } });
  };

  describe("Telegram", () => {
    const said = (messages: BotMessage[]) => messages.map((m) => m.text).join("\n");
    const say = (chatId: number, text: string) => telegram().say(chatId, text);
    /** Presses a button and waits for a message saying `expected` (a turn may go out as several messages). */
    const press = async (chatId: number, data: string, expected: string) => {
      await telegram().deliver(buttonUpdate(telegram().nextUpdateId(), chatId, data));
      return telegram().emulator.botMessages(chatId, (m) => said(m).includes(expected), {
        timeoutMs: 15_000,
      });
    };
    const hasKey = (messages: BotMessage[], label: string) => keysOf(messages).some((k) => k.text === label);
    const callbackOf = (messages: BotMessage[], label: string) => {
      const key = keysOf(messages).find((k) => k.text === label);
      if (!key) throw new Error(`no «${label}» button in ${JSON.stringify(messages)}`);
      return key.callback_data;
    };

    it("an «Invia» of an old summary sends nothing; the current one sends once, then says it was sent", async () => {
      const chatId = 8101;
      let messages: BotMessage[] = [];
      for (const text of FAMILY_REQUEST_TO_REVIEW) messages.push(...(await say(chatId, text)));
      // A verdict goes out as several messages: wait for the summary itself.
      if (!hasKey(messages, "Invia")) {
        messages = await telegram().emulator.botMessages(chatId, (m) => hasKey(m, "Invia"), {
          timeoutMs: 15_000,
        });
      }
      const oldSubmit = callbackOf(messages, "Invia");
      expect(keysOf(messages).filter((k) => k.text === "Invia")).toHaveLength(1);
      await say(chatId, "modifica email");
      const fresh = await say(chatId, "giulia@example.org");
      const newSubmit = callbackOf(fresh, "Invia");
      expect(newSubmit).not.toBe(oldSubmit);

      const stale = await press(chatId, oldSubmit, "Questa scheda non è più attuale");
      expect(said(stale)).not.toContain("Richiesta inviata!");
      expect(await submissionsOf("telegram", String(chatId))).toBe(0);
      await press(chatId, newSubmit, "Richiesta inviata!");
      const again = await press(chatId, newSubmit, "già stata inviata");
      expect(said(again)).not.toContain("Richiesta inviata!");
      expect(await submissionsOf("telegram", String(chatId))).toBe(1);
    });

    it("answers a message over 4000 characters politely instead of reading it", async () => {
      const chatId = 8102;
      await say(chatId, "ciao");
      // Telegram itself allows 4096 characters: between the two, the bot's own limit answers.
      const answer = await say(chatId, `Vorrei sapere ${"molto ".repeat(670)}`);
      expect(said(answer)).toContain("supera i 4000 caratteri e non l'ho letto");
    });

    it("makes the programme mailbox a link", async () => {
      const chatId = 8103;
      for (const text of ["Famiglia", "Meno di 3 anni", "Sì", "No"]) await say(chatId, text);
      const other = await say(chatId, "Altro");
      expect(other.map((m) => m.parse_mode)).toContain("HTML");
      expect(said(other)).toMatch(/<a href="mailto:[^"]+@[^"]+">/);
    });
  });

  describe("Bot Framework", () => {
    const base = { serviceUrl: "http://127.0.0.1:9/", deliveryMode: "expectReplies" } as const;
    const send = (conversationId: string, options: { text?: string; value?: unknown }) =>
      expectReplies(telegram().service, messageActivity({ ...base, conversationId, ...options }));
    const said = (activities: SentActivity[]) => activities.map((a) => a.text ?? "").join("\n");
    const submitData = (activities: SentActivity[]) => {
      const action = activities
        .flatMap((a) => a.attachments ?? [])
        .flatMap((attachment) => {
          const parsed = CardActionsSchema.safeParse(attachment.content);
          return parsed.success ? parsed.data.actions : [];
        })
        .find((a) => a.type === "Action.Submit" && a.title === "Invia");
      const data = z
        .object({
          msteams: z.object({ type: z.literal("messageBack"), text: z.string(), displayText: z.string() }),
        })
        .loose()
        .parse(action?.data);
      return data;
    };

    it("an old card's Action.Submit does nothing, from Teams (messageBack text) or Web Chat (value)", async () => {
      const conversationId = `bf-${randomUUID()}`;
      await expectReplies(telegram().service, joinActivity({ ...base, conversationId }));
      let replies: SentActivity[] = [];
      for (const text of FAMILY_REQUEST_TO_REVIEW) replies = await send(conversationId, { text });
      const old = submitData(replies);
      expect(old.msteams.displayText).toBe("Invia");
      // The card's buttons are not repeated as suggested actions.
      const suggestedTitles = replies.flatMap((a) => a.suggestedActions?.actions.map((b) => b.title) ?? []);
      expect(suggestedTitles).not.toContain("Invia");
      await send(conversationId, { text: "modifica email" });
      const current = submitData(await send(conversationId, { text: "giulia@example.org" }));
      expect(current.msteams.text).not.toBe(old.msteams.text);

      expect(said(await send(conversationId, { text: old.msteams.text }))).toContain(
        "Questa scheda non è più attuale",
      );
      expect(said(await send(conversationId, { value: old }))).toContain("Questa scheda non è più attuale");
      expect(await submissionsOf("botframework", conversationId)).toBe(0);
      expect(said(await send(conversationId, { value: current }))).toContain("Richiesta inviata!");
      expect(said(await send(conversationId, { text: current.msteams.text }))).toContain("già stata inviata");
      expect(await submissionsOf("botframework", conversationId)).toBe(1);
      // The transcript staff read keeps what the user saw: the label, not the card's id.
      const conversation = await telegram().service.db.prisma.conversation.findUniqueOrThrow({
        where: { channel_externalKey: { channel: "botframework", externalKey: conversationId } },
      });
      const pressed = await telegram().service.db.prisma.message.findMany({
        where: { conversationId: conversation.id, text: { startsWith: "Invia" } },
        select: { text: true },
      });
      expect(pressed.map((m) => m.text)).toEqual(["Invia", "Invia", "Invia", "Invia"]);
    });

    it("answers a message over 4000 characters politely, and gives the mailbox as an Action.OpenUrl", async () => {
      const conversationId = `bf-${randomUUID()}`;
      const long = await send(conversationId, { text: `Vorrei sapere ${"molto ".repeat(700)}` });
      expect(said(long)).toContain("supera i 4000 caratteri e non l'ho letto");
      for (const text of ["Famiglia", "Meno di 3 anni", "Sì", "No"]) await send(conversationId, { text });
      const other = await send(conversationId, { text: "Altro" });
      const openUrls = other
        .flatMap((a) => a.attachments ?? [])
        .flatMap((attachment) => {
          const parsed = CardActionsSchema.safeParse(attachment.content);
          return parsed.success ? parsed.data.actions : [];
        })
        .filter((a) => a.type === "Action.OpenUrl");
      expect(openUrls.map((a) => a.url)).toContainEqual(expect.stringMatching(/^mailto:.+@.+/));
    });
  });

  describe("Direct Line (Web Chat), read by polling rather than on the stream", () => {
    it("answers a message over 4000 characters politely, and the answer is in the conversation's activities", async () => {
      const conversation = await startConversation(telegram().service.url);
      const posted = await postActivity(telegram().service.url, conversation, {
        type: "message",
        text: "a".repeat(4500),
        channelData: { clientActivityID: "long-1" },
      });
      expect(posted.status).toBe(200);
      await expect
        .poll(async () =>
          (await getActivities(telegram().service.url, conversation)).activities
            .map((a) => a.text ?? "")
            .join("\n"),
        )
        .toContain("supera i 4000 caratteri");
    });
  });
});
