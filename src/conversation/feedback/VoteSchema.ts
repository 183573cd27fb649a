import { z } from "zod";

/** Helpful (up) or not helpful (down): the two answers every channel offers on a rateable reply. */
export const VoteSchema = z.enum(["up", "down"]);
export type Vote = z.infer<typeof VoteSchema>;
