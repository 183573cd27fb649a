import type { Content } from "../../content/Content.ts";

/** The share of the loaded content the dialog runs on: responses, forms, territory and dialogue cues. */
export type DialogContent = Pick<Content, "responses" | "forms" | "territory" | "dialogue">;
