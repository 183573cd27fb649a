import { z } from "zod";
import { parseItalianNumber } from "./parseItalianNumber.ts";

/** An amount in euros written as in the source ("2.466.804,74"), kept with its exact value in cents. */
export const italianAmountSchema = z.string().transform((text, ctx) => {
  const parsed = parseItalianNumber(text);
  if (!parsed.ok || parsed.cents === null) {
    ctx.issues.push({
      code: "custom",
      input: text,
      message: parsed.ok ? `"${text}" has more than two decimals` : `${parsed.message}`,
    });
    return z.NEVER;
  }
  return { text, cents: parsed.cents, euros: parsed.cents / 100 };
});
