import type { Profile } from "../../content/vocabulary/profileSchema.ts";
import { FIRM_SIZE_BANDS } from "./firmSizeForWorkers.ts";

export type KnownWorkers = { min: number; max: number | undefined };

/**
 * What we know about the number of workers, most precise answer first: an exact number, then a band
 * chosen from buttons, then a stated size. Nothing known is 0..unbounded.
 */
export function workersRangeOf(profile: Profile): KnownWorkers {
  if (profile.workers !== undefined) return { min: profile.workers, max: profile.workers };
  if (profile.workers_range) return { min: profile.workers_range.min, max: profile.workers_range.max };
  if (profile.firm_size) return FIRM_SIZE_BANDS[profile.firm_size];
  return { min: 0, max: undefined };
}
