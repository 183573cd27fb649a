import type { Activity, ChannelAccount } from "botbuilder";
import type { InboundActivity } from "./ActivitySchema.ts";

function dateOf(value: string | undefined): Date | undefined {
  if (!value) return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

function accountOf(account: InboundActivity["from"]): ChannelAccount {
  return { ...account, name: account.name ?? "" };
}

/**
 * The parsed Activity in botbuilder's own type, whose TypeScript declaration marks as required
 * fields that channels routinely omit: those get neutral values here instead of a cast.
 */
export function toBotbuilderActivity(activity: InboundActivity): Activity {
  return {
    ...activity,
    timestamp: dateOf(activity.timestamp),
    localTimestamp: dateOf(activity.localTimestamp),
    localTimezone: activity.localTimezone ?? "",
    callerId: "",
    text: activity.text ?? "",
    label: "",
    valueType: "",
    listenFor: [],
    from: accountOf(activity.from),
    recipient: accountOf(activity.recipient),
    membersAdded: activity.membersAdded?.map(accountOf),
    conversation: {
      ...activity.conversation,
      isGroup: activity.conversation.isGroup ?? false,
      conversationType: activity.conversation.conversationType ?? "",
      name: activity.conversation.name ?? "",
    },
  };
}
