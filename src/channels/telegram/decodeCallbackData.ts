import { BUTTON_REFERENCE_PREFIX } from "./encodeCallbackData.ts";

export type DecodedCallbackData =
  | { kind: "value"; value: string }
  | { kind: "reference"; messageId: string; index: number };

const REFERENCE = /^(\d{1,19}):(\d{1,3})$/;

/** The inverse of `encodeCallbackData`; a malformed reference is taken as typed text. */
export function decodeCallbackData(data: string): DecodedCallbackData {
  if (data.startsWith(BUTTON_REFERENCE_PREFIX)) {
    const match = REFERENCE.exec(data.slice(BUTTON_REFERENCE_PREFIX.length));
    if (match?.[1] && match[2]) return { kind: "reference", messageId: match[1], index: Number(match[2]) };
  }
  return { kind: "value", value: data };
}
