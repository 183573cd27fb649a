import type { Channel } from "../../content/ids.ts";
import type { AnalyticsEvent } from "../../conversation/dialog/TurnEffect.ts";
import type { Prisma } from "../generated/client.ts";

/** One anonymous event: the schema of `event` admits ids and codes only, never user text. */
export async function recordAnalyticsEvent(
  tx: Prisma.TransactionClient,
  channel: Channel,
  event: AnalyticsEvent,
  now: Date,
): Promise<void> {
  await tx.analyticsEvent.create({
    data: {
      kind: event.kind,
      channel,
      intent: event.intent ?? null,
      actionIds: event.actionIds,
      province: event.province ?? null,
      formId: event.formId ?? null,
      step: event.step ?? null,
      value: event.value ?? null,
      createdAt: now,
    },
  });
}
