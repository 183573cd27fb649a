/**
 * What a Direct Line client may post. Only the fields the service uses are checked; the rest of
 * what Web Chat sends (entities, timestamps, locale…) is accepted and ignored.
 */
import { z } from "zod";

const ExternalIdSchema = z
  .string()
  .min(1)
  .max(100)
  .regex(/^[\w.:|-]+$/, { message: "l'id dell'attività può contenere solo lettere, cifre e . : | _ -" });

const Common = {
  id: ExternalIdSchema.optional(),
  from: z.object({ id: z.string().max(200).optional(), name: z.string().max(200).optional() }).optional(),
  channelData: z.object({ clientActivityID: ExternalIdSchema.optional() }).optional(),
  locale: z.string().max(20).optional(),
};

export const InboundActivitySchema = z.discriminatedUnion(
  "type",
  [
    z.object({
      ...Common,
      type: z.literal("message"),
      text: z
        .string({ message: "un messaggio deve avere un testo" })
        // Longer than the conversation's limit is still a message: the core answers it politely.
        .max(32_000, { message: "il testo può avere al massimo 32000 caratteri" })
        .refine((text) => text.trim().length > 0, { message: "il testo del messaggio è vuoto" }),
    }),
    z.object({
      ...Common,
      type: z.literal("event"),
      name: z.string().max(200),
      value: z.unknown().optional(),
      /** Web Chat's feedback event carries the pressed action here (readFeedbackEvent). */
      entities: z.array(z.unknown()).max(10).optional(),
    }),
    z.object({ ...Common, type: z.literal("conversationUpdate") }),
    z.object({ ...Common, type: z.literal("typing") }),
  ],
  {
    error: (issue) =>
      issue.code === "invalid_union"
        ? 'tipo di attività non supportato: sono ammessi "message", "event", "conversationUpdate" e "typing"'
        : undefined,
  },
);
