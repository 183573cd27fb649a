import { z } from "zod";

/** The three doors of the menu: a firm, a family, a woman who wants to start a care service. */
export const AudienceSchema = z.enum(["firm", "family", "self_employment"]);
export type Audience = z.infer<typeof AudienceSchema>;
