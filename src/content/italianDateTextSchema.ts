import { z } from "zod";
import { parseItalianDate } from "./parseItalianDate.ts";

/** A date written as in the source ("15 gennaio 2019"), kept with its ISO form and precision. */
export const italianDateTextSchema = z.string().transform((text, ctx) => {
  const parsed = parseItalianDate(text);
  if (!parsed.ok) {
    ctx.issues.push({ code: "custom", input: text, message: parsed.message });
    return z.NEVER;
  }
  return { text, iso: parsed.date, precision: parsed.precision };
});
