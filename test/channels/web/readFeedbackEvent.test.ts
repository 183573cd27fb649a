import { describe, expect, it } from "vitest";
import { readFeedbackEvent } from "../../../src/channels/web/readFeedbackEvent.ts";
import { toFeedbackEntity } from "../../../src/channels/web/toFeedbackEntity.ts";

const pressed = (index: number) => toFeedbackEntity("42").potentialAction[index];

describe("Web Chat's feedback event", () => {
  it("becomes a vote on the message whose thumb was pressed", () => {
    const name = "webchat:activity-status/feedback";
    expect(readFeedbackEvent({ name, entities: [pressed(0)] })).toEqual({
      kind: "feedback",
      messageId: "42",
      vote: "up",
    });
    expect(readFeedbackEvent({ name, entities: [pressed(1)] })).toEqual({
      kind: "feedback",
      messageId: "42",
      vote: "down",
    });
  });

  it("is ignored for other events and for actions the service never sent", () => {
    expect(readFeedbackEvent({ name: "webchat/join", entities: [pressed(0)] })).toBeUndefined();
    const name = "webchat:activity-status/feedback";
    expect(readFeedbackEvent({ name, entities: [{ "@type": "LikeAction", "@id": "42" }] })).toBeUndefined();
    expect(
      readFeedbackEvent({ name, entities: [{ "@type": "LikeAction", "@id": "conciliabot:feedback:x" }] }),
    ).toBeUndefined();
    expect(readFeedbackEvent({ name })).toBeUndefined();
  });
});
