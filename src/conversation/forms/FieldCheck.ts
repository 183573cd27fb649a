import type { ErrorKey } from "../../content/ResponsesSchema.ts";
import type { FieldValue } from "../state/ConversationState.ts";

/** A user's answer to a form field: the value to keep, or which message explains the fix. */
export type FieldCheck =
  | { ok: true; value: FieldValue }
  | { ok: false; error: ErrorKey; values?: Record<string, string | number> };
