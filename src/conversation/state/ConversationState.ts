/**
 * Everything the dialog remembers between turns, stored as JSON on the conversation row and parsed
 * back with this schema. It knows nothing about channels: the same state continues on the web,
 * Telegram or the terminal. Defaults let older stored states load after new fields are added.
 */
import { z } from "zod";
import {
  ActionIdSchema,
  FormIdSchema,
  IntentIdSchema,
  LangSchema,
  ProvinceCodeSchema,
} from "../../content/ids.ts";
import { ProfileSchema } from "../../content/vocabulary/profileSchema.ts";
import { TopicIdSchema } from "../../content/vocabulary/topicIds.ts";
import { FeedbackStateSchema } from "../feedback/FeedbackStateSchema.ts";
import { AudienceSchema } from "./Audience.ts";

export const FieldValueSchema = z.union([z.string(), z.number()]);
export type FieldValue = z.infer<typeof FieldValueSchema>;

export const StepSchema = z.discriminatedUnion("kind", [
  /** Nothing pending: free text, the menu or a new topic. */
  z.object({ kind: z.literal("menu") }),
  /** Waiting for the answer to an eligibility question about `field` of the profile. */
  z.object({ kind: z.literal("interview"), field: z.string() }),
  /** Waiting for a province (and then maybe a comune) to name the local network. */
  z.object({ kind: z.literal("ask_place"), field: z.enum(["province", "comune"]) }),
  /** The form's privacy notice is shown: nothing personal is kept before a yes. */
  z.object({ kind: z.literal("form_consent"), form: FormIdSchema }),
  z.object({ kind: z.literal("form_field"), form: FormIdSchema, field: z.string() }),
  z.object({ kind: z.literal("form_review"), form: FormIdSchema }),
  /** After "modifica" without a field name: which field to change. */
  z.object({ kind: z.literal("form_pick_field"), form: FormIdSchema }),
]);

export const FormProgressSchema = z.object({
  id: FormIdSchema,
  values: z.record(z.string(), FieldValueSchema).default({}),
  /** Fields in the order they were answered, for "indietro". */
  history: z.array(z.string()).default([]),
  consentAt: z.iso.datetime().optional(),
  /** Invalid answers in a row for the current field. */
  attempts: z.number().int().min(0).default(0),
  /** Fields answered on another channel before a resume code moved the form here: shown masked. */
  resumedFields: z.array(z.string()).optional(),
});
export type FormProgress = z.infer<typeof FormProgressSchema>;

/** What the bot last answered, so a follow-up ("e a Lodi?", "and Monza?") re-asks it with the new detail. */
export const LastAnswerSchema = z.object({
  intent: IntentIdSchema,
  topic: TopicIdSchema.optional(),
  province: ProvinceCodeSchema.optional(),
  comune: z.string().optional(),
  action: ActionIdSchema.optional(),
});

export const ConversationStateSchema = z.object({
  lang: LangSchema.default("it"),
  /** The opening (who the bot is, privacy notice, menu) has been shown. */
  introduced: z.boolean().default(false),
  audience: AudienceSchema.optional(),
  /** What the interview (and free text) established, in the eligibility engine's terms. */
  profile: ProfileSchema.default({}),
  step: StepSchema.default({ kind: "menu" }),
  form: FormProgressSchema.optional(),
  /** "Cancella i miei dati" asked: the next message confirms or not; `step` stays as it was. */
  confirmingErase: z.boolean().default(false),
  /** The latest recommendation, best first. */
  recommended: z.array(ActionIdSchema).default([]),
  /** The full verdict was shown for this audience: later changes are told as what changed. */
  verdictShown: z.boolean().default(false),
  /** References of the submissions filed from this conversation (to say what an erasure removes). */
  references: z.array(z.string()).default([]),
  /** The summary cards whose «Invia» filed a request, newest last: a later press names its reference. */
  sentCards: z
    .array(z.object({ card: z.string(), reference: z.string() }))
    .max(20)
    .default([]),
  /** Consecutive messages the bot did not understand. */
  misunderstood: z.number().int().min(0).default(0),
  handoffReason: z.enum(["user_request", "not_understood", "flow"]).optional(),
  /** The pending "what was missing" question and the end-of-conversation rating (issue 18). */
  feedback: FeedbackStateSchema.default({}),
  lastAnswer: LastAnswerSchema.optional(),
  /** The user accepted to forward the escalation to the mailbox: the next message should be a contact. */
  awaitingContact: z.boolean().default(false),
  /** A request asked for before knowing for whom: the door chosen next starts the form, not the interview. */
  requestPending: z.boolean().default(false),
  /** The profile before each interview answer, newest last, for "indietro" in the interview. */
  interviewTrail: z.array(ProfileSchema).max(40).default([]),
});
export type ConversationState = z.infer<typeof ConversationStateSchema>;
