import { describe, expect, it } from "vitest";
import type { TurnEffect } from "../../../src/conversation/dialog/TurnEffect.ts";
import { handleChannelTurn } from "../../../src/conversation/feedback/handleChannelTurn.ts";
import type { ConversationState } from "../../../src/conversation/state/ConversationState.ts";
import { initialState } from "../../../src/conversation/state/initialState.ts";
import type { Reply } from "../../../src/conversation/turn.ts";
import { FAMILY_REQUEST_TO_REVIEW } from "../../integration/conversation/support/talk.ts";
import { createTestDeps } from "../support/createTestDeps.ts";

/** Runs turns as the conversation service does (card presses are decided before the dialog). */
async function conversation() {
  const deps = await createTestDeps();
  let state: ConversationState = initialState("it");
  const effects: TurnEffect[] = [];
  const send = async (text: string): Promise<Reply[]> => {
    const result = await handleChannelTurn(
      { kind: "text", text },
      state,
      { channel: "web", handoff: "none" },
      deps,
    );
    state = result.state;
    effects.push(...result.effects);
    return result.replies;
  };
  return { send, submits: () => effects.filter((e) => e.kind === "submit") };
}

/** The value a press of the card's button with this label sends back. */
function valueOn(replies: Reply[], label: string): string {
  const card = replies.findLast((reply) => reply.card)?.card;
  const button = card?.buttons.find((b) => b.label === label);
  if (!button) throw new Error(`no card with a «${label}» button`);
  return button.value;
}

describe("buttons of a summary card that is no longer the current one", () => {
  it("an «Invia» of a summary replaced by an edit sends nothing and says the card is no longer current", async () => {
    const chat = await conversation();
    let replies: Reply[] = [];
    for (const text of FAMILY_REQUEST_TO_REVIEW) replies = await chat.send(text);
    const oldSubmit = valueOn(replies, "Invia");
    const oldEdit = valueOn(replies, "Modifica");
    expect(oldSubmit).not.toBe("Invia");

    await chat.send("modifica email");
    const fresh = await chat.send("giulia@example.org");
    const newSubmit = valueOn(fresh, "Invia");
    expect(newSubmit).not.toBe(oldSubmit);

    const stale = await chat.send(oldSubmit);
    expect(stale.map((r) => r.text).join(" ")).toContain("Questa scheda non è più attuale");
    expect(chat.submits()).toEqual([]);
    // The current summary is shown again, and its buttons still act.
    expect(valueOn(stale, "Invia")).toBe(newSubmit);
    const staleEdit = await chat.send(oldEdit);
    expect(staleEdit.map((r) => r.text).join(" ")).toContain("non è più attuale");

    const sent = await chat.send(newSubmit);
    const reference = sent.find((r) => r.channelData.reference)?.channelData.reference;
    expect(reference).toMatch(/^CVL-/);
    expect(chat.submits()).toHaveLength(1);

    const again = await chat.send(newSubmit);
    expect(again.map((r) => r.text).join(" ")).toContain(`già stata inviata (riferimento ${reference})`);
    const older = await chat.send(oldSubmit);
    expect(older.map((r) => r.text).join(" ")).toContain("non ho inviato niente");
    expect(chat.submits()).toHaveLength(1);
  });

  it("a summary's buttons appear on the card, each naming the card, and typing «Invia» still sends", async () => {
    const chat = await conversation();
    let replies: Reply[] = [];
    for (const text of FAMILY_REQUEST_TO_REVIEW) replies = await chat.send(text);
    const review = replies.findLast((reply) => reply.card);
    expect(review?.card?.buttons.map((b) => b.label)).toEqual(["Invia", "Modifica", "Annulla"]);
    expect(new Set(review?.card?.buttons.map((b) => b.value.split(" #")[1])).size).toBe(1);
    const sent = await chat.send("Invia");
    expect(sent.some((r) => r.text.startsWith("Richiesta inviata!"))).toBe(true);
    expect(chat.submits()).toHaveLength(1);
  });
});
