import type { AtsId, ProvinceCode } from "../../content/ids.ts";
import type { SplitArea, Territory } from "../../content/territorySchema.ts";
import { findComune } from "../place/findComune.ts";

export type AtsResolution =
  | { ok: true; ats: AtsId; province: ProvinceCode; comune?: string; area?: string }
  | { ok: false; reason: "need_province" }
  | { ok: false; reason: "need_comune"; province: ProvinceCode; areas: string[] }
  | { ok: false; reason: "unknown_comune"; province?: ProvinceCode; comune: string }
  | {
      ok: false;
      reason: "province_mismatch";
      province: ProvinceCode;
      comune: string;
      comuneProvince: ProvinceCode;
    };

export type Place = {
  province?: ProvinceCode | undefined;
  comune?: string | undefined;
  /** ISO date the answer is for; without it, today's map (areas that have not ended). */
  on?: string | undefined;
};

/**
 * Which ATS, and so which conciliation network, serves a place. Brescia (Valcamonica) and Como (Alto
 * Lario) are split, so there the comune decides and its absence is a question to ask, not a guess.
 * Area boundaries are dated: Medio Lario belonged to ATS della Montagna until 2018.
 */
export function resolveAts(place: Place, territory: Territory): AtsResolution {
  const province = place.province ? territory.provinces.find((p) => p.code === place.province) : undefined;
  const activeAreas = (areas: readonly SplitArea[]) => areas.filter((area) => isActive(area, place.on));
  const comuneText = place.comune?.trim();
  if (comuneText) {
    const match = findComune(comuneText, territory);
    if (!match) {
      if (!province) return { ok: false, reason: "unknown_comune", comune: comuneText };
      if (activeAreas(province.split).length > 0) {
        return { ok: false, reason: "unknown_comune", province: province.code, comune: comuneText };
      }
      return { ok: true, ats: province.ats, province: province.code };
    }
    if (province && match.province !== province.code) {
      return {
        ok: false,
        reason: "province_mismatch",
        province: province.code,
        comune: match.name,
        comuneProvince: match.province,
      };
    }
    const home = territory.provinces.find((p) => p.code === match.province);
    if (!home) throw new Error(`resolveAts: territory has no province ${match.province}`);
    if (match.area && isActive(match.area, place.on)) {
      return {
        ok: true,
        ats: match.area.ats,
        province: home.code,
        comune: match.name,
        area: match.area.area,
      };
    }
    return { ok: true, ats: home.ats, province: home.code, comune: match.name };
  }
  if (!province) return { ok: false, reason: "need_province" };
  const split = activeAreas(province.split);
  if (split.length > 0)
    return { ok: false, reason: "need_comune", province: province.code, areas: split.map((a) => a.name) };
  return { ok: true, ats: province.ats, province: province.code };
}

function isActive(area: SplitArea, on: string | undefined): boolean {
  if (on === undefined) return area.valid_until === undefined;
  return (
    (area.valid_from === undefined || area.valid_from <= on) &&
    (area.valid_until === undefined || on <= area.valid_until)
  );
}
