/** Telegram refuses a button whose `callback_data` is longer than this, in UTF-8 bytes. */
export const CALLBACK_DATA_MAX_BYTES = 64;

/** Prefix of a reference to a button of a stored message: `#b:<messageId>:<index>`. */
export const BUTTON_REFERENCE_PREFIX = "#b:";

/** Prefix of a helpful / not helpful press on a stored answer: `#f:<messageId>:u|d` (encodeFeedbackData). */
export const FEEDBACK_PREFIX = "#f:";

/**
 * A button's value as callback data: the value itself when it fits in 64 bytes (the common
 * case: it comes back as if typed), otherwise a reference to the stored message and the button's
 * position. The reference needs no table in memory, so it works after a restart and on another
 * instance. Undefined when neither fits (a value too long on a message that was never stored).
 */
export function encodeCallbackData(
  value: string,
  messageId: string | undefined,
  index: number,
): string | undefined {
  if (
    Buffer.byteLength(value, "utf8") <= CALLBACK_DATA_MAX_BYTES &&
    !value.startsWith(BUTTON_REFERENCE_PREFIX) &&
    !value.startsWith(FEEDBACK_PREFIX)
  ) {
    return value;
  }
  if (!messageId) return undefined;
  return `${BUTTON_REFERENCE_PREFIX}${messageId}:${index}`;
}
