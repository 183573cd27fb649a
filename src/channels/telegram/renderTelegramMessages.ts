import type { ChannelWords } from "../../content/ResponsesSchema.ts";
import type { Button, Card, Reply } from "../../conversation/turn.ts";
import { findLinks } from "../shared/findLinks.ts";
import { staffLabel } from "../shared/staffLabel.ts";
import { suggestedButtons } from "../shared/suggestedButtons.ts";
import { encodeCallbackData } from "./encodeCallbackData.ts";
import { encodeFeedbackData } from "./encodeFeedbackData.ts";
import { escapeHtml } from "./escapeHtml.ts";
import { splitText } from "./splitText.ts";

export interface InlineKeyboard {
  inline_keyboard: Array<Array<{ text: string; callback_data: string }>>;
}

export interface TelegramOutgoing {
  /** HTML parse mode: every piece of text inside is escaped. */
  html: string;
  keyboard?: InlineKeyboard;
  /** The stored messages this Telegram message carries (all or part of). */
  messageIds: string[];
}

export interface OutgoingItem {
  /** The stored message's id; absent for notices that are not stored. */
  id?: string;
  direction?: "in" | "bot" | "staff" | "system";
  reply: Reply;
}

/** Telegram's limit is 4096 characters after parsing; keep a margin for markup and prefixes. */
const MAX_CHARS = 3800;

/** Escaped text with its web and email addresses as links (Telegram's HTML parse mode). */
function withLinks(text: string): string {
  return findLinks(text)
    .map((piece) =>
      piece.kind === "link"
        ? `<a href="${escapeHtml(piece.href)}">${escapeHtml(piece.text)}</a>`
        : escapeHtml(piece.text),
    )
    .join("");
}

function renderCard(card: Card): string {
  const lines = [`<b>${escapeHtml(card.title)}</b>`];
  if (card.subtitle) lines.push(`<i>${escapeHtml(card.subtitle)}</i>`);
  if (card.facts.length > 0) {
    lines.push(
      "",
      ...card.facts.map((fact) => `• <b>${escapeHtml(fact.label)}</b>: ${escapeHtml(fact.value)}`),
    );
  }
  if (card.text) lines.push("", escapeHtml(card.text));
  return lines.join("\n");
}

function keyboardOf(buttons: Button[], messageId: string | undefined): InlineKeyboard | undefined {
  const keys = buttons.flatMap((button, index) => {
    const data = encodeCallbackData(button.value, messageId, index);
    return data ? [{ text: button.label, callback_data: data }] : [];
  });
  if (keys.length === 0) return undefined;
  const perRow = keys.every((key) => key.text.length <= 18) ? 2 : 1;
  const rows: InlineKeyboard["inline_keyboard"] = [];
  for (let i = 0; i < keys.length; i += perRow) rows.push(keys.slice(i, i + perRow));
  return { inline_keyboard: rows };
}

/** A rateable answer of the bot gets a last row 👍 / 👎 whose presses come back as votes. */
function withFeedbackRow(
  keyboard: InlineKeyboard | undefined,
  item: OutgoingItem,
): InlineKeyboard | undefined {
  if (!item.id || item.direction !== "bot" || !item.reply.channelData.feedback) return keyboard;
  const row = [
    { text: "👍", callback_data: encodeFeedbackData(item.id, "up") },
    { text: "👎", callback_data: encodeFeedbackData(item.id, "down") },
  ];
  return { inline_keyboard: [...(keyboard?.inline_keyboard ?? []), row] };
}

/**
 * Channel-neutral replies as Telegram messages: text escaped for HTML parse mode, cards as bold
 * titles and bullet facts, buttons (of the reply, then of its card) as an inline keyboard on the
 * message that carries them. Consecutive replies without buttons are joined into one message,
 * which keeps a turn within Telegram's one-message-per-second pace; very long texts are split.
 */
export function renderTelegramMessages(items: OutgoingItem[], staff: ChannelWords): TelegramOutgoing[] {
  const out: TelegramOutgoing[] = [];
  let pending: string[] = [];
  let pendingIds = new Set<string>();
  let pendingLength = 0;
  const flush = (keyboard?: InlineKeyboard) => {
    if (pending.length === 0) return;
    out.push({ html: pending.join("\n\n"), ...(keyboard ? { keyboard } : {}), messageIds: [...pendingIds] });
    pending = [];
    pendingIds = new Set();
    pendingLength = 0;
  };
  const add = (html: string, rawLength: number, id: string | undefined) => {
    if (pendingLength > 0 && pendingLength + rawLength > MAX_CHARS) flush();
    pending.push(html);
    if (id) pendingIds.add(id);
    pendingLength += rawLength + 2;
  };

  for (const item of items) {
    const { reply } = item;
    const prefix = item.direction === "staff" ? `<b>${escapeHtml(staffLabel(reply, staff))}</b>\n` : "";
    const pieces = reply.text.trim() ? splitText(reply.text.trim(), MAX_CHARS) : [];
    pieces.forEach((piece, index) => {
      add(`${index === 0 ? prefix : ""}${withLinks(piece)}`, piece.length, item.id);
    });
    if (reply.card) {
      const cardHtml = renderCard(reply.card);
      add(pieces.length === 0 ? `${prefix}${cardHtml}` : cardHtml, cardHtml.length, item.id);
    }
    const keyboard = withFeedbackRow(
      keyboardOf([...suggestedButtons(reply), ...(reply.card?.buttons ?? [])], item.id),
      item,
    );
    if (keyboard) {
      if (pending.length === 0) add(escapeHtml("…"), 1, item.id);
      flush(keyboard);
    }
  }
  flush();
  return out;
}
