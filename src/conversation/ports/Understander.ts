/**
 * What the dialog needs from language understanding (src/conversation/nlu): one call per
 * free-text message, asked only when the dialog cannot settle the text itself (a button, a command,
 * a valid form value), so that typed personal data travel no further than needed.
 */
import type { Lang } from "../../content/ids.ts";
import type { Understanding } from "../nlu/Understanding.ts";

export interface UnderstandContext {
  /** The conversation's language so far: a hint for very short texts. */
  lang: Lang;
  /** What the dialog is waiting for (a form field type, an interview question), when anything. */
  expecting?: string;
}

export interface Understander {
  understand(text: string, context: UnderstandContext): Promise<Understanding>;
}
