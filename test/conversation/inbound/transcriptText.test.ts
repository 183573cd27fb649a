import { describe, expect, it } from "vitest";
import { ChannelInboundSchema } from "../../../src/conversation/feedback/ChannelInboundSchema.ts";
import { transcriptText } from "../../../src/conversation/inbound/transcriptText.ts";

const kept = (text: string) => transcriptText(ChannelInboundSchema.parse({ kind: "text", text }));

describe("what the transcript keeps of a message", () => {
  it("a pressed card button as its label, not the card's id its value carries", () => {
    expect(kept("Invia #3f9c2a1b")).toBe("Invia");
    expect(kept("Send #3f9c2a1b")).toBe("Send");
  });

  it("typed text as typed, even with a # in it", () => {
    expect(kept("Invia")).toBe("Invia");
    expect(kept("la pratica #12 è ferma")).toBe("la pratica #12 è ferma");
  });

  it("a message over 4000 characters cut at the limit, marked as cut", () => {
    const stored = kept("a".repeat(4500));
    expect(stored).toHaveLength(4000);
    expect(stored.endsWith("…")).toBe(true);
  });
});
