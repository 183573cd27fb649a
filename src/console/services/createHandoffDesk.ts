import { AtsIdSchema, type Channel, ChannelSchema, type Lang, LangSchema } from "../../content/ids.ts";
import type { Responses } from "../../content/ResponsesSchema.ts";
import { buildTranscriptMail } from "../../conversation/handoff/buildTranscriptMail.ts";
import { describeOfficeHours } from "../../conversation/handoff/describeOfficeHours.ts";
import { describeOpening } from "../../conversation/handoff/describeOpening.ts";
import type { HandoffOutcome } from "../../conversation/handoff/HandoffOutcome.ts";
import { handoffReplies } from "../../conversation/handoff/handoffReplies.ts";
import type { OfficeHours } from "../../conversation/handoff/OfficeHours.ts";
import { parseOfficeHours } from "../../conversation/handoff/parseOfficeHours.ts";
import { planHandoff } from "../../conversation/handoff/planHandoff.ts";
import type { HandoffQueue } from "../../conversation/ports/HandoffQueue.ts";
import type { Reply } from "../../conversation/turn.ts";
import type { Config } from "../../kernel/config.ts";
import type { Logger } from "../../kernel/createLogger.ts";
import { InfrastructureError } from "../../kernel/InfrastructureError.ts";
import type { Database } from "../../persistence/Database.ts";
import { markRatingAsked } from "../../persistence/feedback/markRatingAsked.ts";
import type { Prisma } from "../../persistence/generated/client.ts";
import { assignHandoff } from "../../persistence/handoff/assignHandoff.ts";
import { averageHandoffWait } from "../../persistence/handoff/averageHandoffWait.ts";
import { claimHandoff } from "../../persistence/handoff/claimHandoff.ts";
import { countQueueAhead } from "../../persistence/handoff/countQueueAhead.ts";
import { findConversationForStaff } from "../../persistence/handoff/findConversationForStaff.ts";
import { forwardHandoffTranscript } from "../../persistence/handoff/forwardHandoffTranscript.ts";
import { insertNote } from "../../persistence/handoff/insertNote.ts";
import { insertOutboundMessage } from "../../persistence/handoff/insertOutboundMessage.ts";
import { listHandoffQueue } from "../../persistence/handoff/listHandoffQueue.ts";
import { listNotes } from "../../persistence/handoff/listNotes.ts";
import { listOverdueHandoffs } from "../../persistence/handoff/listOverdueHandoffs.ts";
import { listTranscript } from "../../persistence/handoff/listTranscript.ts";
import { loadHandoffConversation } from "../../persistence/handoff/loadHandoffConversation.ts";
import { markHandoffOffered } from "../../persistence/handoff/markHandoffOffered.ts";
import { recordHandoffEvent } from "../../persistence/handoff/recordHandoffEvent.ts";
import { releaseHandoff } from "../../persistence/handoff/releaseHandoff.ts";
import { findStaffById } from "../../persistence/staff/findStaffById.ts";
import { listStaff } from "../../persistence/staff/listStaff.ts";
import type { AuditAction } from "../audit/AuditAction.ts";
import { recordAudit } from "../audit/recordAudit.ts";
import { accessOf } from "../auth/accessOf.ts";
import type { StaffPrincipal } from "../auth/StaffPrincipal.ts";
import { StaffRoleSchema } from "../auth/StaffRole.ts";
import type { ConsoleEvents } from "../live/createConsoleEvents.ts";

export type DeskResult =
  | { ok: true; messageId?: string }
  | { ok: false; reason: "not_found" | "not_queued" | "already_taken" | "not_assigned" | "bad_target" };

/**
 * The handoff operations: the console's (claim, reassign, reply, note, hand back, close) and the
 * conversation service's (around each turn), on one implementation so both agree on the rules.
 */
export type HandoffDesk = ReturnType<typeof createHandoffDesk>;

