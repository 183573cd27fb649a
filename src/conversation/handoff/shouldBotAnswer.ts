import type { HandoffStatus } from "./HandoffStatus.ts";

/**
 * Whether the bot answers a user's message. While a person handles the conversation the bot stays
 * quiet, so no automatic reply interleaves with the staff member's; while it only waits in the
 * queue the bot keeps helping.
 */
export function shouldBotAnswer(status: HandoffStatus, assignedStaffId: string | null | undefined): boolean {
  if (status === "with_staff") return false;
  if (status === "queued" && assignedStaffId) return false;
  return true;
}
