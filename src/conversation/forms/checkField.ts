import type { FormField } from "../../content/FormSchema.ts";
import { ProvinceCodeSchema } from "../../content/ids.ts";
import type { Territory } from "../../content/territorySchema.ts";
import { normalizeUtterance } from "../dialog/normalizeUtterance.ts";
import { findComune } from "../place/findComune.ts";
import { isPlausibleTownName } from "../place/isPlausibleTownName.ts";
import type { FieldValue } from "../state/ConversationState.ts";
import { checkCodiceFiscale } from "./checkCodiceFiscale.ts";
import { checkEmail } from "./checkEmail.ts";
import { checkPartitaIva } from "./checkPartitaIva.ts";
import { checkPersonName } from "./checkPersonName.ts";
import { checkPhone } from "./checkPhone.ts";
import type { FieldCheck } from "./FieldCheck.ts";
import { findProvince } from "./findProvince.ts";

export interface FieldCheckContext {
  territory: Territory;
  /** Values given so far (a comune is checked against the province). */
  values: Readonly<Record<string, FieldValue>>;
}

/** Validates one answer against its field definition: every rejection names the fix. */
export function checkField(field: FormField, text: string, context: FieldCheckContext): FieldCheck {
  const said = text.trim().replace(/\s+/g, " ");
  if (said === "") return { ok: false, error: "required" };
  switch (field.type) {
    case "text":
    case "long_text": {
      if (field.max_length !== undefined && said.length > field.max_length) {
        return { ok: false, error: "too_long", values: { max: field.max_length } };
      }
      if (field.min_length !== undefined && said.length < field.min_length) {
        return { ok: false, error: "too_short", values: { min: field.min_length } };
      }
      return { ok: true, value: said };
    }
    case "person_name":
      return checkPersonName(said, field.max_length);
    case "email":
      return checkEmail(said);
    case "phone":
      return checkPhone(said);
    case "codice_fiscale":
      return checkCodiceFiscale(said);
    case "partita_iva":
      return checkPartitaIva(said);
    case "province": {
      const code = findProvince(said, context.territory);
      return code ? { ok: true, value: code } : { ok: false, error: "province_unknown" };
    }
    case "comune":
      return checkComune(said, context);
    case "integer":
      return checkInteger(field, said);
    case "choice": {
      const options = field.options ?? [];
      const wanted = normalizeUtterance(said);
      const index = /^\d+$/.test(wanted) ? Number(wanted) - 1 : -1;
      const option =
        options[index] ??
        options.find(
          (o) =>
            normalizeUtterance(o.value) === wanted ||
            normalizeUtterance(o.label.it) === wanted ||
            normalizeUtterance(o.label.en) === wanted,
        ) ??
        optionByWords(options, wanted);
      return option ? { ok: true, value: option.value } : { ok: false, error: "choice_unknown" };
    }
  }
}

function checkComune(said: string, context: FieldCheckContext): FieldCheck {
  const known = findComune(said, context.territory);
  const expected = ProvinceCodeSchema.safeParse(context.values.province);
  if (known) {
    if (expected.success && known.province !== expected.data) {
      return {
        ok: false,
        error: "comune_other_province",
        values: {
          comune: known.name,
          actual: provinceName(known.province, context.territory),
          expected: provinceName(expected.data, context.territory),
        },
      };
    }
    return { ok: true, value: known.name };
  }
  // The territory file lists only some comuni, so a plausible name is accepted as written.
  if (!isPlausibleTownName(said)) return { ok: false, error: "comune_invalid" };
  return { ok: true, value: said.replace(/(^|[\s'-])\p{L}/gu, (m) => m.toUpperCase()) };
}

function provinceName(code: string, territory: Territory): string {
  return territory.provinces.find((p) => p.code === code)?.name ?? code;
}

function checkInteger(field: FormField, said: string): FieldCheck {
  const match = /^\D{0,20}?(\d{1,3}(?:\.\d{3})+|\d+)\D{0,30}$/.exec(said);
  if (!match?.[1]) return { ok: false, error: "integer_format" };
  const value = Number(match[1].replaceAll(".", ""));
  const min = field.min ?? 0;
  const max = field.max ?? Number.MAX_SAFE_INTEGER;
  if (value < min || value > max) return { ok: false, error: "integer_range", values: { min, max } };
  return { ok: true, value };
}

/** Words too common to tell options apart. */
const COMMON = new Set([
  "e",
  "and",
  "di",
  "per",
  "il",
  "la",
  "le",
  "i",
  "the",
  "of",
  "for",
  "a",
  "un",
  "una",
]);

/**
 * "Dopo scuola" for «Pre e dopo scuola», "babysitter" for «Nido, baby-sitting»: the one option
 * sharing the most words with the answer (a word matches on its first five letters); none on a tie.
 */
function optionByWords<T extends { value: string; label: { it: string; en: string } }>(
  options: readonly T[],
  wanted: string,
): T | undefined {
  const stem = (w: string) => w.slice(0, 5);
  const said = new Set(
    wanted
      .split(" ")
      .filter((w) => w.length > 1 && !COMMON.has(w))
      .map(stem),
  );
  if (said.size === 0) return undefined;
  const scored = options.map((option) => {
    const words = new Set(
      [option.label.it, option.label.en, option.value.replaceAll("_", " ")]
        .flatMap((text) => normalizeUtterance(text).split(/[\s-]+/))
        .filter((w) => w.length > 1 && !COMMON.has(w))
        .map(stem),
    );
    return { option, score: [...said].filter((w) => words.has(w)).length };
  });
  const best = Math.max(...scored.map((s) => s.score));
  const top = scored.filter((s) => s.score === best);
  return best > 0 && top.length === 1 ? top[0]?.option : undefined;
}
