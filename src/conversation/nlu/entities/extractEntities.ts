import type { Entities } from "../Entities.ts";
import { foldText } from "../foldText.ts";
import type { PlaceFinder } from "./createPlaceFinder.ts";
import { findChildAge } from "./findChildAge.ts";
import { DATE_PATTERNS, findDate } from "./findDate.ts";
import { EMAIL_PATTERN, findEmail } from "./findEmail.ts";
import { findEmployees } from "./findEmployees.ts";
import { findPhone } from "./findPhone.ts";
import { findTaxCode, TAX_CODE_PATTERN } from "./findTaxCode.ts";
import { findVatNumber } from "./findVatNumber.ts";

/**
 * Everything the message states about places, workers, children, contacts and dates. Contacts
 * are found first and blanked out, so the digits of a phone number or a partita IVA never turn
 * into workers or ages, and a date never into a phone number.
 */
export function extractEntities(text: string, findPlace: PlaceFinder): Entities {
  const email = findEmail(text);
  const taxCode = findTaxCode(text);
  const vatNumber = findVatNumber(text);
  let rest = blank(text, EMAIL_PATTERN);
  rest = blank(rest, TAX_CODE_PATTERN);
  if (vatNumber) rest = rest.replace(vatNumber, " ".repeat(vatNumber.length));
  const folded = foldText(rest);
  const date = findDate(folded);
  let withoutDates = folded;
  for (const pattern of DATE_PATTERNS) withoutDates = blank(withoutDates, pattern);
  const phone = findPhone(withoutDates);
  const numbersOnly = phone ? blank(withoutDates, /(?:\+|00)?[\d][\d\s./-]{7,}\d/g) : withoutDates;
  const place = findPlace(rest);
  const employees = findEmployees(numbersOnly);
  const childAge = findChildAge(numbersOnly);
  return {
    ...place,
    ...(employees !== undefined ? { employees } : {}),
    ...(childAge !== undefined ? { child_age: childAge } : {}),
    ...(email ? { email } : {}),
    ...(phone ? { phone } : {}),
    ...(taxCode ? { tax_code: taxCode } : {}),
    ...(vatNumber ? { vat_number: vatNumber } : {}),
    ...(date ? { date } : {}),
  };
}

function blank(text: string, pattern: RegExp): string {
  const flags = pattern.flags.includes("g") ? pattern.flags : `${pattern.flags}g`;
  return text.replace(new RegExp(pattern.source, flags), (m) => " ".repeat(m.length));
}
