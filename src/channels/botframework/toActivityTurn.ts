import type { Lang } from "../../content/ids.ts";
import type { ChannelInbound } from "../../conversation/feedback/ChannelInboundSchema.ts";
import type { InboundActivity } from "./ActivitySchema.ts";
import { readFeedbackValue } from "./readFeedbackValue.ts";

/** What one Activity asks of the bot. */
export type ActivityTurn =
  | { kind: "turn"; inbound: ChannelInbound; langHint?: Lang }
  | { kind: "not_text"; langHint?: Lang }
  | { kind: "ignored" };

function langOf(locale: string | undefined): Lang | undefined {
  const code = locale?.toLowerCase();
  if (code?.startsWith("en")) return "en";
  if (code?.startsWith("it")) return "it";
  return undefined;
}

/** The text an Adaptive Card's Action.Submit sends back in `value` (Web Chat) instead of `text`. */
function submittedText(value: unknown): string | undefined {
  if (typeof value === "string") return value;
  if (typeof value === "object" && value !== null) {
    if ("value" in value && typeof value.value === "string") return value.value;
    if ("text" in value && typeof value.text === "string") return value.text;
  }
  return undefined;
}

/**
 * Maps an Activity to a turn: a message (typed, an imBack from a suggested action, or a card's
 * submit) becomes text; a conversationUpdate that adds someone other than the bot opens the
 * conversation; everything else (typing, reactions, invokes, events) is acknowledged and ignored.
 */
export function toActivityTurn(activity: InboundActivity): ActivityTurn {
  const lang = langOf(activity.locale);
  const hint = lang ? { langHint: lang } : {};
  if (activity.type === "conversationUpdate") {
    const someoneJoined = activity.membersAdded?.some((member) => member.id !== activity.recipient.id);
    return someoneJoined
      ? { kind: "turn", inbound: lang ? { kind: "start", lang } : { kind: "start" }, ...hint }
      : { kind: "ignored" };
  }
  if (activity.type !== "message") return { kind: "ignored" };
  // Teams prefixes messages in group chats with an <at>mention</at> of the bot.
  const typed = activity.text?.replace(/<at>[^<]*<\/at>/g, "").trim();
  const feedback = typed ? undefined : readFeedbackValue(activity.value);
  if (feedback) return { kind: "turn", inbound: feedback, ...hint };
  const text = typed || submittedText(activity.value)?.trim();
  if (!text) return { kind: "not_text", ...hint };
  return { kind: "turn", inbound: { kind: "text", text, ...(lang ? { lang } : {}) }, ...hint };
}