interface HandoffDeskDeps {
  db: Database;
  config: Pick<Config, "OFFICE_HOURS" | "HANDOFF_MAX_WAIT_MINUTES" | "PROGRAMME_MAILBOX">;
  logger: Logger;
  events: ConsoleEvents;
  /** Tells the channels a message for the user was stored (the conversation service's announcement). */
  announceOutbound: (
    conversation: { id: string; channel: Channel; externalKey: string },
    messageIds: string[],
  ) => Promise<void>;
  now: () => Date;
  /** The end-of-conversation rating question, asked once when staff close a handoff (issue 18). */
  closingRating?: (lang: Lang) => Reply | undefined;
  /** What the desk tells the user when staff take, hand back or close (intents/responses, `handoff`). */
  says: (lang: Lang) => Responses["handoff"];
}

const isLead = (staff: StaffPrincipal) => staff.role === "supervisor" || staff.role === "admin";

function officeHoursOf(text: string): OfficeHours {
  const parsed = parseOfficeHours(text);
  if (!parsed.ok) throw new InfrastructureError("misconfigured", `OFFICE_HOURS "${text}": ${parsed.reason}`);
  return parsed.value;
}

/**
 * The handoff desk on the database, the console's service for the handoff: it owns the rules
 * (what a staff member may see and do in their territories, the state changes) and the routes
 * only parse and answer. A staff action is one transaction: its guarded UPDATE (two staff members,
 * two instances), the message that tells the user, the analytics event and the audit entry are
 * written together or not at all; then the user's channel and the open consoles are told.
 */
