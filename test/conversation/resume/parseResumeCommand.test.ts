import { describe, expect, it } from "vitest";
import { parseResumeCommand } from "../../../src/conversation/resume/parseResumeCommand.ts";

describe("recognising resume commands", () => {
  it("takes «riprendi» followed by a six-character code as a code to redeem, in any case", () => {
    expect(parseResumeCommand("riprendi ABC234")).toEqual({ kind: "redeem", code: "ABC234" });
    expect(parseResumeCommand("  Riprendi   abc234 ")).toEqual({ kind: "redeem", code: "ABC234" });
    expect(parseResumeCommand("/riprendi abc-234")).toEqual({ kind: "redeem", code: "ABC234" });
    expect(parseResumeCommand("resume XYZ789")).toEqual({ kind: "redeem", code: "XYZ789" });
  });

  it("takes a request for a code as a request to issue one", () => {
    for (const text of [
      "codice per riprendere",
      "Codice per riprendere?",
      "/riprendi",
      "dammi un codice per riprendere la conversazione",
      "resume code",
    ]) {
      expect(parseResumeCommand(text), text).toEqual({ kind: "issue" });
    }
  });

  it("leaves every other message to the conversation", () => {
    for (const text of [
      "riprendi",
      "riprendi la domanda",
      "riprendi ABC12",
      "riprendi ABC1234",
      "ho un codice fiscale",
      "ciao",
    ]) {
      expect(parseResumeCommand(text), text).toBeNull();
    }
  });
});
