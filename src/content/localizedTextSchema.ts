import { z } from "zod";

/** Every text the bot may say exists in Italian and English; a missing translation is a load error. */
export const LocalizedTextSchema = z.strictObject({
  it: z.string().trim().min(1),
  en: z.string().trim().min(1),
});
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;
