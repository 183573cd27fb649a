import { beforeAll, describe, expect, it } from "vitest";
import type { Understander } from "../../../src/conversation/nlu/createUnderstanding.ts";
import { UnderstandingSchema } from "../../../src/conversation/nlu/Understanding.ts";
import { loadTestUnderstanding } from "./support/loadTestUnderstanding.ts";

let nlu: Understander;

beforeAll(async () => {
  nlu = (await loadTestUnderstanding()).understander;
});

describe("offline understanding", () => {
  it("understands a shop owner who writes casually, with shorthand and no accents", () => {
    const result = nlu.understand(
      "ho 1 bottega artigiana cn 2 dip, nn ho mai tempo x fare la spesa e le commissioni",
    );
    expect(result.intent).toBe("firm.time_saving");
    expect(result.entities.employees).toBe(2);
    expect(result.lang).toBe("it");
  });

  it("tells the family services apart", () => {
    expect(nlu.understand("cerco un contributo per il micronido della mia bimba").intent).toBe(
      "family.childcare_voucher",
    );
    expect(nlu.understand("a luglio chi tiene i miei figli? serve un centro estivo").intent).toBe(
      "family.school_closure_camps",
    );
    expect(
      nlu.understand("mio padre anziano deve andare in ospedale e io lavoro, chi lo porta?").intent,
    ).toBe("family.fragile_care_transport");
  });

  it("answers a question wrapped in a greeting by its content, not by the greeting", () => {
    expect(nlu.understand("buongiorno, vorrei attivare lo smart working per i miei impiegati").intent).toBe(
      "firm.smart_working",
    );
  });

  it("keeps off-topic questions that use familiar words out of scope", () => {
    for (const text of [
      "che tempo fa domani a Bergamo?",
      "quanto costa un biglietto del treno per Milano",
      "mi dai la ricetta dei pizzoccheri",
      "chi ha vinto lo scudetto?",
    ]) {
      expect(nlu.understand(text).intent, text).toBe("out_of_scope");
    }
  });

  it("understands English and answers with the English language", () => {
    const result = nlu.understand("I'd like to speak to a real person please");
    expect(result.intent).toBe("human_handoff");
    expect(result.lang).toBe("en");
  });

  it("returns a valid Understanding with a confidence between 0 and 1 and ranked alternatives", () => {
    const result = nlu.understand(
      "posso avere un aiuto per la baby sitter? mio figlio ha 2 anni, abito a Lodi",
    );
    expect(UnderstandingSchema.parse(result)).toEqual(result);
    expect(result.confidence).toBeGreaterThan(0);
    expect(result.confidence).toBeLessThanOrEqual(1);
    expect(result.entities).toMatchObject({ province: "LO", child_age: 2 });
    expect(result.alternatives.length).toBe(3);
    expect(result.source).toBe("offline");
  });

  it("treats an empty message as out of scope instead of guessing", () => {
    expect(nlu.understand("   ").intent).toBe("out_of_scope");
  });

  it("keeps the conversation's language for a one-word answer", () => {
    expect(nlu.understand("ok", { lang: "en" }).lang).toBe("en");
  });
});
