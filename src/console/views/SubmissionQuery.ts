import { z } from "zod";
import { ActionIdSchema, ProvinceCodeSchema } from "../../content/ids.ts";
import { SubmissionStatusSchema } from "./SubmissionStatus.ts";

const isoDate = z.iso.date("data nel formato AAAA-MM-GG");
const empty = (v: unknown) => (v === "" ? undefined : v);

/** The filters of the requests list and its export, as the page sends them (`from`/`to` are Rome days). */
export const SubmissionQuerySchema = z.object({
  action: z.preprocess(empty, ActionIdSchema.optional()),
  province: z.preprocess(empty, ProvinceCodeSchema.optional()),
  status: z.preprocess(empty, SubmissionStatusSchema.optional()),
  from: z.preprocess(empty, isoDate.optional()),
  to: z.preprocess(empty, isoDate.optional()),
});
export type SubmissionQuery = z.infer<typeof SubmissionQuerySchema>;
