import { z } from "zod";

/** Direct Line conversation ids are random, URL-safe and hard to guess: half of the capability. */
export const DirectLineConversationIdSchema = z.string().regex(/^[A-Za-z0-9_-]{22}$/);
