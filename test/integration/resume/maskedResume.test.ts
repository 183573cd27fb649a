import { describe, expect, it } from "vitest";
import { createResumeService } from "../../../src/conversation/resume/createResumeService.ts";
import { handleResumeCommand } from "../../../src/conversation/resume/handleResumeCommand.ts";
import type { Reply } from "../../../src/conversation/turn.ts";
import { createResumeCodeStore } from "../../../src/persistence/createResumeCodeStore.ts";
import { createTestDeps } from "../../conversation/support/createTestDeps.ts";
import { createTestService } from "../../conversation/support/createTestService.ts";
import { beforeAllTests } from "../../support/beforeAllTests.ts";
import { useTestDatabase } from "../../support/useTestDatabase.ts";
import { FAMILY_REQUEST_TO_REVIEW, talk } from "../conversation/support/talk.ts";

const shown = (replies: Reply[]) =>
  replies
    .map((r) => `${r.text}\n${(r.card?.facts ?? []).map((f) => `${f.label}: ${f.value}`).join("\n")}`)
    .join("\n");

describe(`a form moved with a resume code on ${process.env.TEST_DB}`, () => {
  const db = useTestDatabase();
  const service = beforeAllTests(
    () => createTestService(db()),
    (started) => started.stop(),
  );

  it("shows the review card with the name, codice fiscale and e-mail masked on the new channel", async () => {
    const resume = createResumeService({ store: createResumeCodeStore(db()) });
    const review = await talk(service(), "first-device", FAMILY_REQUEST_TO_REVIEW);
    expect(shown(review)).toContain("VRDLCU79E55F205Q");
    const { responses } = (await createTestDeps()).content;
    const issued = await handleResumeCommand(service(), resume, responses, {
      channel: "web",
      externalKey: "first-device",
      inbound: { kind: "text", text: "codice per riprendere" },
    });
    const code = /riprendi ([A-Z2-9]{5}-[A-Z2-9]{5})/.exec(issued?.notices[0]?.text ?? "")?.[1];
    expect(code).toBeDefined();

    const moved = await handleResumeCommand(
      service(),
      resume,
      responses,
      { channel: "web", externalKey: "other-device", inbound: { kind: "text", text: `riprendi ${code}` } },
      "ip:203.0.113.5",
    );
    const card = shown((moved?.result?.replies ?? []).flatMap((m) => (m.reply ? [m.reply] : [])));
    expect(card).toContain("Bergamo");
    expect(card).not.toContain("VRDLCU79E55F205Q");
    expect(card).not.toContain("giulia.verdi@example.it");
    expect(card).not.toMatch(/Giulia/);
    expect(card).toContain("V••••••••••••••Q");

    // A value given again on this device is the user's own: shown as typed.
    await talk(service(), "other-device", ["Modifica", "email"]);
    const changed = await talk(service(), "other-device", ["nuova.mail@example.it"]);
    expect(shown(changed)).toContain("nuova.mail@example.it");
    expect(shown(changed)).not.toContain("VRDLCU79E55F205Q");
  });
});
