import type { Channel, Lang } from "../../content/ids.ts";
import { BoundedMap } from "../../kernel/BoundedMap.ts";
import type { TurnDeps } from "../dialog/TurnDeps.ts";
import type { TurnEffect } from "../dialog/TurnEffect.ts";
import { ChannelInboundSchema } from "../feedback/ChannelInboundSchema.ts";
import { handleChannelTurn } from "../feedback/handleChannelTurn.ts";
import { transcriptText } from "../inbound/transcriptText.ts";
import type {
  ConversationGateway,
  OutboundEvent,
  ReceiveRequest,
  ReceiveResult,
  StoredMessage,
} from "../ports/ConversationGateway.ts";
import type {
  CommitOutcome,
  ConversationRecord,
  ConversationStore,
  InboundRecord,
  MailDraft,
  StoreWrite,
  TurnCommit,
} from "../ports/ConversationStore.ts";
import type { HandoffQueue } from "../ports/HandoffQueue.ts";
import type { OutboundBus } from "../ports/OutboundBus.ts";
import type { ResumeService } from "../resume/createResumeService.ts";
import { handleResumeCommand } from "../resume/handleResumeCommand.ts";
import { type ConversationState, ConversationStateSchema } from "../state/ConversationState.ts";
import { initialState } from "../state/initialState.ts";
import type { SubmissionDraft } from "../submission/SubmissionDraft.ts";
import { KeyedQueue } from "./KeyedQueue.ts";
import { settleWithin } from "./settleWithin.ts";

export interface ConversationServiceOptions {
  store: ConversationStore;
  bus: OutboundBus;
  deps: TurnDeps;
  /** The mails a confirmed submission sends (programme mailbox, user's receipt). */
  composeMails(submission: SubmissionDraft): MailDraft[];
  /** Unique per process: notices from this instance are not delivered twice to its listeners. */
  instanceId: string;
  /** Problems worth a log line that must not fail the turn (a listener throwing, a bad stored state). */
  onProblem?(message: string, details: Record<string, unknown>): void;
  /** How many times a turn is recomputed when another instance committed first. */
  maxAttempts?: number;
  /** Resume codes ("codice per riprendere", "riprendi ABC123"), shared by every channel. */
  resume?: ResumeService;
  /** The staff queue (position, office hours, forwarding, live console); without it the bot only queues. */
  handoff?: HandoffQueue;
}

/**
 * The ConversationGateway channels use. Each conversation's messages run strictly in order: a
 * queue per conversation in this process, and across processes the optimistic `version` check of
 * the commit (on a conflict the turn is recomputed from the fresh state). A turn's inbound message,
 * replies, state and effects are stored in one transaction; a repeated externalId returns the
 * first replies. New outbound messages reach listeners here at once and on other instances through
 * the bus.
 */
export class ConversationService implements ConversationGateway {
  private readonly queue = new KeyedQueue();
  /** channel + external key → conversation id: saves a database round trip per message. */
  private readonly knownIds = new BoundedMap<string, string>(20_000);
  /**
   * Each conversation as this instance last committed it. The next turn starts from it instead of
   * reading the row again: the commit checks version and handoff, so if anyone else changed the
   * conversation meanwhile it conflicts and the turn is recomputed from a fresh read.
   */
  private readonly committed = new BoundedMap<
    string,
    { record: ConversationRecord; state: ConversationState }
  >(5_000);
  private readonly listeners = new Set<(event: OutboundEvent) => void>();
  /** Announcements of committed turns still on their way to the other instances. */
  private readonly announcing = new Set<Promise<void>>();
  private unsubscribe: (() => Promise<void>) | undefined;

  constructor(private readonly options: ConversationServiceOptions) {}

  /** Starts hearing other instances' notices. */
  async start(): Promise<void> {
    this.unsubscribe ??= await this.options.bus.subscribe((notice) => {
      if (notice.origin === this.options.instanceId) return;
      this.emit({
        conversationId: notice.conversationId,
        channel: notice.channel,
        externalKey: notice.externalKey,
        messageId: notice.messageId,
      });
    });
  }

  /**
   * Swaps content, knowledge and understanding after a content reload; a turn already running
   * finishes with what it started with.
   */
  replaceDeps(deps: TurnDeps): void {
    this.options.deps = deps;
  }

