import { z } from "zod";

/**
 * The handoff column of a conversation: `none` (the bot talks), `queued` (waiting for a person;
 * the bot still answers meanwhile), `with_staff` (a person answers; the bot stays quiet).
 */
export const HandoffStatusSchema = z.enum(["none", "queued", "with_staff"]);
export type HandoffStatus = z.infer<typeof HandoffStatusSchema>;
