import { describe, expect, it } from "vitest";
import { parseResumeCommand } from "../../../src/conversation/resume/parseResumeCommand.ts";

describe("recognising resume commands", () => {
  it("takes «riprendi» followed by a ten-character code as a code to redeem, in any case, with or without the dash", () => {
    expect(parseResumeCommand("riprendi ABCDE-FGH23")).toEqual({ kind: "redeem", code: "ABCDEFGH23" });
    expect(parseResumeCommand("  Riprendi   abcdefgh23 ")).toEqual({ kind: "redeem", code: "ABCDEFGH23" });
    expect(parseResumeCommand("/riprendi abcde fgh23")).toEqual({ kind: "redeem", code: "ABCDEFGH23" });
    expect(parseResumeCommand("resume XYZ78-9ABCD")).toEqual({ kind: "redeem", code: "XYZ789ABCD" });
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
      "riprendi ABC234",
      "riprendi ABCDE-FGH2",
      "riprendi ABCDE-FGH234",
      "ho un codice fiscale",
      "ciao",
    ]) {
      expect(parseResumeCommand(text), text).toBeNull();
    }
  });
});
