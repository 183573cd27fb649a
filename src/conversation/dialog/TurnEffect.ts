/**
 * What a turn asks the outside world to do, returned next to the replies so the core stays free of
 * I/O: the conversation service applies every effect in the transaction that stores the turn.
 */
import { z } from "zod";
import {
  ActionIdSchema,
  AtsIdSchema,
  FormIdSchema,
  IntentIdSchema,
  ProvinceCodeSchema,
} from "../../content/ids.ts";
import { FeedbackWriteSchema } from "../feedback/FeedbackWriteSchema.ts";
import { SubmissionDraftSchema } from "../submission/SubmissionDraft.ts";

export const HandoffReasonSchema = z.enum(["user_request", "not_understood", "flow"]);
export type HandoffReason = z.infer<typeof HandoffReasonSchema>;

/** Anonymous by construction: ids and codes only, never what the user wrote. */
export const AnalyticsEventSchema = z.object({
  kind: z.enum([
    "conversation_started",
    "intent",
    "fallback",
    "verdict",
    "form_started",
    "form_consent_declined",
    "form_step",
    "form_submitted",
    "form_cancelled",
    "handoff_requested",
    "erasure",
  ]),
  intent: IntentIdSchema.optional(),
  actionIds: z.array(ActionIdSchema).default([]),
  province: ProvinceCodeSchema.optional(),
  formId: FormIdSchema.optional(),
  step: z.string().optional(),
  value: z.number().optional(),
});
export type AnalyticsEvent = z.infer<typeof AnalyticsEventSchema>;

export const TurnEffectSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("submit"), submission: SubmissionDraftSchema }),
  /** Erase this conversation's personal data (messages, submissions, mails not yet sent). */
  z.object({ kind: z.literal("erase"), references: z.array(z.string()) }),
  /** Put the conversation in the staff queue (issue 7 builds the queue and the console). */
  z.object({ kind: z.literal("handoff"), reason: HandoffReasonSchema }),
  /** The user's territory became known: lets staff of that ATS see the conversation. */
  z.object({
    kind: z.literal("territory"),
    province: ProvinceCodeSchema,
    atsId: AtsIdSchema.optional(),
  }),
  z.object({ kind: z.literal("analytics"), event: AnalyticsEventSchema }),
  /** A vote on an answer, its "what was missing", or the conversation's rating (issue 18). */
  z.object({ kind: z.literal("feedback"), write: FeedbackWriteSchema }),
  /** The user was offered to forward the escalation to the programme mailbox. */
  z.object({ kind: z.literal("handoff_offered") }),
  /** The user no longer wants a person: the conversation leaves the staff queue. */
  z.object({ kind: z.literal("handoff_withdrawn") }),
  /** Forward the escalation's transcript with the user's contact to the programme mailbox. */
  z.object({ kind: z.literal("mailbox_forward"), contact: z.string().min(3), reference: z.string().min(3) }),
]);
export type TurnEffect = z.infer<typeof TurnEffectSchema>;
