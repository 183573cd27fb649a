import type { Channel } from "../../../../src/content/ids.ts";
import type { ChannelInbound } from "../../../../src/conversation/feedback/ChannelInboundSchema.ts";
import type {
  ConversationGateway,
  OutboundEvent,
  ReceiveResult,
  StoredMessage,
} from "../../../../src/conversation/ports/ConversationGateway.ts";
import { type Reply, ReplySchema } from "../../../../src/conversation/turn.ts";

export interface FakeGateway extends ConversationGateway {
  /** How many times the core would have run for a conversation (duplicates excluded). */
  turns(externalKey: string): ChannelInbound[];
  /** A staff member writes to a conversation, as the console will. */
  staffSays(externalKey: string, text: string): Promise<void>;
  /**
   * A staff member's message stored now and announced only when the returned function is called,
   * as a notice from another instance that arrives late.
   */
  staffStoresSilently(externalKey: string, text: string): () => void;
}

const MENU = ReplySchema.parse({
  text: "Ciao! Sono Conciliabot, l'assistente automatico del programma di conciliazione vita-lavoro. Chi sei?",
  buttons: [
    { label: "Impresa", value: "Impresa" },
    { label: "Famiglia", value: "Famiglia" },
    { label: "Voglio avviare un'attività", value: "Voglio avviare un'attività" },
    { label: "Parlare con una persona", value: "Parlare con una persona" },
  ],
  channelData: { intent: "greeting" },
});

const SUMMARY = ReplySchema.parse({
  text: "Ecco cosa fa per te.",
  card: {
    title: "Voucher per servizi prima infanzia",
    subtitle: "Azione per le famiglie",
    facts: [
      { label: "Chi", value: "Genitori che lavorano" },
      { label: "Rete", value: "ATS Milano" },
    ],
    buttons: [{ label: "Presenta la domanda", value: "presenta domanda" }],
  },
  channelData: {
    intent: "eligibility_check",
    actions: ["family.childcare_voucher", "family.pre_post_school"],
  },
});

function scriptedReplies(inbound: ChannelInbound): Reply[] {
  if (inbound.kind === "start") return [MENU];
  if (inbound.kind === "feedback") return [];
  if (inbound.text === "Famiglia") return [SUMMARY];
  return [
    ReplySchema.parse({ text: `Hai scritto: ${inbound.text}`, channelData: { intent: "out_of_scope" } }),
  ];
}

/**
 * An in-memory stand-in for the conversation service behind the port, with scripted replies: the
 * web channel's protocol is tested on its own, whatever the core answers.
 */
export function createFakeGateway(options: { returnsInbound?: boolean } = {}): FakeGateway {
  const returnsInbound = options.returnsInbound ?? true;
  const conversations = new Map<string, string>();
  const messages: StoredMessage[] = [];
  const processed = new Map<string, StoredMessage[]>();
  const inbounds = new Map<string, ChannelInbound[]>();
  const listeners = new Set<(event: OutboundEvent) => void>();
  let nextId = 1;

  const open = (channel: Channel, externalKey: string) => {
    const key = `${channel}:${externalKey}`;
    const id = conversations.get(key) ?? `conv-${conversations.size + 1}`;
    conversations.set(key, id);
    return id;
  };
  const store = (message: Omit<StoredMessage, "id" | "createdAt">): StoredMessage => {
    const stored = { ...message, id: String(nextId++), createdAt: new Date() };
    messages.push(stored);
    return stored;
  };
  const announce = (channel: Channel, externalKey: string, stored: StoredMessage) => {
    const event = { conversationId: stored.conversationId, channel, externalKey, messageId: stored.id };
    setImmediate(() => {
      for (const listener of listeners) listener(event);
    });
  };
  /** A staff member's message, stored now; the function returned announces it. */
  const storeStaffMessage = (externalKey: string, text: string) => {
    const conversationId = open("web", externalKey);
    const reply = ReplySchema.parse({ text, channelData: { handoff: "with_staff" } });
    const stored = store({ conversationId, direction: "staff", text, reply });
    return () => announce("web", externalKey, stored);
  };

  return {
    async receive(request): Promise<ReceiveResult> {
      const conversationId = open(request.channel, request.externalKey);
      const dedupeKey = request.externalId ? `${conversationId}:${request.externalId}` : undefined;
      const earlier = dedupeKey ? processed.get(dedupeKey) : undefined;
      if (earlier) return { conversationId, duplicate: true, replies: earlier };
      const inbound = store({
        conversationId,
        direction: "in",
        text: request.inbound.kind === "text" ? request.inbound.text : "",
        externalId: request.externalId,
      });
      inbounds.set(request.externalKey, [...(inbounds.get(request.externalKey) ?? []), request.inbound]);
      const replies = scriptedReplies(request.inbound).map((reply) =>
        store({ conversationId, direction: "bot", text: reply.text, reply }),
      );
      if (dedupeKey) processed.set(dedupeKey, replies);
      for (const reply of replies) announce(request.channel, request.externalKey, reply);
      // The real gateway returns the stored inbound message; one that does not leaves the web
      // channel to read the turn back.
      return { conversationId, duplicate: false, replies, ...(returnsInbound ? { inbound } : {}) };
    },
    async open(channel, externalKey) {
      return { conversationId: open(channel, externalKey) };
    },
    async history(conversationId, afterId, limit = 100) {
      const after = afterId ? BigInt(afterId) : 0n;
      return messages
        .filter((m) => m.conversationId === conversationId && BigInt(m.id) > after)
        .slice(0, limit);
    },
    onOutbound(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async undelivered() {
      return [];
    },
    async markDelivered() {},
    turns: (externalKey) => inbounds.get(externalKey) ?? [],
    async staffSays(externalKey, text) {
      storeStaffMessage(externalKey, text)();
    },
    staffStoresSilently: storeStaffMessage,
  };
}
