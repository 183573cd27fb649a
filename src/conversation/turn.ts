/**
 * The channel-neutral shapes of a turn. Channels convert their inbound events to `Inbound` and
 * render `Reply` natively; nothing here knows about a particular channel.
 */
import { z } from "zod";
import {
  ActionIdSchema,
  FormIdSchema,
  HandoffStateSchema,
  IntentIdSchema,
  LangSchema,
} from "../content/ids.ts";
import { AnswerKeySchema } from "./feedback/AnswerKeySchema.ts";
import { RatingTriggerSchema } from "./feedback/RatingTriggerSchema.ts";
import { sanitizeUserText } from "./sanitizeUserText.ts";

/** Machine-readable facts about a reply, so tests and analytics never parse prose (DESIGN.md). */
export const ChannelDataSchema = z.object({
  intent: IntentIdSchema.optional(),
  actions: z.array(ActionIdSchema).optional(),
  form: z.object({ id: FormIdSchema, field: z.string().optional() }).optional(),
  handoff: HandoffStateSchema.nullable().optional(),
  reference: z.string().optional(),
  /** Where a factual answer comes from in the programme document, in short ("Le azioni finanziabili rivolte alle famiglie"). */
  source: z.string().optional(),
  /** The reply can be rated helpful / not helpful (channels render the controls): the content that produced it. */
  feedback: z.object({ answerKey: AnswerKeySchema }).optional(),
  /** The reply asks for the end-of-conversation rating (its buttons are the scores 1–5 and skip). */
  rating: z.object({ trigger: RatingTriggerSchema }).optional(),
  /** A staff member's reply: their display name, which every channel shows (a person, not the bot). */
  staffName: z.string().max(80).optional(),
});
export type ChannelData = z.infer<typeof ChannelDataSchema>;

/** Telegram's callback data holds 64 bytes: a button's value never needs more. */
export const MAX_BUTTON_VALUE = 64;

export const ButtonSchema = z.object({
  /** What the user sees. */
  label: z.string().min(1).max(80),
  /** What comes back as the user's message when pressed (short: Telegram allows 64 bytes). */
  value: z.string().min(1).max(MAX_BUTTON_VALUE),
});
export type Button = z.infer<typeof ButtonSchema>;

export const CardSchema = z.object({
  title: z.string(),
  subtitle: z.string().optional(),
  facts: z.array(z.object({ label: z.string(), value: z.string() })).default([]),
  text: z.string().optional(),
  buttons: z.array(ButtonSchema).default([]),
});
export type Card = z.infer<typeof CardSchema>;

export const ReplySchema = z.object({
  text: z.string(),
  buttons: z.array(ButtonSchema).default([]),
  card: CardSchema.optional(),
  channelData: ChannelDataSchema.default({}),
});
export type Reply = z.infer<typeof ReplySchema>;

export const MAX_TEXT_LENGTH = 4000;

export const InboundSchema = z.discriminatedUnion("kind", [
  /** Typed text, or the value of a pressed button (channels send both as text). */
  /** Longer texts (Telegram allows 4096 characters) are cut rather than refused. */
  z.object({
    kind: z.literal("text"),
    text: z.string().transform((text) => sanitizeUserText(text).slice(0, MAX_TEXT_LENGTH)),
    /** The language the sender's client says this message is in (a locale): a hint, not a rule. */
    lang: LangSchema.optional(),
  }),
  /** The user opened the conversation (Web Chat join, Telegram /start, Bot Framework conversationUpdate). */
  z.object({ kind: z.literal("start"), lang: LangSchema.optional() }),
]);
export type Inbound = z.infer<typeof InboundSchema>;
