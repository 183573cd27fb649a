import { z } from "zod";
import { ChannelSchema, LangSchema } from "../../content/ids.ts";
import type { ConversationRecord } from "../../conversation/ports/ConversationStore.ts";

const HandoffStatusSchema = z.enum(["none", "queued", "with_staff"]).catch("none");

/** What both Prisma's Conversation and a raw row of loadConversation provide. */
interface ConversationLike {
  id: string;
  channel: string;
  externalKey: string;
  lang: string;
  state: unknown;
  version: number;
  handoffStatus: string;
  assignedStaffId: string | null;
  address: unknown;
  lastActivityAt: Date;
}

/** A Conversation row for the service; the state stays raw for the dialog to parse with its schema. */
export function toConversationRecord(row: ConversationLike): ConversationRecord {
  return {
    id: row.id,
    channel: ChannelSchema.parse(row.channel),
    externalKey: row.externalKey,
    lang: LangSchema.catch("it").parse(row.lang),
    state: row.state,
    version: row.version,
    handoff: HandoffStatusSchema.parse(row.handoffStatus),
    ...(row.assignedStaffId === null ? {} : { assignedStaffId: row.assignedStaffId }),
    ...(row.address === null || row.address === undefined ? {} : { address: row.address }),
    lastActivityAt: row.lastActivityAt,
  };
}
