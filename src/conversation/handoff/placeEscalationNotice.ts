import type { Reply } from "../turn.ts";

/**
 * Puts the handoff notice among the turn's replies. Channels such as Web Chat show buttons only
 * for the last message, so a notice without buttons goes before the first reply that has some
 * (the menu keeps its buttons), and a notice with buttons (the mailbox offer) goes last.
 */
export function placeEscalationNotice(replies: Reply[], notice: Reply[]): Reply[] {
  if (notice.length === 0) return replies;
  const noticeHasButtons = notice.some((r) => r.buttons.length > 0);
  const firstWithButtons = replies.findIndex((r) => r.buttons.length > 0 || r.card !== undefined);
  if (noticeHasButtons || firstWithButtons < 0) return [...replies, ...notice];
  return [...replies.slice(0, firstWithButtons), ...notice, ...replies.slice(firstWithButtons)];
}
