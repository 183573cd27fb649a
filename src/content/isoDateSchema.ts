import { z } from "zod";

/** Calendar dates in content files are written `YYYY-MM-DD` (quoted or not) and kept as strings. */
export const isoDateSchema = z.iso.date({ error: "expected a date written YYYY-MM-DD" });
