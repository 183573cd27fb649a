/**
 * What the conversation service needs from the database (implemented in src/persistence). A turn
 * is committed all at once: the inbound message, the replies, the new state and every effect, so a
 * crash leaves either the whole turn or nothing.
 */

import type { AtsId, Channel, IntentId, Lang, ProvinceCode } from "../../content/ids.ts";
import type { AnalyticsEvent, HandoffReason } from "../dialog/TurnEffect.ts";
import type { FeedbackWrite } from "../feedback/FeedbackWriteSchema.ts";
import type { SubmissionDraft } from "../submission/SubmissionDraft.ts";
import type { Reply } from "../turn.ts";
import type { StoredMessage } from "./ConversationGateway.ts";

/**
 * The handoff column of a conversation: `none` (the bot talks), `queued` (waiting for a person;
 * the bot still answers meanwhile), `with_staff` (a person answers; the bot stays quiet).
 */
export type HandoffStatus = "none" | "queued" | "with_staff";

export interface ConversationRecord {
  id: string;
  channel: Channel;
  externalKey: string;
  lang: Lang;
  /** The stored dialog state, still to be parsed by its owner. */
  state: unknown;
  version: number;
  handoff: HandoffStatus;
  /** The staff member handling it, once someone has claimed it. */
  assignedStaffId?: string;
  address?: unknown;
  lastActivityAt: Date;
}

/** A mail to write to the outbox in the same transaction as its submission. */
export interface MailDraft {
  kind: "submission" | "receipt" | "handoff_transcript";
  /** One mail per key, ever: a retried turn cannot send twice. */
  dedupeKey: string;
  to: string;
  subject: string;
  text: string;
  html?: string;
}

export type StoreWrite =
  | { kind: "submission"; submission: SubmissionDraft; mails: MailDraft[] }
  | { kind: "erase" }
  | { kind: "handoff"; reason: HandoffReason }
  | { kind: "territory"; province: ProvinceCode; atsId?: AtsId }
  | { kind: "analytics"; event: AnalyticsEvent }
  | { kind: "feedback"; write: FeedbackWrite }
  | { kind: "handoff_offered" }
  | { kind: "handoff_withdrawn" };

export interface InboundRecord {
  /** "in" for what the user wrote, "system" for a channel event such as opening the chat. */
  direction: "in" | "system";
  externalId?: string;
  text: string;
  intent?: IntentId;
  confidence?: number;
}

export interface TurnCommit {
  conversationId: string;
  channel: Channel;
  /** The version read before the turn: the commit fails if another worker got there first. */
  expectedVersion: number;
  /**
   * The handoff the turn was computed for: staff claiming or releasing the conversation does not
   * bump the version, so the commit also fails (a conflict) if this changed meanwhile.
   */
  expectedHandoff: { status: HandoffStatus; assignedStaffId?: string };
  inbound: InboundRecord;
  replies: Reply[];
  state: unknown;
  lang: Lang;
  writes: StoreWrite[];
  now: Date;
  /**
   * Tell the other instances about the replies in the same commit, if the store can (PostgreSQL's
   * NOTIFY is transactional: sent when the turn commits, never for one that did not).
   */
  announce?: { origin: string; externalKey: string };
}

export type CommitOutcome =
  | {
      kind: "committed";
      inboundId: string;
      /** The inbound message as stored (its id is inboundId). */
      inbound?: StoredMessage;
      replies: StoredMessage[];
      /** The replies were announced to the other instances with the commit. */
      announced?: boolean;
    }
  /** Another worker committed a turn of this conversation meanwhile: reload and run again. */
  | { kind: "conflict" }
  /** The inbound externalId was already stored. */
  | { kind: "duplicate" };

export interface ConversationStore {
  findOrCreate(input: {
    channel: Channel;
    externalKey: string;
    address?: unknown;
    lang: Lang;
    initialState: unknown;
  }): Promise<ConversationRecord>;
  load(conversationId: string): Promise<ConversationRecord | undefined>;
  /** The id of an inbound message already stored with this externalId. */
  findInbound(conversationId: string, externalId: string): Promise<string | undefined>;
  /** The bot's replies to one inbound message, oldest first. */
  repliesTo(conversationId: string, inboundId: string): Promise<StoredMessage[]>;
  commitTurn(commit: TurnCommit): Promise<CommitOutcome>;
  history(conversationId: string, afterId?: string, limit?: number): Promise<StoredMessage[]>;
  undelivered(
    channel: Channel,
    limit: number,
  ): Promise<Array<StoredMessage & { externalKey: string; address?: unknown }>>;
  markDelivered(messageIds: string[]): Promise<void>;
  /** Marks as delivered those not yet marked, atomically, and returns them (oldest first). */
  claimDelivery(messageIds: string[]): Promise<string[]>;
}
