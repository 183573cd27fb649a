import { describe, expect, it } from "vitest";
import { TelegramUpdateSchema } from "../../../src/channels/telegram/TelegramUpdateSchema.ts";
import { toTelegramEvent } from "../../../src/channels/telegram/toTelegramEvent.ts";

const message = (text: string | undefined, extra: Record<string, unknown> = {}) =>
  TelegramUpdateSchema.parse({
    update_id: 1,
    message: {
      message_id: 1,
      chat: { id: 42, type: "private" },
      from: { id: 42, is_bot: false, language_code: "it" },
      ...(text === undefined ? {} : { text }),
      ...(text?.startsWith("/")
        ? { entities: [{ type: "bot_command", offset: 0, length: text.split(" ")[0]?.length ?? 0 }] }
        : {}),
      ...extra,
    },
  });

describe("Telegram updates as turns", () => {
  it("opens the conversation on /start, with the user's language", () => {
    expect(toTelegramEvent(message("/start"))).toEqual({
      kind: "turn",
      chatId: 42,
      inbound: { kind: "start", lang: "it" },
      langHint: "it",
    });
  });

  it("maps the commands to the words the conversation understands", () => {
    const textOf = (text: string) => {
      const event = toTelegramEvent(message(text));
      return event.kind === "turn" && event.inbound.kind === "text" ? event.inbound.text : undefined;
    };
    expect(textOf("/aiuto")).toBe("aiuto");
    expect(textOf("/operatore")).toBe("parlare con una persona");
    expect(textOf("/privacy")).toBe("privacy");
    expect(textOf("/annulla")).toBe("annulla");
    expect(textOf("/aiuto@ConciliaBot")).toBe("aiuto");
    expect(textOf("/riprendi")).toBe("/riprendi");
    expect(textOf("/riprendi abcde-fgh23")).toBe("riprendi abcde-fgh23");
    expect(textOf("/start ABCDE-FGH23")).toBe("riprendi ABCDE-FGH23");
    expect(textOf("/start abcdefgh23")).toBe("riprendi ABCDEFGH23");
    // A six-character argument is not a code any more: the chat simply starts.
    expect(textOf("/start ABC234")).toBeUndefined();
  });

  it("keeps a button's callback data for decoding, and ignores presses outside private chats", () => {
    const press = (type: string) =>
      toTelegramEvent(
        TelegramUpdateSchema.parse({
          update_id: 2,
          callback_query: {
            id: "q1",
            from: { id: 42 },
            message: { message_id: 5, chat: { id: 42, type } },
            data: "Impresa",
          },
        }),
      );
    expect(press("private")).toEqual({ kind: "button", chatId: 42, data: "Impresa", callbackQueryId: "q1" });
    expect(press("group")).toEqual({ kind: "ignored" });
  });

  it("tells a photo or a sticker apart from text, and ignores group chats and other bots", () => {
    expect(toTelegramEvent(message(undefined, { photo: [] }))).toMatchObject({
      kind: "not_text",
      chatId: 42,
    });
    expect(toTelegramEvent(message("ciao", { chat: { id: -100, type: "supergroup" } }))).toEqual({
      kind: "ignored",
    });
    expect(toTelegramEvent(message("ciao", { from: { id: 7, is_bot: true } }))).toEqual({ kind: "ignored" });
    expect(toTelegramEvent(TelegramUpdateSchema.parse({ update_id: 3, edited_message: {} }))).toEqual({
      kind: "ignored",
    });
  });
});
