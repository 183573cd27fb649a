import { z } from "zod";
import { ProvinceCodeSchema } from "../../content/ids.ts";

/**
 * What a message says about the person's situation and contacts. Only what the text states
 * explicitly: a missing field means "not said", never "zero" or "no".
 */
export const EntitiesSchema = z.object({
  province: ProvinceCodeSchema.optional(),
  /** Set only for comuni that are not the province's main town: it matters for split provinces. */
  comune: z.string().min(1).optional(),
  /** Id of a split area (e.g. "valcamonica") named without a comune; it settles the ATS. */
  area: z.string().min(1).optional(),
  /** Number of workers the message states (digits or words). */
  employees: z.number().int().min(0).optional(),
  /** A child's age in years; months become fractions (18 mesi → 1.5). */
  child_age: z.number().min(0).max(18).optional(),
  email: z.string().min(3).optional(),
  /** E.164, e.g. +393331234567. */
  phone: z
    .string()
    .regex(/^\+39\d{6,11}$/)
    .optional(),
  /** A codice fiscale whose check character is right, upper case. */
  tax_code: z.string().length(16).optional(),
  /** A partita IVA whose check digit is right, eleven digits. */
  vat_number: z
    .string()
    .regex(/^\d{11}$/)
    .optional(),
  /** ISO date (yyyy-mm-dd). */
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
});
export type Entities = z.infer<typeof EntitiesSchema>;
