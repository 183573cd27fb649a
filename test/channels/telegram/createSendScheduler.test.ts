import { TelegramError } from "telegraf";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { classifyTelegramError } from "../../../src/channels/telegram/classifyTelegramError.ts";
import { createSendScheduler } from "../../../src/channels/telegram/createSendScheduler.ts";

describe("pacing Telegram messages", () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("sends a chat's messages in order, a short burst at once and then about one per second", async () => {
    const sent: Array<[string, number]> = [];
    const scheduler = createSendScheduler({ classify: classifyTelegramError, perChatBurst: 2 });
    for (let i = 1; i <= 5; i++) {
      void scheduler.enqueue("chat", async () => {
        sent.push([`m${i}`, Date.now()]);
      });
    }
    await vi.advanceTimersByTimeAsync(0);
    expect(sent.map(([m]) => m)).toEqual(["m1", "m2"]);
    await vi.advanceTimersByTimeAsync(3_100);
    expect(sent.map(([m]) => m)).toEqual(["m1", "m2", "m3", "m4", "m5"]);
    const gaps = sent.slice(2).map(([, at], i) => at - (sent[i + 1]?.[1] ?? 0));
    for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(900);
    scheduler.stop();
  });

  it("keeps to the overall limit across many chats", async () => {
    let sent = 0;
    const scheduler = createSendScheduler({ classify: classifyTelegramError, globalPerSecond: 30 });
    for (let chat = 0; chat < 100; chat++) {
      void scheduler.enqueue(`chat-${chat}`, async () => {
        sent += 1;
      });
    }
    await vi.advanceTimersByTimeAsync(0);
    expect(sent).toBe(30);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(sent).toBeLessThanOrEqual(61);
    await vi.advanceTimersByTimeAsync(3_000);
    expect(sent).toBe(100);
    scheduler.stop();
  });

  it("waits as long as a 429 says before trying again, then sends", async () => {
    const attempts: number[] = [];
    const scheduler = createSendScheduler({ classify: classifyTelegramError });
    const outcome = scheduler.enqueue("chat", async () => {
      attempts.push(Date.now());
      if (attempts.length === 1) {
        throw new TelegramError({
          error_code: 429,
          description: "Too Many Requests: retry after 7",
          parameters: { retry_after: 7 },
        });
      }
    });
    await vi.advanceTimersByTimeAsync(6_000);
    expect(attempts).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1_500);
    expect(attempts).toHaveLength(2);
    expect((attempts[1] ?? 0) - (attempts[0] ?? 0)).toBeGreaterThanOrEqual(7_000);
    expect(await outcome).toBe("sent");
    scheduler.stop();
  });

  it("gives up at once on a refusal (blocked bot), and hands back what is still queued when stopped", async () => {
    const scheduler = createSendScheduler({ classify: classifyTelegramError, perChatBurst: 1 });
    const refused = scheduler.enqueue("blocked", async () => {
      throw new TelegramError({ error_code: 403, description: "Forbidden: bot was blocked by the user" });
    });
    const first = scheduler.enqueue("slow", async () => {});
    const second = scheduler.enqueue("slow", async () => {});
    await vi.advanceTimersByTimeAsync(0);
    expect(await refused).toBe("given_up");
    expect(await first).toBe("sent");
    scheduler.stop();
    expect(await second).toBe("retry_later");
  });
});
