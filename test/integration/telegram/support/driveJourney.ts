import { type BotMessage, keysOf, type TelegramEmulator } from "./startTelegramEmulator.ts";

export interface JourneyStep {
  /** The bot's messages answering the previous action. */
  messages: BotMessage[];
  /** What the user did next: a pressed button's label or typed text. */
  action?: string;
}

type Client = ReturnType<TelegramEmulator["server"]["getClient"]>;

/**
 * A user going through the eligibility interview on Telegram: presses the preferred button when
 * the bot offers buttons (else the first), types `typed` when it asks without buttons, and stops
 * at the verdict or after `maxSteps`.
 */
export async function driveJourney(
  emulator: TelegramEmulator,
  client: Client,
  chatId: number,
  options: { first: string; prefer: string[]; typed: string; maxSteps?: number },
): Promise<JourneyStep[]> {
  const steps: JourneyStep[] = [];
  const settle = (messages: BotMessage[]) => messages.length > 0;
  const quiet = { quietMs: 500 };
  let messages = await emulator.botMessages(chatId, settle, quiet);
  let action: string | undefined = options.first;
  for (let step = 0; step < (options.maxSteps ?? 15) && action !== undefined; step++) {
    const keys = keysOf(messages);
    const key = keys.find((k) => k.text === action) ?? keys.find((k) => options.prefer.includes(k.text));
    if (key) {
      await client.sendCallback(client.makeCallbackQuery(key.callback_data));
      steps.push({ messages, action: key.text });
    } else {
      await client.sendMessage(client.makeMessage(action));
      steps.push({ messages, action });
    }
    messages = await emulator.botMessages(chatId, settle, quiet);
    if (messages.some((m) => /In base alle tue risposte/.test(m.text))) break;
    const next = keysOf(messages);
    action = next.find((k) => options.prefer.includes(k.text))?.text ?? next[0]?.text ?? options.typed;
  }
  steps.push({ messages });
  return steps;
}
