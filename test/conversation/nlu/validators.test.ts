import { describe, expect, it } from "vitest";
import { isValidCodiceFiscale } from "../../../src/conversation/nlu/entities/isValidCodiceFiscale.ts";
import { isValidPartitaIva } from "../../../src/conversation/nlu/entities/isValidPartitaIva.ts";

describe("codice fiscale", () => {
  it("accepts a well-formed code with the right check letter, in any case and with spaces around", () => {
    expect(isValidCodiceFiscale("RSSMRA85T10A562S")).toBe(true);
    expect(isValidCodiceFiscale(" rssmra85t10a562s ")).toBe(true);
    expect(isValidCodiceFiscale("BNCLRA90A41F205I")).toBe(true);
  });

  it("accepts codes changed for homonymy (omocodia), where letters replace digits", () => {
    expect(isValidCodiceFiscale("CLMSFN83P44L6Q9X")).toBe(true);
    expect(isValidCodiceFiscale("GLLNNA91D62F20MB")).toBe(true);
  });

  it("refuses a wrong check letter, a wrong shape, an impossible day or a wrong length", () => {
    expect(isValidCodiceFiscale("RSSMRA85T10A562T")).toBe(false);
    expect(isValidCodiceFiscale("RSSMRA85Z10A562S")).toBe(false);
    expect(isValidCodiceFiscale("RSSMRA85T35A562S")).toBe(false);
    expect(isValidCodiceFiscale("RSSMRA85T10A562")).toBe(false);
    expect(isValidCodiceFiscale("")).toBe(false);
  });
});

describe("partita IVA", () => {
  it("accepts eleven digits with the right check digit, with or without IT and spaces", () => {
    expect(isValidPartitaIva("01234567897")).toBe(true);
    expect(isValidPartitaIva("IT 02801450152")).toBe(true);
    expect(isValidPartitaIva("0280 1450 152")).toBe(true);
  });

  it("refuses a wrong check digit, letters, the wrong length and all zeros", () => {
    expect(isValidPartitaIva("01234567898")).toBe(false);
    expect(isValidPartitaIva("0123456789A")).toBe(false);
    expect(isValidPartitaIva("0123456789")).toBe(false);
    expect(isValidPartitaIva("00000000000")).toBe(false);
  });
});
