import type { FirmSize } from "../../content/vocabulary/profileSchema.ts";

/** Size bands by number of workers: the border cases matter (9 micro, 49 small, 249 medium, 250 large). */
export const FIRM_SIZE_BANDS: Readonly<Record<FirmSize, { min: number; max: number | undefined }>> = {
  micro: { min: 0, max: 9 },
  small: { min: 10, max: 49 },
  medium: { min: 50, max: 249 },
  large: { min: 250, max: undefined },
};

export function firmSizeForWorkers(workers: number): FirmSize {
  if (workers < 10) return "micro";
  if (workers < 50) return "small";
  if (workers < 250) return "medium";
  return "large";
}
