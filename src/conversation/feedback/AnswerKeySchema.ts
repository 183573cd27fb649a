import { z } from "zod";

/**
 * Which content produced a rateable answer: "topic:<id>" (intents/programme/topics.yaml),
 * "action:<id>" (an action's description) or "verdict:eligibility" (the interview's verdict).
 * The console groups feedback by it and links from it to the content to fix.
 */
export const AnswerKeySchema = z.string().regex(/^(topic|action|verdict):[a-z0-9_.-]{1,80}$/);
export type AnswerKey = z.infer<typeof AnswerKeySchema>;
