import type { Prisma } from "../generated/client.ts";

/**
 * Anonymous handoff analytics: `handoff_claimed` with the seconds waited (the dashboard's waiting
 * times and the queue's wait estimate), `handoff_closed` with the outcome, `handoff_forwarded`.
 */
export async function recordHandoffEvent(
  client: Prisma.TransactionClient,
  event: {
    kind: "handoff_claimed" | "handoff_closed" | "handoff_forwarded" | "handoff_handed_back";
    channel: string;
    province: string | null;
    step?: string;
    value?: number;
    now: Date;
  },
): Promise<void> {
  await client.analyticsEvent.create({
    data: {
      kind: event.kind,
      channel: event.channel,
      province: event.province,
      step: event.step ?? null,
      value: event.value ?? null,
      actionIds: [],
      createdAt: event.now,
    },
  });
}
