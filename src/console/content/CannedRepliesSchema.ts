import { z } from "zod";

/** `src/console/content/cannedReplies.yaml`: texts staff pick and adjust before sending. */
export const CannedRepliesSchema = z.object({
  replies: z
    .array(
      z.object({
        id: z.string().regex(/^[a-z][a-z0-9_]*$/, "expected a snake_case id"),
        title: z.string().trim().min(1).max(60),
        /** Both languages: the console offers the one of the conversation. */
        text: z.object({
          it: z.string().trim().min(1).max(2000),
          en: z.string().trim().min(1).max(2000),
        }),
      }),
    )
    .min(1),
});
export type CannedReplies = z.infer<typeof CannedRepliesSchema>;