export function createHandoffDesk(deps: HandoffDeskDeps) {
  const { db } = deps;
  const officeHours = officeHoursOf(deps.config.OFFICE_HOURS);
  const langOf = (value: string): Lang => LangSchema.catch("it").parse(value);
  const atsOf = (value: string | null) => AtsIdSchema.nullable().catch(null).parse(value);

  /** The audit entry of a staff member's action on a conversation, with the change's transaction. */
  function auditConversation(
    tx: Prisma.TransactionClient,
    staff: StaffPrincipal,
    action: AuditAction,
    conversationId: string,
    details?: Prisma.InputJsonValue,
  ) {
    return recordAudit(tx, staff.id, action, { type: "conversation", id: conversationId }, details);
  }

  async function publish(type: "queue" | "conversation", id: string, atsId: string | null) {
    await deps.events.publish({ type, id, atsId: atsOf(atsId) });
  }

  /** A line of the desk to the user; channelData says where the handoff stands, for channels and tests. */
  function toUser(text: string, handoff: "with_staff" | null): Reply {
    return { text, buttons: [], channelData: { handoff } };
  }

  function staffJoined(lang: Lang): Reply {
    return toUser(deps.says(lang).staff_joined, "with_staff");
  }

  /** Stores a message for the user in the transaction of the change it tells about. */
  function store(tx: Prisma.TransactionClient, conversationId: string, reply: Reply, staffId?: string) {
    return insertOutboundMessage(tx, {
      conversationId,
      direction: staffId ? "staff" : "bot",
      reply,
      ...(staffId ? { staffId } : {}),
      now: deps.now(),
    });
  }

  /** Tells the user's channel about stored messages: after the commit, so it never sends a rolled-back one. */
  async function announce(conversationId: string, messageIds: string[]) {
    const row = await loadHandoffConversation(db, conversationId);
    const channel = ChannelSchema.safeParse(row?.channel);
    if (row && channel.success) {
      await deps.announceOutbound(
        { id: row.id, channel: channel.data, externalKey: row.externalKey },
        messageIds,
      );
    }
  }

  /** A message outside any staff action (the mailbox offer, the rating question): stored, then announced. */
  async function post(conversationId: string, reply: Reply) {
    const messageId = await store(db.prisma, conversationId, reply);
    await announce(conversationId, [messageId]);
    return messageId;
  }

  async function offerFacts(conversation: {
    id: string;
    atsId: string | null;
    handoffQueuedAt: Date | null;
  }) {
    const now = deps.now();
    const position = await countQueueAhead(db, {
      id: conversation.id,
      atsId: conversation.atsId,
      queuedAt: conversation.handoffQueuedAt ?? now,
    });
    return planHandoff({
      now,
      officeHours,
      maxWaitMinutes: deps.config.HANDOFF_MAX_WAIT_MINUTES,
      position,
      recentAverageWaitMinutes: await averageHandoffWait(db),
    });
  }

  function offer(plan: Awaited<ReturnType<typeof offerFacts>>, why: "closed" | "wait_exceeded", lang: Lang) {
    return handoffReplies.mailboxOffer(
      {
        position: plan.position,
        expectedWaitMinutes: plan.expectedWaitMinutes,
        why,
        officeHours: describeOfficeHours(officeHours, lang),
        opening: describeOpening(plan.opening, lang),
        mailbox: deps.config.PROGRAMME_MAILBOX,
      },
      deps.says(lang),
      lang,
    );
  }

  /** Loads a conversation the staff member may see, for an action on it. */
  async function visible(conversationId: string, staff: StaffPrincipal) {
    return findConversationForStaff(db, conversationId, accessOf(staff), staff.id);
  }

  /** A conversation waiting or with staff that this staff member may pass on: free, theirs, or a lead's. */
  async function changeable(conversationId: string, staff: StaffPrincipal) {
    const row = await visible(conversationId, staff);
    if (!row) return { ok: false, reason: "not_found" } as const;
    if (row.handoffStatus !== "queued" && row.handoffStatus !== "with_staff")
      return { ok: false, reason: "not_queued" } as const;
    if (row.assignedStaffId && row.assignedStaffId !== staff.id && !isLead(staff))
      return { ok: false, reason: "not_assigned" } as const;
    return { ok: true, row } as const;
  }

  async function forward(input: { conversationId: string; contact: string; reference: string }) {
    const row = await loadHandoffConversation(db, input.conversationId);
    if (!row?.handoffQueuedAt) return;
    const messages = await listTranscript(db, input.conversationId);
    const mail = buildTranscriptMail({
      conversationId: input.conversationId,
      channel: row.channel,
      atsId: row.atsId,
      province: row.province,
      reason: row.handoffReason,
      queuedAt: row.handoffQueuedAt,
      messages,
      mailbox: deps.config.PROGRAMME_MAILBOX,
      contact: input.contact,
      reference: input.reference,
    });
    const queued = await forwardHandoffTranscript(db, input.conversationId, mail, deps.now());
    if (queued) {
      await recordHandoffEvent(db.prisma, {
        kind: "handoff_forwarded",
        channel: row.channel,
        province: row.province,
        now: deps.now(),
      });
    }
  }

  async function release(
    conversationId: string,
    staff: StaffPrincipal,
    kind: "handback" | "close",
    outcome?: string,
  ): Promise<DeskResult> {
    const found = await changeable(conversationId, staff);
    if (!found.ok) return found;
    const { row } = found;
    const revokeTokensAt = kind === "close" ? deps.now() : undefined;
    const lang = langOf(row.lang);
    const messageId = await db.prisma.$transaction(async (tx) => {
      if (!(await releaseHandoff(tx, conversationId, revokeTokensAt))) return undefined;
      const id = await store(
        tx,
        conversationId,
        toUser(kind === "handback" ? deps.says(lang).handed_back : deps.says(lang).closed, null),
      );
      await recordHandoffEvent(tx, {
        kind: kind === "handback" ? "handoff_handed_back" : "handoff_closed",
        channel: row.channel,
        province: row.province,
        ...(outcome ? { step: outcome } : {}),
        now: deps.now(),
      });
      const action = kind === "handback" ? "conversation.handback" : "conversation.close";
      await auditConversation(tx, staff, action, conversationId, outcome ? { outcome } : undefined);
      return id;
    });
    if (messageId === undefined) return { ok: false, reason: "not_queued" };
    await announce(conversationId, [messageId]);
    const rating = kind === "close" ? deps.closingRating?.(lang) : undefined;
    if (rating && (await markRatingAsked(db, conversationId, "handoff"))) await post(conversationId, rating);
    await publish("queue", conversationId, row.atsId);
    return { ok: true, messageId };
  }

  const handoffQueue: HandoffQueue = {
    async status({ conversationId, atsId }) {
      const row = await loadHandoffConversation(db, conversationId);
      const plan = await offerFacts({
        id: conversationId,
        atsId: atsId ?? row?.atsId ?? null,
        handoffQueuedAt: row?.handoffQueuedAt ?? null,
      });
      return {
        position: plan.position,
        expectedWaitMinutes: plan.expectedWaitMinutes,
        onDuty: plan.onDuty,
        offerMailbox: plan.offerMailbox,
        officeHours,
        opening: plan.opening,
        offered: row?.handoffOfferedAt != null,
        forwarded: row?.handoffForwardedAt != null,
        territoryKnown: (atsId ?? row?.atsId ?? null) !== null,
      };
    },

    forward,

    async afterTurn({ conversationId, handoff, escalated }) {
      const row = await loadHandoffConversation(db, conversationId);
      if (!row || (handoff === "none" && row.handoffStatus === "none")) return;
      // Joining or leaving the queue changes the queue view; anything else the conversation view.
      const queueChanged = escalated || row.handoffStatus === "none";
      await publish(queueChanged ? "queue" : "conversation", conversationId, row.atsId);
    },
  };

  return {
    ...handoffQueue,

    /** The queue a staff member sees: their territories and the escalations they may take. */
    queue: (staff: StaffPrincipal) => listHandoffQueue(db, accessOf(staff), staff.id),

    /** Whether a conversation is within the staff member's reach (the page shell; nothing audited). */
    reaches: async (conversationId: string, staff: StaffPrincipal) =>
      (await visible(conversationId, staff)) !== null,

    /** One conversation within the staff member's reach; opening it (not a refresh) is audited. */
    async open(conversationId: string, staff: StaffPrincipal, audit: boolean) {
      const row = await visible(conversationId, staff);
      if (!row) return undefined;
      const [messages, notes, people] = await Promise.all([
        listTranscript(db, row.id),
        listNotes(db, row.id),
        listStaff(db),
      ]);
      if (audit) await auditConversation(db.prisma, staff, "conversation.view", row.id);
      return { row, messages, notes, staffNames: new Map(people.map((p) => [p.id, p.displayName])) };
    },

    /** Who may take the conversation: active staff, operators only of its ATS. */
    async assignees(conversationId: string, staff: StaffPrincipal) {
      const row = await visible(conversationId, staff);
      if (!row) return undefined;
      const people = await listStaff(db);
      return people.filter(
        (p) => p.active && (p.role !== "operator" || (row.atsId !== null && p.atsId === row.atsId)),
      );
    },

    async claim(conversationId: string, staff: StaffPrincipal): Promise<DeskResult> {
      const row = await visible(conversationId, staff);
      if (!row) return { ok: false, reason: "not_found" };
      if (row.handoffStatus !== "queued") return { ok: false, reason: "not_queued" };
      const now = deps.now();
      const waited = row.handoffQueuedAt
        ? Math.max(0, (now.getTime() - row.handoffQueuedAt.getTime()) / 1000)
        : 0;
      const messageId = await db.prisma.$transaction(async (tx) => {
        if (!(await claimHandoff(tx, conversationId, staff.id))) return undefined;
        await recordHandoffEvent(tx, {
          kind: "handoff_claimed",
          channel: row.channel,
          province: row.province,
          value: Math.round(waited),
          now,
        });
        const id = await store(tx, conversationId, staffJoined(langOf(row.lang)));
        await auditConversation(tx, staff, "conversation.claim", conversationId);
        return id;
      });
      if (messageId === undefined) return { ok: false, reason: "already_taken" };
      await announce(conversationId, [messageId]);
      await publish("queue", conversationId, row.atsId);
      return { ok: true, messageId };
    },

    async reassign(conversationId: string, toStaffId: string, staff: StaffPrincipal): Promise<DeskResult> {
      const found = await changeable(conversationId, staff);
      if (!found.ok) return found;
      const { row } = found;
      const target = await findStaffById(db, toStaffId);
      const role = StaffRoleSchema.safeParse(target?.role);
      if (!target?.active || !role.success) return { ok: false, reason: "bad_target" };
      if (role.data === "operator" && (!row.atsId || target.atsId !== row.atsId))
        return { ok: false, reason: "bad_target" };
      const messageIds = await db.prisma.$transaction(async (tx) => {
        if (!(await assignHandoff(tx, conversationId, toStaffId))) return undefined;
        const joined =
          row.handoffStatus === "queued"
            ? [await store(tx, conversationId, staffJoined(langOf(row.lang)))]
            : [];
        await auditConversation(tx, staff, "conversation.reassign", conversationId, {
          from: row.assignedStaffId,
          to: toStaffId,
        });
        return joined;
      });
      if (messageIds === undefined) return { ok: false, reason: "not_queued" };
      if (messageIds.length > 0) await announce(conversationId, messageIds);
      await publish("queue", conversationId, row.atsId);
      return { ok: true };
    },

    async reply(conversationId: string, text: string, staff: StaffPrincipal): Promise<DeskResult> {
      const row = await visible(conversationId, staff);
      if (!row) return { ok: false, reason: "not_found" };
      if (row.handoffStatus !== "with_staff" || row.assignedStaffId !== staff.id) {
        return { ok: false, reason: "not_assigned" };
      }
      const messageId = await db.prisma.$transaction(async (tx) => {
        const id = await store(
          tx,
          conversationId,
          {
            text,
            buttons: [],
            channelData: { handoff: "with_staff", staffName: staff.displayName.slice(0, 80) },
          },
          staff.id,
        );
        await auditConversation(tx, staff, "conversation.reply", conversationId, { messageId: id });
        return id;
      });
      await announce(conversationId, [messageId]);
      await publish("conversation", conversationId, row.atsId);
      return { ok: true, messageId };
    },

    async note(conversationId: string, text: string, staff: StaffPrincipal): Promise<DeskResult> {
      const row = await visible(conversationId, staff);
      if (!row) return { ok: false, reason: "not_found" };
      await db.prisma.$transaction(async (tx) => {
        const noteId = await insertNote(tx, { conversationId, staffId: staff.id, text, now: deps.now() });
        await auditConversation(tx, staff, "conversation.note", conversationId, { noteId });
      });
      await publish("conversation", conversationId, row.atsId);
      return { ok: true };
    },

    handBack: (conversationId: string, staff: StaffPrincipal) => release(conversationId, staff, "handback"),
    close: (conversationId: string, outcome: HandoffOutcome, staff: StaffPrincipal) =>
      release(conversationId, staff, "close", outcome),

    /** Offers the mailbox to conversations that waited past the limit (run periodically on every instance). */
    async sweepOverdue() {
      const now = deps.now();
      const cutoff = new Date(now.getTime() - deps.config.HANDOFF_MAX_WAIT_MINUTES * 60_000);
      let offered = 0;
      for (const { id } of await listOverdueHandoffs(db, cutoff)) {
        if (!(await markHandoffOffered(db.prisma, id, now))) continue;
        const row = await loadHandoffConversation(db, id);
        if (!row) continue;
        const plan = await offerFacts(row);
        await post(id, offer(plan, plan.onDuty ? "wait_exceeded" : "closed", langOf(row.lang)));
        await publish("conversation", id, row.atsId);
        offered++;
      }
      if (offered > 0) deps.logger.info({ offered }, "mailbox offered to conversations waiting too long");
      return offered;
    },
  };
}
