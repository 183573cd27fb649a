import { MessagePayloadSchema } from "../../persistence/conversations/MessagePayloadSchema.ts";

export interface TranscriptRow {
  id: bigint;
  direction: string;
  text: string;
  payload: unknown;
  intent: string | null;
  confidence: number | null;
  staffId: string | null;
  createdAt: Date;
}

/**
 * A message as the console shows it: the text, and beside it what the bot understood (intent and
 * confidence of the user's message) or recommended (actions, form field, handoff state of its
 * reply). The payload is parsed, never trusted; text goes out as JSON data and is rendered as text.
 */
export function toTranscriptEntry(row: TranscriptRow, staffNames: Map<string, string>) {
  const payload = MessagePayloadSchema.safeParse(row.payload ?? {});
  const reply = payload.success ? payload.data.reply : undefined;
  return {
    id: row.id.toString(),
    direction: row.direction,
    text: row.text,
    createdAt: row.createdAt.toISOString(),
    intent: row.intent ?? reply?.channelData.intent ?? null,
    confidence: row.confidence,
    actions: reply?.channelData.actions ?? [],
    form: reply?.channelData.form ?? null,
    handoff: reply?.channelData.handoff ?? null,
    buttons: (reply?.buttons ?? []).map((b) => b.label),
    event: payload.success ? (payload.data.event ?? null) : null,
    staffName: row.staffId ? (staffNames.get(row.staffId) ?? null) : null,
  };
}
