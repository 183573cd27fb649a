import type { AtsId, Channel } from "../../content/ids.ts";
import type { DialogContent } from "../content/DialogContent.ts";
import type { HandoffStatus } from "../ports/ConversationStore.ts";
import type { QueueStatus } from "../ports/HandoffQueue.ts";
import type { ProgrammeKnowledge } from "../ports/ProgrammeKnowledge.ts";
import type { Understander } from "../ports/Understander.ts";

/**
 * Everything a turn may consult. Time and randomness come in here too, so that a turn is a pure
 * function of its inputs and a transcript test can replay it exactly.
 */
export interface TurnDeps {
  content: DialogContent;
  knowledge: ProgrammeKnowledge;
  understander: Understander;
  now(): Date;
  /** A fresh human reference for a submission, e.g. CVL-2026-7K3Q9. */
  newReference(now: Date): string;
  settings: { retentionDays: number; mailbox: string };
}

/** Facts about the conversation that live outside the dialog state. */
export interface TurnContext {
  channel: Channel;
  /** The handoff column, set by staff from the console as well as by the dialog. */
  handoff: HandoffStatus;
  /**
   * Where the conversation stands in the staff queue (asked only when a turn needs it); absent
   * where there is no staff desk (the terminal, some tests): then the bot only queues.
   */
  queue?: (atsId?: AtsId) => Promise<QueueStatus>;
}
