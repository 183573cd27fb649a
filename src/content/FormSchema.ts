/**
 * A guided form as data (intents/forms/<id>.yaml): staff can add a field or reword a question
 * without touching code, and the loader refuses a form that the dialog could not run.
 */

import { z } from "zod";
import { checkListedOnce } from "./checkListedOnce.ts";
import { ActionIdSchema, FormIdSchema } from "./ids.ts";

export const LocalizedSchema = z.strictObject({ it: z.string().trim().min(1), en: z.string().trim().min(1) });

const encoder = new TextEncoder();
function fitsButton(label: string): boolean {
  return encoder.encode(label).length <= 64;
}

export const FIELD_TYPES = [
  "text",
  "person_name",
  "long_text",
  "email",
  "phone",
  "codice_fiscale",
  "partita_iva",
  "province",
  "comune",
  "integer",
  "choice",
] as const;
export const FieldTypeSchema = z.enum(FIELD_TYPES);
export type FieldType = z.infer<typeof FieldTypeSchema>;

/** Interview answers that can fill a form field in advance, so nobody is asked twice. */
export const PREFILL_KEYS = ["province", "comune", "employees"] as const;

export const FormFieldSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z][a-z_]*$/, "expected a snake_case id"),
    type: FieldTypeSchema,
    required: z.boolean().default(true),
    label: LocalizedSchema,
    prompt: LocalizedSchema,
    /** Other names people use in "modifica <campo>". */
    aliases: z.array(z.string().trim().min(1)).default([]),
    min: z.number().int().optional(),
    max: z.number().int().optional(),
    min_length: z.number().int().min(1).optional(),
    max_length: z.number().int().min(1).optional(),
    options: z
      .array(
        z.strictObject({
          value: z.string().regex(/^[a-z][a-z_]*$/, "expected a snake_case value"),
          /** Shown as a button whose label comes back as the user's message: at most 64 bytes. */
          label: LocalizedSchema.refine((l) => fitsButton(l.it) && fitsButton(l.en), {
            message: "a button label must fit in 64 bytes",
          }),
          /** The action this choice points to, ranked first in the submission. */
          action: ActionIdSchema.optional(),
        }),
      )
      .optional(),
    prefill: z.enum(PREFILL_KEYS).optional(),
  })
  .superRefine((field, ctx) => {
    if (field.type === "choice" && (field.options ?? []).length < 2) {
      ctx.addIssue({ code: "custom", path: ["options"], message: "a choice needs at least two options" });
    }
    if (field.type !== "choice" && field.options !== undefined) {
      ctx.addIssue({ code: "custom", path: ["options"], message: "options are only for type choice" });
    }
    if (field.min !== undefined && field.max !== undefined && field.min > field.max) {
      ctx.addIssue({ code: "custom", path: ["max"], message: "max is below min" });
    }
  });
export type FormField = z.infer<typeof FormFieldSchema>;

export const FormSchema = z
  .strictObject({
    id: FormIdSchema,
    title: LocalizedSchema,
    /** Why the data are asked and who receives them: shown with the consent question. */
    purpose: LocalizedSchema,
    /** The actions this form is the way to apply for. */
    actions: z.array(ActionIdSchema).min(1),
    fields: z.array(FormFieldSchema).min(1),
    /** The email field that receives the receipt, if any. */
    receipt_field: z.string().optional(),
  })
  .superRefine((form, ctx) => {
    checkListedOnce(ctx, ["fields"], form.fields, "id");
    if (form.receipt_field !== undefined) {
      const target = form.fields.find((f) => f.id === form.receipt_field);
      if (target?.type !== "email") {
        ctx.addIssue({ code: "custom", path: ["receipt_field"], message: "must name a field of type email" });
      }
    }
    const comune = form.fields.findIndex((f) => f.type === "comune");
    const province = form.fields.findIndex((f) => f.type === "province");
    if (comune >= 0 && (province < 0 || province > comune)) {
      ctx.addIssue({
        code: "custom",
        path: ["fields", comune],
        message: "a comune field needs a province field before it",
      });
    }
  });
export type Form = z.infer<typeof FormSchema>;
