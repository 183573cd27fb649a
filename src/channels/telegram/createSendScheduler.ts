import type { SendFailure } from "./classifyTelegramError.ts";

export interface SendSchedulerOptions {
  /** Sustained messages per second into one chat (Telegram: about one). */
  perChatPerSecond?: number;
  /** Messages one chat may receive at once before the pace applies (a turn of a few replies). */
  perChatBurst?: number;
  /** Messages per second over all chats (Telegram: about 30). */
  globalPerSecond?: number;
  /** Attempts for a send that fails with a transient error before it is given up. */
  maxAttempts?: number;
  classify: (error: unknown) => SendFailure;
  onDropped?: (chatKey: string, error: unknown) => void;
  now?: () => number;
}

/** How a queued send ended: sent, refused for good, or not sent for a reason that may pass. */
export type SendOutcome = "sent" | "given_up" | "retry_later";

interface Job {
  send: () => Promise<void>;
  attempts: number;
  resolve: (outcome: SendOutcome) => void;
}

interface ChatQueue {
  jobs: Job[];
  tokens: number;
  refilledAt: number;
  blockedUntil: number;
  running: boolean;
}

/**
 * Paces outgoing messages the way Telegram asks: token buckets per chat and overall, one send
 * at a time per chat (order matters in a conversation), many chats in parallel, round robin so
 * one busy chat never starves the others. A 429 pauses sending for the `retry_after` Telegram
 * gives; network errors and 5xx are retried with backoff.
 */
export function createSendScheduler(options: SendSchedulerOptions) {
  const perChatRate = options.perChatPerSecond ?? 1;
  const perChatBurst = options.perChatBurst ?? 3;
  const globalRate = options.globalPerSecond ?? 30;
  const maxAttempts = options.maxAttempts ?? 5;
  const now = options.now ?? (() => Date.now());

  const chats = new Map<string, ChatQueue>();
  let globalTokens = globalRate;
  let globalRefilledAt = now();
  let globalBlockedUntil = 0;
  let timer: NodeJS.Timeout | undefined;
  let timerAt = Number.POSITIVE_INFINITY;
  let inFlight = 0;
  let queued = 0;
  let stopped = false;
  let idleWaiters: Array<() => void> = [];

  const notifyIdle = () => {
    if (queued > 0 || inFlight > 0) return;
    const waiters = idleWaiters;
    idleWaiters = [];
    for (const resolve of waiters) resolve();
  };

  const wakeAt = (at: number) => {
    if (stopped || at >= timerAt) return;
    if (timer) clearTimeout(timer);
    timerAt = at;
    timer = setTimeout(
      () => {
        timer = undefined;
        timerAt = Number.POSITIVE_INFINITY;
        pump();
      },
      Math.max(0, Math.ceil(at - now())),
    );
  };

  const refill = (t: number) => {
    globalTokens = Math.min(globalRate, globalTokens + ((t - globalRefilledAt) * globalRate) / 1000);
    globalRefilledAt = t;
  };

  const refillChat = (chat: ChatQueue, t: number) => {
    chat.tokens = Math.min(perChatBurst, chat.tokens + ((t - chat.refilledAt) * perChatRate) / 1000);
    chat.refilledAt = t;
  };

  async function run(key: string, chat: ChatQueue, job: Job): Promise<void> {
    try {
      await job.send();
      chat.jobs.shift();
      queued -= 1;
      job.resolve("sent");
    } catch (error) {
      job.attempts += 1;
      const failure = options.classify(error);
      if (failure.kind === "retry_after") {
        // Telegram's flood control: whatever the chat, slow everything down for that long.
        chat.blockedUntil = now() + failure.ms;
        globalBlockedUntil = Math.max(globalBlockedUntil, now() + failure.ms);
      } else if (failure.kind === "transient" && job.attempts < maxAttempts) {
        chat.blockedUntil = now() + Math.min(30_000, 500 * 2 ** (job.attempts - 1));
      } else {
        chat.jobs.shift();
        queued -= 1;
        job.resolve(failure.kind === "permanent" ? "given_up" : "retry_later");
        options.onDropped?.(key, error);
      }
    } finally {
      chat.running = false;
      inFlight -= 1;
      pump();
      notifyIdle();
    }
  }

  function pump(): void {
    if (stopped) return;
    const t = now();
    refill(t);
    let next = Number.POSITIVE_INFINITY;
    for (const [key, chat] of chats) {
      if (chat.running) continue;
      refillChat(chat, t);
      const job = chat.jobs[0];
      if (!job) {
        if (chat.tokens >= perChatBurst) chats.delete(key);
        continue;
      }
      if (chat.blockedUntil > t) {
        next = Math.min(next, chat.blockedUntil);
        continue;
      }
      if (globalBlockedUntil > t) {
        next = Math.min(next, globalBlockedUntil);
        break;
      }
      if (chat.tokens < 1) {
        next = Math.min(next, t + ((1 - chat.tokens) * 1000) / perChatRate);
        continue;
      }
      if (globalTokens < 1) {
        next = Math.min(next, t + ((1 - globalTokens) * 1000) / globalRate);
        break;
      }
      chat.tokens -= 1;
      globalTokens -= 1;
      chat.running = true;
      inFlight += 1;
      // Round robin: the chat just served goes to the back of the line.
      chats.delete(key);
      chats.set(key, chat);
      void run(key, chat, job);
    }
    if (Number.isFinite(next)) wakeAt(next);
  }

  return {
    /** Sends of one chat leave in the order queued, each after the previous one finished. */
    enqueue(chatKey: string, send: () => Promise<void>): Promise<SendOutcome> {
      if (stopped) return Promise.resolve("retry_later");
      return new Promise<SendOutcome>((resolve) => {
        let chat = chats.get(chatKey);
        if (!chat) {
          chat = { jobs: [], tokens: perChatBurst, refilledAt: now(), blockedUntil: 0, running: false };
          chats.set(chatKey, chat);
        }
        chat.jobs.push({ send, attempts: 0, resolve });
        queued += 1;
        pump();
      });
    },
    /** Resolves when nothing is queued or in flight. */
    idle() {
      if (queued === 0 && inFlight === 0) return Promise.resolve();
      return new Promise<void>((resolve) => idleWaiters.push(resolve));
    },
    pending: () => queued,
    /** Stops the timers; everything still queued resolves "retry_later". */
    stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      for (const chat of chats.values()) {
        for (const job of chat.running ? chat.jobs.slice(1) : chat.jobs) job.resolve("retry_later");
        chat.jobs = chat.running ? chat.jobs.slice(0, 1) : [];
      }
      queued = inFlight;
      notifyIdle();
    },
  };
}
