import type { Reply } from "../../../src/conversation/turn.ts";

/** The last reply of a turn: the one carrying the question the bot is waiting on. */
export function last(replies: readonly Reply[]): Reply {
  const reply = replies.at(-1);
  if (!reply) throw new Error("the bot said nothing");
  return reply;
}

/** Everything the bot said in a turn, as one text. */
export function said(replies: readonly Reply[]): string {
  return replies.map((r) => r.text).join("\n");
}

export function labels(reply: Reply): string[] {
  return reply.buttons.map((b) => b.label);
}