  /** Lets queued turns finish (for a while), then stops listening. */
  async stop(): Promise<void> {
    await settleWithin(this.queue.drain(), 5_000);
    await settleWithin(Promise.all(this.announcing), 5_000);
    const unsubscribe = this.unsubscribe;
    this.unsubscribe = undefined;
    await settleWithin(unsubscribe?.(), 1_000);
  }

  async open(channel: Channel, externalKey: string, address?: unknown): Promise<{ conversationId: string }> {
    const record = await this.findOrCreate(channel, externalKey, address, undefined);
    return { conversationId: record.id };
  }

  async receive(unchecked: ReceiveRequest): Promise<ReceiveResult> {
    // Channels build the inbound themselves: parse it here once, so every channel's text is
    // checked and cleaned (control characters, lone surrogates) before anything is stored.
    const request = { ...unchecked, inbound: ChannelInboundSchema.parse(unchecked.inbound) };
    const resumed = this.options.resume
      ? await handleResumeCommand(
          this,
          this.options.resume,
          this.options.deps.content.responses,
          request,
          request.origin,
        )
      : null;
    if (resumed) {
      return {
        conversationId: resumed.conversationId,
        duplicate: resumed.duplicate,
        replies: resumed.result?.replies ?? [],
        notices: resumed.duplicate ? [] : resumed.notices,
        ...(resumed.result?.inbound ? { inbound: resumed.result.inbound } : {}),
      };
    }
    const key = `${request.channel}\u0000${request.externalKey}`;
    // A channel address (Bot Framework reference) is refreshed on every message; without one the
    // id is all we need, and it never changes while the conversation exists.
    const known = request.address === undefined ? this.knownIds.get(key) : undefined;
    if (known) {
      const result = await this.queue.run(known, () => this.process(known, request));
      if (result) return result;
      // Purged by the retention job since we saw it: start a new one, as a first contact would.
      this.knownIds.delete(key);
    }
    const record = await this.findOrCreate(
      request.channel,
      request.externalKey,
      request.address,
      request.langHint,
    );
    this.knownIds.set(key, record.id);
    const result = await this.queue.run(record.id, () => this.process(record.id, request));
    if (!result) throw new Error(`conversation ${record.id} vanished while handling a message`);
    return result;
  }

  history(conversationId: string, afterId?: string, limit?: number): Promise<StoredMessage[]> {
    return this.options.store.history(conversationId, afterId, limit);
  }

