import { z } from "zod";
import { checkListedOnce } from "./checkListedOnce.ts";
import { formatEuro } from "./format/formatEuro.ts";
import { PROVINCE_CODES, ProvinceCodeSchema } from "./ids.ts";
import { italianAmountSchema } from "./italianAmountSchema.ts";
import { italianDateTextSchema } from "./italianDateTextSchema.ts";
import { LocalizedTextSchema } from "./localizedTextSchema.ts";
import { parseItalianNumber } from "./parseItalianNumber.ts";

const source = z.string().trim().min(1);
const CountFact = z.strictObject({
  value: z.number().int().min(0),
  /** "oltre 300" is `more_than`: the bot must not say "300 progetti". */
  qualifier: z.enum(["exact", "more_than"]).default("exact"),
  source,
});
const SourceOnly = z.strictObject({ source });
/** `en`: the English wording, when the Italian text is not a proper name. */
const TextFact = z.strictObject({ text: z.string().min(1), en: z.string().min(1).optional(), source });
const AmountFact = z.strictObject({ value: italianAmountSchema, text: z.string().optional(), source });
const DateFact = z.strictObject({ text: italianDateTextSchema, source });

/**
 * One province of the POR FSE table, amount as printed in the seed. A misprint is never guessed away:
 * it needs a recorded `correction` with a note, and the corrected table must still reconcile.
 */
const TableRowSchema = z
  .strictObject({
    province: ProvinceCodeSchema,
    projects: z.number().int().min(0),
    amount: z.string(),
    correction: z.strictObject({ amount: z.string(), note: z.string().min(1) }).optional(),
    source,
  })
  .transform((row, ctx) => {
    const printed = parseItalianNumber(row.amount);
    const printedCents = printed.ok ? printed.cents : null;
    if (printedCents !== null && row.correction) {
      ctx.issues.push({
        code: "custom",
        path: ["correction"],
        input: row.correction,
        message: `a correction is recorded but the printed amount "${row.amount}" is valid`,
      });
      return z.NEVER;
    }
    if (printedCents !== null) {
      return {
        ...row,
        printed: row.amount,
        cents: printedCents,
        euros: printedCents / 100,
        corrected: false,
      };
    }
    if (!row.correction) {
      const why = printed.ok ? "has more than two decimals" : printed.message;
      ctx.issues.push({
        code: "custom",
        path: ["amount"],
        input: row.amount,
        message: `${why}; if the source has a misprint, record a correction with a note`,
      });
      return z.NEVER;
    }
    const corrected = parseItalianNumber(row.correction.amount);
    if (!corrected.ok || corrected.cents === null) {
      ctx.issues.push({
        code: "custom",
        path: ["correction", "amount"],
        input: row.correction.amount,
        message: corrected.ok ? "has more than two decimals" : corrected.message,
      });
      return z.NEVER;
    }
    return {
      ...row,
      printed: row.amount,
      cents: corrected.cents,
      euros: corrected.cents / 100,
      corrected: true,
    };
  });

const DecreeSchema = z
  .strictObject({
    number: CountFact,
    date: DateFact,
    admitted: CountFact,
    funded: CountFact,
    total: AmountFact,
    further_funding: SourceOnly,
    table: z.strictObject({
      source,
      rows: z.array(TableRowSchema),
      total: z.strictObject({ projects: z.number().int().min(0), amount: italianAmountSchema, source }),
    }),
  })
  .superRefine((decree, ctx) => {
    const { rows, total } = decree.table;
    checkListedOnce(ctx, ["table", "rows"], rows, "province", { ids: PROVINCE_CODES, name: "provinces" });
    const projects = rows.reduce((sum, row) => sum + row.projects, 0);
    const cents = rows.reduce((sum, row) => sum + row.cents, 0);
    if (projects !== total.projects || cents !== total.amount.cents) {
      ctx.addIssue({
        code: "custom",
        path: ["table", "total"],
        message: `the provinces add up to ${projects} projects and ${formatEuro(cents / 100)}, but the stated total is ${total.projects} projects and ${formatEuro(total.amount.euros)}`,
      });
    }
    if (decree.funded.value !== total.projects) {
      ctx.addIssue({
        code: "custom",
        path: ["funded", "value"],
        message: `the decree funds ${decree.funded.value} projects but the table totals ${total.projects}`,
      });
    }
    if (decree.total.value.cents !== total.amount.cents) {
      ctx.addIssue({
        code: "custom",
        path: ["total", "value"],
        message: `the decree total ${formatEuro(decree.total.value.euros)} differs from the table total ${formatEuro(total.amount.euros)}`,
      });
    }
    if (decree.admitted.value < decree.funded.value) {
      ctx.addIssue({
        code: "custom",
        path: ["admitted", "value"],
        message: "fewer projects admitted than funded",
      });
    }
  });

/** `intents/programme/facts.yaml`: programme facts with their source quotes. */
export const FactsFileSchema = z.strictObject({
  seed: z.string().min(1),
  mailbox: z.email(),
  mailbox_source: source,
  results_2014_2016: z.strictObject({
    period: z.string().min(1),
    projects: CountFact,
    care_socio_educational_percent: CountFact,
    networks: CountFact,
    local_alliances: CountFact,
    member_bodies: CountFact,
  }),
  model_2017_2018: z.strictObject({
    period: z.string().min(1),
    governance: SourceOnly,
    approach: SourceOnly,
    networks_before: CountFact,
    networks_after: CountFact,
    law: z.strictObject({ value: z.string().min(1), source }),
    ats_role: SourceOnly,
    regional_budget: AmountFact,
    plans_validated: TextFact,
    alliance_projects: CountFact,
    system_actions: CountFact,
    start: DateFact,
    end: DateFact,
  }),
  por_fse_notice: z.strictObject({
    period: z.string().min(1),
    title: LocalizedTextSchema,
    title_source: source,
    date: DateFact,
    fund: TextFact,
    complementary: SourceOnly,
    partnership: TextFact,
    max_share_percent: CountFact,
    max_grant: AmountFact,
  }),
  decree: DecreeSchema,
  communication: z.strictObject({
    source,
    items: z.array(z.strictObject({ it: z.string().min(1), en: z.string().min(1), source })).min(1),
    networks_strength: SourceOnly,
    stakeholders: SourceOnly,
  }),
});
export type Facts = z.infer<typeof FactsFileSchema>;
