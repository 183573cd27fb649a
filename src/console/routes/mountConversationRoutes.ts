import type { Response, Router } from "express";
import { z } from "zod";
import { HANDOFF_OUTCOME_LABELS, HandoffOutcomeSchema } from "../../conversation/handoff/HandoffOutcome.ts";
import { requestStaff } from "../auth/requestStaff.ts";
import type { StaffPrincipal } from "../auth/StaffPrincipal.ts";
import type { ConsoleContext } from "../ConsoleContext.ts";
import type { CannedReplies } from "../content/CannedRepliesSchema.ts";
import { notFound } from "../http/notFound.ts";
import { parseOr400 } from "../http/parseOr400.ts";
import type { DeskResult } from "../services/createHandoffDesk.ts";
import { toQueueItem } from "../views/toQueueItem.ts";
import { toTranscriptEntry } from "../views/toTranscriptEntry.ts";

const IdParams = z.object({ id: z.uuid().or(z.string().regex(/^[\w-]{1,100}$/)) });
const TextBody = z.object({ text: z.string().trim().min(1, "scrivi un testo").max(4000) });
const ReassignBody = z.object({ staffId: z.string().min(1).max(100) });
const CloseBody = z.object({ outcome: HandoffOutcomeSchema });
/** Claiming and handing back take no body: whatever comes is ignored. */
const NoBody = z.unknown().transform(() => ({}));
const ViewQuery = z.object({ refresh: z.enum(["1"]).optional() });

const FAILURES: Record<Exclude<DeskResult, { ok: true }>["reason"], { status: number; message: string }> = {
  not_found: { status: 404, message: "Elemento non trovato." },
  not_queued: { status: 409, message: "La conversazione non è più in coda per lo staff." },
  already_taken: { status: 409, message: "Un'altra persona ha già preso in carico la conversazione." },
  not_assigned: {
    status: 409,
    message: "La conversazione è assegnata a un'altra persona: prendila in carico prima.",
  },
  bad_target: {
    status: 400,
    message: "Questa persona non può ricevere la conversazione (ruolo o territorio).",
  },
};

function answer(res: Response, result: DeskResult) {
  if (result.ok) {
    res.json({ ok: true, ...(result.messageId ? { messageId: result.messageId } : {}) });
    return;
  }
  const failure = FAILURES[result.reason];
  res.status(failure.status).json({ error: result.reason, message: failure.message });
}

/**
 * The queue and the conversation view: transcript with the bot's understanding, notes, and the
 * staff actions. The handoff desk (services/createHandoffDesk.ts) owns the rules (an id outside
 * the staff member's territories is not found, state changes, audit); these routes parse and answer.
 */
export function mountConversationRoutes(api: Router, ctx: ConsoleContext, canned: CannedReplies): void {
  api.get("/queue", async (req, res) => {
    const staff = requestStaff(req);
    const now = ctx.now();
    const rows = await ctx.desk.queue(staff);
    res.json({ now: now.toISOString(), items: rows.map((row) => toQueueItem(row, now)) });
  });

  api.get("/canned-replies", (_req, res) => {
    res.json({ replies: canned.replies });
  });

  api.get("/outcomes", (_req, res) => {
    res.json({
      outcomes: HandoffOutcomeSchema.options.map((id) => ({ id, label: HANDOFF_OUTCOME_LABELS[id] })),
    });
  });

  api.get("/conversations/:id", async (req, res) => {
    const staff = requestStaff(req);
    const params = parseOr400(res, IdParams, req.params);
    const query = parseOr400(res, ViewQuery, req.query);
    if (!params || !query) return;
    const opened = await ctx.desk.open(params.id, staff, !query.refresh);
    if (!opened) {
      notFound(res);
      return;
    }
    const { row, messages, notes, staffNames: names } = opened;
    const now = ctx.now();
    res.json({
      conversation: {
        ...toQueueItem({ ...row, assignedStaff: row.assignedStaff }, now),
        createdAt: row.createdAt.toISOString(),
        mine: row.assignedStaffId === staff.id,
      },
      messages: messages.map((m) => toTranscriptEntry(m, names)),
      notes: notes.map((n) => ({
        id: n.id,
        text: n.text,
        staffName: n.staffName,
        createdAt: n.createdAt.toISOString(),
      })),
    });
  });

  api.get("/conversations/:id/assignees", async (req, res) => {
    const staff = requestStaff(req);
    const params = parseOr400(res, IdParams, req.params);
    if (!params) return;
    const people = await ctx.desk.assignees(params.id, staff);
    if (!people) {
      notFound(res);
      return;
    }
    res.json({ staff: people.map((p) => ({ id: p.id, displayName: p.displayName, role: p.role })) });
  });

  /** A staff action on one conversation: its id and body checked here, the desk's result answered. */
  function act<B>(
    action: string,
    Body: z.ZodType<B>,
    run: (id: string, body: B, staff: StaffPrincipal) => Promise<DeskResult>,
  ) {
    api.post(`/conversations/:id/${action}`, async (req, res) => {
      const params = parseOr400(res, IdParams, req.params);
      const body = parseOr400(res, Body, req.body);
      if (!params || !body) return;
      answer(res, await run(params.id, body, requestStaff(req)));
    });
  }

  act("claim", NoBody, (id, _, staff) => ctx.desk.claim(id, staff));
  act("reassign", ReassignBody, (id, body, staff) => ctx.desk.reassign(id, body.staffId, staff));
  act("reply", TextBody, (id, body, staff) => ctx.desk.reply(id, body.text, staff));
  act("notes", TextBody, (id, body, staff) => ctx.desk.note(id, body.text, staff));
  act("handback", NoBody, (id, _, staff) => ctx.desk.handBack(id, staff));
  act("close", CloseBody, (id, body, staff) => ctx.desk.close(id, body.outcome, staff));
}
