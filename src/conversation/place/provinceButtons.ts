import type { Territory } from "../../content/territorySchema.ts";
import type { Button } from "../turn.ts";

/**
 * The 12 provinces as buttons, then "Altro": the place can be given without typing, on every
 * channel. The name is what comes back, and findProvince reads it like a typed one.
 */
export function provinceButtons(territory: Territory, other: string): Button[] {
  return [
    ...territory.provinces.map((province) => ({ label: province.name, value: province.name })),
    { label: other, value: other },
  ];
}
