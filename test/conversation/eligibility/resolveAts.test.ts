import { describe, expect, it } from "vitest";
import type { AtsId } from "../../../src/content/ids.ts";
import { type Place, resolveAts } from "../../../src/conversation/eligibility/resolveAts.ts";
import { realContent } from "../../content/contentFixture.ts";

const { territory } = await realContent();

describe("resolveAts", () => {
  it.each<[string, Place, AtsId]>([
    ["Breno (Valcamonica)", { province: "BS", comune: "Breno" }, "ats_montagna"],
    ["Darfo Boario Terme (Valcamonica)", { province: "BS", comune: "Darfo Boario Terme" }, "ats_montagna"],
    ["Edolo (Valcamonica)", { province: "BS", comune: "Edolo" }, "ats_montagna"],
    ["temu, typed without accent", { province: "BS", comune: "temu" }, "ats_montagna"],
    ["Vezza d’Oglio, with a curly apostrophe", { province: "BS", comune: "Vezza d’Oglio" }, "ats_montagna"],
    ["Brescia city", { province: "BS", comune: "Brescia" }, "ats_brescia"],
    ["Desenzano del Garda", { province: "BS", comune: "desenzano del garda" }, "ats_brescia"],
    ["Dongo (Alto Lario)", { province: "CO", comune: "Dongo" }, "ats_montagna"],
    ["Gravedona ed Uniti (Alto Lario)", { province: "CO", comune: "Gravedona ed Uniti" }, "ats_montagna"],
    ["Sorico (Alto Lario)", { province: "CO", comune: "Sorico" }, "ats_montagna"],
    ["Como city", { province: "CO", comune: "Como" }, "ats_insubria"],
    ["Cantù", { province: "CO", comune: "Cantu" }, "ats_insubria"],
    [
      "Menaggio in 2018, during the programme (Medio Lario)",
      { province: "CO", comune: "Menaggio", on: "2018-06-01" },
      "ats_montagna",
    ],
    [
      "Menaggio today (Medio Lario moved by LR 15/2018)",
      { province: "CO", comune: "Menaggio", on: "2026-05-01" },
      "ats_insubria",
    ],
    ["Menaggio on the current map", { province: "CO", comune: "Menaggio" }, "ats_insubria"],
    ["Sondrio", { province: "SO" }, "ats_montagna"],
    ["Lodi", { province: "LO" }, "ats_milano"],
    ["Lecco", { province: "LC" }, "ats_brianza"],
    ["Mantova", { province: "MN" }, "ats_val_padana"],
    ["a comune alone", { comune: "Breno" }, "ats_montagna"],
    ["an unlisted comune of an undivided province", { province: "BG", comune: "Valbondione" }, "ats_bergamo"],
  ])("routes %s", (_, place, ats) => {
    expect(resolveAts(place, territory)).toMatchObject({ ok: true, ats });
  });

  it("asks for the comune in Brescia and Como instead of guessing", () => {
    expect(resolveAts({ province: "BS" }, territory)).toEqual({
      ok: false,
      reason: "need_comune",
      province: "BS",
      areas: ["Valcamonica"],
    });
    expect(resolveAts({ province: "CO" }, territory)).toEqual({
      ok: false,
      reason: "need_comune",
      province: "CO",
      areas: ["Alto Lario"],
    });
    expect(resolveAts({ province: "CO", on: "2018-01-01" }, territory)).toMatchObject({
      areas: ["Alto Lario", "Medio Lario"],
    });
  });

  it("asks again about a comune it does not know in a split province", () => {
    expect(resolveAts({ province: "BS", comune: "Atlantide" }, territory)).toEqual({
      ok: false,
      reason: "unknown_comune",
      province: "BS",
      comune: "Atlantide",
    });
  });

  it("needs a province or a comune", () => {
    expect(resolveAts({}, territory)).toEqual({ ok: false, reason: "need_province" });
  });

  it("notices a comune that belongs to another province", () => {
    expect(resolveAts({ province: "MI", comune: "Breno" }, territory)).toEqual({
      ok: false,
      reason: "province_mismatch",
      province: "MI",
      comune: "Breno",
      comuneProvince: "BS",
    });
  });
});
