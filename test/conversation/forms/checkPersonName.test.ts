import { describe, expect, it } from "vitest";
import { checkPersonName } from "../../../src/conversation/forms/checkPersonName.ts";

describe("the name a person types at «Come ti chiami?»", () => {
  it("keeps a name and a surname, without the «mi chiamo» or «my name is» before them", () => {
    expect(checkPersonName("Mi chiamo Giulia Verdi", undefined)).toEqual({ ok: true, value: "Giulia Verdi" });
    expect(checkPersonName("my name is Anna Maria De Luca", undefined)).toEqual({
      ok: true,
      value: "Anna Maria De Luca",
    });
  });

  it("asks for name and surname again when only one word, a sentence, a phone or an email is typed", () => {
    for (const said of [
      "Giulia",
      "omg this is taking forever",
      "perché mi chiedi il nome?",
      "347 1234567",
      "giulia@example.org",
    ])
      expect(checkPersonName(said, undefined)).toEqual({ ok: false, error: "name_format" });
  });

  it("says the length limit when a name is longer than the field allows", () => {
    expect(checkPersonName("Giulia Verdi", 5)).toEqual({ ok: false, error: "too_long", values: { max: 5 } });
  });
});