  onOutbound(listener: (event: OutboundEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  undelivered(
    channel: Channel,
    limit = 100,
  ): Promise<Array<StoredMessage & { externalKey: string; address?: unknown }>> {
    return this.options.store.undelivered(channel, limit);
  }

  markDelivered(messageIds: string[]): Promise<void> {
    return this.options.store.markDelivered(messageIds);
  }

  claimDelivery(messageIds: string[]): Promise<string[]> {
    return this.options.store.claimDelivery(messageIds);
  }

  /** Tells every instance's listeners about messages stored by someone else (e.g. staff replies). */
  async announce(
    record: Pick<ConversationRecord, "id" | "channel" | "externalKey">,
    messageIds: string[],
    publishedWithCommit = false,
  ): Promise<void> {
    const events = messageIds.map((messageId) => ({
      conversationId: record.id,
      channel: record.channel,
      externalKey: record.externalKey,
      messageId,
    }));
    for (const event of events) this.emit(event);
    if (publishedWithCommit) return;
    // One round trip for all of them: other instances learn of every message of the turn at once.
    // The messages are stored already: a lost announcement (the database gone right after the
    // commit) must not fail the request; other instances' streams catch up on their next read.
    try {
      await this.options.bus.publish(events.map((event) => ({ ...event, origin: this.options.instanceId })));
    } catch (error) {
      this.options.onProblem?.("outbound announcement failed after a stored turn", {
        conversationId: record.id,
        error: error instanceof Error ? error.message : String(error),
      });
    }
  }

  private findOrCreate(
    channel: Channel,
    externalKey: string,
    address: unknown,
    lang: ReceiveRequest["langHint"],
  ): Promise<ConversationRecord> {
    return this.options.store.findOrCreate({
      channel,
      externalKey,
      ...(address === undefined ? {} : { address }),
      lang: lang ?? "it",
      initialState: initialState(lang ?? "it"),
    });
  }

  /** Undefined when the conversation no longer exists. */
  private async process(conversationId: string, request: ReceiveRequest): Promise<ReceiveResult | undefined> {
    const { store } = this.options;
    const maxAttempts = this.options.maxAttempts ?? 20;
    for (let attempt = 1; attempt <= maxAttempts; attempt++) {
      // A repeat is rare: the first attempt relies on the unique externalId to reject it and only
      // then looks up the first replies, instead of paying a query for every message.
      if (request.externalId !== undefined && attempt > 1) {
        const first = await store.findInbound(conversationId, request.externalId);
        if (first !== undefined) {
          return { conversationId, duplicate: true, replies: await store.repliesTo(conversationId, first) };
        }
      }
      const cached = attempt === 1 ? this.committed.get(conversationId) : undefined;
      const record = cached?.record ?? (await store.load(conversationId));
      if (!record) return undefined;
      const outcome = await this.runTurn(record, request, cached?.state);
      if (outcome.kind === "committed") {
        // The user's reply does not wait for the other instances to hear of it: this instance's
        // listeners have it now, and the others' streams catch up on their next read anyway.
        const announcement = this.announce(
          record,
          outcome.replies.map((m) => m.id),
          outcome.announced === true,
        );
        this.announcing.add(announcement);
        void announcement.finally(() => this.announcing.delete(announcement));
        await this.afterHandoffTurn(
          record,
          "effects" in outcome ? outcome.effects : [],
          "lang" in outcome ? outcome.lang : "it",
        );
        return { conversationId, duplicate: false, replies: outcome.replies, inbound: outcome.inbound };
      }
      if (outcome.kind === "duplicate" && request.externalId !== undefined) continue;
      // Another instance committed a turn first: back off a little and recompute on fresh state.
      await new Promise((resolve) => setTimeout(resolve, Math.min(5 * attempt, 50) + Math.random() * 10));
    }
    throw new Error(`conversation ${conversationId}: too many concurrent updates, message not processed`);
  }

  private async runTurn(record: ConversationRecord, request: ReceiveRequest, parsed?: ConversationState) {
    const { deps } = this.options;
    const now = deps.now();
    const state = parsed ?? this.parseState(record);
    const inbound: InboundRecord =
      request.inbound.kind === "text" || request.inbound.kind === "too_long"
        ? { direction: "in", text: transcriptText(request.inbound), ...externalId(request) }
        : { direction: "system", text: "", ...externalId(request) };
    const quiet =
      record.handoff === "with_staff" || (record.handoff === "queued" && !!record.assignedStaffId);
    // A vote is kept even while a person answers (handleFeedback then says nothing).
    if (quiet && request.inbound.kind !== "feedback") {
      // A person is answering: store the message for them, no bot reply interleaves.
      return this.commit(record, {
        conversationId: record.id,
        channel: record.channel,
        expectedVersion: record.version,
        expectedHandoff: expectedHandoff(record),
        inbound,
        replies: [],
        state,
        lang: state.lang,
        writes: [],
        now,
        announce: this.announceAs(record),
      });
    }
    const queue = this.options.handoff;
    const result = await handleChannelTurn(
      request.inbound,
      state,
      {
        channel: record.channel,
        handoff: record.handoff,
        ...(queue ? { queue: (atsId) => queue.status({ conversationId: record.id, atsId }) } : {}),
      },
      deps,
    );
    const understood = result.understanding;
    const committed = await this.commit(record, {
      conversationId: record.id,
      channel: record.channel,
      expectedVersion: record.version,
      expectedHandoff: expectedHandoff(record),
      inbound: understood
        ? { ...inbound, intent: understood.intent, confidence: understood.confidence }
        : inbound,
      replies: result.replies,
      state: result.state,
      lang: result.state.lang,
      writes: result.effects.flatMap((effect) => this.toWrite(effect)),
      now,
      announce: this.announceAs(record),
    });
    return committed.kind === "committed"
      ? { ...committed, effects: result.effects, lang: result.state.lang }
      : committed;
  }

  /**
   * After a stored turn that touched the queue: forwards what the user asked to forward (the
   * transcript now holds the turn) and updates open staff consoles.
   */
  private async afterHandoffTurn(
    record: ConversationRecord,
    effects: TurnEffect[],
    lang: Lang,
  ): Promise<void> {
    const queue = this.options.handoff;
    const escalated = effects.some((e) => e.kind === "handoff");
    const touched =
      escalated || effects.some((e) => e.kind.startsWith("handoff_") || e.kind === "mailbox_forward");
    if (!queue || (record.handoff === "none" && !touched)) return;
    try {
      for (const effect of effects) {
        if (effect.kind !== "mailbox_forward") continue;
        await queue.forward({
          conversationId: record.id,
          contact: effect.contact,
          reference: effect.reference,
          lang,
        });
      }
      await queue.afterTurn({ conversationId: record.id, handoff: record.handoff, escalated });
    } catch (error) {
      this.options.onProblem?.("handoff desk failed after a stored turn", {
        conversationId: record.id,
        error: error instanceof Error ? error.message : String(error),
      });
    }
  }

  /** Commits a turn and remembers the conversation as committed (see `committed`). */
  private async commit(
    record: ConversationRecord,
    commit: TurnCommit & { state: ConversationState },
  ): Promise<CommitOutcome> {
    const outcome = await this.options.store.commitTurn(commit);
    // A handoff queued by the turn changes the row beyond the state: read it again next time.
    if (outcome.kind !== "committed" || commit.writes.some((w) => w.kind.startsWith("handoff"))) {
      this.committed.delete(record.id);
      return outcome;
    }
    this.committed.set(record.id, {
      record: {
        ...record,
        state: commit.state,
        lang: commit.lang,
        version: record.version + 1,
        lastActivityAt: commit.now,
      },
      state: commit.state,
    });
    return outcome;
  }

  private announceAs(record: ConversationRecord): TurnCommit["announce"] {
    return { origin: this.options.instanceId, externalKey: record.externalKey };
  }

  /** The store's part of an effect; forwarding to the mailbox happens after the commit. */
  private toWrite(effect: TurnEffect): StoreWrite[] {
    switch (effect.kind) {
      case "submit":
        return [
          {
            kind: "submission",
            submission: effect.submission,
            mails: this.options.composeMails(effect.submission),
          },
        ];
      case "erase":
        return [{ kind: "erase" }];
      case "handoff":
        return [{ kind: "handoff", reason: effect.reason }];
      case "territory":
        return [
          {
            kind: "territory",
            province: effect.province,
            ...(effect.atsId ? { atsId: effect.atsId } : {}),
          },
        ];
      case "analytics":
        return [{ kind: "analytics", event: effect.event }];
      case "feedback":
        return [{ kind: "feedback", write: effect.write }];
      case "handoff_offered":
      case "handoff_withdrawn":
        return [{ kind: effect.kind }];
      case "mailbox_forward":
        return [];
    }
  }

  private parseState(record: ConversationRecord): ConversationState {
    const parsed = ConversationStateSchema.safeParse(record.state);
    if (parsed.success) return parsed.data;
    // A state this version cannot read must not block the user: start over, politely.
    this.options.onProblem?.("stored conversation state unreadable, starting over", {
      conversationId: record.id,
      issues: parsed.error.issues.length,
    });
    return { ...initialState(record.lang), introduced: true };
  }

  private emit(event: OutboundEvent): void {
    for (const listener of this.listeners) {
      try {
        listener(event);
      } catch (error) {
        this.options.onProblem?.("outbound listener failed", {
          conversationId: event.conversationId,
          error: error instanceof Error ? error.message : String(error),
        });
      }
    }
  }
}

function expectedHandoff(record: ConversationRecord): TurnCommit["expectedHandoff"] {
  return record.assignedStaffId === undefined
    ? { status: record.handoff }
    : { status: record.handoff, assignedStaffId: record.assignedStaffId };
}

function externalId(request: ReceiveRequest): { externalId?: string } {
  return request.externalId === undefined ? {} : { externalId: request.externalId };
}
