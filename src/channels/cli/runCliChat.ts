import { createInterface } from "node:readline";
import type { Readable, Writable } from "node:stream";
import type { ConversationGateway, StoredMessage } from "../../conversation/ports/ConversationGateway.ts";
import type { Button } from "../../conversation/turn.ts";
import { pressButton } from "./pressButton.ts";
import { renderReply } from "./renderReply.ts";

export interface CliChatOptions {
  gateway: ConversationGateway;
  /** The terminal user's conversation key: the same key resumes the same conversation. */
  userKey: string;
  input: Readable;
  output: Writable;
  /** Piped input is echoed, so the output reads as a transcript. */
  echo: boolean;
  /** Also print each reply's channelData (intent, actions, form, handoff, reference). */
  showChannelData: boolean;
}

const EXIT = new Set(["/esci", "/exit", "/quit"]);

/**
 * A conversation in the terminal through the same gateway as every other channel: opening the
 * chat resumes where the user left off; every stored bot or staff message after the last one
 * shown is printed, including those that arrive by themselves (a staff member's reply).
 */
export async function runCliChat(options: CliChatOptions): Promise<void> {
  const { gateway, output } = options;
  const { conversationId } = await gateway.open("cli", options.userKey);
  const shown = await gateway.history(conversationId, undefined, 1000);
  let watermark = shown.at(-1)?.id;
  let buttons: readonly Button[] = [];
  let printing = Promise.resolve();

  const print = (message: StoredMessage) => {
    if (message.direction === "in" || message.direction === "system") return;
    const speaker = message.direction === "staff" ? "Operatore" : "Conciliabot";
    const reply = message.reply ?? { text: message.text, buttons: [], channelData: {} };
    output.write(`${renderReply(reply, speaker)}\n`);
    if (options.showChannelData) output.write(`  ${JSON.stringify(reply.channelData)}\n`);
    buttons = reply.buttons;
  };
  const flush = () => {
    printing = printing.then(async () => {
      for (;;) {
        const batch = await gateway.history(conversationId, watermark, 100);
        for (const message of batch) print(message);
        watermark = batch.at(-1)?.id ?? watermark;
        if (batch.length < 100) return;
      }
    });
    return printing;
  };
  const unsubscribe = gateway.onOutbound((event) => {
    if (event.conversationId === conversationId) void flush();
  });

  try {
    await gateway.receive({ channel: "cli", externalKey: options.userKey, inbound: { kind: "start" } });
    await flush();
    const lines = createInterface({ input: options.input, crlfDelay: Number.POSITIVE_INFINITY });
    if (!options.echo) output.write("> ");
    for await (const line of lines) {
      const text = line.trim();
      if (EXIT.has(text.toLowerCase())) break;
      if (text !== "") {
        if (options.echo) output.write(`\n> ${text}\n`);
        await gateway.receive({
          channel: "cli",
          externalKey: options.userKey,
          inbound: { kind: "text", text: pressButton(text, buttons) },
        });
        await flush();
      }
      if (!options.echo) output.write("\n> ");
    }
  } finally {
    unsubscribe();
    await printing;
  }
}
