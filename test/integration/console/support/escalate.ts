import type { AtsId, Channel, ProvinceCode } from "../../../../src/content/ids.ts";
import type { ConsoleHarness } from "./consoleHarness.ts";

/**
 * A user who opens the chat, is known to live in a territory, and asks for a person: the way a
 * conversation reaches the staff queue. Returns the conversation id and the bot's replies.
 */
export async function escalate(
  h: ConsoleHarness,
  externalKey: string,
  territory?: { atsId: AtsId; province: ProvinceCode },
  channel: Channel = "web",
  text = "Parlare con una persona",
) {
  const start = await h.gateway.receive({ channel, externalKey, inbound: { kind: "start" } });
  if (territory) {
    await h.db.prisma.conversation.update({ where: { id: start.conversationId }, data: territory });
  }
  const asked = await h.gateway.receive({ channel, externalKey, inbound: { kind: "text", text } });
  return { conversationId: start.conversationId, replies: asked.replies };
}

/** The user writes one more message; returns the bot's replies (none while a person handles it). */
export async function say(h: ConsoleHarness, externalKey: string, text: string, channel: Channel = "web") {
  return (await h.gateway.receive({ channel, externalKey, inbound: { kind: "text", text } })).replies;
}
