import { z } from "zod";
import type { StoredMessage } from "../../conversation/ports/ConversationGateway.ts";
import { MessagePayloadSchema } from "./MessagePayloadSchema.ts";

const DirectionSchema = z.enum(["in", "bot", "staff", "system"]);

/** What both Prisma's Message and a raw MessageRow provide. */
interface MessageLike {
  id: bigint | string;
  conversationId: string;
  direction: string;
  externalId: string | null;
  text: string;
  payload: unknown;
  createdAt: Date;
}

/** A Message row as the gateway shows it; the JSON payload is parsed, never trusted. */
export function toStoredMessage(row: MessageLike): StoredMessage {
  const payload =
    row.payload === null || row.payload === undefined
      ? undefined
      : MessagePayloadSchema.safeParse(row.payload);
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
