import type { Lang } from "../../content/ids.ts";
import type { Inbound } from "../../conversation/turn.ts";
import type { TelegramUpdate } from "./TelegramUpdateSchema.ts";

/** What one update asks of the bot, before anything is looked up. */
export type TelegramEvent =
  | { kind: "turn"; chatId: number; inbound: Inbound; langHint?: Lang }
  | { kind: "button"; chatId: number; data: string; callbackQueryId: string; langHint?: Lang }
  | { kind: "not_text"; chatId: number; langHint?: Lang }
  | { kind: "ignored" };

/**
 * Commands map to the words the core already understands, so /aiuto and "aiuto" are one thing
 * and the menu in BotFather only adds shortcuts.
 */
const COMMAND_TEXTS: Record<string, string> = {
  aiuto: "aiuto",
  help: "aiuto",
  operatore: "parlare con una persona",
  persona: "parlare con una persona",
  privacy: "privacy",
  annulla: "annulla",
  cancel: "annulla",
  menu: "menu",
};

const COMMAND = /^\/([a-z_]{1,32})(?:@\w+)?(?:\s+([\s\S]*))?$/i;
const DEEP_LINK_CODE = /^(?:riprendi[_-]?)?([a-z0-9]{5}-?[a-z0-9]{5})$/i;

function langOf(code: string | undefined): Lang | undefined {
  if (!code) return undefined;
  if (code.toLowerCase().startsWith("en")) return "en";
  if (code.toLowerCase().startsWith("it")) return "it";
  return undefined;
}

function commandInbound(name: string, argument: string, lang: Lang | undefined): Inbound {
  if (name === "start") {
    // t.me/<bot>?start=ABCDE-FGH23 opens the chat and resumes a conversation in one tap.
    const code = DEEP_LINK_CODE.exec(argument)?.[1];
    if (code) return { kind: "text", text: `riprendi ${code.toUpperCase()}` };
    return lang ? { kind: "start", lang } : { kind: "start" };
  }
  if (name === "riprendi" || name === "resume") {
    return { kind: "text", text: argument ? `riprendi ${argument}` : "/riprendi" };
  }
  return { kind: "text", text: COMMAND_TEXTS[name] ?? (argument ? `${name} ${argument}` : name) };
}

/**
 * Maps a parsed update to a turn: text messages and commands become `Inbound`, button presses
 * keep their callback data for decoding, anything else in a private chat gets a polite "text
 * only". Groups and channels are ignored: the bot serves one person per chat.
 */
export function toTelegramEvent(update: TelegramUpdate): TelegramEvent {
  const query = update.callback_query;
  if (query) {
    const chat = query.message?.chat;
    if (chat?.type !== "private" || !query.data) return { kind: "ignored" };
    const langHint = langOf(query.from.language_code);
    return {
      kind: "button",
      chatId: chat.id,
      data: query.data,
      callbackQueryId: query.id,
      ...(langHint ? { langHint } : {}),
    };
  }
  const message = update.message;
  if (message?.chat.type !== "private" || message.from?.is_bot) return { kind: "ignored" };
  const langHint = langOf(message.from?.language_code);
  const hint = langHint ? { langHint } : {};
  const text = message.text?.trim();
  if (!text) return { kind: "not_text", chatId: message.chat.id, ...hint };
  const isCommand = message.entities?.some((entity) => entity.type === "bot_command" && entity.offset === 0);
  const command = isCommand || text.startsWith("/") ? COMMAND.exec(text) : null;
  if (command?.[1]) {
    const inbound = commandInbound(command[1].toLowerCase(), (command[2] ?? "").trim(), langHint);
    return { kind: "turn", chatId: message.chat.id, inbound, ...hint };
  }
  return {
    kind: "turn",
    chatId: message.chat.id,
    inbound: { kind: "text", text },
    ...hint,
  };
}
