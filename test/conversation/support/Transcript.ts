import type { Channel } from "../../../src/content/ids.ts";
import { handleTurn } from "../../../src/conversation/dialog/handleTurn.ts";
import type { TurnDeps } from "../../../src/conversation/dialog/TurnDeps.ts";
import type { TurnEffect } from "../../../src/conversation/dialog/TurnEffect.ts";
import type { HandoffStatus } from "../../../src/conversation/ports/ConversationStore.ts";
import type { QueueStatus } from "../../../src/conversation/ports/HandoffQueue.ts";
import type { ConversationState } from "../../../src/conversation/state/ConversationState.ts";
import { initialState } from "../../../src/conversation/state/initialState.ts";
import type { Reply } from "../../../src/conversation/turn.ts";
import { createTestDeps } from "./createTestDeps.ts";

/**
 * A conversation with the core alone (no database): each `send` runs one turn on the state the
 * previous one left, and keeps every effect, so a test reads like the transcript it checks.
 */
export class Transcript {
  state: ConversationState = initialState("it");
  handoff: HandoffStatus = "none";
  readonly effects: TurnEffect[] = [];
  readonly lines: string[] = [];
  /** The staff queue as the core sees it (absent: the bot only queues, as on the terminal). */
  queue: QueueStatus | undefined;

  constructor(
    private readonly deps: TurnDeps,
    private readonly channel: Channel = "cli",
  ) {}

  async start(): Promise<Reply[]> {
    return this.run({ kind: "start" }, "(apre la chat)");
  }

  /** `lang`: the language the client says the message is in (a Web Chat activity's locale). */
  async send(text: string, lang?: "it" | "en"): Promise<Reply[]> {
    return this.run({ kind: "text", text, ...(lang ? { lang } : {}) }, text);
  }

  /** Sends each text in turn, as a user who answers one message after another: the last one's replies. */
  async sendAll(...texts: string[]): Promise<Reply[]> {
    let replies: Reply[] = [];
    for (const text of texts) replies = await this.send(text);
    return replies;
  }

  /** The effects of one kind, in order. */
  effectsOf<K extends TurnEffect["kind"]>(kind: K): Array<Extract<TurnEffect, { kind: K }>> {
    return this.effects.filter((e): e is Extract<TurnEffect, { kind: K }> => e.kind === kind);
  }

  private async run(inbound: Parameters<typeof handleTurn>[0], shown: string): Promise<Reply[]> {
    const result = await handleTurn(
      inbound,
      this.state,
      {
        channel: this.channel,
        handoff: this.handoff,
        ...(this.queue ? { queue: async () => ({ ...(this.queue ?? OPEN_QUEUE) }) } : {}),
      },
      this.deps,
    );
    this.state = result.state;
    this.effects.push(...result.effects);
    if (result.effects.some((e) => e.kind === "handoff")) this.handoff = "queued";
    if (result.effects.some((e) => e.kind === "handoff_withdrawn")) this.handoff = "none";
    if (this.queue && result.effects.some((e) => e.kind === "handoff_offered")) this.queue.offered = true;
    if (this.queue && result.effects.some((e) => e.kind === "mailbox_forward")) this.queue.forwarded = true;
    this.lines.push(`> ${shown}`);
    for (const reply of result.replies) {
      this.lines.push(reply.text);
      if (reply.card) this.lines.push(...reply.card.facts.map((f) => `  ${f.label}: ${f.value}`));
      if (reply.buttons.length > 0) this.lines.push(`  [${reply.buttons.map((b) => b.label).join("] [")}]`);
    }
    return result.replies;
  }
}

/** A conversation on the real content and understanding (createTestDeps), greeted as a new user is. */
export async function openChat(channel?: Channel): Promise<Transcript> {
  const chat = new Transcript(await createTestDeps(), channel);
  await chat.start();
  return chat;
}

/** Staff on duty, first in line: what a queue reports on a quiet weekday morning. */
export const OPEN_QUEUE: QueueStatus = {
  position: 1,
  expectedWaitMinutes: 5,
  onDuty: true,
  offerMailbox: null,
  officeHours: { days: [1, 2, 3, 4, 5], opensAt: 540, closesAt: 1020 },
  opening: { inDays: 0, weekday: 1, minutes: 540 },
  offered: false,
  forwarded: false,
  territoryKnown: true,
};
