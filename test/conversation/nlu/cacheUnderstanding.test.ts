import { describe, expect, it } from "vitest";
import { cacheUnderstanding } from "../../../src/conversation/nlu/cacheUnderstanding.ts";
import type { Understander } from "../../../src/conversation/nlu/createUnderstanding.ts";
import { loadTestUnderstanding } from "./support/loadTestUnderstanding.ts";

/** The real understanding, counting the messages it actually reads. */
async function countingUnderstander(): Promise<{ understander: Understander; reads: () => number }> {
  const { understander } = await loadTestUnderstanding();
  let reads = 0;
  return {
    understander: {
      model: understander.model,
      understand: (text, context) => {
        reads += 1;
        return understander.understand(text, context);
      },
    },
    reads: () => reads,
  };
}

describe("understanding cache", () => {
  it("reads a repeated message once and understands it exactly as the first time, per language", async () => {
    const { understander, reads } = await countingUnderstander();
    const cached = cacheUnderstanding(understander);
    const first = cached.understand("vorrei il voucher per il nido a Bergamo", { lang: "it" });
    const again = cached.understand("vorrei il voucher per il nido a Bergamo", { lang: "it" });
    expect(again).toEqual(first);
    expect(first.intent).not.toBe("out_of_scope");
    expect(first.entities.province).toBe("BG");
    expect(reads()).toBe(1);
    cached.understand("ok", { lang: "it" });
    cached.understand("ok", { lang: "en" });
    expect(reads()).toBe(3);
  });

  it("never keeps a message that carries a contact, and reads long messages every time", async () => {
    const { understander, reads } = await countingUnderstander();
    const cached = cacheUnderstanding(understander, { maxLength: 80 });
    const contact = "scrivetemi a mario.rossi@example.com";
    expect(cached.understand(contact, { lang: "it" }).entities.email).toBe("mario.rossi@example.com");
    cached.understand(contact, { lang: "it" });
    const long = `${"vorrei sapere come funziona il voucher per il nido ".repeat(2)}a Milano`;
    cached.understand(long, { lang: "it" });
    cached.understand(long, { lang: "it" });
    expect(reads()).toBe(4);
  });
});
