import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { FormField } from "../../../src/content/FormSchema.ts";
import { loadContent } from "../../../src/content/loadContent.ts";
import type { DialogContent } from "../../../src/conversation/content/DialogContent.ts";
import { checkField } from "../../../src/conversation/forms/checkField.ts";

let content: DialogContent;
beforeAll(async () => {
  content = await loadContent(path.resolve(import.meta.dirname, "../../../intents"));
});

function field(formId: keyof DialogContent["forms"], id: string): FormField {
  const found = content.forms[formId].fields.find((f) => f.id === id);
  if (!found) throw new Error(`no field ${id}`);
  return found;
}

function check(formId: keyof DialogContent["forms"], id: string, text: string, values = {}) {
  return checkField(field(formId, id), text, { territory: content.territory, values });
}

describe("form answers", () => {
  it.each([
    ["RSSMRA85T10A562S", { ok: true, value: "RSSMRA85T10A562S" }],
    ["rssmra 85t10 a562s", { ok: true, value: "RSSMRA85T10A562S" }],
    ["RSSMRA85T10A562", { ok: false, error: "cf_length", values: { n: 15 } }],
    ["RSSMRA85T10A5620", { ok: false, error: "cf_shape" }],
    ["RSSMRA85T10A562X", { ok: false, error: "cf_check" }],
  ])("codice fiscale %s", (text, expected) => {
    expect(check("family_request", "tax_code", text)).toEqual(expected);
  });

  it.each([
    ["12345678903", { ok: true, value: "12345678903" }],
    ["IT 123 456 789 03", { ok: true, value: "12345678903" }],
    ["12345678901", { ok: false, error: "piva_check" }],
    ["123456789", { ok: false, error: "piva_length", values: { n: 9 } }],
    ["1234567890A", { ok: false, error: "piva_chars" }],
  ])("partita IVA %s", (text, expected) => {
    expect(check("firm_request", "vat_number", text)).toEqual(expected);
  });

  it.each([
    ["Anna@Example.IT", { ok: true, value: "Anna@example.it" }],
    ["anna.example.it", { ok: false, error: "email_missing_at" }],
    ["anna @example.it", { ok: false, error: "email_spaces" }],
    ["anna@example", { ok: false, error: "email_domain" }],
  ])("email %s", (text, expected) => {
    expect(check("family_request", "email", text)).toEqual(expected);
  });

  it.each([
    ["347 123 4567", { ok: true, value: "+39 3471234567" }],
    ["+39 02 1234 5678", { ok: true, value: "+39 0212345678" }],
    ["347-12", { ok: false, error: "phone_length", values: { n: 5 } }],
    ["tre quattro sette", { ok: false, error: "phone_chars" }],
    ["5551234567", { ok: false, error: "phone_prefix" }],
  ])("phone %s", (text, expected) => {
    expect(check("family_request", "phone", text)).toEqual(expected);
  });

  it.each([
    ["Monza", { ok: true, value: "MB" }],
    ["provincia di Brescia", { ok: true, value: "BS" }],
    ["va", { ok: true, value: "VA" }],
    ["Torino", { ok: false, error: "province_unknown" }],
  ])("province %s", (text, expected) => {
    expect(check("family_request", "province", text)).toEqual(expected);
  });

  it("a comune is checked against the province already given", () => {
    expect(check("family_request", "comune", "darfo boario terme", { province: "BS" })).toEqual({
      ok: true,
      value: "Darfo Boario Terme",
    });
    expect(check("family_request", "comune", "Darfo Boario Terme", { province: "BG" })).toEqual({
      ok: false,
      error: "comune_other_province",
      values: { comune: "Darfo Boario Terme", actual: "Brescia", expected: "Bergamo" },
    });
    expect(check("family_request", "comune", "san pellegrino terme", { province: "BG" })).toEqual({
      ok: true,
      value: "San Pellegrino Terme",
    });
    expect(check("family_request", "comune", "12345", { province: "BG" })).toEqual({
      ok: false,
      error: "comune_invalid",
    });
  });

  it.each([
    ["40", { ok: true, value: 40 }],
    ["siamo 1.200 dipendenti", { ok: true, value: 1200 }],
    ["0", { ok: false, error: "integer_range", values: { min: 1, max: 100000 } }],
    ["tanti", { ok: false, error: "integer_format" }],
  ])("workers %s", (text, expected) => {
    expect(check("firm_request", "employees", text)).toEqual(expected);
  });

  it("a choice accepts its label in either language, its number or its value", () => {
    expect(check("family_request", "need", "Pre e dopo scuola")).toEqual({
      ok: true,
      value: "pre_post_school",
    });
    expect(check("family_request", "need", "holiday camps")).toEqual({ ok: true, value: "camps" });
    expect(check("family_request", "need", "1")).toEqual({ ok: true, value: "childcare" });
    expect(check("family_request", "need", "piscina")).toEqual({ ok: false, error: "choice_unknown" });
  });

  it("every error has a message in Italian and in English", () => {
    for (const lang of ["it", "en"] as const) {
      for (const message of Object.values(content.responses[lang].errors))
        expect(message.length).toBeGreaterThan(10);
    }
  });
});
