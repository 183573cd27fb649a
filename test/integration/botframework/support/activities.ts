import { randomUUID } from "node:crypto";

export interface ActivityOptions {
  serviceUrl: string;
  conversationId: string;
  id?: string;
  text?: string;
  value?: unknown;
  deliveryMode?: "normal" | "expectReplies";
  locale?: string;
}

const user = { id: "user-1", name: "Utente di prova", role: "user" };
const bot = { id: "conciliabot", name: "Conciliabot", role: "bot" };

/** What every Activity from the user carries. */
function fromUser(type: string, options: ActivityOptions) {
  return {
    type,
    id: options.id ?? randomUUID(),
    timestamp: new Date().toISOString(),
    channelId: "directline",
    serviceUrl: options.serviceUrl,
    from: user,
    recipient: bot,
    conversation: { id: options.conversationId },
    locale: options.locale ?? "it-IT",
    ...(options.deliveryMode ? { deliveryMode: options.deliveryMode } : {}),
  };
}

/** A message Activity as the Bot Connector (or Azure Direct Line) posts it to /api/messages. */
export function messageActivity(options: ActivityOptions) {
  return {
    ...fromUser("message", options),
    ...(options.text === undefined ? {} : { text: options.text }),
    ...(options.value === undefined ? {} : { value: options.value }),
  };
}

/** The conversationUpdate a channel sends when the user joins the conversation. */
export function joinActivity(options: ActivityOptions) {
  return { ...fromUser("conversationUpdate", options), membersAdded: [user] };
}

/** A new conversation's options, its replies asked back in the HTTP responses. */
export function expectingReplies(serviceUrl: string) {
  return { serviceUrl, conversationId: `bf-${randomUUID()}`, deliveryMode: "expectReplies" as const };
}
