import type { Reply } from "../../conversation/turn.ts";

/**
 * A reply as terminal text: the message, a card as an indented block, buttons as numbered options
 * (typing the number presses the button).
 */
export function renderReply(reply: Reply, speaker = "Conciliabot"): string {
  const lines = [`${speaker}: ${reply.text}`];
  if (reply.card) {
    lines.push(`  ┌ ${reply.card.title}`);
    for (const fact of reply.card.facts) lines.push(`  │ ${fact.label}: ${fact.value}`);
    lines.push("  └");
  }
  reply.buttons.forEach((button, index) => {
    lines.push(`  ${index + 1}) ${button.label}`);
  });
  return lines.join("\n");
}
