/**
 * A confirmed form as the dialog hands it over: everything needed to store it and to write the
 * mails, so that persistence and mail never need the form definitions.
 */
import { z } from "zod";
import {
  ActionIdSchema,
  AtsIdSchema,
  FormIdSchema,
  LangSchema,
  ProvinceCodeSchema,
} from "../../content/ids.ts";
import { FieldValueSchema } from "../state/ConversationState.ts";

export const FactSchema = z.object({ label: z.string(), value: z.string() });
export type Fact = z.infer<typeof FactSchema>;

export const SubmissionDraftSchema = z.object({
  reference: z.string().regex(/^CVL-\d{4}-[0-9A-Z]{5}$/),
  formId: FormIdSchema,
  /** Best first. */
  actionIds: z.array(ActionIdSchema),
  province: ProvinceCodeSchema.optional(),
  atsId: AtsIdSchema.optional(),
  data: z.record(z.string(), FieldValueSchema),
  /** The summary as the user saw it, in each language (the mailbox reads Italian). */
  title: z.object({ it: z.string(), en: z.string() }),
  facts: z.object({ it: z.array(FactSchema), en: z.array(FactSchema) }),
  consentAt: z.iso.datetime(),
  lang: LangSchema,
  /** Where the receipt goes, when the user gave an email. */
  receiptTo: z.string().optional(),
});
export type SubmissionDraft = z.infer<typeof SubmissionDraftSchema>;
