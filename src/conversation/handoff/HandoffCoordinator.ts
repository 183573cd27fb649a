import type { Lang } from "../ids.ts";
import type { Reply } from "../turn.ts";
import type { HandoffStatus } from "./HandoffStatus.ts";

export type BeforeTurn =
  /** Nothing to do with a handoff: the bot answers as usual. */
  | { kind: "bot" }
  /** A person handles the conversation: store the message, no bot reply. */
  | { kind: "quiet" }
  /** The message answered the mailbox offer: store it with these replies, dialog state unchanged. */
  | { kind: "answered"; replies: Reply[] };

export interface EscalationNotice {
  /** Place in line and expected wait, or the offer to forward the conversation to the mailbox. */
  replies: Reply[];
  offersMailbox: boolean;
}

/**
 * What the conversation service asks of the handoff desk around each turn (the console module
 * implements it on the database). The core stays unaware of queues, office hours and staff. The
 * service passes the handoff status it already read, so conversations without a handoff cost no
 * extra query.
 */
export interface HandoffCoordinator {
  /** Before the dialog runs on a user's text message. */
  beforeTurn(input: {
    conversationId: string;
    handoff: HandoffStatus;
    text: string;
    lang: Lang;
  }): Promise<BeforeTurn>;
  /** A turn escalated and is about to be committed: what to tell the user. */
  escalationNotice(input: {
    conversationId: string;
    lang: Lang;
    atsId?: string | undefined;
  }): Promise<EscalationNotice>;
  /** After a turn was committed: records the offer if one was made and updates open consoles. */
  afterTurn(input: {
    conversationId: string;
    handoff: HandoffStatus;
    escalated: boolean;
    offersMailbox: boolean;
  }): Promise<void>;
}
