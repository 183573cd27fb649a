import { beforeAll, describe, expect, it } from "vitest";
import { loadContent } from "../../../src/content/loadContent.ts";
import {
  createPlaceFinder,
  type PlaceFinder,
} from "../../../src/conversation/nlu/entities/createPlaceFinder.ts";
import { extractEntities } from "../../../src/conversation/nlu/entities/extractEntities.ts";
import { CONTENT_DIR } from "./support/loadTestUnderstanding.ts";

let findPlace: PlaceFinder;
const entities = (text: string) => extractEntities(text, findPlace);

beforeAll(async () => {
  findPlace = createPlaceFinder((await loadContent(CONTENT_DIR, "understanding")).territory);
});

describe("places", () => {
  it("recognises provinces by name, main town, area and code in brackets", () => {
    expect(entities("abito a Bergamo").province).toBe("BG");
    expect(entities("lavoro a Monza").province).toBe("MB");
    expect(entities("vivo in Valtellina").province).toBe("SO");
    expect(entities("Seregno (MB)").province).toBe("MB");
    expect(entities("sono della provincia di lecco").province).toBe("LC");
    expect(entities("how many projects in Milan?").province).toBe("MI");
  });

  it("gives the comune where a province is split between two ATS", () => {
    expect(entities("abito a Darfo Boario Terme")).toEqual({
      province: "BS",
      comune: "Darfo Boario Terme",
      area: "valcamonica",
    });
    expect(entities("sto a Menaggio")).toMatchObject({
      province: "CO",
      comune: "Menaggio",
      area: "medio_lario",
    });
    expect(entities("abito a Brescia")).toEqual({ province: "BS" });
  });

  it("does not read places into ordinary words or dishes", () => {
    expect(entities("risotto alla milanese").province).toBeUndefined();
    expect(entities("una crema per le mani").province).toBeUndefined();
    expect(entities("mi piace l'erba del giardino").province).toBeUndefined();
    expect(entities("abito a Crema")).toEqual({ province: "CR", comune: "Crema" });
  });

  it("does not take the pronoun 'mi' or a shouted message for a province code", () => {
    expect(entities("mi serve aiuto").province).toBeUndefined();
    expect(entities("MI SERVE AIUTO").province).toBeUndefined();
    expect(entities("CHIAMO DA LO").province).toBeUndefined();
  });
});

describe("workers", () => {
  it("counts workers written in digits, words, approximations and shorthand", () => {
    expect(entities("ho un negozio con 2 dipendenti").employees).toBe(2);
    expect(entities("siamo in tre").employees).toBe(3);
    expect(entities("una srl di 60 dip.").employees).toBe(60);
    expect(entities("abbiamo una ventina di addetti").employees).toBe(20);
    expect(entities("dipendenti: 12").employees).toBe(12);
    expect(entities("we are a team of 8").employees).toBe(8);
    expect(entities("a 40 person firm").employees).toBe(40);
    expect(entities("sono idraulico e lavoro da solo").employees).toBe(1);
  });

  it("does not count ages, years of contributions, money, years or a family as workers", () => {
    expect(entities("ho 38 anni e 20 anni di contributi").employees).toBeUndefined();
    expect(entities("nel 2017 abbiamo speso 3000 euro").employees).toBeUndefined();
    expect(entities("siamo una famiglia di 4 persone").employees).toBeUndefined();
    expect(entities("voglio parlare con un operatore").employees).toBeUndefined();
    expect(entities("accompagnare 2 persone anziane").employees).toBeUndefined();
  });
});

describe("children's ages", () => {
  it("reads ages in years and months, with halves and in English", () => {
    expect(entities("mio figlio di 8 anni").child_age).toBe(8);
    expect(entities("babysitter per la bimba di 18 mesi").child_age).toBe(1.5);
    expect(entities("il piccolo ha 10 mesi").child_age).toBeCloseTo(0.8333, 3);
    expect(entities("una bambina di 2 anni e mezzo").child_age).toBe(2.5);
    expect(entities("il bimbo di un anno").child_age).toBe(1);
    expect(entities("childcare for my 2 year old daughter").child_age).toBe(2);
    expect(entities("my son is 6").child_age).toBe(6);
  });

  it("does not take a parent's age or a duration for a child's age", () => {
    expect(entities("ho 38 anni e due figli").child_age).toBeUndefined();
    expect(entities("sono disoccupata da tre anni").child_age).toBeUndefined();
    expect(entities("lavoro da 20 anni, ho due bambini").child_age).toBeUndefined();
    expect(entities("my 38 year old husband").child_age).toBeUndefined();
  });
});

describe("contacts and dates", () => {
  it("finds and normalises e-mail, mobile and landline numbers", () => {
    expect(entities("scrivetemi a Giulia.Rossi78@Gmail.com").email).toBe("giulia.rossi78@gmail.com");
    expect(entities("chiamatemi al 339 123 4567").phone).toBe("+393391234567");
    expect(entities("tel 02 8765 4321").phone).toBe("+390287654321");
    expect(entities("call me on +39 347 555 1234").phone).toBe("+393475551234");
  });

  it("finds a codice fiscale and a partita IVA only when their check characters are right", () => {
    expect(entities("CF rssmra85t10a562s").tax_code).toBe("RSSMRA85T10A562S");
    expect(entities("CF RSSMRA85T10A562T").tax_code).toBeUndefined();
    expect(entities("p.iva 01234567897")).toEqual({ vat_number: "01234567897" });
    expect(entities("p.iva 01234567898").vat_number).toBeUndefined();
  });

  it("does not turn the digits of a partita IVA, a date or a tax code into a phone or workers", () => {
    expect(entities("p.iva 02801450152, 3 dipendenti")).toEqual({ vat_number: "02801450152", employees: 3 });
    expect(entities("appuntamento il 15/01/2019")).toEqual({ date: "2019-01-15" });
  });

  it("reads dates in numbers and in words, Italian and English, and refuses impossible ones", () => {
    expect(entities("l'avviso del 10 marzo 2017").date).toBe("2017-03-10");
    expect(entities("entro il 1° marzo 2018").date).toBe("2018-03-01");
    expect(entities("on January 15, 2019").date).toBe("2019-01-15");
    expect(entities("il 31/02/2019").date).toBeUndefined();
    expect(entities("a marzo 2017").date).toBeUndefined();
  });
});
