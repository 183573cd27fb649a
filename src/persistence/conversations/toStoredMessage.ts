import { z } from "zod";
import type { StoredMessage } from "../../conversation/ports/ConversationGateway.ts";
import type { Message } from "../generated/client.ts";
import { MessagePayloadSchema } from "./MessagePayloadSchema.ts";

const DirectionSchema = z.enum(["in", "bot", "staff", "system"]);

/** A Message row as the gateway shows it; the JSON payload is parsed, never trusted. */
export function toStoredMessage(row: Message): StoredMessage {
  const payload = row.payload === null ? undefined : MessagePayloadSchema.safeParse(row.payload);
  const reply = payload?.success ? payload.data.reply : undefined;
  return {
    id: row.id.toString(),
    conversationId: row.conversationId,
    direction: DirectionSchema.parse(row.direction),
    text: row.text,
    ...(reply ? { reply } : {}),
    ...(row.direction === "in" && row.externalId !== null ? { externalId: row.externalId } : {}),
    createdAt: row.createdAt,
  };
}
