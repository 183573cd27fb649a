import { describe, expect, it } from "vitest";
import { useTestService } from "../../support/useTestService.ts";
import { openStream, postMessage, startConversation } from "./support/directLineHttp.ts";

describe(`guessing resume codes on the web, on ${process.env.TEST_DB}`, () => {
  const service = useTestService();

  /** A fresh conversation (new token) that tries one code; returns what the bot answered. */
  async function guessOnce(code: string): Promise<string> {
    const conversation = await startConversation(service().url);
    const stream = await openStream(conversation.streamUrl ?? "");
    try {
      await postMessage(service().url, conversation, `riprendi ${code}`);
      const answer = await stream.waitFor((a) => a.from.role === "bot" && /codic/i.test(a.text ?? ""));
      return answer.text ?? "";
    } finally {
      stream.close();
    }
  }

  it("stops a client that takes a fresh token for every guess, after ten wrong codes", async () => {
    const answers: string[] = [];
    for (let i = 0; i < 11; i++) answers.push(await guessOnce(`ZZZZZ-ZZZ${String(i).padStart(2, "2")}`));
    expect(answers.slice(0, 10).every((a) => /non è valido/.test(a))).toBe(true);
    expect(answers[10]).toMatch(/Troppi codici non validi/);
  });
});
