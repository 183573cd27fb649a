import type { Lang } from "../../content/ids.ts";
import type { Weekday } from "./OfficeHours.ts";

/** Day names as the user reads them in each language. */
export const WEEKDAY_NAMES: Record<Lang, Record<Weekday, string>> = {
  it: { 1: "lunedì", 2: "martedì", 3: "mercoledì", 4: "giovedì", 5: "venerdì", 6: "sabato", 7: "domenica" },
  en: { 1: "Monday", 2: "Tuesday", 3: "Wednesday", 4: "Thursday", 5: "Friday", 6: "Saturday", 7: "Sunday" },
};
